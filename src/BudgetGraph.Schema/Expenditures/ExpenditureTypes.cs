using BudgetGraph.GraphSchema.Expenditures;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Compare;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Paging;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Relay;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using HotChocolate;
using HotChocolate.Resolvers;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Expenditures;

/// <summary>Expenditure: a published expenditure row.</summary>
public sealed class ExpenditureType : ObjectType<ExpenditureRow>
{
    protected override void Configure(IObjectTypeDescriptor<ExpenditureRow> descriptor)
    {
        descriptor.Name("Expenditure").Description("A published expenditure row: one department-year's amount for one classification code.").BindFieldsExplicitly();
        descriptor.ImplementsNode("Expenditure", x => x.Key);
        descriptor.Field("department").Type<NonNullType<DepartmentType>>().Description("The department.")
            .Resolve(async ctx => await ctx.DataLoader<DepartmentByIdDataLoader>().LoadAsync(ctx.Parent<ExpenditureRow>().DepartmentId, ctx.RequestAborted));
        descriptor.Field<ExpenditureRow, NonNullType<IntType>>("year", x => x.Year, "The fiscal year.");
        descriptor.Field<ExpenditureRow, NonNullType<ClassificationType>>("classification", x => x.Classification, "Functional or economic classification.");
        descriptor.Field<ExpenditureRow, NonNullType<StringType>>("code", x => x.Code, "The classification code.");
        descriptor.Field<ExpenditureRow, NonNullType<StringType>>("name", x => x.Name, "The subject's published name.");
        descriptor.Field<ExpenditureRow, NonNullType<SubjectLevelType>>("level", x => x.Level, "类, 款 or 项.");
        descriptor.Amount<ExpenditureRow>("amount", x => x.Total, true, "支出总计.");
        descriptor.Amount<ExpenditureRow>("basicAmount", x => x.Basic, true, "基本支出.");
        descriptor.Amount<ExpenditureRow>("projectAmount", x => x.Project, true, "项目支出.");
        descriptor.Field<ExpenditureRow, NonNullType<SourceType>>("source", x => x.Source, "Where the row is printed.");
    }
}

/// <summary>SubjectLevelOperationFilterInput.</summary>
public sealed class SubjectLevelOperationFilterInput() : EnumOperationFilterInput<SubjectLevelType>("SubjectLevel");

/// <summary>ExpenditureFilterInput.</summary>
public sealed class ExpenditureFilterInput() : FilterInputType("ExpenditureFilterInput", "Conditions on expenditure rows.", ExpenditureQueries.Functional.Fields);

/// <summary>ExpenditureSortInput.</summary>
public sealed class ExpenditureSortInput() : SortInputType("ExpenditureSortInput", "Sort expenditure rows by one field per list item.", ExpenditureQueries.Functional.Fields);

/// <summary>ExpenditureEdge.</summary>
public sealed class ExpenditureEdgeType() : EdgeType<ExpenditureRow, ExpenditureType>("Expenditure");

/// <summary>ExpenditureConnection.</summary>
public sealed class ExpenditureConnectionType() : ConnectionType<ExpenditureRow, ExpenditureType, ExpenditureEdgeType>("Expenditure", "A page of expenditure rows.");

/// <summary><c>expenditures</c> (the statements are the shared <see cref="ExpenditureQuery"/>).</summary>
public sealed class ExpenditureQueries : ObjectTypeExtension
{
    private static object EnumType(Type clr) => clr == typeof(DepartmentKind) ? typeof(DepartmentKindOperationFilterInput) : typeof(SubjectLevelOperationFilterInput);

    /// <summary>The functional rows' fields (the input types are declared from them).</summary>
    public static readonly GraphSchema.Filtering.FilterTranslator<FunctionalExpenditureFact> Functional = ExpenditureQuery.FunctionalFilters(EnumType);

    private static readonly GraphSchema.Filtering.FilterTranslator<EconomicExpenditureFact> Economic = ExpenditureQuery.EconomicFilters(EnumType);

    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(OperationTypeNames.Query);
        descriptor.Field("expenditures").Type<NonNullType<ExpenditureConnectionType>>()
            .Description("Published expenditure rows (one per department-year and code) as a cursor connection: filter with `where` and the code path, sort with `order`. Each page is one SQL statement.")
            .Argument("classification", a => a.Type<ClassificationType>().DefaultValue(Classification.Functional)
                .Description("Functional (支出总表) or economic (一般公共预算支出表（按经济分类）) rows."))
            .Argument("unit", a => a.Type<AmountUnitType>().DefaultValue(AmountUnit.WanYuan)
                .Description("The unit of amounts in `where` (returned amounts have their own `unit`)."))
            .Arg<ExpenditureFilterInput>("where", "Conditions, e.g. `{ year: { eq: 2023 }, amount: { gte: 1000 } }`.")
            .Arg<ListType<NonNullType<ExpenditureSortInput>>>("order", "Sort keys, e.g. `[{ amount: DESC }]` (then by row).")
            .Arg<StringType>("codePrefix", "Only codes starting with this prefix, e.g. `201` for 201 and everything under it.")
            .Arg<ListType<NonNullType<StringType>>>("includeCodes", "Only these codes and the codes under them.")
            .Arg<ListType<NonNullType<StringType>>>("excludeCodes", "Not these codes nor the codes under them.")
            .Paging()
            .Resolve(async ctx =>
            {
                var classification = ctx.ArgumentValue<Classification?>("classification") ?? Classification.Functional;
                var page = ctx.PageRequest();
                var arguments = new ExpenditureArguments(ctx.Where(), ctx.Unit(), ctx.ArgumentValue<string?>("codePrefix"),
                    ctx.ArgumentValue<IReadOnlyList<string>?>("includeCodes") ?? [], ctx.ArgumentValue<IReadOnlyList<string>?>("excludeCodes") ?? [], ctx.Order());
                return await DepartmentQueries.Factory(ctx).RunAsync(async (db, ct) => classification == Classification.Economic
                    ? await ExpenditureQuery.PageAsync(ExpenditureQuery.EconomicRows(db), Economic, f => f.EconomicSubject!.Code, ExpenditureQuery.EconomicProjection, arguments, page, ct)
                    : await ExpenditureQuery.PageAsync(ExpenditureQuery.FunctionalRows(db), Functional, f => f.FunctionalSubject!.Code, ExpenditureQuery.FunctionalProjection, arguments, page, ct),
                    ctx.RequestAborted);
            });
    }

    /// <summary>The row of a global id's key, or null.</summary>
    public static Task<ExpenditureRow?> ByKeyAsync(IResolverContext ctx, string key) =>
        ctx.DataLoader<ExpenditureByKeyDataLoader>().LoadAsync(key, ctx.RequestAborted);
}

/// <summary>Expenditure rows by global-id key.</summary>
public sealed class ExpenditureByKeyDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : WarehouseDataLoader<string, ExpenditureRow>(factory, scheduler, options)
{
    protected override Task<IReadOnlyDictionary<string, ExpenditureRow>> LoadAsync(WarehouseDbContext db, IReadOnlyList<string> keys, CancellationToken ct) =>
        ExpenditureQuery.ByKeyAsync(db, keys, ct);
}
