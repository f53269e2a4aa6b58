using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Paging;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using HotChocolate;
using HotChocolate.Execution;
using HotChocolate.Resolvers;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;
using WarehouseDepartment = BudgetGraph.Warehouse.Dimensions.Department;

namespace BudgetGraph.GraphSchema.Departments;

/// <summary><c>departments(where, order, first, last)</c>, <c>departmentsConnection</c> and <c>department(code)</c>.</summary>
public sealed class DepartmentQueries : ObjectTypeExtension
{
    /// <summary>The filterable and sortable fields, with their operation inputs.</summary>
    public static readonly FilterTranslator<WarehouseDepartment> Filters = DepartmentFilters.Create(clr =>
        clr == typeof(DepartmentKind) ? typeof(DepartmentKindOperationFilterInput)
        : clr == typeof(AdministrativeLevel) ? typeof(AdministrativeLevelOperationFilterInput)
        : typeof(UnitTypeOperationFilterInput));

    protected override void Configure(IObjectTypeDescriptor descriptor)
    {
        descriptor.Name(OperationTypeNames.Query);
        descriptor.Field("departments").Type<NonNullType<ListType<NonNullType<DepartmentType>>>>()
            .Description("All departments matching `where`, in `order` (import order when not given). One SQL statement.")
            .Arg<DepartmentFilterInput>("where", "Conditions, e.g. `{ name: { contains: \"大数据\" } }`.")
            .Arg<ListType<NonNullType<DepartmentSortInput>>>("order", "Sort keys, e.g. `[{ name: ASC }]`.")
            .Arg<IntType>("first", "At most the first n departments (after sorting).")
            .Arg<IntType>("last", "At most the last n departments (after sorting).")
            .ListSize(slicingArguments: ["first", "last"], requireOneSlicingArgument: false)
            .UseOptimizer(ListedBudgetOptimizer.Instance)
            .Resolve(async ctx =>
            {
                var years = BudgetQueries.ListedTotalYears(ctx);
                return await Factory(ctx).RunAsync(async (db, ct) =>
                {
                    var query = Filtered(db, ctx);
                    var order = ctx.Order();
                    if (ctx.ArgumentValue<int?>("last") is { } last)
                    {
                        // The last n: read in reverse order, then put back in order.
                        var tail = await BudgetQueries.ListWithTotalsAsync(ctx, db,
                            Filters.Order(query, order, x => x.Id, reverse: true).Take(Math.Max(0, last)), years, ct);
                        tail.Reverse();
                        return (object)tail;
                    }
                    IQueryable<WarehouseDepartment> ordered = Filters.Order(query, order, x => x.Id);
                    if (ctx.ArgumentValue<int?>("first") is { } first)
                    {
                        ordered = ordered.Take(Math.Max(0, first));
                    }
                    return await BudgetQueries.ListWithTotalsAsync(ctx, db, ordered, years, ct);
                }, ctx.RequestAborted);
            });

        descriptor.Field("departmentsConnection").Type<NonNullType<DepartmentConnectionType>>()
            .Description("Departments as a cursor connection (first/after/last/before), with `totalCount`. One SQL statement per page.")
            .Arg<DepartmentFilterInput>("where", "Conditions.")
            .Arg<ListType<NonNullType<DepartmentSortInput>>>("order", "Sort keys.")
            .Paging()
            .Resolve(async ctx =>
            {
                var page = ctx.PageRequest();
                var order = ctx.Order();
                return await Factory(ctx).RunAsync(async (db, ct) => (object)await Pager.PageAsync(Filtered(db, ctx),
                    (x, reverse) => Filters.Order(x, order, e => e.Id, reverse), DepartmentNode.Projection, page, ct), ctx.RequestAborted);
            });

        descriptor.Field("department").Type<DepartmentType>().Description("The department with this code, or null.")
            .Arg<NonNullType<StringType>>("code", "The department's code, e.g. `szdsj`.")
            .Resolve(async ctx => await ByCodeAsync(ctx, ctx.ArgumentValue<string>("code")));
    }

    /// <summary>The department with a code, through the request's loader.</summary>
    public static Task<DepartmentNode?> ByCodeAsync(IResolverContext ctx, string code) =>
        ctx.DataLoader<DepartmentByCodeDataLoader>().LoadAsync(code, ctx.RequestAborted);

    /// <summary>
    /// Resolves a root field's department codes to departments (one statement, read now: the root has every code at
    /// once), failing with the unknown codes named.
    /// </summary>
    public static async Task<IReadOnlyList<DepartmentNode>> RequireAsync(IResolverContext ctx, IReadOnlyList<string> codes, string argument = "departmentCodes")
    {
        var byCode = await ctx.DataLoader<DepartmentByCodeDataLoader>().LoadNowAsync([.. codes.Distinct()], ctx.RequestAborted);
        var found = codes.Select(c => byCode.GetValueOrDefault(c)).ToList();
        var missing = codes.Where((_, i) => found[i] is null).ToList();
        if (missing.Count > 0)
        {
            throw new GraphQLException(ErrorBuilder.New().SetMessage(UnknownDepartments.Message(argument, missing))
                .SetCode(UnknownDepartments.Code).Build());
        }
        return [.. found.OfType<DepartmentNode>()];
    }

    /// <summary>The warehouse's context factory.</summary>
    public static IDbContextFactory<WarehouseDbContext> Factory(IResolverContext ctx) => ctx.Service<IDbContextFactory<WarehouseDbContext>>();

    private static IQueryable<WarehouseDepartment> Filtered(WarehouseDbContext db, IResolverContext ctx)
    {
        var where = Filters.Where(ctx.Where(), AmountUnit.WanYuan);
        return where is null ? db.Departments : db.Departments.Where(where);
    }
}
