using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// Income by fund source (收支总表's income side, 收入总表).
/// Grain: one row per document × schedule × fund source as printed (including the totals 本年收入合计
/// and 收入总计 as the fund sources <c>current</c> and <c>total</c>). The national template's 收入总表 prints its rows by
/// functional subject (<see cref="FunctionalSubjectId"/>), a consolidated (汇总) budget's one row per subordinate unit
/// (<see cref="UnitId"/>); both null is the department's own row, the one every total reads.
/// </summary>
public class IncomeFact : AmountFact
{
    /// <summary>The fund source.</summary>
    public int FundSourceId { get; set; }
    /// <summary>Navigation to the fund source.</summary>
    public FundSource? FundSource { get; set; }
    /// <summary>The functional subject of a row by subject (national 收入总表, 财政拨款收支总表's income by subject); null otherwise.</summary>
    public int? FunctionalSubjectId { get; set; }
    /// <summary>Navigation to the subject.</summary>
    public FunctionalSubject? FunctionalSubject { get; set; }
    /// <summary>The subordinate unit whose row this is in a consolidated (汇总) budget; null for the department's row.</summary>
    public int? UnitId { get; set; }
    /// <summary>Navigation to the unit.</summary>
    public Department? Unit { get; set; }
    /// <summary>Amount, yuan.</summary>
    public long AmountYuan { get; set; }
}
