namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>A 支出经济分类 subject: 类 (3 digits) → 款 (5), e.g. 302 → 30227.</summary>
public class EconomicSubject
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }
    /// <summary>The published code.</summary>
    public required string Code { get; set; }
    /// <summary>The published name (whitespace removed, full-width parentheses).</summary>
    public required string Name { get; set; }
    /// <summary>类 or 款.</summary>
    public SubjectLevel Level { get; set; }
    /// <summary>The enclosing 类, null for a 类.</summary>
    public int? ParentId { get; set; }
    /// <summary>Navigation to the parent.</summary>
    public EconomicSubject? Parent { get; set; }
}
