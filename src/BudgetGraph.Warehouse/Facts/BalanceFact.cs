namespace BudgetGraph.Warehouse.Facts;

/// <summary>The expenditure-side totals of a 收支总表.</summary>
public enum BalanceMeasure
{
    /// <summary>本年支出合计.</summary>
    ExpenditureCurrentYear,
    /// <summary>结转下年.</summary>
    CarryForward,
    /// <summary>支出总计.</summary>
    ExpenditureTotal,
}

/// <summary>
/// Expenditure-side totals of the 收支总表 (the subjects themselves are in <see cref="FunctionalExpenditureFact"/>).
/// Grain: one row per document × schedule × measure × column: the total column (<see cref="FundSourceId"/> null), and
/// in a 财政拨款收支总表 printed by budget each budget's column (一般公共预算 <c>gpb</c>, 政府性基金 <c>govfund</c>, 国有资本经营 <c>soe</c>).
/// </summary>
public class BalanceFact : AmountFact
{
    /// <summary>The budget column the amount is printed in; null for the total column.</summary>
    public int? FundSourceId { get; set; }
    /// <summary>Navigation to the fund source.</summary>
    public Dimensions.FundSource? FundSource { get; set; }
    /// <summary>Which total.</summary>
    public BalanceMeasure Measure { get; set; }
    /// <summary>Amount, yuan.</summary>
    public long AmountYuan { get; set; }
}
