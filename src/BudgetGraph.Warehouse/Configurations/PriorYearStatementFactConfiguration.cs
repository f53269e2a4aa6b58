using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>PriorYearStatementFacts.</summary>
public sealed class PriorYearStatementFactConfiguration : FactConfiguration<PriorYearStatementFact>
{
    /// <inheritdoc />
    protected override string Table => "PriorYearStatementFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<PriorYearStatementFact> b)
    {
        MapStage(b);
        b.Property(f => f.Subject).HasConversion<string>().HasMaxLength(32);
        b.Property(f => f.Label).HasMaxLength(300);
    }
}
