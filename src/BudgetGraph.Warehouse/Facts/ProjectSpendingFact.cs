using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// Project spending by project category × fund source.
/// Grain: one row per document × schedule × printed row (category; null = the department total row) ×
/// fund-source column. From 项目支出总表 every column is stored; from the narrative (第三部分, for
/// documents without 项目支出总表) only the category total (fund source <c>total</c>).
/// Rows whose columns the importer had to assign by the table's identities (columns printed out of
/// order) are marked <see cref="Fact.Derived"/>. In a consolidated (汇总) budget each subordinate unit prints its own row
/// (category null, <see cref="UnitId"/> set) heading its categories (which carry the unit too).
/// </summary>
public class ProjectSpendingFact : AmountFact
{
    /// <summary>The category; null for the department total row.</summary>
    public int? ProjectCategoryId { get; set; }
    /// <summary>Navigation to the category.</summary>
    public ProjectCategory? ProjectCategory { get; set; }
    /// <summary>The fund-source column.</summary>
    public int FundSourceId { get; set; }
    /// <summary>Navigation to the fund source.</summary>
    public FundSource? FundSource { get; set; }
    /// <summary>The subordinate unit of a consolidated (汇总) budget whose row (or category under it) this is; null for the department's.</summary>
    public int? UnitId { get; set; }
    /// <summary>Navigation to the unit.</summary>
    public Department? Unit { get; set; }
    /// <summary>The 二级项目 row under the category (national 项目支出表), as a line item of the category; null for the category's row.</summary>
    public int? LineItemId { get; set; }
    /// <summary>Navigation to the line item.</summary>
    public LineItem? LineItem { get; set; }
    /// <summary>Amount, yuan.</summary>
    public long AmountYuan { get; set; }
}
