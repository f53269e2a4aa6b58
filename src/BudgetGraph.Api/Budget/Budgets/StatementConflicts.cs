using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Budgets;

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
    public string Label => ConformedLabels.Conform(StatementConflicts.LabelKindOf(Subject), PrintedLabel);
}

/// <summary>Statements of one document about one thing's figure of one earlier year that disagree: all of them, none chosen.</summary>
/// <param name="Label">The conformed label they share.</param>
public sealed record StatementConflictValue(StatementSubject Subject, string Label, int Year, IReadOnlyList<StatedFigure> Statements);

/// <summary>
/// Conflicting statements. A document may state one figure twice and differently (000 states 政府投资项目's change
/// against 2022 as "减少 6,995 万元" in 第二部分 and "减少 6,545 万元" in 第三部分). Both are kept as printed; a
/// conflict names them with their sources and nothing here picks one. Statements are about the same thing when
/// they have the same subject, conformed label and earlier year in the same document; they disagree when any
/// two state different earlier amounts, later amounts or changes.
/// </summary>
internal static class StatementConflicts
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

    private static bool Disagree(IReadOnlyList<StatedFigure> statements)
    {
        static bool Differ(IEnumerable<long?> values) => values.OfType<long>().Distinct().Count() > 1;
        return Differ(statements.Select(s => s.AmountYuan)) || Differ(statements.Select(s => s.LaterAmountYuan))
            || Differ(statements.Select(s => s.StatedChangeYuan));
    }

    private static readonly Expression<Func<PriorYearStatementFact, SourceRef, StatedFigure>> Statement =
        (f, s) => new StatedFigure(f.Subject, f.Label, f.Year, f.AmountYuan, f.LaterAmountYuan, f.StatedChangeYuan, s);

    /// <summary>A group's change is about a group of projects, matched with category statements by conformed label.</summary>
    private static readonly Expression<Func<NarrativeFigureFact, SourceRef, StatedFigure>> GroupChange =
        (f, s) => new StatedFigure(StatementSubject.ProjectCategory, f.Label, f.ComparedYear!.Value, null, f.AmountYuan, f.ChangeYuan, s);

    private static IQueryable<NarrativeFigureFact> GroupChanges(WarehouseDbContext db) =>
        db.Set<NarrativeFigureFact>().Where(f => f.Kind == NarrativeFigureKind.ProjectGroupChange && f.ComparedYear != null);

    /// <summary>The prior-year statements of the documents of a department-year (<c>Budget.priorYearStatements</c>' loader).</summary>
    public static Task<IReadOnlyList<StatedFigure>> PriorYearAsync(ResolveContext ctx, DepartmentYear key) =>
        DocumentRows.LoadAsync(ctx, "prior-year", key, db => db.PriorYearStatements, Statement);

    /// <summary>Every prior-year statement by any document of a department (one statement for any number of departments).</summary>
    public static Task<IReadOnlyList<StatedFigure>?> ByDepartmentAsync(ResolveContext ctx, int departmentId) =>
        ByDepartmentAsync(ctx, "statements-by-department", departmentId, db => db.PriorYearStatements, Statement);

    /// <summary>The rows of <paramref name="set"/> by department, through the loader named <paramref name="name"/>.</summary>
    private static Task<IReadOnlyList<StatedFigure>?> ByDepartmentAsync<TFact>(ResolveContext ctx, string name, int departmentId,
        Func<WarehouseDbContext, IQueryable<TFact>> set, Expression<Func<TFact, SourceRef, StatedFigure>> projection) where TFact : Fact
    {
        // (f, s) => (f.DepartmentId, projection(f, s)), so the department comes back with each row.
        var fact = projection.Parameters[0];
        var keyed = Expression.Lambda<Func<TFact, SourceRef, (int, StatedFigure)>>(
            Expression.New(typeof((int, StatedFigure)).GetConstructor([typeof(int), typeof(StatedFigure)])!,
                Expression.Property(fact, nameof(Fact.DepartmentId)), projection.Body),
            fact, projection.Parameters[1]);
        return WarehouseAccess.LoadAsync<int, IReadOnlyList<StatedFigure>>(ctx, name, departmentId, async (db, ids, ct) =>
        {
            var rows = await set(db).Where(f => ids.Contains(f.DepartmentId)).Select(SourceProjection.WithSource(keyed)).ToListAsync(ct);
            return rows.GroupBy(r => r.Item1).ToDictionary(g => g.Key, g => (IReadOnlyList<StatedFigure>)g.Select(r => r.Item2).ToList());
        });
    }

    /// <summary>The conflicts about one thing's figure of one year, stated by any document of the department (<paramref name="label"/> null: any label of the subject).</summary>
    public static async Task<IReadOnlyList<StatementConflictValue>> AboutAsync(ResolveContext ctx, int departmentId, StatementSubject subject, string? label, int year)
    {
        var statements = ByDepartmentAsync(ctx, departmentId);
        var changes = ByDepartmentAsync(ctx, "group-changes-by-department", departmentId, GroupChanges, GroupChange);
        var all = (await statements ?? []).Concat(await changes ?? []);
        return Find(all.Where(s => s.Subject == subject && s.Year == year && (label is null || s.Label == label)));
    }

    /// <summary>The amounts and source of a statement (<c>PriorYearStatement</c> and <c>ConflictingStatement</c>).</summary>
    public static void StatedAmounts(ObjectType type, BudgetTypes t, bool amountNonNull, string amountDescription)
    {
        type.Amount<StatedFigure>(t, "amount", x => x.AmountYuan, amountNonNull, amountDescription);
        type.Amount<StatedFigure>(t, "laterAmount", x => x.LaterAmountYuan, false, "The later year's amount stated alongside, when stated.");
        type.Amount<StatedFigure>(t, "statedChange", x => x.StatedChangeYuan, false, "The change as stated (later − earlier), when stated.");
        type.Field<StatedFigure>("source", NonNull(t.Source), x => x.Source, "The document and lines (`firstLine`–`line`) of the statement.");
    }

    public static void Configure(BudgetTypes t)
    {
        var statement = new ObjectType("ConflictingStatement") { Description = "One of the statements of a `StatementConflict`, as printed." };
        statement.Field<StatedFigure>("printedLabel", NonNull(Scalars.String), x => x.PrintedLabel, "The wording the document prints.");
        StatedAmounts(statement, t, false,
            "The earlier year's amount: as stated, or computed from the statement's own later amount and change (then `source.derived`); null when it states only a change.");

        t.StatementConflict.Field<StatementConflictValue>("subject", NonNull(t.StatementSubject), x => x.Subject, "What the statements are about.");
        t.StatementConflict.Field<StatementConflictValue>("label", NonNull(Scalars.String), x => x.Label,
            "The conformed label the statements share (each keeps its printed wording in `printedLabel`).");
        t.StatementConflict.Field<StatementConflictValue>("year", NonNull(Scalars.Int), x => x.Year, "The earlier year the statements are about.");
        t.StatementConflict.Field<StatementConflictValue>("statements", ListOf(statement), x => x.Statements,
            "Every statement of the document about it, in printed order: all kept, none chosen.");

        t.Budget.ResolveAsync("statementConflicts", ListOf(t.StatementConflict), async ctx =>
            {
                var key = ctx.ParentAs<BudgetNode>().Key;
                var statements = PriorYearAsync(ctx, key);
                var changes = DocumentRows.LoadAsync(ctx, "group-changes", key, GroupChanges, GroupChange);
                return Find((await statements).Concat(await changes));
            },
            "Statements of this year's document about one figure of an earlier year that disagree (e.g. two different changes against the prior year for one project category): both kept with their sources, never resolved.");
    }
}
