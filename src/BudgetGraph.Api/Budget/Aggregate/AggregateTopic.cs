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

/// <summary>What aggregate groups by.</summary>
public enum AggregateDimension
{
    /// <summary>The department.</summary>
    Department,
    /// <summary>The department's kind.</summary>
    DepartmentKind,
    /// <summary>The fiscal year.</summary>
    Year,
    /// <summary>The functional subject at the requested level.</summary>
    FunctionalSubject,
    /// <summary>The economic subject at the requested level.</summary>
    EconomicSubject,
    /// <summary>The project category (project expenditure only).</summary>
    ProjectCategory,
    /// <summary>The budget stage (initial, adjusted, actual: the evaluation reports' figures).</summary>
    Stage,
}

/// <summary>
/// A fact row as aggregate sees it. The row set depends on the dimensions: functional rows at the level by
/// default; economic rows with ECONOMIC_SUBJECT; project categories with PROJECT_CATEGORY; department totals by
/// stage with STAGE.
/// </summary>
public sealed record AggregateRow(int DepartmentId, string DepartmentCode, DepartmentKind DepartmentKind, int Year, BudgetStage Stage,
    string? Code, string? EconomicCode, string? ProjectCategory, long Total, long? Basic, long? Project);

/// <summary>One group: its key (the grouped dimensions; the others null) and its measures.</summary>
public sealed record AggregateGroupValue(long Ordinal, int? DepartmentId, string? DepartmentCode, DepartmentKind? DepartmentKind, int? Year,
    string? Code, string? EconomicCode, string? ProjectCategory, BudgetStage? Stage, long Total, long? Basic, long? Project, int RowCount, long GrandTotal,
    bool Derived = false, bool Published = false);

/// <summary>Totals over every group matching the filter, whatever the page.</summary>
public sealed record AggregateSummaryValue(long Total, long? Basic, long? Project, int RowCount, int GroupCount);

/// <summary><c>aggregate</c>: measures grouped by any dimensions, filtered, sorted and paged, with a summary over all groups.</summary>
internal static class AggregateTopic
{
    private static FilterTranslator<AggregateRow> RowFilters(BudgetTypes t) => new("where",
    [
        FilterField.Of<AggregateRow, string>("departmentCode", r => r.DepartmentCode, FilterKind.String, "The department's code."),
        FilterField.Of<AggregateRow, DepartmentKind>("departmentKind", r => r.DepartmentKind, FilterKind.Enum, "The department's kind.", t.DepartmentKind),
        FilterField.Of<AggregateRow, int>("year", r => r.Year, FilterKind.Int, "The fiscal year."),
        FilterField.Of<AggregateRow, string?>("code", r => r.Code, FilterKind.String, "The functional code (at the requested level)."),
        FilterField.Of<AggregateRow, string?>("economicCode", r => r.EconomicCode, FilterKind.String, "The economic code (at the requested level)."),
        FilterField.Of<AggregateRow, string?>("projectCategory", r => r.ProjectCategory, FilterKind.String, "The project category."),
        FilterField.Of<AggregateRow, BudgetStage>("stage", r => r.Stage, FilterKind.Enum, "The stage.", t.Stage),
    ]);

    private static FilterTranslator<AggregateGroupValue> GroupSorts(BudgetTypes t) => new("order",
    [
        FilterField.Of<AggregateGroupValue, long>("amount", g => g.Total, FilterKind.Amount, "The group's amount."),
        FilterField.Of<AggregateGroupValue, long?>("basicAmount", g => g.Basic, FilterKind.Amount, "The group's basic expenditure."),
        FilterField.Of<AggregateGroupValue, long?>("projectAmount", g => g.Project, FilterKind.Amount, "The group's project expenditure."),
        FilterField.Of<AggregateGroupValue, int>("rowCount", g => g.RowCount, FilterKind.Int, "How many fact rows the group sums."),
        FilterField.Of<AggregateGroupValue, string?>("departmentCode", g => g.DepartmentCode, FilterKind.String, "The department."),
        FilterField.Of<AggregateGroupValue, int?>("year", g => g.Year, FilterKind.Int, "The year."),
        FilterField.Of<AggregateGroupValue, string?>("code", g => g.Code, FilterKind.String, "The functional code."),
        FilterField.Of<AggregateGroupValue, string?>("economicCode", g => g.EconomicCode, FilterKind.String, "The economic code."),
        FilterField.Of<AggregateGroupValue, string?>("projectCategory", g => g.ProjectCategory, FilterKind.String, "The project category."),
    ]);

    public static void Configure(BudgetTypes t)
    {
        var dimension = Gql.EnumOf<AggregateDimension>("AggregateDimension", "What aggregate groups by.");
        var rowFilters = RowFilters(t);
        var sorts = GroupSorts(t);
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
                var dims = ctx.Argument<List<AggregateDimension>>("groupBy").Distinct().ToList();
                var level = ctx.HasArgument("level") ? ctx.Argument<SubjectLevel>("level") : SubjectLevel.Class;
                var whereInput = ctx.InputObject("where");
                var where = rowFilters.Where(whereInput, AmountUnit.WanYuan);
                var family = FigureFamily.For(db, dims, level, Stages.Of(ctx), FiltersCodes(whereInput));
                var groups = await GroupsAsync(family, dims, where, ct);
                var ordered = sorts.Order(groups.AsQueryable(), ctx.Opt<IEnumerable<object?>>("order"), x => x.Ordinal).ToList();
                var page = Pager.Page(ordered, PageRequest.From(ctx));
                return page with
                {
                    Summary = new AggregateSummaryValue(groups.Sum(x => x.Total), SumOrNull(groups.Select(x => x.Basic)),
                        SumOrNull(groups.Select(x => x.Project)), groups.Sum(x => x.RowCount), groups.Count),
                };
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

    /// <summary>Whether a row condition (at any depth of and/or/not) is on codes or categories, which department totals do not have.</summary>
    private static bool FiltersCodes(object? where) => where switch
    {
        IReadOnlyDictionary<string, object?> d => d.Keys.Any(k => k is "code" or "economicCode" or "projectCategory") || d.Values.Any(FiltersCodes),
        IEnumerable<object?> list => list.Any(FiltersCodes),
        _ => false,
    };

    /// <summary>
    /// The groups, in key order. Filters without text matching are applied and the rows summed by the database (one
    /// statement over the figures mart); otherwise rows are streamed into one accumulator per group, so memory grows
    /// with the groups, not the rows.
    /// </summary>
    private static async Task<List<AggregateGroupValue>> GroupsAsync(FigureFamily family, List<AggregateDimension> dims,
        Expression<Func<AggregateRow, bool>>? where, CancellationToken ct)
    {
        var groups = new AggregateGroups(dims, family.Derived, family.Published);
        var sqlWhere = where is null ? null : family.Translate(where);
        if (where is null || sqlWhere is not null)
        {
            foreach (var g in await family.GroupAsync(dims, sqlWhere, ct))
            {
                groups.Add(g);
            }
            return groups.Result();
        }
        var filter = where.Compile();
        await foreach (var row in family.Stream().WithCancellation(ct))
        {
            if (filter(row))
            {
                groups.Add(row);
            }
        }
        return groups.Result();
    }

    /// <summary>The sum, or null when any part is unpublished (an unknown part must not count as 0).</summary>
    private static long? SumOrNull(IEnumerable<long?> parts)
    {
        long sum = 0;
        foreach (var p in parts)
        {
            if (p is not { } v)
            {
                return null;
            }
            sum += v;
        }
        return sum;
    }
}
