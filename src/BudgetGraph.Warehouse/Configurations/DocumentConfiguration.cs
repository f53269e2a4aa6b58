using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>Document: one per department × year × kind.</summary>
public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documents");
        b.Property(d => d.FileName).HasMaxLength(260);
        b.Property(d => d.Title).HasMaxLength(300);
        b.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(d => new { d.DepartmentId, d.Year, d.Kind }).IsUnique();
        b.HasOne(d => d.Department).WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FiscalYear>().WithMany().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Restrict);
    }
}
