namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>
/// A source document. One row per department × year × kind: re-importing a newer copy of the same
/// department-year's budget replaces the row's file name, title and hash, and all facts it stated.
/// </summary>
public class Document
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }
    /// <summary>File name as imported (no directory).</summary>
    public required string FileName { get; set; }
    /// <summary>Title, e.g. 2023年深圳市大数据资源管理中心部门预算.</summary>
    public required string Title { get; set; }
    /// <summary>The publishing department.</summary>
    public int DepartmentId { get; set; }
    /// <summary>Navigation to the department.</summary>
    public Department? Department { get; set; }
    /// <summary>The fiscal year the document is about.</summary>
    public int Year { get; set; }
    /// <summary>Budget or evaluation report.</summary>
    public DocumentKind Kind { get; set; }
    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string Sha256 { get; set; }
    /// <summary>Number of lines in the text.</summary>
    public int LineCount { get; set; }
}
