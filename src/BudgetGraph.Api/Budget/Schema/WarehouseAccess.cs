using BudgetGraph.GraphQL.Execution;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Budget.Schema;

/// <summary>
/// How resolvers reach the warehouse. Every database round trip opens its own short-lived, non-tracking
/// <see cref="WarehouseDbContext"/> from the request's <see cref="IDbContextFactory{TContext}"/>: the engine
/// resolves sibling fields concurrently, and a DbContext must never be used by two queries at once.
/// Parent-dependent fields go through request-scoped data loaders, so the number of statements per request
/// depends on the shape of the query, not on the number of rows it returns.
/// </summary>
internal static class WarehouseAccess
{
    /// <summary>The context factory of the request (the host passes request services to the executor).</summary>
    public static IDbContextFactory<WarehouseDbContext> Factory(ResolveContext ctx) =>
        ctx.Services?.GetService<IDbContextFactory<WarehouseDbContext>>()
        ?? throw new InvalidOperationException(
            "The budget schema needs an IDbContextFactory<WarehouseDbContext> in the request services (GraphQLRequest.Services).");

    /// <summary>Runs one query on a fresh non-tracking context.</summary>
    public static Task<T> QueryAsync<T>(ResolveContext ctx, Func<WarehouseDbContext, CancellationToken, Task<T>> query) =>
        QueryAsync(Factory(ctx), query, ctx.CancellationToken);

    private static async Task<T> QueryAsync<T>(IDbContextFactory<WarehouseDbContext> factory,
        Func<WarehouseDbContext, CancellationToken, Task<T>> query, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The request's loader named <paramref name="name"/>: keys queued while one level of the response
    /// is resolved are loaded by one call of <paramref name="load"/> (one query, or a fixed few).
    /// </summary>
    public static DataLoader<TKey, TValue> Loader<TKey, TValue>(ResolveContext ctx, string name,
        Func<WarehouseDbContext, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> load)
        where TKey : notnull
    {
        var factory = Factory(ctx);
        return ctx.DataLoader<TKey, TValue>(name, (keys, ct) => QueryAsync(factory, (db, c) => load(db, keys, c), ct));
    }

    /// <summary>Loads one key through the named loader.</summary>
    public static Task<TValue?> LoadAsync<TKey, TValue>(ResolveContext ctx, string name, TKey key,
        Func<WarehouseDbContext, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> load)
        where TKey : notnull =>
        Loader(ctx, name, load).LoadAsync(key);
}
