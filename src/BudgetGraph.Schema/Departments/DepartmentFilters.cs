using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.Warehouse.Dimensions;
using WarehouseDepartment = BudgetGraph.Warehouse.Dimensions.Department;

namespace BudgetGraph.GraphSchema.Departments;

/// <summary>The filterable and sortable fields of departments, for both engines.</summary>
public static class DepartmentFilters
{
    /// <summary>The translator; <paramref name="enumType"/> gives the engine's handle of an enum column's CLR enum.</summary>
    public static FilterTranslator<WarehouseDepartment> Create(Func<Type, object> enumType) => new("where",
    [
        FilterField.Of<WarehouseDepartment, string>("code", d => d.Code, FilterKind.String, "The stable short code."),
        FilterField.Of<WarehouseDepartment, string>("name", d => d.Name, FilterKind.String, "The published name."),
        FilterField.Of<WarehouseDepartment, DepartmentKind>("kind", d => d.Kind, FilterKind.Enum, "The kind of unit.", enumType(typeof(DepartmentKind))),
        FilterField.Of<WarehouseDepartment, AdministrativeLevel>("level", d => d.Level, FilterKind.Enum, "市 or 区.", enumType(typeof(AdministrativeLevel))),
        FilterField.Of<WarehouseDepartment, string>("region", d => d.Region, FilterKind.String, "The region served."),
        FilterField.Of<WarehouseDepartment, UnitType>("unitType", d => d.UnitType, FilterKind.Enum, "行政 or 事业.", enumType(typeof(UnitType))),
    ]);
}
