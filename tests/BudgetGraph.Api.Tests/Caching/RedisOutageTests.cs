using System.Net;
using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Documents;
using BudgetGraph.Api.Tests.Admin;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BudgetGraph.Api.Tests.Caching;

/// <summary>
/// <c>Redis:Configuration</c> naming a Redis that does not answer (nothing listens on port 1): the server answers every
/// request without the shared cache (executing each query, keeping nothing), imports still work, and the log says why.
/// </summary>
public sealed class RedisOutageTests : IDisposable
{
    private const string Departments = "{ departments { code } }";

    private readonly LogCollector _logs = new();
    private readonly AdminApi _api;

    public RedisOutageTests() => _api = new AdminApi(settings: new Dictionary<string, string>
    {
        ["Cache:Enabled"] = "true",
        ["Redis:Configuration"] = "127.0.0.1:1,connectTimeout=1000",
    }, services: services => services.AddSingleton<ILoggerProvider>(_logs));

    public void Dispose() => _api.Dispose();

    private IEnumerable<string> Messages(string eventName) =>
        _logs.Entries.Where(e => e.EventName == eventName).Select(e => e.Message);

    [Fact]
    public async Task QueriesAreExecutedAndNotKept_ImportsStillWork_AndTheLogSaysWhy()
    {
        using var client = _api.Factory.CreateClient();
        Assert.IsType<RedisShare>(_api.Factory.Services.GetService<RedisShare>());

        var first = await client.PostAsync(Departments);
        var second = await client.PostAsync(Departments);
        var text = File.ReadAllText(Directory.GetFiles(WarehouseFixture.SourcesDirectory, "004_*.txt").Single());
        var (imported, _) = await _api.ImportAsync("004.txt", text, "Bearer " + _api.Key);
        var after = await client.PostAsync(Departments);

        Assert.Equal("""{"data":{"departments":[]}}""", first.Body);
        Assert.Equal(first.Body, second.Body);
        // Not consulted: no X-Cache header at all (neither a hit nor a miss that was kept).
        Assert.Null(first.Response.Header(ResponseCacheSetup.Header));
        Assert.Null(second.Response.Header(ResponseCacheSetup.Header));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal("""{"data":{"departments":[{"code":"psqzsj"}]}}""", after.Body);

        // One warning for many requests (at most one per 30 s), and an error for the import nobody else heard of.
        var warning = Assert.Single(Messages("RedisUnavailable"));
        Assert.StartsWith("Redis could not be used for the warehouse generation: ", warning, StringComparison.Ordinal);
        Assert.EndsWith(". Requests are answered without the shared cache until it answers again.", warning, StringComparison.Ordinal);
        var error = Assert.Single(Messages("RedisImportNotAnnounced"));
        Assert.StartsWith("The warehouse changed but Redis could not be told: ", error, StringComparison.Ordinal);
        Assert.EndsWith(". Other replicas may answer from their caches for up to Cache:TtlSeconds.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersistedQueryIsKeptInMemory_WhenRedisDoesNotAnswer()
    {
        using var client = _api.Factory.CreateClient();
        var extension = new { persistedQuery = new { version = 1, sha256Hash = PersistedQueries.Sha256Hex(Departments) } };

        var unknown = await client.PostAsync(null, extensions: extension);
        var registered = await client.PostAsync(Departments, extensions: extension);
        var byHash = await client.PostAsync(null, extensions: extension);

        Assert.Equal(PersistedQueries.NotFoundMessage, unknown.Message);
        Assert.Equal("""{"data":{"departments":[]}}""", registered.Body);
        Assert.Equal(registered.Body, byHash.Body);
    }
}

/// <summary>A <c>Redis:Configuration</c> that StackExchange.Redis cannot read stops the start, saying which setting.</summary>
public sealed class RedisConfigurationTests
{
    [Fact]
    public void AnUnreadableConfigurationString_StopsTheStart_SayingSo()
    {
        using var api = new AdminApi(settings: new Dictionary<string, string>
        {
            ["Redis:Configuration"] = "127.0.0.1:6379,nonsense=1",
        });

        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => api.Factory.CreateClient());

        Assert.Equal(
            "Redis:Configuration is not a StackExchange.Redis configuration string (such as 127.0.0.1:6379,password=…).",
            Assert.Single(refused.Failures));
    }
}
