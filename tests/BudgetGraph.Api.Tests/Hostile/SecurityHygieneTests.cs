using System.Net;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Hostile;

/// <summary>Issue 14, item 9: the security headers every response of the deployed server carries, and no Server header.</summary>
[Collection(RealServerCollection.Name)]
public sealed class SecurityHeadersTests(RealServer server)
{
    private readonly HttpClient _client = server.CreateClient();

    public static TheoryData<string, string?, string?> Requests => new()
    {
        { "/graphql?query=%7B__typename%7D", "application/json", "default-src 'none'; frame-ancestors 'none'" },
        { "/graphql", "text/html", "frame-ancestors 'none'" }, // the playground page (or the page saying it was not built)
        { "/", "text/html", "frame-ancestors 'none'" }, // the explorer
        { "/health", null, "default-src 'none'; frame-ancestors 'none'" },
        { "/no/such/path", null, "default-src 'none'; frame-ancestors 'none'" },
        { "/graphiql/no-such-asset.js", null, "default-src 'none'; frame-ancestors 'none'" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryResponse_HasTheSecurityHeaders_AndNoServerHeader(string path, string? accept, string? policy)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        using var response = await _client.SendAsync(request);

        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("DENY", response.Header("X-Frame-Options"));
        Assert.Equal(policy, response.Header("Content-Security-Policy"));
        Assert.Equal("no-referrer", response.Header("Referrer-Policy"));
        Assert.Null(response.Header("Server"));
    }
}

/// <summary>A revalidated page keeps its own policy: a 304 carries no Content-Security-Policy that would replace it.</summary>
[Collection(RealServerCollection.Name)]
public sealed class NotModifiedSecurityHeadersTests(RealServer server)
{
    [Fact]
    public async Task ANotModifiedAnswer_CarriesNoPolicy_SoTheCachedPageKeepsItsOwn()
    {
        using var client = server.CreateClient();
        using var first = new HttpRequestMessage(HttpMethod.Get, "/");
        first.Headers.TryAddWithoutValidation("Accept", "text/html");
        using var page = await client.SendAsync(first);
        var etag = page.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Equal("frame-ancestors 'none'", page.Header("Content-Security-Policy"));

        using var again = new HttpRequestMessage(HttpMethod.Get, "/");
        again.Headers.TryAddWithoutValidation("Accept", "text/html");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Null(notModified.Header("Content-Security-Policy"));
        Assert.Equal("nosniff", notModified.Header("X-Content-Type-Options"));
    }
}

/// <summary>Issue 14, item 9: a locked-down deployment turns off the playground, the explorer and introspection.</summary>
public sealed class LockedDownTests
{
    private static async Task<HttpStatusCode> PageStatusAsync(GraphQLApiFactory api, string path)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task ByDefault_ThePagesAreServed()
    {
        using var api = new GraphQLApiFactory();

        // 200, or 503 with the page saying the bundle was not built (-p:BuildPlayground=false): not 404 either way.
        Assert.NotEqual(HttpStatusCode.NotFound, await PageStatusAsync(api, "/graphql"));
        Assert.NotEqual(HttpStatusCode.NotFound, await PageStatusAsync(api, "/"));
    }

    [Fact]
    public async Task PlaygroundAndExplorerDisabled_TheirPagesAre404_TheEndpointStillAnswers()
    {
        using var api = new GraphQLApiFactory(new Dictionary<string, string?> { ["Playground:Enabled"] = "false", ["Explorer:Enabled"] = "false" });

        Assert.Equal(HttpStatusCode.NotFound, await PageStatusAsync(api, "/graphql"));
        Assert.Equal(HttpStatusCode.NotFound, await PageStatusAsync(api, "/graphiql/index.html"));
        Assert.Equal(HttpStatusCode.NotFound, await PageStatusAsync(api, "/"));
        Assert.Equal(HttpStatusCode.NotFound, await PageStatusAsync(api, "/explorer/index.html"));
        using var client = api.CreateClient();
        Assert.Equal("""{"data":{"apiVersion":"0.1.0-placeholder"}}""", (await client.PostAsync("{ apiVersion }")).Body);
    }

    [Fact]
    public async Task Nitro_IsOff_UnlessConfigured()
    {
        // HotChocolate's own tool calls its vendor: our playground is the tool at /graphql, Nitro only on request.
        using var api = new GraphQLApiFactory();
        using var enabled = new GraphQLApiFactory(new Dictionary<string, string?> { [HotChocolateHttp.NitroKey] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, await PageStatusAsync(api, "/graphql/nitro"));
        Assert.NotEqual(HttpStatusCode.NotFound, await PageStatusAsync(enabled, "/graphql/nitro"));
    }

    [Theory]
    [InlineData("{ __schema { queryType { name } } }", "__schema")]
    [InlineData("{ __type(name: \"Query\") { name } }", "__type")]
    [InlineData("query { ...F } fragment F on Query { __schema { types { name } } }", "__schema")]
    public async Task IntrospectionDisabled_SchemaAndTypeAreRefused(string query, string field)
    {
        using var api = new GraphQLApiFactory(new Dictionary<string, string?> { ["GraphQL:Introspection:Enabled"] = "false" });
        using var client = api.CreateClient();

        var answer = await client.PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal("INTROSPECTION_DISABLED", answer.Code);
        Assert.Equal($"Introspection is disabled on this server; \"{field}\" cannot be queried.", answer.Message);
    }

    [Fact]
    public async Task IntrospectionDisabled_TypenameStillAnswers_AndEnabledByDefault()
    {
        using var locked = new GraphQLApiFactory(new Dictionary<string, string?> { ["GraphQL:Introspection:Enabled"] = "false" });
        using var open = new GraphQLApiFactory();

        Assert.Equal("""{"data":{"__typename":"Query"}}""", (await locked.CreateClient().PostAsync("{ __typename }")).Body);
        Assert.Equal("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""",
            (await open.CreateClient().PostAsync("{ __schema { queryType { name } } }")).Body);
    }
}
