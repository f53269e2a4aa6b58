using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>LineItemFacts.</summary>
public sealed class LineItemFactConfiguration : FactConfiguration<LineItemFact>
{
    /// <inheritdoc />
    protected override string Table => "LineItemFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<LineItemFact> b)
    {
        MapStage(b);
        b.HasOne(f => f.LineItem).WithMany().HasForeignKey(f => f.LineItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
