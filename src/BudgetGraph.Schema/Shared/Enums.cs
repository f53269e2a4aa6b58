namespace BudgetGraph.GraphSchema;

/// <summary>The classification of expenditure.</summary>
public enum Classification
{
    /// <summary>支出功能分类.</summary>
    Functional,
    /// <summary>支出经济分类.</summary>
    Economic,
}

/// <summary>Budget stage (mirrors the seeded Stage dimension: 1 initial, 2 adjusted, 3 actual).</summary>
public enum BudgetStage
{
    /// <summary>年初预算.</summary>
    Initial = 1,
    /// <summary>调整预算.</summary>
    Adjusted = 2,
    /// <summary>实际支出.</summary>
    Actual = 3,
}
