using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>Department: unique code and name; enums stored by name.</summary>
public sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("Departments");
        b.Property(d => d.Code).HasMaxLength(32);
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.Region).HasMaxLength(100);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(d => d.Level).HasConversion<string>().HasMaxLength(16);
        b.Property(d => d.UnitType).HasConversion<string>().HasMaxLength(32);
        b.HasIndex(d => d.Code).IsUnique();
        b.HasIndex(d => d.Name).IsUnique();
        b.HasOne(d => d.SupervisingDepartment).WithMany().HasForeignKey(d => d.SupervisingDepartmentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
