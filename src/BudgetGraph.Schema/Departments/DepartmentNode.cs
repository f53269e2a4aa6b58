using System.Linq.Expressions;
using BudgetGraph.Warehouse.Dimensions;
using WarehouseDepartment = BudgetGraph.Warehouse.Dimensions.Department;

namespace BudgetGraph.Api.Budget.Departments;

/// <summary>A department as the API returns it.</summary>
public sealed record DepartmentNode(int Id, string Code, string Name, DepartmentKind Kind, AdministrativeLevel Level, string Region,
    UnitType UnitType, int? SupervisingDepartmentId)
{
    /// <summary>The one projection from the entity.</summary>
    public static readonly Expression<Func<WarehouseDepartment, DepartmentNode>> Projection = d =>
        new DepartmentNode(d.Id, d.Code, d.Name, d.Kind, d.Level, d.Region, d.UnitType, d.SupervisingDepartmentId);
}

