using System.Text.Json;
using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Budget;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// The parity corpus (Parity/**.graphql: the README's example queries first, then queries per topic and the bench queries)
/// answers on HotChocolate, without errors, exactly as its snapshot (Parity/&lt;Topic&gt;/__snapshots__/&lt;file&gt;.snap).
/// Each snapshot was written from an answer equal to the home-made engine's over the same warehouse (the printed
/// response byte for byte), so they carry that parity on after the old engine's removal. The seeds' warehouse, but
/// Parity/Corpus/, which is asked of the shared corpus's (<see cref="CorpusParityTests"/>).
/// </summary>
[Collection(SchemaCollection.Name)]
public sealed partial class ParityTests(SchemaFixture warehouse)
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Parity");

    /// <summary>The folder of the queries asked of the shared corpus's warehouse.</summary>
    public const string CorpusFolder = "Corpus/";

    /// <summary>The corpus files, relative to Parity/, in or out of <see cref="CorpusFolder"/>.</summary>
    public static TheoryData<string> Files(bool ofTheSharedCorpus)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Corpus, file).Replace('\\', '/');
            if (relative.StartsWith(CorpusFolder, StringComparison.Ordinal) == ofTheSharedCorpus)
            {
                data.Add(relative);
            }
        }
        return data;
    }

    /// <summary>Every corpus file asked of the seeds' warehouse.</summary>
    public static TheoryData<string> Queries() => Files(ofTheSharedCorpus: false);

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_query_answers_as_its_snapshot(string file)
    {
        await AssertSnapshotAsync(warehouse, file);
    }

    [GeneratedRegex("```graphql\\n(?<query>.*?)```\\n\\nAnswer:\\n\\n```json\\n", RegexOptions.Singleline)]
    private static partial Regex ReadmeExample();

    /// <summary>
    /// Parity/Readme/NN.graphql is the README's NN-th example query, word for word, for each of the five.
    /// </summary>
    [Fact]
    public void The_readme_examples_are_in_the_corpus()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Example queries", StringComparison.Ordinal)..];
        var examples = ReadmeExample().Matches(section).Select(m => m.Groups["query"].Value.Trim()).ToList();
        var corpus = Directory.GetFiles(Path.Combine(Corpus, "Readme"), "*.graphql");

        Assert.Equal(5, examples.Count);
        Assert.Equal(5, corpus.Length);
        foreach (var file in corpus)
        {
            var number = int.Parse(Path.GetFileNameWithoutExtension(file), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(examples[number - 1], File.ReadAllText(file).ReplaceLineEndings("\n").Trim());
        }
    }

    /// <summary>The conflicts' snapshot is not one of empty lists: the seeds' szdsj states conflicting figures.</summary>
    [Fact]
    public Task The_conflicts_query_has_conflicts() =>
        AssertRowsAsync(warehouse, "YearOverYear/02-conformed-names-and-conflicts.graphql", "statementConflicts priorYearStatements");

    /// <summary>Asserts each of <paramref name="fields"/> (space-separated fields of <c>departments.budgets</c>) has rows in some budget of the answer.</summary>
    internal static async Task AssertRowsAsync(SchemaFixture warehouse, string file, string fields)
    {
        var data = (await warehouse.RunAsync(await File.ReadAllTextAsync(Path.Combine(Corpus, file)))).GetProperty("data");
        var budgets = data.GetProperty("departments").EnumerateArray().SelectMany(d => d.GetProperty("budgets").EnumerateArray()).ToList();
        var empty = fields.Split(' ').Where(f => budgets.All(b => b.GetProperty(f).GetArrayLength() == 0)).ToList();
        Assert.True(empty.Count == 0, "Empty in every budget: " + string.Join(", ", empty));
    }

    /// <summary>Asserts HotChocolate answers <paramref name="file"/> over <paramref name="warehouse"/> without errors and as its snapshot.</summary>
    internal static async Task AssertSnapshotAsync(SchemaFixture warehouse, string file)
    {
        var answer = await warehouse.RunAsync(await File.ReadAllTextAsync(Path.Combine(Corpus, file)));
        Assert.False(answer.TryGetProperty("errors", out var errors), "HotChocolate failed: " + errors);
        ResponseSnapshot.Match("Parity/" + file[..^".graphql".Length], "Parity/" + file, answer);
    }
}

/// <summary>Parity/Corpus/*.graphql over the shared corpus's warehouse (the table figures have their data there), as their snapshots.</summary>
public sealed class CorpusParityTests(CorpusSchemaFixture warehouse) : IClassFixture<CorpusSchemaFixture>
{
    /// <summary>Every file of Parity/Corpus/.</summary>
    public static TheoryData<string> Queries() => ParityTests.Files(ofTheSharedCorpus: true);

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_query_answers_as_its_snapshot(string file)
    {
        await ParityTests.AssertSnapshotAsync(warehouse, file);
    }

    /// <summary>The table figures' snapshot is not one of empty lists: each field has rows in some budget of the corpus.</summary>
    [Theory]
    [InlineData("Corpus/01-table-figures.graphql", "incomeBySubject unitIncome appropriationIncome unitProjectSpending secondLevelProjects appropriationBySubject basicExpenditureSplit procurementItems performanceTasks")]
    [InlineData("Corpus/02-statements-and-labels.graphql", "projectCategories priorYearStatements")]
    public Task Every_field_of_the_query_has_rows_in_the_corpus(string file, string fields) =>
        ParityTests.AssertRowsAsync(warehouse, file, fields);

    /// <summary>
    /// The statements' snapshot is not one of nulls: the corpus states changes in percent ("下降 5.7%") and shares
    /// ("占 92.8%", of a whole it names), each with its lines.
    /// </summary>
    [Fact]
    public async Task The_narrative_statements_carry_their_percentages()
    {
        var data = (await warehouse.RunAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Parity", "Corpus/03-narrative-statements.graphql")))).GetProperty("data");
        var figures = data.GetProperty("departments").EnumerateArray().SelectMany(d => d.GetProperty("budgets").EnumerateArray())
            .SelectMany(b => b.GetProperty("narrativeFigures").EnumerateArray()).Where(f => f.GetProperty("kind").GetString() == "STATEMENT").ToList();
        Assert.Contains(figures, f => f.GetProperty("comparison").GetString() == "PRIOR_YEAR" && f.GetProperty("percent").GetDecimal() < 0
                                      && f.GetProperty("change").GetDecimal() < 0 && f.GetProperty("comparedYear").ValueKind == JsonValueKind.Number);
        Assert.Contains(figures, f => f.GetProperty("comparison").GetString() == "SHARE_OF_WHOLE" && f.GetProperty("percent").GetDecimal() > 0
                                      && f.GetProperty("shareOf").GetString() is { Length: > 0 } && f.GetProperty("source").GetProperty("line").GetInt32() > 0);
    }
}
