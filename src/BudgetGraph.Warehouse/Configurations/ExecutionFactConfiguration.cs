using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>ExecutionFacts.</summary>
public sealed class ExecutionFactConfiguration : FactConfiguration<ExecutionFact>
{
    /// <inheritdoc />
    protected override string Table => "ExecutionFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<ExecutionFact> b)
    {
        MapStage(b);
        b.Property(f => f.Measure).HasConversion<string>().HasMaxLength(32);
    }
}
