using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Execution;

/// <summary>One stage's figure of an execution measure.</summary>
public sealed record ExecutionFigure(ExecutionMeasure Measure, int StageId, long AmountYuan, SourceRef Source);

/// <summary>A stated rate (hundredths of a percent).</summary>
public sealed record ExecutionRate(ExecutionMeasure Measure, int BasisPoints, SourceRef Source);

/// <summary>Execution of one measure: its figures per stage and its stated rate.</summary>
public sealed record ExecutionLineNode(ExecutionMeasure Measure, IReadOnlyList<ExecutionFigure> Figures, ExecutionRate? Rate)
{
    /// <summary>The figure of a stage.</summary>
    public ExecutionFigure? At(int stage) => Figures.FirstOrDefault(f => f.StageId == stage);

    /// <summary>
    /// actual / adjusted as a fraction: the published rate when the report states one (kept as printed, e.g.
    /// 96.25% → 0.9625), else computed exactly in decimal and only then converted to Float.
    /// </summary>
    public double? RateFraction => Rate is { } r ? r.BasisPoints / 10_000d
        : At(ReferenceData.ActualStage) is { } actual && At(ReferenceData.AdjustedStage) is { AmountYuan: not 0 } adjusted
            ? (double)((decimal)actual.AmountYuan / adjusted.AmountYuan)
            : null;
}

/// <summary>The execution of a department-year (the whole budget and each measure).</summary>
public sealed record ExecutionNode(IReadOnlyList<ExecutionLineNode> Lines)
{
    /// <summary>The whole budget's line.</summary>
    public ExecutionLineNode? Total => Lines.FirstOrDefault(l => l.Measure == ExecutionMeasure.Total);
}

/// <summary><c>Budget.execution</c>: initial, adjusted and actual figures and rates from the evaluation report.</summary>
internal static class ExecutionTopic
{
    /// <summary>Loads execution by department-year (two statements per batch).</summary>
    public static Task<ExecutionNode?> LoadAsync(ResolveContext ctx, DepartmentYear key) =>
        WarehouseAccess.LoadAsync<DepartmentYear, ExecutionNode>(ctx, "execution", key, async (db, keys, ct) =>
        {
            var ids = keys.Select(k => k.DepartmentId).Distinct().ToList();
            var years = keys.Select(k => k.Year).Distinct().ToList();
            var figures = await db.Executions.Where(f => ids.Contains(f.DepartmentId) && years.Contains(f.Year))
                .Select(SourceProjection.WithSource<ExecutionFact, (DepartmentYear Key, ExecutionFigure Figure)>((f, s) =>
                    ValueTuple.Create(new DepartmentYear(f.DepartmentId, f.Year), new ExecutionFigure(f.Measure, f.StageId, f.AmountYuan, s))))
                .ToListAsync(ct);
            var rates = await db.ExecutionRates.Where(f => ids.Contains(f.DepartmentId) && years.Contains(f.Year))
                .Select(SourceProjection.WithSource<ExecutionRateFact, (DepartmentYear Key, ExecutionRate Rate)>((f, s) =>
                    ValueTuple.Create(new DepartmentYear(f.DepartmentId, f.Year), new ExecutionRate(f.Measure, f.RateBasisPoints, s))))
                .ToListAsync(ct);
            var result = new Dictionary<DepartmentYear, ExecutionNode>();
            foreach (var key in figures.Select(f => f.Key).Concat(rates.Select(r => r.Key)).Distinct())
            {
                var lines = Enum.GetValues<ExecutionMeasure>()
                    .Select(m => new ExecutionLineNode(m,
                        figures.Where(f => f.Key == key && f.Figure.Measure == m).Select(f => f.Figure).OrderBy(f => f.StageId).ToList(),
                        rates.Where(r => r.Key == key && r.Rate.Measure == m).Select(r => r.Rate).FirstOrDefault()))
                    .Where(l => l.Figures.Count > 0 || l.Rate is not null)
                    .ToList();
                result[key] = new ExecutionNode(lines);
            }
            return result;
        });

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
