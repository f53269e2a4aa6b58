using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>ProjectSpendingFacts.</summary>
public sealed class ProjectSpendingFactConfiguration : FactConfiguration<ProjectSpendingFact>
{
    /// <inheritdoc />
    protected override string Table => "ProjectSpendingFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<ProjectSpendingFact> b)
    {
        MapStage(b);
        b.HasOne(f => f.ProjectCategory).WithMany().HasForeignKey(f => f.ProjectCategoryId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.FundSource).WithMany().HasForeignKey(f => f.FundSourceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.LineItem).WithMany().HasForeignKey(f => f.LineItemId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Unit).WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
