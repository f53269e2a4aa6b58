using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// Income by fund source (收支总表's income side, 收入总表).
/// Grain: one row per document × schedule × fund source as printed (including the totals 本年收入合计
/// and 收入总计 as the fund sources <c>current</c> and <c>total</c>).
/// </summary>
public class IncomeFact : AmountFact
{
    /// <summary>The fund source.</summary>
    public int FundSourceId { get; set; }
    /// <summary>Navigation to the fund source.</summary>
    public FundSource? FundSource { get; set; }
    /// <summary>Amount, yuan.</summary>
    public long AmountYuan { get; set; }
}
