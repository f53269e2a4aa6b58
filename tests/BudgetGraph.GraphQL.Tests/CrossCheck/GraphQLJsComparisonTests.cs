using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using Xunit.Abstractions;

namespace BudgetGraph.GraphQL.Tests.CrossCheck;

/// <summary>The engine against graphql-js 17.1.0 (the reference implementation) on the same inputs.</summary>
public class GraphQLJsComparisonTests(ITestOutputHelper output)
{
    private static JsonNode LoadCorpus() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "execution-corpus.json")))!;

    [Fact]
    public async Task ExecutionCorpusMatchesGraphQLJs()
    {
        if (!JsOracle.IsAvailable(out var reason))
        {
            output.WriteLine($"Skipped comparison: {reason}.");
            return;
        }
        var corpus = LoadCorpus();
        var cases = corpus["cases"]!.AsArray();
        Assert.True(cases.Count >= 150, "the corpus must hold at least 150 requests");
        var expected = JsOracle.Run(new { mode = "execute", schemas = corpus["schemas"], cases }).AsArray();

        var executors = new Dictionary<string, (GraphQLExecutor Executor, string Data)>();
        foreach (var (name, schema) in corpus["schemas"]!.AsObject())
        {
            var built = Harness.BuildEchoSchema(schema!["sdl"]!.GetValue<string>());
            executors[name] = (new GraphQLExecutor(built, new GraphQLExecutorOptions { Subscriptions = SubscriptionMode.ExecuteOnce }),
                schema["data"]?.ToJsonString() ?? "{}");
        }

        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var c = cases[i]!;
            var (executor, data) = executors[c["schema"]!.GetValue<string>()];
            var actualText = await Harness.RunAsync(executor, c["query"]!.GetValue<string>(), data, c["variables"]?.ToJsonString(),
                c["operationName"]?.GetValue<string>());
            var actual = JsonNode.Parse(actualText)!;
            var difference = Compare(expected[i]!, actual);
            if (difference is not null)
            {
                failures.Add($"#{i} {c["query"]} {c["variables"]?.ToJsonString()}\n   {difference}\n   expected {expected[i]!.ToJsonString()}\n   actual   {actualText}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} requests differ from graphql-js:\n" + string.Join("\n", failures));
    }

    /// <summary>Same shape, same data, and the same errors (message, path, locations) in any order.</summary>
    private static string? Compare(JsonNode expected, JsonNode actual)
    {
        var expectedObject = expected.AsObject();
        var actualObject = actual.AsObject();
        if (expectedObject.ContainsKey("data") != actualObject.ContainsKey("data"))
        {
            return "one has data, the other not";
        }
        if (!JsonNode.DeepEquals(expectedObject["data"], actualObject["data"]) ||
            expectedObject["data"]?.ToJsonString() != actualObject["data"]?.ToJsonString())
        {
            return "data differs";
        }
        var e = ErrorKeys(expectedObject["errors"]);
        var a = ErrorKeys(actualObject["errors"]);
        return e.SequenceEqual(a) ? null : "errors differ";
    }

    private static List<string> ErrorKeys(JsonNode? errors) =>
        (errors?.AsArray() ?? new JsonArray()).Select(e => JsonSerializer.Serialize(new
        {
            message = e!["message"]?.GetValue<string>(),
            path = e["path"]?.ToJsonString(),
            locations = e["locations"]?.ToJsonString(),
        })).OrderBy(x => x, StringComparer.Ordinal).ToList();
}
