using BudgetGraph.GraphSchema.Departments;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Paging;
using BudgetGraph.GraphSchema.Relay;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse.Dimensions;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Departments;

/// <summary>Department: a publishing unit.</summary>
public sealed class DepartmentType : ObjectType<DepartmentNode>
{
    protected override void Configure(IObjectTypeDescriptor<DepartmentNode> descriptor)
    {
        descriptor.Name("Department").Description("A publishing unit (预算单位).").BindFieldsExplicitly();
        descriptor.ImplementsNode("Department", x => x.Code);
        descriptor.Field<DepartmentNode, NonNullType<StringType>>("code", x => x.Code, "Stable short code, e.g. `szdsj` (深圳市大数据资源管理中心).");
        descriptor.Field<DepartmentNode, NonNullType<StringType>>("name", x => x.Name, "Published name.");
        descriptor.Field<DepartmentNode, NonNullType<DepartmentKindType>>("kind", x => x.Kind, "The kind of unit its name states: bureau (city or district), data center, other public institution, subdistrict office or commission.");
        descriptor.Field<DepartmentNode, NonNullType<AdministrativeLevelType>>("level", x => x.Level, "市, 区 or 街道.");
        descriptor.Field<DepartmentNode, NonNullType<StringType>>("region", x => x.Region, "The region the unit serves, e.g. 深圳市 or 坪山区.");
        descriptor.Field<DepartmentNode, NonNullType<UnitTypeType>>("unitType", x => x.UnitType, "行政单位 or 事业单位.");
        descriptor.Field("supervisingDepartment").Type<DepartmentType>().Description("The supervising department (主管部门), when it is another unit.")
            .Resolve(async ctx => ctx.Parent<DepartmentNode>().SupervisingDepartmentId is { } id
                ? await ctx.DataLoader<DepartmentByIdDataLoader>().LoadAsync(id, ctx.RequestAborted)
                : null);
    }
}

/// <summary>DepartmentKind.</summary>
public sealed class DepartmentKindType : EnumType<DepartmentKind>
{
    protected override void Configure(IEnumTypeDescriptor<DepartmentKind> descriptor) =>
        descriptor.Name("DepartmentKind").Description("What kind of unit a department is.");
}

/// <summary>AdministrativeLevel.</summary>
public sealed class AdministrativeLevelType : EnumType<AdministrativeLevel>
{
    protected override void Configure(IEnumTypeDescriptor<AdministrativeLevel> descriptor) =>
        descriptor.Name("AdministrativeLevel").Description("市 (city), 区 (district) or 街道 (subdistrict).");
}

/// <summary>UnitType.</summary>
public sealed class UnitTypeType : EnumType<UnitType>
{
    protected override void Configure(IEnumTypeDescriptor<UnitType> descriptor) =>
        descriptor.Name("UnitType").Description("行政单位 (administrative) or 事业单位 (public institution).");
}

/// <summary>DepartmentKindOperationFilterInput.</summary>
public sealed class DepartmentKindOperationFilterInput() : EnumOperationFilterInput<DepartmentKindType>("DepartmentKind");

/// <summary>AdministrativeLevelOperationFilterInput.</summary>
public sealed class AdministrativeLevelOperationFilterInput() : EnumOperationFilterInput<AdministrativeLevelType>("AdministrativeLevel");

/// <summary>UnitTypeOperationFilterInput.</summary>
public sealed class UnitTypeOperationFilterInput() : EnumOperationFilterInput<UnitTypeType>("UnitType");

/// <summary>DepartmentFilterInput.</summary>
public sealed class DepartmentFilterInput() : FilterInputType("DepartmentFilterInput", "Conditions on departments.", DepartmentQueries.Filters.Fields);

/// <summary>DepartmentSortInput.</summary>
public sealed class DepartmentSortInput() : SortInputType("DepartmentSortInput", "Sort departments by one field per list item.", DepartmentQueries.Filters.Fields);

/// <summary>DepartmentEdge.</summary>
public sealed class DepartmentEdgeType() : EdgeType<DepartmentNode, DepartmentType>("Department");

/// <summary>DepartmentConnection.</summary>
public sealed class DepartmentConnectionType() : ConnectionType<DepartmentNode, DepartmentType, DepartmentEdgeType>("Department", "A page of departments.");
