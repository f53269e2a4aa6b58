using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Marts;

/// <summary>
/// BudgetFigures: looked up by department-year-stage (breakdown, compare, budgets, year over year), scanned by kind,
/// stage, year and code with the amounts in the key (aggregate groups from the index alone: the amounts in the key is
/// the only portable covering index), and by fact id (expenditures select the facts the mart chose). Deleting a
/// document deletes the figures it prints (the importer then rebuilds its department-year).
/// </summary>
public sealed class BudgetFigureConfiguration : IEntityTypeConfiguration<BudgetFigure>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<BudgetFigure> b)
    {
        b.ToTable("BudgetFigures");
        b.HasKey(f => f.Id);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(f => f.ItemLink).HasConversion<string>().HasMaxLength(32);
        b.Property(f => f.Schedule).HasConversion<string>().HasMaxLength(32);
        b.Property(f => f.Path).HasMaxLength(1000);
        b.Property(f => f.ParentPath).HasMaxLength(1000);
        b.Property(f => f.Code).HasMaxLength(16);
        b.Property(f => f.Name).HasMaxLength(500);
        b.Property(f => f.SourceTable).HasMaxLength(100);
        b.HasOne(f => f.Department).WithMany().HasForeignKey(f => f.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FiscalYear>().WithMany().HasForeignKey(f => f.Year).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Stage>().WithMany().HasForeignKey(f => f.StageId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.Document).WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.DepartmentId, f.Year, f.StageId, f.Kind }).HasDatabaseName("IX_BudgetFigures_DepartmentYear");
        b.HasIndex(f => new { f.Kind, f.StageId, f.Year, f.Code, f.DepartmentId, f.TotalYuan, f.BasicYuan, f.ProjectYuan })
            .HasDatabaseName("IX_BudgetFigures_Kind_Stage_Year_Code_Amounts");
        b.HasIndex(f => f.FactId);
    }
}
