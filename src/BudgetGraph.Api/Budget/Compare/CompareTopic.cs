using BudgetGraph.Api.Budget.Breakdown;
using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Figures;
using BudgetGraph.Api.Budget.Filtering;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Marts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Compare;

/// <summary>
/// <c>compare</c>: departments side by side at 类/款/项 (functional) or 类/款 (economic): amount, share of the
/// department's total, rank among the departments, difference against a chosen department; sortable by code,
/// name or any department's amount.
/// </summary>
internal static class CompareTopic
{
    /// <summary>
    /// The figures of a department-year at a stage by classification (the total first for the functional one): the
    /// figures mart's rows, only the total and the requested level's rows when a level is given.
    /// </summary>
    public static Task<IReadOnlyList<Figure>> RowsAsync(ResolveContext ctx, DepartmentYear key, Classification classification, BudgetStage stage,
        SubjectLevel? level = null, bool provenance = true) =>
        FigureRows.LoadAsync(ctx, FigureKey.Of(key, stage), classification == Classification.Economic ? FigureSet.Economic
            : level == SubjectLevel.Class ? FigureSet.FunctionalClasses : FigureSet.Functional, provenance);

    public static void Configure(BudgetTypes t)
    {
        var cell = t.ComparisonCell;
        cell.Field<ComparisonCellValue>("departmentCode", NonNull(Scalars.String), x => x.DepartmentCode, "The department.");
        cell.Amount<ComparisonCellValue>(t, "amount", x => x.Amount, false, "The department's amount for the code; null when it has none.");
        cell.Amount<ComparisonCellValue>(t, "basicAmount", x => x.Row?.Basic, false, "Its basic expenditure part.");
        cell.Amount<ComparisonCellValue>(t, "projectAmount", x => x.Row?.Project, false, "Its project expenditure part.");
        cell.Field<ComparisonCellValue>("share", Scalars.Float, x => x.Amount is { } a ? BreakdownTopic.Share(a, x.DepartmentTotal) : null,
            "amount / the department's total (of the same table) as a fraction.");
        cell.Field<ComparisonCellValue>("rank", Scalars.Int, x => x.Rank, "1 for the largest amount among the compared departments; null without an amount.");
        cell.Amount<ComparisonCellValue>(t, "difference", x => x.Difference, false,
            "amount − the `differenceFrom` department's amount (a missing amount counts as 0); null without `differenceFrom`.");
        cell.Field<ComparisonCellValue>("source", t.Source, x => x.Row?.Source, "Where the amount is printed.");

        var row = t.ComparisonRow;
        row.Field<ComparisonRowValue>("code", NonNull(Scalars.String), x => x.Code, "The classification code.");
        row.Field<ComparisonRowValue>("name", NonNull(Scalars.String), x => x.Name, "The published name.");
        row.Field<ComparisonRowValue>("cells", ListOf(cell), x => x.Cells, "One cell per department, in the order of `departmentCodes`.");

        var total = t.ComparisonTotal;
        total.Field<ComparisonTotalValue>("departmentCode", NonNull(Scalars.String), x => x.DepartmentCode, "The department.");
        total.Field<ComparisonTotalValue>("departmentName", NonNull(Scalars.String), x => x.DepartmentName, "Its name.");
        total.Amount<ComparisonTotalValue>(t, "amount", x => x.Row?.Total, false, "Its total in the compared table (the share denominator).");
        total.Field<ComparisonTotalValue>("source", t.Source, x => x.Row?.Source, "Where the total is printed.");

        var c = t.Comparison;
        c.Field<ComparisonValue>("rows", ListOf(row), x => x.Rows, "The codes at the requested level that any compared department has.");
        c.Field<ComparisonValue>("totals", ListOf(total), x => x.Totals, "Each department's total.");

        var sort = new InputObjectType("ComparisonSortInput") { Description = "Sort comparison rows by code, by name, or by one department's amount (`{ department: \"szdsj\", amount: DESC }`)." }
            .Input("code", t.SortEnumType, "By code.")
            .Input("name", t.SortEnumType, "By name.")
            .Input("department", Scalars.String, "The department whose column `amount` sorts by.")
            .Input("amount", t.SortEnumType, "By the amount of `department` (rows where it has none sort last).");

        t.Query.ResolveAsync("compare", NonNull(c), async ctx =>
            {
                var year = ctx.Argument<int>("year");
                var codes = ctx.Strings("departmentCodes");
                var departments = await DepartmentTopic.RequireAsync(ctx, codes);
                var level = ctx.HasArgument("level") ? ctx.Argument<SubjectLevel>("level") : SubjectLevel.Class;
                var classification = ctx.HasArgument("classification") ? ctx.Argument<Classification>("classification") : Classification.Functional;
                var reference = ctx.Opt<string>("differenceFrom");
                ComparisonBuilder.Check(classification, level, reference, codes);
                var stage = Stages.Of(ctx);
                // Provenance (a join of the documents) only when a source is selected.
                var provenance = ctx.Selection.SelectsAny(["source"]);
                var rows = await Task.WhenAll(departments.Select(d => RowsAsync(ctx, new DepartmentYear(d.Id, year), classification, stage, level, provenance)));
                return ComparisonBuilder.Build(departments, rows, level, reference, ctx.Opt<IEnumerable<object?>>("order"));
            }, "Departments side by side by classification code at a level, with shares of each department's total, ranks and differences.")
            .Arg("year", NonNull(Scalars.Int), "The fiscal year.")
            .Arg("departmentCodes", ListOf(Scalars.String), "The departments, e.g. `[\"szdsj\", \"psqzsj\"]`.")
            .Arg("level", t.SubjectLevel, SubjectLevel.Class, "类, 款 or 项.")
            .Arg("classification", t.Classification, Classification.Functional,
                "FUNCTIONAL (支出总表, all funds) or ECONOMIC (一般公共预算支出表（按经济分类）, the general budget).")
            .Arg("differenceFrom", Scalars.String, "A compared department's code: each cell's `difference` is against it.")
            .Arg("order", InputList(sort), "Row order (by code when not given).")
            .StageArgument(t);
    }
}
