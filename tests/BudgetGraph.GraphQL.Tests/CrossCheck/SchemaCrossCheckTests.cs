using System.Text.Json.Nodes;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using Xunit.Abstractions;

namespace BudgetGraph.GraphQL.Tests.CrossCheck;

/// <summary>Printed SDL and introspection checked by graphql-js 17.1.0.</summary>
public class SchemaCrossCheckTests(ITestOutputHelper output)
{
    private static string RichSdl => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "rich-schema.graphql"));

    private static string CorpusSdl =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "execution-corpus.json")))!["schemas"]!["pets"]!["sdl"]!.GetValue<string>();

    [Fact]
    public void PrintedSchemaEqualsGraphQLJsPrintSchema()
    {
        if (!JsOracle.IsAvailable(out var reason))
        {
            output.WriteLine($"Skipped: {reason}.");
            return;
        }
        foreach (var sdl in new[] { RichSdl, CorpusSdl })
        {
            var expected = JsOracle.Run(new { mode = "print", sdl })["printed"]!.GetValue<string>();
            Assert.Equal(expected, SchemaPrinter.Print(SdlSchemaBuilder.Build(sdl)));
        }
    }

    [Fact]
    public void CodeFirstSchemaPrintsAsGraphQLJsReprintsIt()
    {
        if (!JsOracle.IsAvailable(out var reason))
        {
            output.WriteLine($"Skipped: {reason}.");
            return;
        }
        var printed = SchemaPrinter.Print(CodeFirstSamples.BudgetLikeSchema());
        var reprinted = JsOracle.Run(new { mode = "print", sdl = printed })["printed"]!.GetValue<string>();
        Assert.Equal(reprinted, printed);
    }

    [Fact]
    public async Task IntrospectionIsAcceptedByBuildClientSchemaAndMatchesGraphQLJs()
    {
        if (!JsOracle.IsAvailable(out var reason))
        {
            output.WriteLine($"Skipped: {reason}.");
            return;
        }
        var query = JsOracle.Run(new { mode = "introspectionQuery" })["query"]!.GetValue<string>();
        foreach (var sdl in new[] { RichSdl, CorpusSdl })
        {
            var schema = SdlSchemaBuilder.Build(sdl);
            var result = JsonNode.Parse(await Harness.RunAsync(schema, query))!;
            Assert.Null(result["errors"]);
            var clientPrinted = JsOracle.Run(new { mode = "clientSchema", introspection = result["data"] })["printed"]!.GetValue<string>();
            var jsPrinted = JsOracle.Run(new { mode = "print", sdl })["printed"]!.GetValue<string>();
            Assert.Equal(jsPrinted, clientPrinted);

            // The whole introspection result equals graphql-js's own, field for field.
            var jsIntrospection = JsOracle.Run(new { mode = "introspect", sdl });
            Assert.Equal(jsIntrospection.ToJsonString(), result.ToJsonString());
        }
    }
}
