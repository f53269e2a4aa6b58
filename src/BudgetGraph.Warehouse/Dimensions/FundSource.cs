namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>
/// A source of funds (资金来源), as a tree: 收入总计 → 本年收入 → 政府预算拨款 → 一般公共预算拨款 →
/// 基本支出拨款/履职类项目拨款/… ; 上年结余、结转 beside 本年收入. The rows are fixed (seeded by the
/// model); <see cref="Code"/> is the stable key code uses.
/// </summary>
public class FundSource
{
    /// <summary>Key (fixed, seeded).</summary>
    public int Id { get; set; }
    /// <summary>Stable code, e.g. <c>gpb</c> for 一般公共预算拨款.</summary>
    public required string Code { get; set; }
    /// <summary>Published name.</summary>
    public required string Name { get; set; }
    /// <summary>The enclosing source, null for the root 收入总计.</summary>
    public int? ParentId { get; set; }
    /// <summary>Navigation to the parent.</summary>
    public FundSource? Parent { get; set; }
}
