using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>Functional subject: unique code, self-referencing parent.</summary>
public sealed class FunctionalSubjectConfiguration : IEntityTypeConfiguration<FunctionalSubject>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<FunctionalSubject> b)
    {
        b.ToTable("FunctionalSubjects");
        b.Property(s => s.Code).HasMaxLength(16);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(s => s.Code).IsUnique();
        b.HasOne(s => s.Parent).WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
