using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// A line item's budget as named in 第三部分's narrative. Grain: one row per document × line item.
/// The narrative lists the main items only, so items need not add up to their category.
/// </summary>
public class LineItemFact : AmountFact
{
    /// <summary>The line item.</summary>
    public int LineItemId { get; set; }
    /// <summary>Navigation to the line item.</summary>
    public LineItem? LineItem { get; set; }
    /// <summary>Amount, yuan.</summary>
    public long AmountYuan { get; set; }
}
