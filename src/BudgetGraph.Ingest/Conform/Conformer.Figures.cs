using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Conform;

/// <summary>The named narrative figures of a budget and the score of an evaluation report.</summary>
public sealed partial class Conformer
{
    /// <summary>Records the first line of a figure printed over several lines (null when it sits on one).</summary>
    private static T Spans<T>(T fact, int? firstLine) where T : Fact
    {
        fact.SourceFirstLine = firstLine < fact.SourceLine ? firstLine : null;
        return fact;
    }

    private void Figures()
    {
        foreach (var f in doc.Figures)
            Spans(Add(new NarrativeFigureFact
            {
                SourceTable = f.Section, Kind = f.Kind, Label = f.Label, AmountYuan = f.Amount?.Yuan, ChangeYuan = f.Change?.Yuan,
                ComparedYear = f.ComparedYear, PublishedDecimals = Decimals(new[] { f.Amount, f.Change }.OfType<Amount>()),
                Percent = f.Percent?.Value, PercentDecimals = f.Percent?.Decimals, Comparison = f.Percent?.Comparison, BaseLabel = f.BaseLabel,
            }, Schedule.Narrative, f.Line), f.FirstLine);
        foreach (var st in doc.Statements)
            Spans(Add(new EvaluationStatementFact { SourceTable = doc.NarrativeCitation, Kind = st.Kind, Ordinal = st.Ordinal, Text = st.Text },
                Schedule.EvaluationReport, st.Line), st.FirstLine);
        if (doc.Score is { } score)
            Add(new EvaluationScoreFact
            {
                SourceTable = doc.NarrativeCitation, ScoreHundredths = decimal.ToInt32(score.Score * 100), Grade = score.Grade,
            }, Schedule.EvaluationReport, score.Line);
    }

    private async Task DeleteFiguresAsync(int documentId, CancellationToken ct)
    {
        await db.Set<NarrativeFigureFact>().Where(f => f.DocumentId == documentId).ExecuteDeleteAsync(ct);
        await db.Set<EvaluationScoreFact>().Where(f => f.DocumentId == documentId).ExecuteDeleteAsync(ct);
        await db.Set<EvaluationStatementFact>().Where(f => f.DocumentId == documentId).ExecuteDeleteAsync(ct);
    }
}
