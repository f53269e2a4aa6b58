namespace BudgetGraph.Warehouse.Facts;

/// <summary>
/// A countable fact about a department: staff, retirees, vehicles, equipment, fixed assets.
/// Grain: one row per document × measure. Measures (stable codes): <c>staff</c>, <c>retired_off</c>
/// (离休), <c>retirees</c> (退休), <c>admin_posts</c>, <c>admin_staff</c>, <c>institution_posts</c>,
/// <c>institution_staff</c>, <c>other_staff</c>, <c>vehicles</c>, <c>general_equipment_50w</c>,
/// <c>special_equipment_100w</c>, <c>equipment_100w</c>, <c>fixed_assets</c>, <c>fixed_assets_value</c>.
/// </summary>
public class DepartmentProfileFact : Fact
{
    /// <summary>The measure code.</summary>
    public required string Measure { get; set; }
    /// <summary>The count (or, for <c>fixed_assets_value</c>, yuan).</summary>
    public long Quantity { get; set; }
    /// <summary>The unit as published: 人, 辆, 台（套）, 件, 元.</summary>
    public required string Unit { get; set; }
}
