using BudgetGraph.Api.Budget.Breakdown;
using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Figures;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Budget.YearOverYear;

/// <summary>What a year-over-year row follows.</summary>
public enum YearOverYearRowKind
{
    /// <summary>The department's total expenditure.</summary>
    TotalExpenditure,
    /// <summary>A classification code.</summary>
    Subject,
    /// <summary>A project category.</summary>
    ProjectCategory,
}

/// <summary>One year's figure of a row.</summary>
/// <param name="Stage">The stage of the amount (null without one).</param>
/// <param name="Comparable">False when the previous year's amount is of another stage (then no change is computed).</param>
public sealed record YearPoint(int Year, long? AmountYuan, SourceRef? Source, long? ChangeYuan, double? PercentChange, BudgetStage? Stage, bool Comparable);

/// <summary>A followed figure over the years.</summary>
public sealed record YearRow(YearOverYearRowKind Kind, string? Code, string Name, IReadOnlyList<YearPoint> Points);

/// <summary>The year-over-year table of a department.</summary>
public sealed record YearOverYearValue(DepartmentNode Department, IReadOnlyList<int> Years, IReadOnlyList<YearRow> Rows);

/// <summary>An amount of an earlier year stated by a later document (prior-year statements, by subject and label).</summary>
public sealed record PriorYearAmount(StatementSubject Subject, string Label, int Year, long Amount, SourceRef Source);

/// <summary>
/// The year-over-year table from loaded figures (the engines read arguments and load): a department's total, subjects at
/// a level and project categories over consecutive years, with change and percent change. A year without its own document
/// is filled from a later document's prior-year statement, flagged by <c>source.statedByLaterDocument</c>; a year's own
/// document always wins.
/// </summary>
public static class YearOverYearBuilder
{
    /// <summary>The prior-year statements of departments, by department id (one statement for a batch).</summary>
    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<PriorYearAmount>>> LoadStatementsAsync(WarehouseDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var rows = await db.PriorYearStatements.Where(f => ids.Contains(f.DepartmentId))
            .Select(SourceProjection.WithSource<PriorYearStatementFact, (int DepartmentId, PriorYearAmount Row)>((f, s) =>
                ValueTuple.Create(f.DepartmentId, new PriorYearAmount(f.Subject, f.Label, f.Year, f.AmountYuan, s))))
            .ToListAsync(ct);
        return rows.GroupBy(r => r.DepartmentId).ToDictionary(g => g.Key, g => (IReadOnlyList<PriorYearAmount>)g.Select(r => r.Row).ToList());
    }

    /// <summary>
    /// The table of <paramref name="dept"/> over <paramref name="years"/>: <paramref name="totals"/>, <paramref name="subjects"/>
    /// and <paramref name="projects"/> are each year's budget, classification rows and project categories (in the order of the years).
    /// </summary>
    public static YearOverYearValue Build(DepartmentNode dept, List<int> years, BudgetNode?[] totals, IReadOnlyList<Figure>[] subjects,
        IReadOnlyList<Figure>[] projects, IReadOnlyList<PriorYearAmount> statements, BudgetStage stage, SubjectLevel level, IReadOnlyCollection<YearOverYearRowKind>? kinds)
    {
        // Prior-year statements are about initial budgets: they fill only an INITIAL row.
        if (stage != BudgetStage.Initial)
        {
            statements = [];
        }

        var rows = new List<YearRow>
        {
            Row(YearOverYearRowKind.TotalExpenditure, null, "支出合计", years,
                i => totals[i] is { } b ? (b.TotalYuan, b.Source!) : null, stage,
                statements.Where(s => s.Subject == StatementSubject.TotalExpenditure).ToList()),
        };
        foreach (var (code, name) in subjects.SelectMany(r => r).Where(r => r.Level == level && r.Code is not null)
                     .GroupBy(r => r.Code!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.First().Name!)))
        {
            rows.Add(Row(YearOverYearRowKind.Subject, code, name, years,
                i => subjects[i].FirstOrDefault(r => r.Code == code) is { } r ? (r.Total, r.Source!) : null, stage, []));
        }
        var categoryStatements = statements.Where(s => s.Subject == StatementSubject.ProjectCategory).ToList();
        foreach (var name in projects.SelectMany(p => p).Select(c => c.Name)
                     .Concat(categoryStatements.Select(s => s.Label)).Distinct())
        {
            rows.Add(Row(YearOverYearRowKind.ProjectCategory, null, name, years,
                i => projects[i].FirstOrDefault(c => c.Name == name) is { } c ? (c.Total, c.Source!) : null, stage,
                categoryStatements.Where(s => s.Label == name).ToList()));
        }
        return new YearOverYearValue(dept, years, kinds is null ? rows : rows.Where(r => kinds.Contains(r.Kind)).ToList());
    }

    /// <summary>A row: each year's own figure, else the latest later document's statement about that year.</summary>
    private static YearRow Row(YearOverYearRowKind kind, string? code, string name, List<int> years, Func<int, (long Amount, SourceRef Source)?> own,
        BudgetStage stage, List<PriorYearAmount> statements)
    {
        var points = new List<YearPoint>();
        for (var i = 0; i < years.Count; i++)
        {
            var figure = own(i) ?? statements.Where(s => s.Year == years[i]).OrderBy(s => s.Source.DocumentYear)
                .Select(s => ((long Amount, SourceRef Source)?)(s.Amount, s.Source)).FirstOrDefault();
            long? change = null;
            double? percent = null;
            BudgetStage? pointStage = figure is null ? null : stage;
            // Every point of a row is of the field's stage, so a change is like with like; the check states the invariant.
            var comparable = i == 0 || points[i - 1].Stage is null || pointStage is null || points[i - 1].Stage == pointStage;
            if (comparable && i > 0 && years[i - 1] == years[i] - 1 && points[i - 1].AmountYuan is { } previous && figure is { } current)
            {
                change = current.Amount - previous;
                percent = BreakdownLoad.Share(change.Value, previous);
            }
            points.Add(new YearPoint(years[i], figure?.Amount, figure?.Source, change, percent, pointStage, comparable));
        }
        return new YearRow(kind, code, name, points);
    }
}
