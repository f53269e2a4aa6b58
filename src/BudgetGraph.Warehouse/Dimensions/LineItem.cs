namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>
/// A named line item within a project category, as listed in 第三部分's narrative
/// ("主要包括：政务短信平台工作 1,000 万元…"). Its 项 is its category's 项.
/// </summary>
public class LineItem
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }
    /// <summary>The category the document lists the item under.</summary>
    public int ProjectCategoryId { get; set; }
    /// <summary>Navigation to the category.</summary>
    public ProjectCategory? ProjectCategory { get; set; }
    /// <summary>The item name as published (whitespace removed).</summary>
    public required string Name { get; set; }
    /// <summary>The functional 项 the document prints for the item (a 二级项目 of the national 项目支出表); null when not printed.</summary>
    public int? FunctionalSubjectId { get; set; }
    /// <summary>Navigation to the 项.</summary>
    public FunctionalSubject? FunctionalSubject { get; set; }
}
