using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Figures;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.Warehouse.Marts;

namespace BudgetGraph.Api.Budget.Breakdown;

/// <summary>Readers of the drill-down's figures by department-year: the figures mart's rows (<see cref="FigureRows"/>).</summary>
internal static class BreakdownData
{
    /// <summary>The figures of several department-years at a stage through the loaders (one statement per set for all of them).</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<Figure>>> LoadAllAsync(ResolveContext ctx, IEnumerable<DepartmentYear> keys, BudgetStage stage,
        BreakdownLoad load)
    {
        var set = load.ProjectFacts ? FigureSet.Tree : FigureSet.FunctionalTree;
        // Every load is queued before the first await, so the loader sends one batch for all the keys.
        var tasks = keys.Select(k => FigureRows.LoadAsync(ctx, FigureKey.Of(k, stage), set, load.Provenance)).ToList();
        return await Task.WhenAll(tasks);
    }

    /// <summary>The project categories of a department-year (initial budget) with their line items, in print order.</summary>
    public static async Task<IReadOnlyList<CategoryValue>> ProjectsAsync(ResolveContext ctx, DepartmentYear key)
    {
        var rows = await FigureRows.LoadAsync(ctx, FigureKey.Of(key, BudgetStage.Initial), FigureSet.Projects, provenance: true);
        return CategoryValue.Of(rows);
    }
}
