using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// graphql-js's <c>buildClientSchema</c> accepts the budget schema's introspection, and prints the same SDL as
/// schema/budget.graphql. Runs tests/js/oracle.mjs (graphql-js) with node; without node or tests/js/node_modules
/// the test fails under CI=true and says what is missing elsewhere.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class ClientSchemaTests(WarehouseFixture warehouse)
{
    private static string JsDirectory => Path.Combine(WarehouseFixture.RepositoryRoot, "tests", "js");

    private static JsonNode Oracle(JsonObject request)
    {
        var info = new ProcessStartInfo("node", "oracle.mjs")
        {
            WorkingDirectory = JsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        process.StandardInput.Write(request.ToJsonString());
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000);
        Assert.True(process.ExitCode == 0, "graphql-js failed: " + error.Result);
        return JsonNode.Parse(output.Result)!;
    }

    private static bool Available()
    {
        if (Directory.Exists(Path.Combine(JsDirectory, "node_modules", "graphql")))
        {
            return true;
        }
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            "tests/js/node_modules is missing: run `npm ci` in tests/js.");
        return false;
    }

    [Fact]
    public async Task BuildClientSchema_accepts_the_introspection_and_prints_the_schema_file()
    {
        if (!Available())
        {
            return;
        }
        var query = Oracle(new JsonObject { ["mode"] = "introspectionQuery" })["query"]!.GetValue<string>();
        var introspection = await warehouse.DataAsync(query);
        var printed = Oracle(new JsonObject { ["mode"] = "clientSchema", ["introspection"] = JsonNode.Parse(introspection.GetRawText()) })["printed"]!
            .GetValue<string>();
        var file = File.ReadAllText(Path.Combine(WarehouseFixture.RepositoryRoot, "schema", "budget.graphql")).ReplaceLineEndings("\n");
        Assert.True(printed.TrimEnd('\n') == file.TrimEnd('\n'),
            "graphql-js prints the introspected schema differently from schema/budget.graphql: " + Snapshot.FirstDifference(file, printed));
    }
}
