using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>ExecutionRateFacts.</summary>
public sealed class ExecutionRateFactConfiguration : FactConfiguration<ExecutionRateFact>
{
    /// <inheritdoc />
    protected override string Table => "ExecutionRateFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<ExecutionRateFact> b) =>
        b.Property(f => f.Measure).HasConversion<string>().HasMaxLength(32);
}
