using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The HTTP path runs documents from the engine's cache, and keeps long texts out of it. The response cache is off:
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
        using var factory = new GraphQLApiFactory(new Dictionary<string, string?> { ["Cache:Enabled"] = ResponseCacheOff }, schema.Schema);
        var client = factory.CreateClient();

        await client.PostAsync("query Cached { operation }");
        await client.GetQueryAsync("query Cached { operation }");
        await client.PostAsync("query Cached { operation apiVersion }");

        var operations = schema.Operations.ToArray();
        Assert.Equal(3, operations.Length);
        Assert.Same(operations[0], operations[1]);
        Assert.NotSame(operations[0], operations[2]);
    }

    [Fact]
    public async Task QueryLongerThanTheCacheableLength_IsParsedForEachRequest()
    {
        var schema = new TestSchema();
        using var factory = new GraphQLApiFactory(new Dictionary<string, string?>
        {
            ["GraphQL:Documents:MaxCachedQueryLength"] = "30",
            ["Cache:Enabled"] = ResponseCacheOff,
        }, schema.Schema);
        var client = factory.CreateClient();
        const string shortQuery = "query S { operation }"; // 21 characters
        const string longQuery = "query LongerThanThirty { operation }";
        const string otherLongQuery = "query AlsoLongerThanThirty { operation }";

        // Long texts go through an executor that keeps only the last one.
        foreach (var query in new[] { shortQuery, otherLongQuery, shortQuery, longQuery, otherLongQuery, longQuery })
        {
            Assert.Empty((await client.PostAsync(query)).Errors);
        }

        var operations = schema.Operations.ToArray();
        Assert.Same(operations[0], operations[2]);
        if (factory.Engine == GraphQLEngine.HotChocolate)
        {
            // HotChocolate's own document cache keeps every text: the length limit is the old engine's setting only.
            Assert.Same(operations[3], operations[5]);
            Assert.Same(operations[1], operations[4]);
            return;
        }

        Assert.NotSame(operations[3], operations[5]);
        Assert.NotSame(operations[1], operations[4]);
    }
}
