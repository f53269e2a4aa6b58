using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Budget;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// The parity corpus (Parity/**.graphql: the README's example queries first, then queries per topic and the bench queries)
/// answers with the same <c>data</c> on HotChocolate as on the home-made engine, over the same warehouse, without errors.
/// </summary>
[Collection(ParityCollection.Name)]
public sealed partial class ParityTests(ParityFixture warehouse)
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Parity");

    /// <summary>Every corpus file, relative to Parity/.</summary>
    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Corpus, file).Replace('\\', '/'));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_query_answers_the_same_data_on_both_engines(string file)
    {
        var query = await File.ReadAllTextAsync(Path.Combine(Corpus, file));
        await AssertSameDataAsync(query);
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

    private async Task AssertSameDataAsync(string query)
    {
        var old = await warehouse.RunAsync(query);
        var hot = await warehouse.RunOnHotChocolateAsync(query);
        Assert.False(old.TryGetProperty("errors", out var oldErrors), "The old engine failed: " + oldErrors);
        Assert.False(hot.TryGetProperty("errors", out var hotErrors), "HotChocolate failed: " + hotErrors);
        var expected = JsonNode.Parse(old.GetProperty("data").GetRawText());
        var actual = JsonNode.Parse(hot.GetProperty("data").GetRawText());
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"The engines answer differently.\nold: {Print(expected)}\nHotChocolate: {Print(actual)}");
    }

    private static string Print(JsonNode? node)
    {
        var text = node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        return text.Length > 3000 ? text[..3000] + "…" : text;
    }
}
