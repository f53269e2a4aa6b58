using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Shared;

/// <summary>
/// The rows of one fact table a department-year's documents state, by department-year (<see cref="DocumentRowReader"/>,
/// one statement per batch). Each fact has its own loader class (<c>XByDepartmentYearDataLoader</c>).
/// </summary>
public abstract class DocumentRowsDataLoader<TFact, TRow>(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options,
    Func<WarehouseDbContext, IQueryable<TFact>> set, Expression<Func<TFact, SourceRef, TRow>> projection)
    : WarehouseDataLoader<DepartmentYear, IReadOnlyList<TRow>>(factory, scheduler, options) where TFact : Fact
{
    protected sealed override Task<IReadOnlyDictionary<DepartmentYear, IReadOnlyList<TRow>>> LoadAsync(WarehouseDbContext db, IReadOnlyList<DepartmentYear> keys,
        CancellationToken ct) => DocumentRowReader.LoadAsync(db, keys, set, projection, ct);
}

/// <summary>Loading a budget's document rows from resolvers.</summary>
public static class DocumentRowLoading
{
    /// <summary>The rows the budget's department-year documents state, through the loader <typeparamref name="TLoader"/>.</summary>
    public static async Task<IReadOnlyList<TRow>> RowsAsync<TLoader, TRow>(this HotChocolate.Resolvers.IResolverContext ctx)
        where TLoader : IDataLoader<DepartmentYear, IReadOnlyList<TRow>> =>
        await HotChocolate.Types.DataLoaderResolverContextExtensions.DataLoader<TLoader>(ctx)
            .LoadAsync(ctx.Parent<BudgetNode>().Key, ctx.RequestAborted) ?? [];
}
