using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>EconomicExpenditureFacts.</summary>
public sealed class EconomicExpenditureFactConfiguration : FactConfiguration<EconomicExpenditureFact>
{
    /// <inheritdoc />
    protected override string Table => "EconomicExpenditureFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<EconomicExpenditureFact> b)
    {
        MapStage(b);
        b.HasOne(f => f.EconomicSubject).WithMany().HasForeignKey(f => f.EconomicSubjectId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
