using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;

namespace BudgetGraph.Api.Budget.Figures;

/// <summary>
/// The one reader of the figures mart: every amount the schema serves for a department-year comes through here
/// (or through a set-based query over the same table), so the same node has the same amount in every field.
/// </summary>
internal static class FigureRows
{
    /// <summary>The rows of <paramref name="set"/> for a department-year at a stage, in print order (batched: one statement per set).</summary>
    public static async Task<IReadOnlyList<Figure>> LoadAsync(ResolveContext ctx, FigureKey key, FigureSet set, bool provenance) =>
        await WarehouseAccess.LoadAsync<FigureKey, IReadOnlyList<Figure>>(ctx, $"figures:{set}:{provenance}", key,
            (db, keys, ct) => FigureReader.LoadAsync(db, keys, set, provenance, ct)) ?? [];
}
