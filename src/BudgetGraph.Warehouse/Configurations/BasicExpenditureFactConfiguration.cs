using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>BasicExpenditureFacts.</summary>
public sealed class BasicExpenditureFactConfiguration : FactConfiguration<BasicExpenditureFact>
{
    /// <inheritdoc />
    protected override string Table => "BasicExpenditureFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<BasicExpenditureFact> b)
    {
        MapStage(b);
        b.HasOne(f => f.EconomicSubject).WithMany().HasForeignKey(f => f.EconomicSubjectId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.FundSource).WithMany().HasForeignKey(f => f.FundSourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
