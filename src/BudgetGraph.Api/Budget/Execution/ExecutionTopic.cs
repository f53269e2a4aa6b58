using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Configurations;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Execution;

/// <summary><c>Budget.execution</c>: initial, adjusted and actual figures and rates from the evaluation report.</summary>
internal static class ExecutionTopic
{
    /// <summary>Loads execution by department-year (two statements per batch).</summary>
    public static Task<ExecutionNode?> LoadAsync(ResolveContext ctx, DepartmentYear key) =>
        WarehouseAccess.LoadAsync<DepartmentYear, ExecutionNode>(ctx, "execution", key,
            ExecutionReader.LoadAsync);

    public static void Configure(BudgetTypes t)
    {
        var line = t.ExecutionLine;
        line.Field<ExecutionLineNode>("measure", NonNull(t.ExecutionMeasure), x => x.Measure, "Which budget.");
        StageAmounts<ExecutionLineNode>(t, line, x => x);
        line.Field<ExecutionLineNode>("executionRate", Scalars.Float, x => x.RateFraction,
            "Execution rate as a fraction (0.9625 = 96.25%): as published when stated, else actual / adjusted.");
        line.Field<ExecutionLineNode>("rateStated", NonNull(Scalars.Boolean), x => x.Rate is not null,
            "Whether the report states the rate (otherwise it is computed from the amounts).");
        line.Field<ExecutionLineNode>("sources", ListOf(t.Source), x => x.Figures.Select(f => f.Source).Concat(x.Rate is { } r ? [r.Source] : []).ToList(),
            "Where each figure and the rate are stated.");

        var e = t.Execution;
        StageAmounts<ExecutionNode>(t, e, x => x.Total);
        e.Field<ExecutionNode>("executionRate", Scalars.Float, x => x.Total?.RateFraction,
            "Execution rate of the whole budget as a fraction (actual / adjusted; 0.9625 = 96.25%), as published when stated.");
        e.Field<ExecutionNode>("lines", ListOf(line), x => x.Lines, "Every measure the report states: whole budget, basic, project, procurement, daily operations, 三公.");
        e.Field<ExecutionNode>("source", t.Source, x => x.Total?.Figures.FirstOrDefault()?.Source, "Where the whole budget's figures are stated.");

        t.Budget.ResolveAsync("execution", e, ctx => LoadAsync(ctx, ctx.ParentAs<BudgetNode>().Key),
            "Execution of the budget (initial, adjusted, actual), when an evaluation report covers the year.");
    }

    private static void StageAmounts<T>(BudgetTypes t, ObjectType type, Func<T, ExecutionLineNode?> line)
    {
        type.Amount<T>(t, "initialBudget", x => line(x)?.At(ReferenceData.InitialStage)?.AmountYuan, false, "年初预算: the initial budget.");
        type.Amount<T>(t, "adjustedBudget", x => line(x)?.At(ReferenceData.AdjustedStage)?.AmountYuan, false, "调整预算: the adjusted budget.");
        type.Amount<T>(t, "actualExpenditure", x => line(x)?.At(ReferenceData.ActualStage)?.AmountYuan, false, "实际支出: actual expenditure.");
    }
}
