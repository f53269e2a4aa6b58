using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>DepartmentProfileFacts.</summary>
public sealed class DepartmentProfileFactConfiguration : FactConfiguration<DepartmentProfileFact>
{
    /// <inheritdoc />
    protected override string Table => "DepartmentProfileFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<DepartmentProfileFact> b)
    {
        b.Property(f => f.Measure).HasMaxLength(32);
        b.Property(f => f.Unit).HasMaxLength(16);
    }
}
