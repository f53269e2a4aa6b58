using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// graphql-js's <c>buildClientSchema</c> accepts the budget schema's introspection, and prints the same SDL as
/// schema/budget.graphql. Runs tests/js/oracle.mjs (graphql-js) with node; without node or tests/js/node_modules
/// the test fails under CI=true and is reported as skipped elsewhere (<see cref="NodeFactAttribute"/>), never as passed.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class ClientSchemaTests(WarehouseFixture warehouse)
{
    [NodeFact]
    public async Task BuildClientSchema_accepts_the_introspection_and_prints_the_schema_file()
    {
        var query = GraphQLJs.Run(new JsonObject { ["mode"] = "introspectionQuery" })["query"]!.GetValue<string>();
        var introspection = await warehouse.DataAsync(query);
        var printed = GraphQLJs.Run(new JsonObject { ["mode"] = "clientSchema", ["introspection"] = JsonNode.Parse(introspection.GetRawText()) })["printed"]!
            .GetValue<string>();
        var file = File.ReadAllText(Path.Combine(WarehouseFixture.RepositoryRoot, "schema", "budget.graphql")).ReplaceLineEndings("\n");
        Assert.True(printed.TrimEnd('\n') == file.TrimEnd('\n'),
            "graphql-js prints the introspected schema differently from schema/budget.graphql: " + TextDifference.First(file, printed));
    }
}
