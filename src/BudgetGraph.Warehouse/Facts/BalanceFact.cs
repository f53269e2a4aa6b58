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
/// Grain: one row per document × measure.
/// </summary>
public class BalanceFact : AmountFact
{
    /// <summary>Which total.</summary>
    public BalanceMeasure Measure { get; set; }
    /// <summary>Amount, yuan.</summary>
    public long AmountYuan { get; set; }
}
