using BudgetGraph.Api.Tests.Budget;
using System.Text.Json.Nodes;
using HotChocolate.Language;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// graphql-js 17's <c>buildClientSchema</c> accepts the introspection result of HotChocolate's executor (graphql-js's
/// own introspection query, every option on), and the schema it rebuilds has every type and field HotChocolate prints.
/// </summary>
[Collection(SchemaCollection.Name)]
public sealed class ClientSchemaTests(SchemaFixture warehouse)
{
    private static Dictionary<string, HashSet<string>> Members(string sdl) =>
        Utf8GraphQLParser.Parse(sdl).Definitions.OfType<INamedSyntaxNode>()
            .Where(d => !d.Name.Value.StartsWith("__", StringComparison.Ordinal))
            .ToDictionary(d => d.Name.Value, d => d switch
            {
                ComplexTypeDefinitionNodeBase complex => complex.Fields.Select(f => f.Name.Value).ToHashSet(),
                InputObjectTypeDefinitionNode input => input.Fields.Select(f => f.Name.Value).ToHashSet(),
                EnumTypeDefinitionNode e => e.Values.Select(v => v.Name.Value).ToHashSet(),
                _ => [],
            });

    [NodeFact]
    public async Task BuildClientSchema_accepts_HotChocolates_introspection()
    {
        var query = GraphQLJs.Run(new JsonObject { ["mode"] = "introspectionQuery" })["query"]!.GetValue<string>();
        var answer = await warehouse.RunAsync(query);
        Assert.False(answer.TryGetProperty("errors", out var errors), errors.ToString());

        var printed = GraphQLJs.Run(new JsonObject { ["mode"] = "clientSchema", ["introspection"] = JsonNode.Parse(answer.GetProperty("data").GetRawText()) })
            ["printed"]!.GetValue<string>();

        var rebuilt = Members(printed);
        var served = Members(warehouse.HotChocolate.Schema.ToString());
        Assert.Contains("Query", rebuilt.Keys);
        Assert.Equal(served.Keys.Order(StringComparer.Ordinal), rebuilt.Keys.Where(served.ContainsKey).Order(StringComparer.Ordinal));
        Assert.All(served, type => Assert.True(rebuilt[type.Key].SetEquals(type.Value), type.Key));
    }
}
