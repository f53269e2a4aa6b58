using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>BalanceFacts.</summary>
public sealed class BalanceFactConfiguration : FactConfiguration<BalanceFact>
{
    /// <inheritdoc />
    protected override string Table => "BalanceFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<BalanceFact> b)
    {
        MapStage(b);
        b.Property(f => f.Measure).HasConversion<string>().HasMaxLength(32);
        b.HasOne(f => f.FundSource).WithMany().HasForeignKey(f => f.FundSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
