using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>The 三公 items (columns of the 三公 table).</summary>
public enum ThreePublicItem
{
    /// <summary>总计.</summary>
    Total,
    /// <summary>因公出国(境)费.</summary>
    Abroad,
    /// <summary>公务接待费.</summary>
    Reception,
    /// <summary>公务用车购置及运行维护费 小计.</summary>
    Vehicles,
    /// <summary>公务用车购置费.</summary>
    VehiclePurchase,
    /// <summary>公务用车运行维护费.</summary>
    VehicleOperation,
}

/// <summary>
/// 三公 expenses. Grain: one row per document × year of the figure × stage × item × budget
/// (一般公共预算 / 政府性基金 / 国有资本经营, as fund source) × change flag. The table's prior-year row
/// is stored with the earlier <see cref="Fact.Year"/>; its 增减变化金额 row with <see cref="IsChange"/>.
/// Evaluation reports add adjusted and actual figures.
/// </summary>
public class ThreePublicFact : AmountFact
{
    /// <summary>The item.</summary>
    public ThreePublicItem Item { get; set; }
    /// <summary>Budget the amount belongs to (gpb, govfund, soe).</summary>
    public int FundSourceId { get; set; }
    /// <summary>Navigation to the fund source.</summary>
    public FundSource? FundSource { get; set; }
    /// <summary>True for the 增减变化金额 row (document year minus prior year).</summary>
    public bool IsChange { get; set; }
    /// <summary>Amount, yuan (negative for a decrease on a change row).</summary>
    public long AmountYuan { get; set; }
}
