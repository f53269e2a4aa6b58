using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The HTTP path runs documents from HotChocolate's document cache. The response cache is off:
/// it would answer the repeated requests without executing them, and these tests see which parsed document runs
/// through the execution of the <c>operation</c> field.
/// </summary>
public sealed class DocumentCacheTests
{
    private const string ResponseCacheOff = "false";

    [Fact]
    public async Task SameQueryText_RunsTheSameParsedDocument_WhateverTheMethod()
    {
        var schema = new TestSchema();
        using var factory = new GraphQLApiFactory(new Dictionary<string, string?> { ["Cache:Enabled"] = ResponseCacheOff }, schema);
        var client = factory.CreateClient();

        await client.PostAsync("query Cached { operation }");
        await client.GetQueryAsync("query Cached { operation }");
        await client.PostAsync("query Cached { operation apiVersion }");

        var operations = schema.Operations.ToArray();
        Assert.Equal(3, operations.Length);
        Assert.Same(operations[0], operations[1]);
        Assert.NotSame(operations[0], operations[2]);
    }
}
