using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.GraphQL.Tests.CrossCheck;
using BudgetGraph.GraphQL.Types;
using Xunit.Abstractions;

namespace BudgetGraph.GraphQL.Tests.Types;

public class SchemaValidationTests(ITestOutputHelper output)
{
    private static IReadOnlyList<GraphQLError> ErrorsOf(string sdl) => SdlSchemaBuilder.Build(sdl).Validate();

    [Fact]
    public void InterfaceFieldsMustBeProvided()
    {
        var error = Assert.Single(ErrorsOf("type Query { a: Int } interface I { x: Int } type T implements I { y: Int }"));
        Assert.Equal("Interface field I.x expected but T does not provide it.", error.Message);
        Assert.Equal(new[] { new SourceLocation(1, 37), new SourceLocation(1, 46) }, error.Locations);
    }

    [Fact]
    public void ValidSchemasHaveNoErrors()
    {
        Assert.Empty(ErrorsOf(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "rich-schema.graphql"))));
        Assert.Empty(CodeFirstSamples.BudgetLikeSchema().Validate());
    }

    [Fact]
    public void ExecutorRefusesInvalidSchemas()
    {
        var ex = Assert.Throws<GraphQLErrorException>(() => new BudgetGraph.GraphQL.Execution.GraphQLExecutor(SdlSchemaBuilder.Build("type Query { a: Int } union U")));
        Assert.Equal("Union type U must define one or more member types.", ex.Errors[0].Message);
    }

    [Fact]
    public void UnknownTypesInSdlAreReported()
    {
        var ex = Assert.Throws<GraphQLErrorException>(() => SdlSchemaBuilder.Build("type Query { a: Missing }"));
        Assert.Equal("Unknown type: \"Missing\".", ex.Errors[0].Message);
        Assert.Equal(new SourceLocation(1, 17), ex.Errors[0].Locations![0]);
    }

    [Fact]
    public void MessagesAndLocationsMatchGraphQLJsValidateSchema()
    {
        if (!JsOracle.IsAvailable(out var reason))
        {
            output.WriteLine($"Skipped: {reason}.");
            return;
        }
        var sdls = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "invalid-schemas.json")))!;
        var expected = JsOracle.Run(new { mode = "validateSchemas", sdls }).AsArray();
        var failures = new List<string>();
        for (var i = 0; i < sdls.Length; i++)
        {
            var actual = new JsonArray(ErrorsOf(sdls[i]).Select(e => (JsonNode)new JsonObject
            {
                ["message"] = e.Message,
                ["locations"] = new JsonArray((e.Locations ?? Array.Empty<SourceLocation>())
                    .Select(l => (JsonNode)new JsonObject { ["line"] = l.Line, ["column"] = l.Column }).ToArray()),
            }).ToArray());
            var e = Sorted(expected[i]!.AsArray());
            var a = Sorted(actual);
            if (!e.SequenceEqual(a))
            {
                failures.Add($"{sdls[i]}\n  expected {string.Join(" | ", e)}\n  actual   {string.Join(" | ", a)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static List<string> Sorted(JsonArray errors) =>
        errors.Select(e => e!.ToJsonString()).OrderBy(x => x, StringComparer.Ordinal).ToList();
}
