using BudgetGraph.GraphSchema.Breakdown;
using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.YearOverYear;

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

/// <summary>What statements a row's points can be stated by: a department's statements of a subject and conformed label.</summary>
/// <param name="Label">The conformed label (null: any, for the totals).</param>
public sealed record StatementKey(int DepartmentId, StatementSubject Subject, string? Label);

/// <summary>One year's figure of a row.</summary>
/// <param name="Stage">The stage of the amount (null without one).</param>
/// <param name="Comparable">False when the previous year's amount is of another stage (then no change is computed).</param>
/// <param name="PrintedName">The wording the amount's source prints (null without an amount).</param>
/// <param name="Statements">The statements that can state this row's figures (null: none can).</param>
public sealed record YearPoint(int Year, long? AmountYuan, SourceRef? Source, long? ChangeYuan, double? PercentChange, BudgetStage? Stage, bool Comparable,
    string? PrintedName, StatementKey? Statements);

/// <summary>A followed figure over the years.</summary>
/// <param name="Name">The conformed name: one row for one thing printed in several wordings (资产配置 / 资产配置预算).</param>
public sealed record YearRow(YearOverYearRowKind Kind, string? Code, string Name, IReadOnlyList<YearPoint> Points);

/// <summary>A year's own figure of a row: amount, source and printed wording.</summary>
internal readonly record struct OwnFigure(long Amount, SourceRef Source, string PrintedName);

/// <summary>The year-over-year table of a department.</summary>
public sealed record YearOverYearValue(DepartmentNode Department, IReadOnlyList<int> Years, IReadOnlyList<YearRow> Rows);

/// <summary>
/// The year-over-year table from loaded figures (the engines read arguments and load): a department's total, subjects at
/// a level and project categories over consecutive years, with change and percent change. A year without its own document
/// is filled from a later document's prior-year statement, flagged by <c>source.statedByLaterDocument</c>; a year's own
/// document always wins. Project categories are matched by conformed name (<see cref="ConformedLabels"/>), so one category
/// printed in two wordings is one row; each point keeps the wording its source prints.
/// </summary>
public static class YearOverYearBuilder
{
    private static string CategoryLabel(string printed) => ConformedLabels.Conform(LabelKind.ProjectCategory, printed);

    /// <summary>
    /// The table of <paramref name="dept"/> over <paramref name="years"/>: <paramref name="totals"/>, <paramref name="subjects"/>
    /// and <paramref name="projects"/> are each year's budget, classification rows and project categories (in the order of the years).
    /// </summary>
    public static YearOverYearValue Build(DepartmentNode dept, List<int> years, BudgetNode?[] totals, IReadOnlyList<Figure>[] subjects,
        IReadOnlyList<Figure>[] projects, IReadOnlyList<StatedFigure> statements, BudgetStage stage, SubjectLevel level, IReadOnlyCollection<YearOverYearRowKind>? kinds)
    {
        // Prior-year statements are about initial budgets: they fill only an INITIAL row.
        if (stage != BudgetStage.Initial)
        {
            statements = [];
        }

        var rows = new List<YearRow>
        {
            Row(YearOverYearRowKind.TotalExpenditure, null, "支出合计", years,
                i => totals[i] is { } b ? new OwnFigure(b.TotalYuan, b.Source!, "支出合计") : null, stage,
                statements.Where(s => s.Subject == StatementSubject.TotalExpenditure).ToList(),
                new StatementKey(dept.Id, StatementSubject.TotalExpenditure, null)),
        };
        foreach (var (code, name) in subjects.SelectMany(r => r).Where(r => r.Level == level && r.Code is not null)
                     .GroupBy(r => r.Code!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.First().Name!)))
        {
            rows.Add(Row(YearOverYearRowKind.Subject, code, name, years,
                i => subjects[i].FirstOrDefault(r => r.Code == code) is { } r ? new OwnFigure(r.Total, r.Source!, r.Name!) : null, stage, [], null));
        }
        var categoryStatements = statements.Where(s => s.Subject == StatementSubject.ProjectCategory).ToList();
        foreach (var label in projects.SelectMany(p => p).Select(c => CategoryLabel(c.Name))
                     .Concat(categoryStatements.Select(s => s.Label)).Distinct())
        {
            rows.Add(Row(YearOverYearRowKind.ProjectCategory, null, label, years,
                i => projects[i].FirstOrDefault(c => CategoryLabel(c.Name) == label) is { } c ? new OwnFigure(c.Total, c.Source!, c.Name) : null, stage,
                categoryStatements.Where(s => s.Label == label).ToList(), new StatementKey(dept.Id, StatementSubject.ProjectCategory, label)));
        }
        return new YearOverYearValue(dept, years, kinds is null ? rows : rows.Where(r => kinds.Contains(r.Kind)).ToList());
    }

    /// <summary>A row: each year's own figure, else the latest later document's statement about that year.</summary>
    private static YearRow Row(YearOverYearRowKind kind, string? code, string name, List<int> years, Func<int, OwnFigure?> own,
        BudgetStage stage, List<StatedFigure> statements, StatementKey? key)
    {
        var points = new List<YearPoint>();
        for (var i = 0; i < years.Count; i++)
        {
            // A statement is of the earliest later document; of two statements there, the first printed (a conflict
            // between them is reported by the point's `conflicts`, not resolved here).
            var figure = own(i) ?? statements.Where(s => s.Year == years[i] && s.AmountYuan is not null)
                .OrderBy(s => s.Source.DocumentYear).ThenBy(s => s.Source.Line)
                .Select(s => (OwnFigure?)new OwnFigure(s.AmountYuan!.Value, s.Source, s.PrintedLabel)).FirstOrDefault();
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
            points.Add(new YearPoint(years[i], figure?.Amount, figure?.Source, change, percent, pointStage, comparable, figure?.PrintedName, key));
        }
        return new YearRow(kind, code, name, points);
    }
}
