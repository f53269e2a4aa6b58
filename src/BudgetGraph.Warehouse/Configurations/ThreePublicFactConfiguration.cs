using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>ThreePublicFacts.</summary>
public sealed class ThreePublicFactConfiguration : FactConfiguration<ThreePublicFact>
{
    /// <inheritdoc />
    protected override string Table => "ThreePublicFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<ThreePublicFact> b)
    {
        MapStage(b);
        b.Property(f => f.Item).HasConversion<string>().HasMaxLength(32);
        b.HasOne(f => f.FundSource).WithMany().HasForeignKey(f => f.FundSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
