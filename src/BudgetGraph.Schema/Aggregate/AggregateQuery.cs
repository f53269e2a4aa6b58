using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Paging;
using BudgetGraph.GraphSchema;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.GraphSchema.Aggregate;

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

/// <summary>The filterable fields of aggregate's rows and the sort keys of its groups, for both engines.</summary>
public static class AggregateFilters
{
    /// <summary>Conditions on the rows before grouping; <paramref name="enumType"/> gives the engine's handle of an enum column's CLR enum.</summary>
    public static FilterTranslator<AggregateRow> Rows(Func<Type, object> enumType) => new("where",
    [
        FilterField.Of<AggregateRow, string>("departmentCode", r => r.DepartmentCode, FilterKind.String, "The department's code."),
        FilterField.Of<AggregateRow, DepartmentKind>("departmentKind", r => r.DepartmentKind, FilterKind.Enum, "The department's kind.", enumType(typeof(DepartmentKind))),
        FilterField.Of<AggregateRow, int>("year", r => r.Year, FilterKind.Int, "The fiscal year."),
        FilterField.Of<AggregateRow, string?>("code", r => r.Code, FilterKind.String, "The functional code (at the requested level)."),
        FilterField.Of<AggregateRow, string?>("economicCode", r => r.EconomicCode, FilterKind.String, "The economic code (at the requested level)."),
        FilterField.Of<AggregateRow, string?>("projectCategory", r => r.ProjectCategory, FilterKind.String, "The project category."),
        FilterField.Of<AggregateRow, BudgetStage>("stage", r => r.Stage, FilterKind.Enum, "The stage.", enumType(typeof(BudgetStage))),
    ]);

    /// <summary>The sort keys of groups.</summary>
    public static readonly FilterTranslator<AggregateGroupValue> Groups = new("order",
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
}

/// <summary>
/// <c>aggregate</c> from its arguments (the engines read them): the groups of the figures mart's rows, filtered, sorted and
/// paged, with the summary over all groups.
/// </summary>
public static class AggregateQuery
{
    /// <summary>A page of groups with the summary; <paramref name="page"/> reads the paging arguments (after the grouping is checked).</summary>
    public static async Task<Connection<AggregateGroupValue>> RunAsync(WarehouseDbContext db, IEnumerable<AggregateDimension> groupBy, SubjectLevel level,
        BudgetStage stage, FilterTranslator<AggregateRow> rowFilters, IReadOnlyDictionary<string, object?>? whereInput, IEnumerable<object?>? order,
        Func<PageRequest> page, CancellationToken ct)
    {
        var dims = groupBy.Distinct().ToList();
        var where = rowFilters.Where(whereInput, AmountUnit.WanYuan);
        var family = FigureFamily.For(db, dims, level, stage, FiltersCodes(whereInput));
        var groups = await GroupsAsync(family, dims, where, ct);
        var ordered = AggregateFilters.Groups.Order(groups.AsQueryable(), order, x => x.Ordinal).ToList();
        return Pager.Page(ordered, page()) with
        {
            Summary = new AggregateSummaryValue(groups.Sum(x => x.Total), SumOrNull(groups.Select(x => x.Basic)),
                SumOrNull(groups.Select(x => x.Project)), groups.Sum(x => x.RowCount), groups.Count),
        };
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
