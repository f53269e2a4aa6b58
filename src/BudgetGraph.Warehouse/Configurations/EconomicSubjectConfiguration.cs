using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>Economic subject: unique code, self-referencing parent.</summary>
public sealed class EconomicSubjectConfiguration : IEntityTypeConfiguration<EconomicSubject>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<EconomicSubject> b)
    {
        b.ToTable("EconomicSubjects");
        b.Property(s => s.Code).HasMaxLength(16);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(s => s.Code).IsUnique();
        b.HasOne(s => s.Parent).WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
