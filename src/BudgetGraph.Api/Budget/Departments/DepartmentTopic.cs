using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Filtering;
using BudgetGraph.Api.Budget.Paging;
using BudgetGraph.Api.Budget.Relay;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;
using WarehouseDepartment = BudgetGraph.Warehouse.Dimensions.Department;

namespace BudgetGraph.Api.Budget.Departments;

/// <summary>
/// Departments: the type, <c>departments(where, order)</c>, <c>departmentsConnection</c>, <c>department(code)</c>,
/// and the loaders by id and by code.
/// </summary>
internal static class DepartmentTopic
{
    /// <summary>The one projection from the entity.</summary>
    public static readonly Expression<Func<WarehouseDepartment, DepartmentNode>> Projection = DepartmentNode.Projection;

    /// <summary>Filterable and sortable fields.</summary>
    public static FilterTranslator<WarehouseDepartment> Filters(BudgetTypes t) => DepartmentFilters.Create(clr =>
        clr == typeof(DepartmentKind) ? t.DepartmentKind : clr == typeof(AdministrativeLevel) ? t.AdministrativeLevel : t.UnitType);

    /// <summary>Loads departments by id (one query per level of the response).</summary>
    public static Task<DepartmentNode?> ByIdAsync(ResolveContext ctx, int id) =>
        WarehouseAccess.LoadAsync<int, DepartmentNode>(ctx, "department-by-id", id, async (db, ids, ct) =>
            await db.Departments.Where(d => ids.Contains(d.Id)).Select(Projection).ToDictionaryAsync(d => d.Id, ct));

    /// <summary>Loads departments by code.</summary>
    public static Task<DepartmentNode?> ByCodeAsync(ResolveContext ctx, string code) =>
        WarehouseAccess.LoadAsync<string, DepartmentNode>(ctx, "department-by-code", code, async (db, codes, ct) =>
            await db.Departments.Where(d => codes.Contains(d.Code)).Select(Projection).ToDictionaryAsync(d => d.Code, ct));

    /// <summary>Resolves department codes to departments, failing with the unknown codes named.</summary>
    public static async Task<IReadOnlyList<DepartmentNode>> RequireAsync(ResolveContext ctx, IReadOnlyList<string> codes, string argument = "departmentCodes")
    {
        var found = await Task.WhenAll(codes.Select(c => ByCodeAsync(ctx, c)));
        var missing = codes.Where((_, i) => found[i] is null).ToList();
        if (missing.Count > 0)
        {
            throw new GraphQL.GraphQLException(UnknownDepartments.Message(argument, missing),
                new Dictionary<string, object?> { ["code"] = Http.ErrorCodes.NotFound });
        }
        return found!;
    }

    public static void Configure(BudgetTypes t, NodeRegistry nodes)
    {
        var filters = Filters(t);
        var filterInput = FilterInputs.Filter(t, new InputObjectType("DepartmentFilterInput"), filters.Fields, "Conditions on departments.");
        var sortInput = FilterInputs.Sort(t, new InputObjectType("DepartmentSortInput"), filters.Fields, "Sort departments by one field per list item.");

        var d = t.Department;
        nodes.Register<DepartmentNode>(t, d, x => x.Code, async (ctx, key) => await ByCodeAsync(ctx, key));
        d.Field<DepartmentNode>("code", NonNull(Scalars.String), x => x.Code, "Stable short code, e.g. `szdsj` (深圳市大数据资源管理中心).");
        d.Field<DepartmentNode>("name", NonNull(Scalars.String), x => x.Name, "Published name.");
        d.Field<DepartmentNode>("kind", NonNull(t.DepartmentKind), x => x.Kind, "The kind of unit its name states: bureau (city or district), data center, other public institution, subdistrict office or commission.");
        d.Field<DepartmentNode>("level", NonNull(t.AdministrativeLevel), x => x.Level, "市, 区 or 街道.");
        d.Field<DepartmentNode>("region", NonNull(Scalars.String), x => x.Region, "The region the unit serves, e.g. 深圳市 or 坪山区.");
        d.Field<DepartmentNode>("unitType", NonNull(t.UnitType), x => x.UnitType, "行政单位 or 事业单位.");
        d.ResolveAsync("supervisingDepartment", d,
            ctx => ctx.ParentAs<DepartmentNode>().SupervisingDepartmentId is { } id ? ByIdAsync(ctx, id) : Task.FromResult<DepartmentNode?>(null),
            "The supervising department (主管部门), when it is another unit.");

        var q = t.Query;
        q.ResolveAsync("departments", ListOf(d), ctx => WarehouseAccess.QueryAsync(ctx, async (db, ct) =>
            {
                var query = Filtered(db, filters, ctx);
                var order = ctx.Opt<IEnumerable<object?>>("order");
                if (ctx.OptValue<int>("last") is { } last)
                {
                    // The last n: read in reverse order, then put back in order.
                    var tail = await filters.Order(query, order, x => x.Id, reverse: true).Take(Math.Max(0, last)).Select(Projection).ToListAsync(ct);
                    tail.Reverse();
                    return (object)tail;
                }
                var ordered = (IQueryable<WarehouseDepartment>)filters.Order(query, order, x => x.Id);
                if (ctx.OptValue<int>("first") is { } first)
                {
                    ordered = ordered.Take(Math.Max(0, first));
                }
                return await ordered.Select(Projection).ToListAsync(ct);
            }), "All departments matching `where`, in `order` (import order when not given). One SQL statement.")
            .Arg("where", filterInput, "Conditions, e.g. `{ name: { contains: \"大数据\" } }`.")
            .Arg("order", InputList(sortInput), "Sort keys, e.g. `[{ name: ASC }]`.")
            .Arg("first", Scalars.Int, "At most the first n departments (after sorting).")
            .Arg("last", Scalars.Int, "At most the last n departments (after sorting).");

        var connection = ConnectionTypes.Create<DepartmentNode>(t, d, "A page of departments.");
        q.ResolveAsync("departmentsConnection", NonNull(connection), ctx => WarehouseAccess.QueryAsync(ctx, async (db, ct) =>
            {
                var query = Filtered(db, filters, ctx);
                var order = ctx.Opt<IEnumerable<object?>>("order");
                return (object)await Pager.PageAsync(query, (x, reverse) => filters.Order(x, order, e => e.Id, reverse), Projection, PageRequest.From(ctx), ct);
            }), "Departments as a cursor connection (first/after/last/before), with `totalCount`. One SQL statement per page.")
            .Arg("where", filterInput, "Conditions.")
            .Arg("order", InputList(sortInput), "Sort keys.")
            .PagingArguments();

        q.ResolveAsync("department", d, ctx => ByCodeAsync(ctx, ctx.Argument<string>("code")), "The department with this code, or null.")
            .Arg("code", NonNull(Scalars.String), "The department's code, e.g. `szdsj`.");
    }

    private static IQueryable<WarehouseDepartment> Filtered(WarehouseDbContext db, FilterTranslator<WarehouseDepartment> filters, ResolveContext ctx)
    {
        var query = db.Departments.AsQueryable();
        var where = filters.Where(ctx.InputObject("where"), AmountUnit.WanYuan);
        return where is null ? query : query.Where(where);
    }
}
