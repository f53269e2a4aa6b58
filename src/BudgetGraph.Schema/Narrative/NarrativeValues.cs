using System.Linq.Expressions;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Api.Budget.Narrative;

/// <summary>A named figure of a budget's narrative.</summary>
public sealed record NarrativeFigureValue(NarrativeFigureKind Kind, string Label, long? AmountYuan, long? ChangeYuan, int? ComparedYear, SourceRef Source)
{
    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<NarrativeFigureFact, SourceRef, NarrativeFigureValue>> Projection = (f, s) =>
        new NarrativeFigureValue(f.Kind, f.Label, f.AmountYuan, f.ChangeYuan, f.ComparedYear, s);
}

/// <summary>A numbered output or outcome of an evaluation report.</summary>
public sealed record EvaluationStatementValue(EvaluationStatementKind Kind, int Ordinal, string Text, SourceRef Source)
{
    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<EvaluationStatementFact, SourceRef, EvaluationStatementValue>> Projection = (f, s) =>
        new EvaluationStatementValue(f.Kind, f.Ordinal, f.Text, s);
}

/// <summary>An evaluation report's closing score.</summary>
public sealed record EvaluationScoreValue(int ScoreHundredths, string Grade, SourceRef Source)
{
    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<EvaluationScoreFact, SourceRef, EvaluationScoreValue>> Projection = (f, s) =>
        new EvaluationScoreValue(f.ScoreHundredths, f.Grade, s);
}
