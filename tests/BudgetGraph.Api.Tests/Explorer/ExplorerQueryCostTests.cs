using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Hostile;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.GraphSchema.Limits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Explorer;

/// <summary>
/// Every request the explorer makes (src/BudgetGraph.Explorer/src/queries.js, read from the file) is answered by the API
/// as deployed, under the limits of appsettings.json (MaxCost 500,000): the schema tests raise MaxCost to 10^12 and would
/// not see a query the real API refuses. The README's examples run on the same server (ReadmeExampleTests).
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed partial class ExplorerQueryCostTests(RealServer server)
{
    /// <summary>The variables the explorer sends with each operation (the departments and year of its first view).</summary>
    private static readonly Dictionary<string, object> Variables = new(StringComparer.Ordinal)
    {
        ["DEPARTMENTS"] = new { },
        ["COVERAGE"] = new { },
        ["COMPARE"] = new { year = 2023, departments = new[] { "szdsj", "psqzsj" }, level = "CLASS", unit = "WAN_YUAN" },
        ["BREAKDOWN"] = new { year = 2023, departments = new[] { "szdsj", "psqzsj" }, code = (string?)null, unit = "WAN_YUAN" },
        ["BREAKDOWN_STEP"] = new { year = 2023, departments = new[] { "szdsj" }, code = "201", unit = "WAN_YUAN" },
        ["YEAR_OVER_YEAR"] = new { department = "szdsj", unit = "WAN_YUAN" },
        ["CATEGORIES"] = new { year = 2023, unit = "WAN_YUAN" },
        ["EXECUTION"] = new { department = "szdsj", unit = "WAN_YUAN" },
        ["THREE_PUBLIC"] = new { department = "szdsj", unit = "WAN_YUAN" },
        ["SEARCH_INDEX"] = new { },
    };

    [GeneratedRegex(@"export const (?<name>[A-Z_]+) = /\* GraphQL \*/ `(?<text>.*?)`;", RegexOptions.Singleline)]
    private static partial Regex Exported();

    [GeneratedRegex(@"\$\{(?<name>[A-Z_]+)\}")]
    private static partial Regex Interpolated();

    /// <summary>The exported documents of queries.js, their <c>${FRAGMENT}</c>s written in.</summary>
    private static Dictionary<string, string> ExplorerDocuments()
    {
        var file = Path.Combine(WarehouseFixture.RepositoryRoot, "src", "BudgetGraph.Explorer", "src", "queries.js");
        var texts = Exported().Matches(File.ReadAllText(file).ReplaceLineEndings("\n"))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["text"].Value, StringComparer.Ordinal);
        return texts.Where(t => t.Key != "SOURCE_FIELDS").ToDictionary(t => t.Key,
            t => Interpolated().Replace(t.Value, m => texts[m.Groups["name"].Value]), StringComparer.Ordinal);
    }

    [Fact]
    public void The_server_runs_with_the_limits_of_appsettings()
    {
        Assert.Equal(500_000, server.Services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.MaxCost);
    }

    [Fact]
    public void Every_explorer_operation_has_its_variables_here()
    {
        // A new request in queries.js must be added above, or it is not checked against the limits.
        Assert.Equal(Variables.Keys.Order(StringComparer.Ordinal), ExplorerDocuments().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("DEPARTMENTS")]
    [InlineData("COVERAGE")]
    [InlineData("COMPARE")]
    [InlineData("BREAKDOWN")]
    [InlineData("BREAKDOWN_STEP")]
    [InlineData("YEAR_OVER_YEAR")]
    [InlineData("CATEGORIES")]
    [InlineData("EXECUTION")]
    [InlineData("THREE_PUBLIC")]
    [InlineData("SEARCH_INDEX")]
    public async Task The_explorers_request_is_answered_within_the_real_limits(string name)
    {
        using var client = server.CreateClient();

        var answer = await client.PostAsync(ExplorerDocuments()[name], Variables[name]);

        Assert.True(answer.Errors.Count == 0 && answer.Data is JsonObject, $"{name}: {answer.Status} {answer.Body}");
    }
}
