using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Budgets;

/// <summary>
/// A figure of an earlier year that a later document states: a prior-year statement (PriorYearStatementFacts), or a
/// narrative figure giving a group of projects' change ("2023 年度政府投资项目预算资金较 2022 年度减少 6,995 万元").
/// </summary>
/// <param name="PrintedLabel">The wording the document prints.</param>
/// <param name="Year">The earlier year the figure is about.</param>
/// <param name="AmountYuan">The earlier year's amount, when stated or computed from the statement's own later amount.</param>
public sealed record StatedFigure(StatementSubject Subject, string PrintedLabel, int Year, long? AmountYuan, long? LaterAmountYuan, long? StatedChangeYuan,
    SourceRef Source)
{
    /// <summary>The conformed label (<see cref="ConformedLabels"/>).</summary>
    public string Label => ConformedLabels.Conform(StatedFigures.LabelKindOf(Subject), PrintedLabel);
}

/// <summary>Statements of one document about one thing's figure of one earlier year that disagree: all of them, none chosen.</summary>
/// <param name="Label">The conformed label they share.</param>
public sealed record StatementConflictValue(StatementSubject Subject, string Label, int Year, IReadOnlyList<StatedFigure> Statements);

/// <summary>
/// Stated figures and their conflicts, shared by both engines. A document may state one figure twice and differently
/// (000 states 政府投资项目's change against 2022 as "减少 6,995 万元" in 第二部分 and "减少 6,545 万元" in 第三部分). Both
/// are kept as printed; a conflict names them with their sources and nothing here picks one. When statements are about
/// the same thing and when they disagree is <see cref="StatedAmounts"/>' rule (which <c>budgetgraph check</c> shares).
/// </summary>
public static class StatedFigures
{
    /// <summary>How a statement's label is conformed.</summary>
    public static LabelKind LabelKindOf(StatementSubject subject) =>
        subject == StatementSubject.ProjectCategory ? LabelKind.ProjectCategory : LabelKind.Project;

    /// <summary>The conflicts among <paramref name="statements"/>, in order of their first statement's line.</summary>
    public static IReadOnlyList<StatementConflictValue> Find(IEnumerable<StatedFigure> statements) =>
        statements.GroupBy(s => (s.Source.DocumentId, s.Subject, s.Label, s.Year))
            .Select(g => g.OrderBy(s => s.Source.FirstLine ?? s.Source.Line).ToList())
            .Where(Disagree)
            .OrderBy(g => g[0].Source.DocumentId).ThenBy(g => g[0].Source.FirstLine ?? g[0].Source.Line)
            .Select(g => new StatementConflictValue(g[0].Subject, g[0].Label, g[0].Year, g))
            .ToList();

    /// <summary>The conflicts about one thing's figure of one year among a department's statements (<paramref name="label"/> null: any label of the subject).</summary>
    public static IReadOnlyList<StatementConflictValue> About(IEnumerable<StatedFigure> statements, StatementSubject subject, string? label, int year) =>
        Find(statements.Where(s => s.Subject == subject && s.Year == year && (label is null || s.Label == label)));

    private static bool Disagree(IReadOnlyList<StatedFigure> statements) =>
        StatedAmounts.Disagree(statements.Select(s => (s.AmountYuan, s.LaterAmountYuan, s.StatedChangeYuan)));

    /// <summary>A prior-year statement.</summary>
    public static readonly Expression<Func<PriorYearStatementFact, SourceRef, StatedFigure>> Statement =
        (f, s) => new StatedFigure(f.Subject, f.Label, f.Year, f.AmountYuan, f.LaterAmountYuan, f.StatedChangeYuan, s);

    /// <summary>A group's change is about a group of projects, matched with category statements by conformed label.</summary>
    public static readonly Expression<Func<NarrativeFigureFact, SourceRef, StatedFigure>> GroupChange =
        (f, s) => new StatedFigure(StatementSubject.ProjectCategory, f.Label, f.ComparedYear!.Value, null, f.AmountYuan, f.ChangeYuan, s);

    /// <summary>The narrative figures that state a group of projects' change against an earlier year.</summary>
    public static IQueryable<NarrativeFigureFact> GroupChanges(WarehouseDbContext db) =>
        db.Set<NarrativeFigureFact>().Where(f => f.Kind == NarrativeFigureKind.ProjectGroupChange && f.ComparedYear != null);

    /// <summary>Every prior-year statement by any document of the departments <paramref name="ids"/> (one statement).</summary>
    public static Task<IReadOnlyDictionary<int, IReadOnlyList<StatedFigure>>> StatementsByDepartmentAsync(WarehouseDbContext db, IReadOnlyList<int> ids, CancellationToken ct) =>
        ByDepartmentAsync(db, ids, d => d.PriorYearStatements, Statement, ct);

    /// <summary>Every group change by any document of the departments <paramref name="ids"/> (one statement).</summary>
    public static Task<IReadOnlyDictionary<int, IReadOnlyList<StatedFigure>>> GroupChangesByDepartmentAsync(WarehouseDbContext db, IReadOnlyList<int> ids, CancellationToken ct) =>
        ByDepartmentAsync(db, ids, GroupChanges, GroupChange, ct);

    private static async Task<IReadOnlyDictionary<int, IReadOnlyList<StatedFigure>>> ByDepartmentAsync<TFact>(WarehouseDbContext db, IReadOnlyList<int> ids,
        Func<WarehouseDbContext, IQueryable<TFact>> set, Expression<Func<TFact, SourceRef, StatedFigure>> projection, CancellationToken ct) where TFact : Fact
    {
        // (f, s) => (f.DepartmentId, projection(f, s)), so the department comes back with each row.
        var fact = projection.Parameters[0];
        var keyed = Expression.Lambda<Func<TFact, SourceRef, (int, StatedFigure)>>(
            Expression.New(typeof((int, StatedFigure)).GetConstructor([typeof(int), typeof(StatedFigure)])!,
                Expression.Property(fact, nameof(Fact.DepartmentId)), projection.Body),
            fact, projection.Parameters[1]);
        var rows = await set(db).Where(f => ids.Contains(f.DepartmentId)).Select(SourceProjection.WithSource(keyed)).ToListAsync(ct);
        return rows.GroupBy(r => r.Item1).ToDictionary(g => g.Key, g => (IReadOnlyList<StatedFigure>)g.Select(r => r.Item2).ToList());
    }
}
