using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Budget;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// The parity corpus (Parity/**.graphql: the README's example queries first, then queries per topic and the bench queries)
/// answers with the same <c>data</c> on HotChocolate as on the home-made engine, over the same warehouse, without errors:
/// the seeds' warehouse, but Parity/Corpus/, which is asked of the shared corpus's (<see cref="CorpusParityTests"/>).
/// </summary>
[Collection(ParityCollection.Name)]
public sealed partial class ParityTests(ParityFixture warehouse)
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
    public async Task The_query_answers_the_same_data_on_both_engines(string file)
    {
        await AssertSameDataAsync(warehouse, file);
    }

    [GeneratedRegex("```graphql\\n(?<query>.*?)```\\n\\nAnswer:\\n\\n```json\\n", RegexOptions.Singleline)]
    private static partial Regex ReadmeExample();

    /// <summary>
    /// Parity/Readme/NN.graphql is the README's NN-th example query, word for word, for each of the five.
    /// </summary>
    [Fact]
    public void The_readme_examples_are_in_the_corpus()
    {
        var readme = File.ReadAllText(Path.Combine(WarehouseFixture.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
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

    /// <summary>The conflicts' parity is not the parity of empty lists: the seeds' szdsj states conflicting figures.</summary>
    [Fact]
    public Task The_conflicts_query_has_conflicts() =>
        AssertRowsAsync(warehouse, "YearOverYear/02-conformed-names-and-conflicts.graphql", "statementConflicts priorYearStatements");

    /// <summary>Asserts each of <paramref name="fields"/> (space-separated fields of <c>departments.budgets</c>) has rows in some budget of the answer.</summary>
    internal static async Task AssertRowsAsync(ParityFixture warehouse, string file, string fields)
    {
        var data = (await warehouse.RunAsync(await File.ReadAllTextAsync(Path.Combine(Corpus, file)))).GetProperty("data");
        var budgets = data.GetProperty("departments").EnumerateArray().SelectMany(d => d.GetProperty("budgets").EnumerateArray()).ToList();
        var empty = fields.Split(' ').Where(f => budgets.All(b => b.GetProperty(f).GetArrayLength() == 0)).ToList();
        Assert.True(empty.Count == 0, "Empty in every budget: " + string.Join(", ", empty));
    }

    /// <summary>Asserts both engines answer <paramref name="file"/> over <paramref name="warehouse"/> with the same data and no errors.</summary>
    internal static async Task AssertSameDataAsync(ParityFixture warehouse, string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(Corpus, file));
        var old = await warehouse.RunAsync(query);
        var hot = await warehouse.RunOnHotChocolateAsync(query);
        Assert.False(old.TryGetProperty("errors", out var oldErrors), "The old engine failed: " + oldErrors);
        Assert.False(hot.TryGetProperty("errors", out var hotErrors), "HotChocolate failed: " + hotErrors);
        var expected = JsonNode.Parse(old.GetProperty("data").GetRawText());
        var actual = JsonNode.Parse(hot.GetProperty("data").GetRawText());
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"The engines answer differently.\nold: {Print(expected)}\nHotChocolate: {Print(actual)}");
        Assert.Equal(ResponseSnapshot.Text("x", old), ResponseSnapshot.Text("x", hot));
        ResponseSnapshot.Match("Parity/" + file[..^".graphql".Length], "Parity/" + file, hot);
    }

    private static string Print(JsonNode? node)
    {
        var text = node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        return text.Length > 3000 ? text[..3000] + "…" : text;
    }
}

/// <summary>Parity/Corpus/*.graphql on both engines over the shared corpus's warehouse (the table figures have their data there).</summary>
public sealed class CorpusParityTests(CorpusParityFixture warehouse) : IClassFixture<CorpusParityFixture>
{
    /// <summary>Every file of Parity/Corpus/.</summary>
    public static TheoryData<string> Queries() => ParityTests.Files(ofTheSharedCorpus: true);

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_query_answers_the_same_data_on_both_engines(string file)
    {
        await ParityTests.AssertSameDataAsync(warehouse, file);
    }

    /// <summary>The parity of the table figures is not the parity of empty lists: each field has rows in some budget of the corpus.</summary>
    [Theory]
    [InlineData("Corpus/01-table-figures.graphql", "incomeBySubject unitIncome appropriationIncome unitProjectSpending secondLevelProjects appropriationBySubject basicExpenditureSplit procurementItems performanceTasks")]
    [InlineData("Corpus/02-statements-and-labels.graphql", "projectCategories priorYearStatements")]
    public Task Every_field_of_the_query_has_rows_in_the_corpus(string file, string fields) =>
        ParityTests.AssertRowsAsync(warehouse, file, fields);

    /// <summary>
    /// The statements' parity is not the parity of nulls: the corpus states changes in percent ("下降 5.7%") and shares
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
