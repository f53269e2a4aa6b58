using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>IncomeFacts.</summary>
public sealed class IncomeFactConfiguration : FactConfiguration<IncomeFact>
{
    /// <inheritdoc />
    protected override string Table => "IncomeFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<IncomeFact> b)
    {
        MapStage(b);
        b.HasOne(f => f.FundSource).WithMany().HasForeignKey(f => f.FundSourceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.FunctionalSubject).WithMany().HasForeignKey(f => f.FunctionalSubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Unit).WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
