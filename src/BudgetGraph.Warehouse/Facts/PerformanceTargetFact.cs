namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// A performance indicator of the 整体支出绩效目标表. Grain: one row per document × printed
/// indicator row (level 1 / 2 / 3 indicator and its target value, as text).
/// </summary>
public class PerformanceTargetFact : Fact
{
    /// <summary>一级指标, e.g. 产出.</summary>
    public required string Level1 { get; set; }
    /// <summary>二级指标, e.g. 数量.</summary>
    public required string Level2 { get; set; }
    /// <summary>三级指标, e.g. 出口可用宽带.</summary>
    public required string Level3 { get; set; }
    /// <summary>目标值, e.g. ≥15G.</summary>
    public required string Target { get; set; }
}
