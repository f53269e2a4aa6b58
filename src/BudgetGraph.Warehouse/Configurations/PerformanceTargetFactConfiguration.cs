using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>PerformanceTargetFacts.</summary>
public sealed class PerformanceTargetFactConfiguration : FactConfiguration<PerformanceTargetFact>
{
    /// <inheritdoc />
    protected override string Table => "PerformanceTargetFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<PerformanceTargetFact> b)
    {
        b.Property(f => f.Level1).HasMaxLength(100);
        b.Property(f => f.Level2).HasMaxLength(100);
        b.Property(f => f.Level3).HasMaxLength(500);
        b.Property(f => f.Target).HasMaxLength(500);
    }
}
