namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>
/// A publishing unit. <see cref="Code"/> is a stable short readable code (e.g. <c>szdsj</c> for
/// 深圳市大数据资源管理中心) used by the API; it never changes once assigned.
/// </summary>
public class Department
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }
    /// <summary>Stable short code, lower-case ASCII.</summary>
    public required string Code { get; set; }
    /// <summary>Published name, e.g. 深圳市政务服务和数据管理局(本级).</summary>
    public required string Name { get; set; }
    /// <summary>City bureau, data center or district bureau.</summary>
    public DepartmentKind Kind { get; set; }
    /// <summary>市 or 区.</summary>
    public AdministrativeLevel Level { get; set; }
    /// <summary>The region the unit serves, e.g. 深圳市 or 坪山区.</summary>
    public required string Region { get; set; }
    /// <summary>行政 or 事业.</summary>
    public UnitType UnitType { get; set; }
    /// <summary>The supervising department (主管部门), if it is a different unit.</summary>
    public int? SupervisingDepartmentId { get; set; }
    /// <summary>Navigation to the supervising department.</summary>
    public Department? SupervisingDepartment { get; set; }
}
