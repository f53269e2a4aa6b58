using System.Net;
using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Tests.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.Caching;

/// <summary>
/// The response cache on <c>/graphql</c>: what is answered from memory (and so not executed: the test schema's
/// <c>operation</c> field records every execution), what is not, the X-Cache header, ETags and configuration.
/// Each test has its own server, so that no entry leaks between tests.
/// </summary>
public sealed class ResponseCacheHttpTests : IDisposable
{
    private readonly TestSchema _schema = new();
    private readonly ManualTimeProvider _time = new();
    private readonly List<IDisposable> _servers = [];

    private HttpClient Client(params (string Key, string Value)[] settings)
    {
        var factory = new GraphQLApiFactory(settings.ToDictionary(s => s.Key, s => (string?)s.Value), _schema);
        _servers.Add(factory);
        var withClock = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(_time)));
        _servers.Add(withClock);
        return withClock.CreateClient();
    }

    private int Executions => _schema.Operations.Count;

    private static string? CacheHeader(GraphQLAnswer answer) => answer.Response.Header(ResponseCacheSetup.Header);

    public void Dispose()
    {
        foreach (var server in _servers)
        {
            server.Dispose();
        }
    }

    [Fact]
    public async Task ARepeatedQuery_IsAnsweredFromTheCache_ByteForByte_WithoutExecuting()
    {
        var client = Client();
        const string query = "query Q($n: Int!) { operation sum(a: 1, b: 2) items(first: $n) { id name } }";

        var first = await client.PostAsync(query, new { n = 2 });
        var second = await client.PostAsync(query, new { n = 2 });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Empty(first.Errors);
        Assert.Equal("miss", CacheHeader(first));
        Assert.Equal("hit", CacheHeader(second));
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.MediaType, second.MediaType);
        Assert.Equal(1, Executions);
    }

    [Fact]
    public async Task OtherVariables_AnotherOperation_OrAnotherText_AreExecuted()
    {
        var client = Client();
        const string document = "query A($n: Int!) { operation items(first: $n) { id } } query B { operation }";

        var answers = new[]
        {
            await client.PostAsync(document, new { n = 1 }, "A"),
            await client.PostAsync(document, new { n = 2 }, "A"),
            await client.PostAsync(document, new { n = 1 }, "B"),
            await client.PostAsync(document + " ", new { n = 1 }, "A"),
        };

        Assert.All(answers, a => Assert.Equal("miss", CacheHeader(a)));
        Assert.Equal(4, Executions);
        Assert.NotEqual(answers[0].Body, answers[1].Body);
        Assert.Equal("hit", CacheHeader(await client.PostAsync(document, new { n = 2 }, "A")));
        Assert.Equal(4, Executions);
    }

    [Theory]
    [InlineData("Cache-Control", "no-cache")]
    [InlineData("Cache-Control", "max-age=0, no-cache")]
    [InlineData("Pragma", "no-cache")]
    public async Task ARequestSayingNoCache_IsExecuted_AndItsAnswerServesTheNext(string header, string value)
    {
        var client = Client();
        const string query = "{ operation }";
        Assert.Equal("miss", CacheHeader(await client.PostAsync(query)));

        client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
        var fresh = await client.PostAsync(query);
        client.DefaultRequestHeaders.Remove(header);
        var next = await client.PostAsync(query);

        Assert.Equal("miss", CacheHeader(fresh));
        Assert.Equal(2, Executions);
        Assert.Equal("hit", CacheHeader(next));
        Assert.Equal(fresh.Body, next.Body);
        Assert.Equal(2, Executions);
    }

    [Fact]
    public async Task OneBody_ServesEveryMediaTypeAndMethod_EachWithItsOwnContentType()
    {
        // The body of a successful response does not depend on the media type or the method; the Content-Type does.
        var client = Client();
        const string query = "{ operation apiVersion }";

        var post = await client.PostAsync(query, accept: "application/graphql-response+json");
        var postJson = await client.PostAsync(query, accept: "application/json");
        var get = await client.GetQueryAsync(query, accept: "application/json");

        Assert.Equal(["miss", "hit", "hit"], new[] { post, postJson, get }.Select(CacheHeader));
        Assert.Equal("application/graphql-response+json", post.MediaType);
        Assert.Equal("application/json", postJson.MediaType);
        Assert.Equal("application/json", get.MediaType);
        Assert.Equal(post.Body, postJson.Body);
        Assert.Equal(post.Body, get.Body);
        Assert.Equal(1, Executions);
    }

    [Fact]
    public async Task GetHits_CarryTheSameETag_AndAnswer304ToIfNoneMatch()
    {
        var client = Client();
        const string query = "{ operation apiVersion }";
        var miss = await client.GetQueryAsync(query);
        var etag = miss.Response.Headers.ETag!.ToString();

        var hit = await client.GetQueryAsync(query);
        var revalidated = await client.GetAsync([("query", query)], headers: [("If-None-Match", etag)]);

        Assert.Equal("hit", CacheHeader(hit));
        Assert.Equal(etag, hit.Response.Headers.ETag!.ToString());
        Assert.Equal("public, max-age=60", hit.Response.Headers.CacheControl!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, revalidated.Status);
        Assert.Equal("hit", CacheHeader(revalidated));
        Assert.Equal(etag, revalidated.Response.Headers.ETag!.ToString());
        Assert.Equal("", revalidated.Body);
        Assert.Equal(1, Executions);
    }

    [Fact]
    public async Task ResponsesWithErrors_AreNotKept()
    {
        var client = Client();
        const string query = "{ operation publicFail }";

        var first = await client.PostAsync(query);
        var second = await client.PostAsync(query);

        Assert.Equal("No budget for 1999.", first.Message);
        Assert.Equal("miss", CacheHeader(second));
        Assert.Equal(2, Executions);
    }

    [Fact]
    public async Task ATimedOutRequest_IsNotKept()
    {
        var client = Client(("GraphQL:Limits:RequestTimeout", "00:00:00.050"));

        var first = await client.PostAsync("{ wait }");
        var second = await client.PostAsync("{ wait }");

        Assert.Equal(CodesOf(first), CodesOf(second));
        Assert.Equal(new string?[] { ErrorCodes.Timeout }, CodesOf(first));
        Assert.Equal("miss", CacheHeader(second));
    }

    private static string?[] CodesOf(GraphQLAnswer answer) => answer.Errors.Select(e => e!["extensions"]?["code"]?.GetValue<string>()).ToArray();

    [Fact]
    public async Task Mutations_AreNeverCached_NorAnsweredFromTheCache()
    {
        var client = Client();

        var first = await client.PostAsync("mutation { touch }");
        var second = await client.PostAsync("mutation { touch }");

        Assert.Equal(1, first.Data!["touch"]!.GetValue<int>());
        Assert.Equal(2, second.Data!["touch"]!.GetValue<int>());
        Assert.Null(CacheHeader(second));
        Assert.Equal(2, _schema.Touches);
    }

    [Theory]
    [InlineData("{ operation", ErrorCodes.ParseFailed)]
    [InlineData("{ operation nope }", ErrorCodes.ValidationFailed)]
    [InlineData("query A { operation } query B { operation }", ErrorCodes.OperationResolutionFailure)]
    [InlineData("{ operation items(first: 1000) { id } }", ErrorCodes.MaxPageSize)]
    public async Task RefusedRequests_NeitherConsultNorFillTheCache(string query, string code)
    {
        var client = Client();

        for (var i = 0; i < 2; i++)
        {
            var answer = await client.PostAsync(query);
            Assert.Equal(code, answer.Code);
            Assert.Null(CacheHeader(answer));
        }

        Assert.Equal(0, Executions);
    }

    [Fact]
    public async Task AnEntry_ExpiresAfterTheTtl()
    {
        var client = Client(("Cache:TtlSeconds", "30"));
        const string query = "{ operation }";

        await client.PostAsync(query);
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal("hit", CacheHeader(await client.PostAsync(query)));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("miss", CacheHeader(await client.PostAsync(query)));
        Assert.Equal("hit", CacheHeader(await client.PostAsync(query)));
        Assert.Equal(2, Executions);
    }

    [Fact]
    public async Task AResponseOverThePerEntryLimit_IsAnsweredButNotKept()
    {
        var client = Client(("Cache:MaxEntryBytes", "200"));
        const string small = "{ operation apiVersion }";
        const string large = "{ operation items(first: 20) { id name } }";

        var big = await client.PostAsync(large);
        Assert.True(big.Body.Length > 200, big.Body);
        Assert.Equal("miss", CacheHeader(await client.PostAsync(large)));
        await client.PostAsync(small);
        Assert.Equal("hit", CacheHeader(await client.PostAsync(small)));
        Assert.Equal(3, Executions);
    }

    [Fact]
    public async Task Disabled_EveryRequestExecutes_AndNoHeaderIsSent()
    {
        var client = Client(("Cache:Enabled", "false"));

        var first = await client.PostAsync("{ operation }");
        var second = await client.PostAsync("{ operation }");

        Assert.Equal(first.Body, second.Body);
        Assert.Null(CacheHeader(first));
        Assert.Null(CacheHeader(second));
        Assert.Equal(2, Executions);
    }

    [Fact]
    public async Task RateLimiting_AppliesToHitsToo()
    {
        var client = Client(("RateLimiting:Enabled", "true"), ("RateLimiting:PermitLimit", "2"), ("RateLimiting:Window", "00:10:00"));

        var miss = await client.PostAsync("{ operation }");
        var hit = await client.PostAsync("{ operation }");
        var refused = await client.PostAsync("{ operation }");

        Assert.Equal(["miss", "hit"], new[] { miss, hit }.Select(CacheHeader));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(ErrorCodes.RateLimited, refused.Code);
        Assert.Null(CacheHeader(refused));
    }

    [Fact]
    public async Task APersistedQueryHash_IsAnsweredFromTheEntryOfItsText()
    {
        var client = Client();
        const string query = "{ operation apiVersion }";
        var extensions = new { persistedQuery = new { version = 1, sha256Hash = Documents.PersistedQueries.Sha256Hex(query) } };

        var registered = await client.PostAsync(query, extensions: extensions);
        var byHash = await client.PostAsync(null, extensions: extensions);

        Assert.Equal("miss", CacheHeader(registered));
        Assert.Equal("hit", CacheHeader(byHash));
        Assert.Equal(registered.Body, byHash.Body);
        Assert.Equal(1, Executions);
    }

    [Fact]
    public async Task ConcurrentIdenticalMisses_AllAnswerTheSameBody()
    {
        var client = Client();
        const string query = "{ operation items(first: 5) { id name } }";

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.PostAsync(query)));

        Assert.All(answers, a => Assert.Equal(answers[0].Body, a.Body));
        Assert.Empty(answers[0].Errors);
        Assert.Equal("hit", CacheHeader(await client.PostAsync(query)));
        Assert.Equal(answers.Count(a => CacheHeader(a) == "miss"), Executions);
    }
}
