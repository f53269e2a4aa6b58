using BudgetGraph.Api.Budget.Breakdown;
using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Compare;
using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Figures;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

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
/// <c>yearOverYear</c>: a department's total, subjects at a level and project categories over consecutive
/// years, with change and percent change. A year without its own document is filled from a later document's
/// prior-year statement ("比 2022 年增加 …"), flagged by <c>source.statedByLaterDocument</c>; a year's own
/// document always wins. Project categories are matched by conformed name (<see cref="ConformedLabels"/>), so one
/// category printed in two wordings is one row; each point keeps the wording its source prints.
/// </summary>
internal static class YearOverYearTopic
{
    private static string CategoryLabel(string printed) => ConformedLabels.Conform(LabelKind.ProjectCategory, printed);

    public static void Configure(BudgetTypes t)
    {
        var kind = Gql.EnumOf<YearOverYearRowKind>("YearOverYearRowKind", "What a year-over-year row follows.");
        var point = new ObjectType("YearOverYearPoint") { Description = "One year of a year-over-year row." };
        point.Field<YearPoint>("year", NonNull(Scalars.Int), x => x.Year, "The year.");
        point.Amount<YearPoint>(t, "amount", x => x.AmountYuan, false, "The amount; null when no document states it.");
        point.Amount<YearPoint>(t, "change", x => x.ChangeYuan, false, "amount − the previous year's amount (null without both).");
        point.Field<YearPoint>("percentChange", Scalars.Float, x => x.PercentChange, "change / the previous year's amount, as a fraction (0.4377 = +43.77%).");
        point.Field<YearPoint>("statedByLaterDocument", NonNull(Scalars.Boolean), x => x.Source?.StatedByLaterDocument ?? false,
            "True when the amount is a prior-year figure stated by a later year's document.");
        point.Field<YearPoint>("source", t.Source, x => x.Source, "Where the amount is stated.");
        point.Field<YearPoint>("stage", t.Stage, x => x.Stage, "The stage of the amount (the field's `stage`; prior-year statements are about initial budgets).");
        point.Field<YearPoint>("comparable", NonNull(Scalars.Boolean), x => x.Comparable,
            "False when the previous year's amount is of another stage: no change is computed across stages.");
        point.Field<YearPoint>("printedName", Scalars.String, x => x.PrintedName,
            "The wording the amount's source prints (the row's `name` is the conformed one); null without an amount.");
        point.ResolveAsync("conflicts", ListOf(t.StatementConflict), async ctx => ctx.ParentAs<YearPoint>() is { Statements: { } key } p
                ? (await StatementConflicts.AboutAsync(ctx, key.DepartmentId, key.Subject, key.Label, p.Year))
                : (IReadOnlyList<StatementConflictValue>)[],
            "Statements of one later document about this year's figure that disagree with each other: both kept with their sources, whichever figure the point shows.");

        var row = new ObjectType("YearOverYearRow") { Description = "A figure followed over the years." };
        row.Field<YearRow>("kind", NonNull(kind), x => x.Kind, "What the row follows.");
        row.Field<YearRow>("code", Scalars.String, x => x.Code, "The classification code of a SUBJECT row.");
        row.Field<YearRow>("name", NonNull(Scalars.String), x => x.Name,
            "The name; for project categories the conformed one (资产配置预算 and 资产配置 are one row; each point's `printedName` keeps its wording).");
        row.Field<YearRow>("points", ListOf(point), x => x.Points, "One point per year of `years`.");

        var yoy = new ObjectType("YearOverYear") { Description = "A department's figures over consecutive years." };
        yoy.Field<YearOverYearValue>("department", NonNull(t.Department), x => x.Department, "The department.");
        yoy.Field<YearOverYearValue>("years", ListOf(Scalars.Int), x => x.Years, "The years covered, oldest first.");
        yoy.Field<YearOverYearValue>("rows", ListOf(row), x => x.Rows, "The total first, then the subjects by code, then the project categories.");

        t.Query.ResolveAsync("yearOverYear", NonNull(yoy), async ctx =>
            {
                var dept = (await DepartmentTopic.RequireAsync(ctx, [ctx.Argument<string>("departmentCode")], "departmentCode"))[0];
                var classification = ctx.HasArgument("classification") ? ctx.Argument<Classification>("classification") : Classification.Functional;
                var level = ctx.HasArgument("level") ? ctx.Argument<SubjectLevel>("level") : SubjectLevel.Class;
                var statements = await StatementConflicts.ByDepartmentAsync(ctx, dept.Id) ?? [];
                var documentYears = await BudgetTopic.YearsAsync(ctx, dept.Id) ?? [];
                var from = ctx.OptValue<int>("fromYear") ?? int.MinValue;
                var to = ctx.OptValue<int>("toYear") ?? int.MaxValue;
                var years = documentYears.Concat(statements.Select(s => s.Year)).Where(y => y >= from && y <= to).Distinct().Order().ToList();
                var keys = years.Select(y => new DepartmentYear(dept.Id, y)).ToList();
                var stage = Stages.Of(ctx);
                var budgets = keys.Select(k => BudgetTopic.LoadAsync(ctx, k, stage)).ToList();
                var subjectLoads = keys.Select(k => CompareTopic.RowsAsync(ctx, k, classification, stage)).ToList();
                var projectLoads = keys.Select(k => FigureRows.LoadAsync(ctx, FigureKey.Of(k, stage), FigureSet.Categories, provenance: true)).ToList();
                var totals = await Task.WhenAll(budgets);
                var subjects = await Task.WhenAll(subjectLoads);
                var projects = await Task.WhenAll(projectLoads);
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
                var kinds = ctx.HasArgument("kinds") && ctx.Arguments["kinds"] is not null ? ctx.Argument<List<YearOverYearRowKind>>("kinds") : null;
                return new YearOverYearValue(dept, years, kinds is null ? rows : rows.Where(r => kinds.Contains(r.Kind)).ToList());
            }, "A department's total, subjects at a level and project categories over consecutive years, with change and percent change; years only stated as prior-year figures of a later document are included and flagged.")
            .Arg("departmentCode", NonNull(Scalars.String), "The department, e.g. `szdsj`.")
            .Arg("classification", t.Classification, Classification.Functional, "The classification of the subject rows.")
            .Arg("level", t.SubjectLevel, SubjectLevel.Class, "The level of the subject rows.")
            .Arg("fromYear", Scalars.Int, "The first year (default: the earliest).")
            .Arg("toYear", Scalars.Int, "The last year (default: the latest).")
            .Arg("kinds", InputList(kind), "Only rows of these kinds (all when omitted).")
            .StageArgument(t);
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
                percent = BreakdownTopic.Share(change.Value, previous);
            }
            points.Add(new YearPoint(years[i], figure?.Amount, figure?.Source, change, percent, pointStage, comparable, figure?.PrintedName, key));
        }
        return new YearRow(kind, code, name, points);
    }
}
