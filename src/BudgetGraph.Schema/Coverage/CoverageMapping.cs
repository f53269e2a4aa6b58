using BudgetGraph.Warehouse.Dimensions;
using Mapster;

namespace BudgetGraph.GraphSchema.Coverage;

/// <summary>
/// Coverage: a document row (with its department) as <see cref="DocumentCoverage"/>. The stages and whether it prints
/// the expenditure table come from other tables (<see cref="DocumentCoverage.LoadAsync"/> sets them); the rest maps by
/// name but the department's code and name.
/// </summary>
public static class CoverageMapping
{
    /// <summary>Registers the topic's mappings.</summary>
    public static void Register(TypeAdapterConfig config) =>
        config.NewConfig<Document, DocumentCoverage>()
            .Map(c => c.DepartmentCode, d => d.Department!.Code)
            .Map(c => c.DepartmentName, d => d.Department!.Name)
            .Ignore(c => c.Stages, c => c.ExpenditureTable);
}
