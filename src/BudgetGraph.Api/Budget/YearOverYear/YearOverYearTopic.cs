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
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.YearOverYear;

/// <summary>
/// <c>yearOverYear</c>: a department's total, subjects at a level and project categories over consecutive
/// years, with change and percent change. A year without its own document is filled from a later document's
/// prior-year statement ("比 2022 年增加 …"), flagged by <c>source.statedByLaterDocument</c>; a year's own
/// document always wins. Project categories are matched by conformed name (<see cref="YearOverYearBuilder"/>); each
/// point keeps the wording its source prints.
/// </summary>
internal static class YearOverYearTopic
{
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
                var kinds = ctx.HasArgument("kinds") && ctx.Arguments["kinds"] is not null ? ctx.Argument<List<YearOverYearRowKind>>("kinds") : null;
                return YearOverYearBuilder.Build(dept, years, totals, subjects, projects, statements, stage, level, kinds);
            }, "A department's total, subjects at a level and project categories over consecutive years, with change and percent change; years only stated as prior-year figures of a later document are included and flagged.")
            .Arg("departmentCode", NonNull(Scalars.String), "The department, e.g. `szdsj`.")
            .Arg("classification", t.Classification, Classification.Functional, "The classification of the subject rows.")
            .Arg("level", t.SubjectLevel, SubjectLevel.Class, "The level of the subject rows.")
            .Arg("fromYear", Scalars.Int, "The first year (default: the earliest).")
            .Arg("toYear", Scalars.Int, "The last year (default: the latest).")
            .Arg("kinds", InputList(kind), "Only rows of these kinds (all when omitted).")
            .StageArgument(t);
    }
}
