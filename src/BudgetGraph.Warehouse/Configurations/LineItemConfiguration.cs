using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>Line item: unique per category and name.</summary>
public sealed class LineItemConfiguration : IEntityTypeConfiguration<LineItem>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<LineItem> b)
    {
        b.ToTable("LineItems");
        b.Property(i => i.Name).HasMaxLength(300);
        b.HasIndex(i => new { i.ProjectCategoryId, i.Name }).IsUnique();
        b.HasOne(i => i.ProjectCategory).WithMany().HasForeignKey(i => i.ProjectCategoryId)
            .OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.FunctionalSubject).WithMany().HasForeignKey(i => i.FunctionalSubjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
