using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Hostile;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>The README's example queries give the answers printed under them, asked of the API as served.</summary>
[Collection(RealServerCollection.Name)]
public sealed partial class ReadmeExampleTests(RealServer server)
{
    [GeneratedRegex("```graphql\\n(?<query>.*?)```\\n\\nAnswer:\\n\\n```json\\n(?<answer>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();

    [Fact]
    public async Task Every_example_query_answers_as_printed()
    {
        var readme = File.ReadAllText(Path.Combine(WarehouseFixture.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Example queries", StringComparison.Ordinal)..];
        var examples = Example().Matches(section);
        Assert.Equal(5, examples.Count);
        foreach (Match example in examples)
        {
            using var client = server.CreateClient();
            var actual = JsonNode.Parse((await client.PostAsync(example.Groups["query"].Value)).Body);
            var printed = JsonNode.Parse(example.Groups["answer"].Value);
            Assert.True(JsonNode.DeepEquals(printed, actual),
                $"README example answers differently now:\n{example.Groups["query"].Value}\nactual: {actual!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
        }
    }
}
