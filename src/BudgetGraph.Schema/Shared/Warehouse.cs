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

    /// <summary>
    /// The values of <paramref name="keys"/> read now, by the same statement as a batch, without the batch dispatcher:
    /// for a root field that holds all its keys at once, where batching could add none. Waiting for the dispatcher
    /// costs its evaluation rounds and thread hand-offs (measured: 1-3 ms a request on two busy cores). Not cached in
    /// the loader; a field below the root must use <c>LoadAsync</c>, or it would send a statement per parent.
    /// </summary>
    public Task<IReadOnlyDictionary<TKey, TValue>> LoadNowAsync(IReadOnlyList<TKey> keys, CancellationToken ct) =>
        factory.RunAsync((db, c) => LoadAsync(db, keys, c), ct);
}
