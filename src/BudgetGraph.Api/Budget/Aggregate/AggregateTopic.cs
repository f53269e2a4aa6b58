using BudgetGraph.Api.Budget.Breakdown;
using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Departments;
using BudgetGraph.Api.Budget.Figures;
using BudgetGraph.Api.Budget.Filtering;
using BudgetGraph.Api.Budget.Paging;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Aggregate;

/// <summary><c>aggregate</c>: measures grouped by any dimensions, filtered, sorted and paged, with a summary over all groups.</summary>
internal static class AggregateTopic
{
    private static FilterTranslator<AggregateRow> RowFilters(BudgetTypes t) =>
        AggregateFilters.Rows(clr => clr == typeof(DepartmentKind) ? t.DepartmentKind : t.Stage);

    public static void Configure(BudgetTypes t)
    {
        var dimension = Gql.EnumOf<AggregateDimension>("AggregateDimension", "What aggregate groups by.");
        var rowFilters = RowFilters(t);
        var sorts = AggregateFilters.Groups;
        var filterInput = FilterInputs.Filter(t, new InputObjectType("AggregateFilterInput"), rowFilters.Fields, "Conditions on the fact rows before grouping.");
        var sortInput = FilterInputs.Sort(t, new InputObjectType("AggregateSortInput"), sorts.Fields, "Sort groups by one field per list item.");

        var g = new ObjectType("AggregateGroup") { Description = "A group: the values of the grouped dimensions (others are null) and its measures." };
        g.ResolveAsync("department", t.Department, ctx => ctx.ParentAs<AggregateGroupValue>().DepartmentId is { } id
            ? DepartmentTopic.ByIdAsync(ctx, id) : Task.FromResult<DepartmentNode?>(null), "The department (grouped by DEPARTMENT).");
        g.Field<AggregateGroupValue>("departmentCode", Scalars.String, x => x.DepartmentCode, "The department's code (grouped by DEPARTMENT).");
        g.Field<AggregateGroupValue>("departmentKind", t.DepartmentKind, x => x.DepartmentKind, "Grouped by DEPARTMENT_KIND.");
        g.Field<AggregateGroupValue>("year", Scalars.Int, x => x.Year, "Grouped by YEAR.");
        g.Field<AggregateGroupValue>("code", Scalars.String, x => x.Code, "The functional code (grouped by FUNCTIONAL_SUBJECT).");
        g.Field<AggregateGroupValue>("economicCode", Scalars.String, x => x.EconomicCode, "The economic code (grouped by ECONOMIC_SUBJECT).");
        g.Field<AggregateGroupValue>("projectCategory", Scalars.String, x => x.ProjectCategory, "Grouped by PROJECT_CATEGORY.");
        g.Field<AggregateGroupValue>("stage", t.Stage, x => x.Stage, "Grouped by STAGE.");
        g.Amount<AggregateGroupValue>(t, "amount", x => x.Total, true, "The sum of the rows' amounts.");
        g.Amount<AggregateGroupValue>(t, "basicAmount", x => x.Basic, false, "The sum of their basic expenditure; null when a row does not publish it (e.g. an adjusted budget).");
        g.Amount<AggregateGroupValue>(t, "projectAmount", x => x.Project, false, "The sum of their project expenditure; null when a row does not publish it.");
        g.Field<AggregateGroupValue>("rowCount", NonNull(Scalars.Int), x => x.RowCount, "How many published rows the group sums.");
        g.Field<AggregateGroupValue>("derived", NonNull(Scalars.Boolean), x => x.Derived,
            "True when `amount` adds up published rows below the group's own grain (a `where` on codes without grouping by them): no document prints it.");
        g.Amount<AggregateGroupValue>(t, "publishedAmount", x => x.Published ? x.Total : null, false,
            "The published figure of the group when it is whole department-years (the sum of their published totals); null for derived sums and code groups.");
        g.Field<AggregateGroupValue>("shareOfTotal", Scalars.Float, x => BreakdownTopic.Share(x.Total, x.GrandTotal), "amount / the summary's amount.");

        var summary = new ObjectType("AggregateSummary") { Description = "Totals over every group matching the filter, regardless of paging." };
        summary.Amount<AggregateSummaryValue>(t, "amount", x => x.Total, true, "Sum of all groups' amounts.");
        summary.Amount<AggregateSummaryValue>(t, "basicAmount", x => x.Basic, false, "Sum of basic expenditure; null when a group lacks it.");
        summary.Amount<AggregateSummaryValue>(t, "projectAmount", x => x.Project, false, "Sum of project expenditure; null when a group lacks it.");
        summary.Field<AggregateSummaryValue>("rowCount", NonNull(Scalars.Int), x => x.RowCount, "Published rows summed.");
        summary.Field<AggregateSummaryValue>("groupCount", NonNull(Scalars.Int), x => x.GroupCount, "Groups over all pages.");

        var connection = ConnectionTypes.Create<AggregateGroupValue>(t, g, "A page of aggregate groups, with a summary over all of them.");
        connection.Field<Connection<AggregateGroupValue>>("summary", NonNull(summary), x => x.Summary, "Totals over every group, regardless of paging.");

        t.Query.ResolveAsync("aggregate", NonNull(connection), ctx => WarehouseAccess.QueryAsync(ctx, async (db, ct) =>
            {
                var dims = ctx.Argument<List<AggregateDimension>>("groupBy");
                var level = ctx.HasArgument("level") ? ctx.Argument<SubjectLevel>("level") : SubjectLevel.Class;
                return await AggregateQuery.RunAsync(db, dims, level, Stages.Of(ctx), rowFilters, ctx.InputObject("where"),
                    ctx.Opt<IEnumerable<object?>>("order"), () => PageRequest.From(ctx), ct);
            }), "Measures (amount, basic, project) of published rows grouped by any dimensions, for charts: filtered, sorted, paged, with a summary over all groups. " +
                "The rows, all from the figures mart: grouped only by DEPARTMENT, DEPARTMENT_KIND, YEAR or STAGE, the published department totals (never re-added from " +
                "their rows; `level` does not apply); with FUNCTIONAL_SUBJECT (or a `where` on codes) functional subjects at `level`; economic subjects with ECONOMIC_SUBJECT; " +
                "project categories with PROJECT_CATEGORY. One stage (`stage`), or every stage with STAGE.")
            .Arg("groupBy", ListOf(dimension), "The dimensions to group by (none: one group of everything).")
            .Arg("level", t.SubjectLevel, SubjectLevel.Class, "The level of functional or economic codes.")
            .Arg("where", filterInput, "Conditions on the rows.")
            .Arg("order", InputList(sortInput), "Group order (by key when not given).")
            .StageArgument(t)
            .PagingArguments();
    }
}
