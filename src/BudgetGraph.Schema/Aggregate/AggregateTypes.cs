using BudgetGraph.GraphSchema.Aggregate;
using BudgetGraph.GraphSchema.Breakdown;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Paging;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse.Dimensions;
using HotChocolate;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Aggregate;

/// <summary>AggregateGroup: the values of the grouped dimensions and the group's measures.</summary>
public sealed class AggregateGroupType : ObjectType<AggregateGroupValue>
{
    protected override void Configure(IObjectTypeDescriptor<AggregateGroupValue> descriptor)
    {
        descriptor.Name("AggregateGroup").Description("A group: the values of the grouped dimensions (others are null) and its measures.").BindFieldsExplicitly();
        descriptor.Field("department").Type<DepartmentType>().Description("The department (grouped by DEPARTMENT).")
            .Resolve(async ctx => ctx.Parent<AggregateGroupValue>().DepartmentId is { } id
                ? await ctx.DataLoader<DepartmentByIdDataLoader>().LoadAsync(id, ctx.RequestAborted)
                : null);
        descriptor.Field<AggregateGroupValue, StringType>("departmentCode", x => x.DepartmentCode, "The department's code (grouped by DEPARTMENT).");
        descriptor.Field<AggregateGroupValue, DepartmentKindType>("departmentKind", x => x.DepartmentKind, "Grouped by DEPARTMENT_KIND.");
        descriptor.Field<AggregateGroupValue, IntType>("year", x => x.Year, "Grouped by YEAR.");
        descriptor.Field<AggregateGroupValue, StringType>("code", x => x.Code, "The functional code (grouped by FUNCTIONAL_SUBJECT).");
        descriptor.Field<AggregateGroupValue, StringType>("economicCode", x => x.EconomicCode, "The economic code (grouped by ECONOMIC_SUBJECT).");
        descriptor.Field<AggregateGroupValue, StringType>("projectCategory", x => x.ProjectCategory, "Grouped by PROJECT_CATEGORY.");
        descriptor.Field<AggregateGroupValue, StageType>("stage", x => x.Stage, "Grouped by STAGE.");
        descriptor.Amount<AggregateGroupValue>("amount", x => x.Total, true, "The sum of the rows' amounts.");
        descriptor.Amount<AggregateGroupValue>("basicAmount", x => x.Basic, false,
            "The sum of their basic expenditure; null when a row does not publish it (e.g. an adjusted budget).");
        descriptor.Amount<AggregateGroupValue>("projectAmount", x => x.Project, false, "The sum of their project expenditure; null when a row does not publish it.");
        descriptor.Field<AggregateGroupValue, NonNullType<IntType>>("rowCount", x => x.RowCount, "How many published rows the group sums.");
        descriptor.Field<AggregateGroupValue, NonNullType<BooleanType>>("derived", x => x.Derived,
            "True when `amount` adds up published rows below the group's own grain (a `where` on codes without grouping by them): no document prints it.");
        descriptor.Amount<AggregateGroupValue>("publishedAmount", x => x.Published ? x.Total : null, false,
            "The published figure of the group when it is whole department-years (the sum of their published totals); null for derived sums and code groups.");
        descriptor.Field<AggregateGroupValue, FloatType>("shareOfTotal", x => BreakdownLoad.Share(x.Total, x.GrandTotal), "amount / the summary's amount.");
    }
}

/// <summary>AggregateSummary.</summary>
public sealed class AggregateSummaryType : ObjectType<AggregateSummaryValue>
{
    protected override void Configure(IObjectTypeDescriptor<AggregateSummaryValue> descriptor)
    {
        descriptor.Name("AggregateSummary").Description("Totals over every group matching the filter, regardless of paging.").BindFieldsExplicitly();
        descriptor.Amount<AggregateSummaryValue>("amount", x => x.Total, true, "Sum of all groups' amounts.");
        descriptor.Amount<AggregateSummaryValue>("basicAmount", x => x.Basic, false, "Sum of basic expenditure; null when a group lacks it.");
        descriptor.Amount<AggregateSummaryValue>("projectAmount", x => x.Project, false, "Sum of project expenditure; null when a group lacks it.");
        descriptor.Field<AggregateSummaryValue, NonNullType<IntType>>("rowCount", x => x.RowCount, "Published rows summed.");
        descriptor.Field<AggregateSummaryValue, NonNullType<IntType>>("groupCount", x => x.GroupCount, "Groups over all pages.");
    }
}

/// <summary>AggregateGroupEdge.</summary>
public sealed class AggregateGroupEdgeType() : EdgeType<AggregateGroupValue, AggregateGroupType>("AggregateGroup");

/// <summary>AggregateGroupConnection: a page of groups with the summary over all of them.</summary>
public sealed class AggregateGroupConnectionType()
    : ConnectionType<AggregateGroupValue, AggregateGroupType, AggregateGroupEdgeType>("AggregateGroup", "A page of aggregate groups, with a summary over all of them.")
{
    protected override void Configure(IObjectTypeDescriptor<Connection<AggregateGroupValue>> descriptor)
    {
        base.Configure(descriptor);
        descriptor.Field<Connection<AggregateGroupValue>, NonNullType<AggregateSummaryType>>("summary", x => x.Summary,
            "Totals over every group, regardless of paging.");
    }
}

/// <summary>AggregateDimension.</summary>
public sealed class AggregateDimensionType : EnumType<AggregateDimension>
{
    protected override void Configure(IEnumTypeDescriptor<AggregateDimension> descriptor) =>
        descriptor.Name("AggregateDimension").Description("What aggregate groups by.");
}

/// <summary>StageOperationFilterInput.</summary>
public sealed class StageOperationFilterInput() : EnumOperationFilterInput<StageType>("Stage");

/// <summary>AggregateFilterInput.</summary>
public sealed class AggregateFilterInput() : FilterInputType("AggregateFilterInput", "Conditions on the fact rows before grouping.", AggregateQueries.RowFilters.Fields);

/// <summary>AggregateSortInput.</summary>
public sealed class AggregateSortInput() : SortInputType("AggregateSortInput", "Sort groups by one field per list item.", AggregateFilters.Groups.Fields);

/// <summary><c>aggregate</c> (the grouping itself is the shared <see cref="AggregateQuery"/>).</summary>
public sealed class AggregateQueries : ObjectTypeExtension
{
    /// <summary>The filterable fields of the rows, with their operation inputs.</summary>
    public static readonly GraphSchema.Filtering.FilterTranslator<AggregateRow> RowFilters = AggregateFilters.Rows(clr =>
        clr == typeof(DepartmentKind) ? typeof(DepartmentKindOperationFilterInput) : typeof(StageOperationFilterInput));

    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(OperationTypeNames.Query);
        descriptor.Field("aggregate").Type<NonNullType<AggregateGroupConnectionType>>()
            .Description("Measures (amount, basic, project) of published rows grouped by any dimensions, for charts: filtered, sorted, paged, with a summary over all groups. " +
                "The rows, all from the figures mart: grouped only by DEPARTMENT, DEPARTMENT_KIND, YEAR or STAGE, the published department totals (never re-added from " +
                "their rows; `level` does not apply); with FUNCTIONAL_SUBJECT (or a `where` on codes) functional subjects at `level`; economic subjects with ECONOMIC_SUBJECT; " +
                "project categories with PROJECT_CATEGORY. One stage (`stage`), or every stage with STAGE.")
            .Arg<NonNullType<ListType<NonNullType<AggregateDimensionType>>>>("groupBy", "The dimensions to group by (none: one group of everything).")
            .Argument("level", a => a.Type<SubjectLevelType>().DefaultValue(SubjectLevel.Class).Description("The level of functional or economic codes."))
            .Arg<AggregateFilterInput>("where", "Conditions on the rows.")
            .Arg<ListType<NonNullType<AggregateSortInput>>>("order", "Group order (by key when not given).")
            .StageArgument()
            .Paging()
            .Resolve(async ctx =>
            {
                var dims = ctx.ArgumentValue<IReadOnlyList<AggregateDimension>>("groupBy");
                var level = ctx.ArgumentValue<SubjectLevel?>("level") ?? SubjectLevel.Class;
                var stage = ctx.Stage();
                var where = ctx.Where();
                var order = ctx.Order();
                return await DepartmentQueries.Factory(ctx).RunAsync((db, ct) =>
                    AggregateQuery.RunAsync(db, dims, level, stage, RowFilters, where, order, ctx.PageRequest, ct), ctx.RequestAborted);
            });
    }
}
