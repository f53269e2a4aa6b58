using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// Basic expenditure by economic subject × fund source (基本支出总表).
/// Grain: one row per document × printed row (economic subject at 类 or 款 level; null = the department
/// total row) × fund-source column (总计, 小计, 一般公共预算拨款, …, 上年结余、结转).
/// The table prints names only; the importer resolves them to codes through the same document's
/// economic table, and marks the fact <see cref="Fact.Derived"/> when a standard 类 name was used instead.
/// </summary>
public class BasicExpenditureFact : AmountFact
{
    /// <summary>The subject; null for the department total row.</summary>
    public int? EconomicSubjectId { get; set; }
    /// <summary>Navigation to the subject.</summary>
    public EconomicSubject? EconomicSubject { get; set; }
    /// <summary>The fund-source column.</summary>
    public int FundSourceId { get; set; }
    /// <summary>Navigation to the fund source.</summary>
    public FundSource? FundSource { get; set; }
    /// <summary>Amount, yuan.</summary>
    public long AmountYuan { get; set; }
}
