using System.Linq.Expressions;
using BudgetGraph.Warehouse.Dimensions;
using WarehouseDepartment = BudgetGraph.Warehouse.Dimensions.Department;

namespace BudgetGraph.GraphSchema.Departments;

/// <summary>A department as the API returns it.</summary>
public sealed record DepartmentNode(int Id, string Code, string Name, DepartmentKind Kind, AdministrativeLevel Level, string Region,
    UnitType UnitType, int? SupervisingDepartmentId)
{
    /// <summary>The one projection from the entity.</summary>
    public static readonly Expression<Func<WarehouseDepartment, DepartmentNode>> Projection = d =>
        new DepartmentNode(d.Id, d.Code, d.Name, d.Kind, d.Level, d.Region, d.UnitType, d.SupervisingDepartmentId);

    /// <summary><see cref="Projection"/> applied to an entity already read.</summary>
    public static readonly Func<WarehouseDepartment, DepartmentNode> Of = Projection.Compile();
}


/// <summary>The refusal of unknown department codes, the same on both engines (a field error with data, code NOT_FOUND).</summary>
public static class UnknownDepartments
{
    /// <summary>The error's <c>extensions.code</c> (the API's <c>ErrorCodes.NotFound</c>).</summary>
    public const string Code = "NOT_FOUND";

    /// <summary>The message naming every unknown code of <paramref name="argument"/>.</summary>
    public static string Message(string argument, IReadOnlyList<string> missing) =>
        $"Unknown department code{(missing.Count > 1 ? "s" : "")} in \"{argument}\": {string.Join(", ", missing.Select(m => $"\"{m}\""))}. Query `departments {{ code name }}` for the codes.";
}
