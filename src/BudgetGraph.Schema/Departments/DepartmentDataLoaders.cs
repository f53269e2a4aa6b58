using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using GreenDonut;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Departments;

/// <summary>Departments by warehouse id (one statement per level of the response).</summary>
public sealed class DepartmentByIdDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : WarehouseDataLoader<int, DepartmentNode>(factory, scheduler, options)
{
    protected override async Task<IReadOnlyDictionary<int, DepartmentNode>> LoadAsync(WarehouseDbContext db, IReadOnlyList<int> keys, CancellationToken ct) =>
        await db.Departments.Where(d => keys.Contains(d.Id)).Select(DepartmentNode.Projection).ToDictionaryAsync(d => d.Id, ct);
}

/// <summary>Departments by code.</summary>
public sealed class DepartmentByCodeDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : WarehouseDataLoader<string, DepartmentNode>(factory, scheduler, options)
{
    protected override async Task<IReadOnlyDictionary<string, DepartmentNode>> LoadAsync(WarehouseDbContext db, IReadOnlyList<string> keys, CancellationToken ct) =>
        await db.Departments.Where(d => keys.Contains(d.Code)).Select(DepartmentNode.Projection).ToDictionaryAsync(d => d.Code, ct);
}
