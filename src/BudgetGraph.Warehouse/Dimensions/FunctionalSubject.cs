namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>
/// A 支出功能分类 subject: 类 (3 digits) → 款 (5) → 项 (7), e.g. 201 → 20103 → 2010399.
/// The parent is the code with the last two digits removed.
/// </summary>
public class FunctionalSubject
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }
    /// <summary>The published code.</summary>
    public required string Code { get; set; }
    /// <summary>The published name (whitespace removed, full-width parentheses).</summary>
    public required string Name { get; set; }
    /// <summary>类, 款 or 项, from the code's length.</summary>
    public SubjectLevel Level { get; set; }
    /// <summary>The enclosing subject, null for a 类.</summary>
    public int? ParentId { get; set; }
    /// <summary>Navigation to the parent.</summary>
    public FunctionalSubject? Parent { get; set; }
}
