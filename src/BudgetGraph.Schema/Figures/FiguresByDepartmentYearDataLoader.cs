using BudgetGraph.GraphSchema.Figures;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using GreenDonut;
using HotChocolate;
using HotChocolate.Resolvers;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Figures;

/// <summary>Which rows of the figures mart a field needs for a department-year at a stage, with or without provenance.</summary>
public readonly record struct FigureRequest(FigureKey Key, FigureSet Set, bool Provenance);

/// <summary>
/// The figures mart's rows by department-year (and stage): every amount the schema serves for a department-year comes
/// through here. One statement per (set, provenance) asked for at one level of the response, for all its department-years
/// (<see cref="FigureReader"/>).
/// </summary>
public sealed class FiguresByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : WarehouseDataLoader<FigureRequest, IReadOnlyList<Figure>>(factory, scheduler, options)
{
    protected override async Task<IReadOnlyDictionary<FigureRequest, IReadOnlyList<Figure>>> LoadAsync(WarehouseDbContext db,
        IReadOnlyList<FigureRequest> keys, CancellationToken ct)
    {
        var result = new Dictionary<FigureRequest, IReadOnlyList<Figure>>();
        foreach (var group in keys.GroupBy(k => (k.Set, k.Provenance)))
        {
            var rows = await FigureReader.LoadAsync(db, group.Select(k => k.Key).Distinct().ToList(), group.Key.Set, group.Key.Provenance, ct);
            foreach (var request in group)
            {
                result[request] = rows.TryGetValue(request.Key, out var r) ? r : [];
            }
        }
        return result;
    }
}

/// <summary>Reading the figures mart from resolvers.</summary>
public static class FigureLoading
{
    /// <summary>The rows of <paramref name="set"/> for a department-year at a stage, in print order.</summary>
    public static async Task<IReadOnlyList<Figure>> FiguresAsync(this IResolverContext ctx, FigureKey key, FigureSet set, bool provenance) =>
        await ctx.DataLoader<FiguresByDepartmentYearDataLoader>().LoadAsync(new FigureRequest(key, set, provenance), ctx.RequestAborted) ?? [];

    /// <summary>
    /// The rows of <paramref name="set"/> for each of a root field's department-years, in the order of
    /// <paramref name="keys"/>, read now (<see cref="WarehouseDataLoader{TKey,TValue}.LoadNowAsync"/>: one statement).
    /// </summary>
    public static async Task<IReadOnlyList<Figure>[]> FiguresNowAsync(this IResolverContext ctx, IReadOnlyList<FigureKey> keys, FigureSet set, bool provenance)
    {
        var loaded = await ctx.DataLoader<FiguresByDepartmentYearDataLoader>()
            .LoadNowAsync([.. keys.Distinct().Select(k => new FigureRequest(k, set, provenance))], ctx.RequestAborted);
        return [.. keys.Select(k => loaded.GetValueOrDefault(new FigureRequest(k, set, provenance)) ?? [])];
    }
}
