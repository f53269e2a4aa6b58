using BudgetGraph.Warehouse;
using GreenDonut;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Shared;

/// <summary>
/// How resolvers and loaders reach the warehouse: every round trip opens its own short-lived, non-tracking
/// <see cref="WarehouseDbContext"/> from the factory (HotChocolate resolves sibling fields concurrently, and a
/// DbContext must never run two queries at once).
/// </summary>
public static class WarehouseQuery
{
    /// <summary>Runs one query on a fresh non-tracking context.</summary>
    public static async Task<T> RunAsync<T>(this IDbContextFactory<WarehouseDbContext> factory,
        Func<WarehouseDbContext, CancellationToken, Task<T>> query, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db, ct).ConfigureAwait(false);
    }
}

/// <summary>
/// A batch loader over the warehouse: the keys requested while one level of the response resolves are loaded by one
/// <see cref="LoadAsync"/> (one statement, or a fixed few), on a context of its own.
/// </summary>
public abstract class WarehouseDataLoader<TKey, TValue>(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : BatchDataLoader<TKey, TValue>(scheduler, options) where TKey : notnull
{
    /// <inheritdoc />
    protected sealed override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        factory.RunAsync((db, ct) => LoadAsync(db, keys, ct), cancellationToken);

    /// <summary>The values of <paramref name="keys"/> (missing keys: no value).</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadAsync(WarehouseDbContext db, IReadOnlyList<TKey> keys, CancellationToken ct);
}
