using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Execution;

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

/// <summary>The execution of department-years as the evaluation reports state it (two statements for a batch).</summary>
public static class ExecutionReader
{
    /// <summary>The execution of each key that a report states.</summary>
    public static async Task<IReadOnlyDictionary<DepartmentYear, ExecutionNode>> LoadAsync(WarehouseDbContext db, IReadOnlyList<DepartmentYear> keys, CancellationToken ct)
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
    }
}
