using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>
/// Mapping shared by every fact table: provenance columns and foreign keys to document, department,
/// year (and stage for money facts), each indexed for the department-year lookups the API makes.
/// Deleting a document deletes its facts (re-import replaces them in one transaction).
/// </summary>
public abstract class FactConfiguration<T> : IEntityTypeConfiguration<T> where T : Fact
{
    /// <summary>The table name.</summary>
    protected abstract string Table { get; }

    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<T> b)
    {
        b.ToTable(Table);
        b.HasKey(f => f.Id);
        b.Property(f => f.SourceTable).HasMaxLength(100);
        b.Property(f => f.Schedule).HasConversion<string>().HasMaxLength(32);
        b.HasOne(f => f.Document).WithMany().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(f => f.Department).WithMany().HasForeignKey(f => f.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(f => f.FiscalYear).WithMany().HasForeignKey(f => f.Year).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.DepartmentId, f.Year });
        b.HasIndex(f => f.DocumentId);
        ConfigureFact(b);
    }

    /// <summary>Table-specific mapping.</summary>
    protected abstract void ConfigureFact(EntityTypeBuilder<T> b);

    /// <summary>Maps the stage foreign key of a money fact.</summary>
    protected static void MapStage<TAmount>(EntityTypeBuilder<TAmount> b) where TAmount : AmountFact =>
        b.HasOne(f => f.Stage).WithMany().HasForeignKey(f => f.StageId).OnDelete(DeleteBehavior.Restrict);
}
