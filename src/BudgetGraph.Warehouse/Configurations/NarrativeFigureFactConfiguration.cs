using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>NarrativeFigureFacts.</summary>
public sealed class NarrativeFigureFactConfiguration : FactConfiguration<NarrativeFigureFact>
{
    /// <inheritdoc />
    protected override string Table => "NarrativeFigureFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<NarrativeFigureFact> b)
    {
        MapStage(b);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(f => f.Label).HasMaxLength(300);
        // Exact: a percentage is printed with at most four decimals; decimal, never floating point.
        b.Ignore(f => f.Percent); // stored as PercentTenThousandths
        b.Property(f => f.Comparison).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.BaseLabel).HasMaxLength(300);
    }
}

/// <summary>EvaluationScoreFacts.</summary>
public sealed class EvaluationScoreFactConfiguration : FactConfiguration<EvaluationScoreFact>
{
    /// <inheritdoc />
    protected override string Table => "EvaluationScoreFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<EvaluationScoreFact> b) =>
        b.Property(f => f.Grade).HasMaxLength(16);
}

/// <summary>EvaluationStatementFacts.</summary>
public sealed class EvaluationStatementFactConfiguration : FactConfiguration<EvaluationStatementFact>
{
    /// <inheritdoc />
    protected override string Table => "EvaluationStatementFacts";
    /// <inheritdoc />
    protected override void ConfigureFact(EntityTypeBuilder<EvaluationStatementFact> b)
    {
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(f => f.Text).HasMaxLength(4000);
    }
}
