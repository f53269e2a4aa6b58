using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>BasicExpenditureSplitFacts.</summary>
public sealed class BasicExpenditureSplitFactConfiguration : FactConfiguration<BasicExpenditureSplitFact>
{
    /// <inheritdoc />
    protected override string Table => "BasicExpenditureSplitFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<BasicExpenditureSplitFact> b)
    {
        MapStage(b);
        b.HasOne(f => f.EconomicSubject).WithMany().HasForeignKey(f => f.EconomicSubjectId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>ProcurementItemFacts.</summary>
public sealed class ProcurementItemFactConfiguration : FactConfiguration<ProcurementItemFact>
{
    /// <inheritdoc />
    protected override string Table => "ProcurementItemFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<ProcurementItemFact> b)
    {
        MapStage(b);
        b.Property(f => f.Name).HasMaxLength(300);
        b.Property(f => f.Category).HasMaxLength(16);
    }
}

/// <summary>PerformanceTaskFacts.</summary>
public sealed class PerformanceTaskFactConfiguration : FactConfiguration<PerformanceTaskFact>
{
    /// <inheritdoc />
    protected override string Table => "PerformanceTaskFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<PerformanceTaskFact> b)
    {
        MapStage(b);
        b.Property(f => f.Name).HasMaxLength(300);
    }
}
