using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// Project spending by project category × fund source.
/// Grain: one row per document × schedule × printed row (category; null = the department total row) ×
/// fund-source column. From 项目支出总表 every column is stored; from the narrative (第三部分, for
/// documents without 项目支出总表) only the category total (fund source <c>total</c>).
/// Rows whose columns the importer had to assign by the table's identities (columns printed out of
/// order) are marked <see cref="Fact.Derived"/>.
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
    /// <summary>Amount, yuan.</summary>
    public long AmountYuan { get; set; }
}
