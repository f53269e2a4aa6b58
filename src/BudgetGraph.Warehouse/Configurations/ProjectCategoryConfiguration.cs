using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>Project category: unique per department-year and name.</summary>
public sealed class ProjectCategoryConfiguration : IEntityTypeConfiguration<ProjectCategory>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<ProjectCategory> b)
    {
        b.ToTable("ProjectCategories");
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.ItemLink).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(c => new { c.DepartmentId, c.Year, c.Name }).IsUnique();
        b.HasOne(c => c.Department).WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FiscalYear>().WithMany().HasForeignKey(c => c.Year).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.FunctionalSubject).WithMany().HasForeignKey(c => c.FunctionalSubjectId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
