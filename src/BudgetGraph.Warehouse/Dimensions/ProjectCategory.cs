namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>
/// A project category (项目支出类别, e.g. 政务综合管理) of one department-year, with the functional
/// 项 it is spent under. Categories are per department-year because the 项 link can change from
/// one year's document to the next. <see cref="ItemLink"/> says whether the link was stated or derived.
/// </summary>
public class ProjectCategory
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }
    /// <summary>The department.</summary>
    public int DepartmentId { get; set; }
    /// <summary>Navigation to the department.</summary>
    public Department? Department { get; set; }
    /// <summary>The fiscal year.</summary>
    public int Year { get; set; }
    /// <summary>The category name as published (whitespace removed, full-width parentheses).</summary>
    public required string Name { get; set; }
    /// <summary>The 项 the category is spent under, if it could be linked.</summary>
    public int? FunctionalSubjectId { get; set; }
    /// <summary>Navigation to the 项.</summary>
    public FunctionalSubject? FunctionalSubject { get; set; }
    /// <summary>How the 项 link was established.</summary>
    public ItemLinkMethod ItemLink { get; set; }
}
