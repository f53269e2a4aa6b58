using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>FunctionalExpenditureFacts.</summary>
public sealed class FunctionalExpenditureFactConfiguration : FactConfiguration<FunctionalExpenditureFact>
{
    /// <inheritdoc />
    protected override string Table => "FunctionalExpenditureFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<FunctionalExpenditureFact> b)
    {
        MapStage(b);
        b.HasOne(f => f.FunctionalSubject).WithMany().HasForeignKey(f => f.FunctionalSubjectId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
