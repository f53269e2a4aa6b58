using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Warehouse.Facts;
using Mapster;

namespace BudgetGraph.GraphSchema.Provenance;

/// <summary>
/// Provenance: a money fact's row as <see cref="SourceColumns"/> (its document's file, title, kind and year, the table
/// and lines it was read from). DocumentId, PublishedDecimals and Derived map by name.
/// </summary>
public static class ProvenanceMapping
{
    /// <summary>Registers the topic's mappings.</summary>
    public static void Register(TypeAdapterConfig config) =>
        config.NewConfig<AmountFact, SourceColumns>()
            .Map(c => c.FileName, f => f.Document!.FileName)
            .Map(c => c.Title, f => f.Document!.Title)
            .Map(c => c.Kind, f => f.Document!.Kind)
            .Map(c => c.DocumentYear, f => f.Document!.Year)
            .Map(c => c.FactYear, f => f.Year)
            .Map(c => c.Table, f => f.SourceTable)
            .Map(c => c.Line, f => f.SourceLine)
            .Map(c => c.Page, f => f.SourcePage)
            .Map(c => c.FirstLine, f => f.SourceFirstLine);
}
