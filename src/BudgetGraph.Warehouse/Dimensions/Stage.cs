namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>A budget stage: initial budget (年初预算), adjusted budget (调整预算), actual (实际支出). Seeded.</summary>
public class Stage
{
    /// <summary>Key (fixed, seeded).</summary>
    public int Id { get; set; }
    /// <summary>Stable code: INITIAL, ADJUSTED, ACTUAL.</summary>
    public required string Code { get; set; }
    /// <summary>Chinese name.</summary>
    public required string Name { get; set; }
}
