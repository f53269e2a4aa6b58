using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>Fiscal year keyed by the year itself.</summary>
public sealed class FiscalYearConfiguration : IEntityTypeConfiguration<FiscalYear>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<FiscalYear> b)
    {
        b.ToTable("FiscalYears");
        b.HasKey(y => y.Year);
        b.Property(y => y.Year).ValueGeneratedNever();
    }
}
