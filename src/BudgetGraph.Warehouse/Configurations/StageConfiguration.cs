using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>Stage: seeded.</summary>
public sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    /// <inheritdoc />
    public void Configure(EntityTypeBuilder<Stage> b)
    {
        b.ToTable("Stages");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Code).HasMaxLength(16);
        b.Property(s => s.Name).HasMaxLength(32);
        b.HasIndex(s => s.Code).IsUnique();
        b.HasData(ReferenceData.Stages.Select(s => new Stage { Id = s.Id, Code = s.Code, Name = s.Name }));
    }
}
