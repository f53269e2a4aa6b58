using BudgetGraph.GraphSchema.Coverage;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse.Dimensions;
using Mapster;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// The Mapster registrations (src/BudgetGraph.Schema/&lt;Topic&gt;/&lt;Topic&gt;Mapping.cs) are complete, and each
/// puts every column where the schema type reads it.
/// </summary>
public sealed class MappingTests
{
    [Fact]
    public void Every_registration_compiles_with_a_source_for_every_member() => Mappings.Config.Compile();

    [Fact]
    public void An_unregistered_mapping_is_refused_not_guessed()
    {
        // RequireExplicitMapping: a mapping nobody registered (here the reverse one) fails instead of mapping by name.
        var coverage = new DocumentCoverage("a.pdf", "A", DocumentKind.Budget, 2023, "000", "X", 1, [], false);
        Assert.Throws<CompileException>(() => coverage.Adapt<Document>(Mappings.Config));
    }

    [Fact]
    public void A_document_row_is_its_coverage_with_the_departments_code_and_name()
    {
        var document = new Document
        {
            Id = 7, FileName = "2023-000-budget.pdf", Title = "深圳市财政局2023年部门预算", DepartmentId = 3, Year = 2023,
            Kind = DocumentKind.Evaluation, Sha256 = "ab", LineCount = 412,
            Department = new Department { Id = 3, Code = "szczj", Name = "深圳市财政局", Region = "深圳市" },
        };

        var coverage = document.Adapt<DocumentCoverage>(Mappings.Config);

        // Stages and the expenditure table are not the row's: LoadAsync sets them from other tables.
        Assert.Equal(new DocumentCoverage("2023-000-budget.pdf", "深圳市财政局2023年部门预算", DocumentKind.Evaluation, 2023, "szczj",
            "深圳市财政局", 412, null!, false), coverage);
    }
}
