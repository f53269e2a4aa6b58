using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// The Mapster registrations (src/BudgetGraph.Schema/&lt;Topic&gt;/&lt;Topic&gt;Mapping.cs) are complete, and their
/// projections are the plain member initialisations over the row's columns that the hand-written ones were (no null
/// checks), so EF Core translates them into the same SELECT.
/// </summary>
public sealed class MappingTests
{
    [Fact]
    public void Every_registration_compiles_with_a_source_for_every_member() => Mappings.Config.Compile();

    [Fact]
    public void The_provenance_columns_are_the_facts_columns()
    {
        var projection = Mappings.Projection<AmountFact, SourceColumns>();
        var body = projection.Body.ToString().Replace(projection.Parameters[0] + ".", "f.", StringComparison.Ordinal);
        Assert.Equal("new SourceColumns() {DocumentId = f.DocumentId, FileName = f.Document.FileName, Title = f.Document.Title, "
            + "Kind = f.Document.Kind, DocumentYear = f.Document.Year, FactYear = f.Year, Table = f.SourceTable, Line = f.SourceLine, "
            + "PublishedDecimals = f.PublishedDecimals, Derived = f.Derived, Page = f.SourcePage, FirstLine = f.SourceFirstLine}", body);
    }
}
