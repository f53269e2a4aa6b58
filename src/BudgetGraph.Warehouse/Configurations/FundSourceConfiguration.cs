using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>Fund source: seeded tree.</summary>
public sealed class FundSourceConfiguration : IEntityTypeConfiguration<FundSource>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<FundSource> b)
    {
        b.ToTable("FundSources");
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Code).HasMaxLength(32);
        b.Property(f => f.Name).HasMaxLength(100);
        b.HasIndex(f => f.Code).IsUnique();
        b.HasOne(f => f.Parent).WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasData(ReferenceData.FundSources.Select(f => new FundSource
            { Id = f.Id, Code = f.Code, Name = f.Name, ParentId = f.ParentId }));
    }
}
