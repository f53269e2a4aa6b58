using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BudgetGraph.Api.Admin;
using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Documents;
using BudgetGraph.Api.Tests.Browser;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Warehouse;
using StackExchange.Redis;

namespace BudgetGraph.Api.Tests.Replicas;

/// <summary>
/// A test that needs PostgreSQL (<see cref="TestDatabase.Variable"/>) and Redis (<see cref="ReplicaPair.RedisVariable"/>).
/// Outside CI, a machine without them reports the test as SKIPPED (never as passed). In CI (<c>CI=true</c>; .ci/run starts
/// both and sets the variables) the test runs regardless, so a missing variable FAILS it.
/// </summary>
public sealed class ReplicaFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when a variable is missing outside CI.</summary>
    public ReplicaFactAttribute()
    {
        Skip = RequiredInCi.SkipReason(ReplicaPair.Missing(), "the replica tests");
    }
}

/// <summary>
/// Two API processes started by <c>scripts/replicas.sh</c> (ports 5105 and 5106) on one fresh PostgreSQL database and
/// one Redis (under a key prefix of their own), with an empty warehouse; stopped (and the database and keys dropped)
/// at the end.
/// </summary>
public sealed class ReplicaPair : IAsyncLifetime
{
    /// <summary>The variable naming the Redis server (scripts/ci-redis.sh prints a value).</summary>
    public const string RedisVariable = "BUDGETGRAPH_TEST_REDIS";

    private readonly TestDatabase _database = TestDatabase.Create("replicas");
    private readonly string _prefix = $"budgetgraph-test-{Guid.NewGuid():N}:";
    private readonly StringBuilder _errors = new();
    private Process? _script;

    /// <summary>What is missing to run the replicas, or null.</summary>
    public static string? Missing() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestDatabase.Variable)) ? $"{TestDatabase.Variable} is not set"
        : string.IsNullOrEmpty(Environment.GetEnvironmentVariable(RedisVariable)) ? $"{RedisVariable} is not set"
        : null;

    /// <summary>The replicas' database.</summary>
    public TestDatabase Database => _database;

    /// <summary>The admin import key both replicas accept.</summary>
    public string Key { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    /// <summary>Replica A.</summary>
    public Uri A { get; } = new("http://127.0.0.1:5105");

    /// <summary>Replica B.</summary>
    public Uri B { get; } = new("http://127.0.0.1:5106");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (Missing() is not null)
        {
            return; // the tests are skipped (outside CI) or fail on Missing() themselves (in CI)
        }

        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine("scripts", "replicas.sh"), "--no-build", "--Warehouse:ImportSources=false",
                     "--Redis:KeyPrefix=" + _prefix, "--RateLimiting:Enabled=false",
                 })
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["BUDGETGRAPH_REPLICAS_DATABASE"] = _database.ConnectionString;
        info.Environment["BUDGETGRAPH_ADMIN_API_KEY"] = Key;
        info.Environment["REPLICA_PORTS"] = $"{A.Port} {B.Port}";
#if DEBUG
        info.Environment["CONFIGURATION"] = "Debug";
#else
        info.Environment["CONFIGURATION"] = "Release";
#endif
        _script = Process.Start(info)!;
        _script.ErrorDataReceived += (_, e) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(e.Data);
            }
        };
        _script.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (await _script.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("ready ", StringComparison.Ordinal))
            {
                return;
            }
        }

        await _script.WaitForExitAsync(timeout.Token);
        lock (_errors)
        {
            throw new InvalidOperationException($"scripts/replicas.sh exited ({_script.ExitCode}) before the replicas were ready:\n{_errors}");
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_script is not null)
        {
            // The end of its input stops the script, which stops both replicas.
            _script.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _script.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _script.Kill(entireProcessTree: true);
            }
            _script.Dispose();

            await using var redis = await ConnectionMultiplexer.ConnectAsync(Environment.GetEnvironmentVariable(RedisVariable)!);
            foreach (var server in redis.GetServers())
            {
                await foreach (var key in server.KeysAsync(pattern: _prefix + "*"))
                {
                    await redis.GetDatabase().KeyDeleteAsync(key);
                }
            }
        }
        await _database.DisposeAsync();
    }

    /// <summary>
    /// Deletes the generation token, as docs/deployment.md tells operators to after an import the API did not make
    /// (the CLI's): every replica's next request misses.
    /// </summary>
    public async Task ForgetGenerationAsync()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(Environment.GetEnvironmentVariable(RedisVariable)!);
        Assert.True(await redis.GetDatabase().KeyDeleteAsync(_prefix + "generation"));
    }

    /// <summary>A client of one replica.</summary>
    public static HttpClient Client(Uri replica) => new() { BaseAddress = replica, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>POSTs a document of data/sources (by its number's prefix) to a replica's admin import endpoint.</summary>
    public async Task<JsonNode> ImportAsync(Uri replica, string prefix)
    {
        var path = Directory.GetFiles(WarehouseFixture.SourcesDirectory, prefix + "*.txt").Single();
        using var client = Client(replica);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{AdminImportEndpoint.Path}?file={Path.GetFileName(path)}")
        {
            Content = new StringContent(await File.ReadAllTextAsync(path), Encoding.UTF8, "text/plain"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Key);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!;
    }
}

/// <summary>
/// Replicas that agree (issue 16): two real API processes behind one PostgreSQL and one Redis. An import through one is
/// answered by the other on its very next request, never from a stale cache; the response cache and the persisted
/// queries are shared.
/// </summary>
public sealed class ReplicaTests(ReplicaPair replicas) : IClassFixture<ReplicaPair>
{
    private const string Figures = "{ departments { code fiscalYears } expenditures { totalCount } }";

    private static string? Cache(GraphQLAnswer answer) => answer.Response.Header(ResponseCacheSetup.Header);

    /// <summary>Computed now by the replica (Cache-Control: no-cache): what its warehouse holds at this moment.</summary>
    private static Task<GraphQLAnswer> FreshAsync(HttpClient client, string query) =>
        client.SendAndReadAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query }.ToJsonString(), Encoding.UTF8, "application/json"),
        }, GraphQLClient.PreferGraphQLResponse, [("Cache-Control", "no-cache")]);

    private static string[] Codes(GraphQLAnswer answer) =>
        [.. answer.Data!["departments"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).Order()];

    [ReplicaFact]
    public async Task AnImportThroughOneReplica_IsAnsweredByTheOtherOnItsNextRequest_AndAnswersAreShared()
    {
        Assert.Null(ReplicaPair.Missing());
        using var a = ReplicaPair.Client(replicas.A);
        using var b = ReplicaPair.Client(replicas.B);

        // The empty warehouse, computed by B and kept in B's memory and in Redis; A answers it without executing.
        var empty = await b.PostAsync(Figures);
        var emptyAgain = await b.PostAsync(Figures);
        var emptyOnA = await a.PostAsync(Figures);
        Assert.Equal(("miss", """{"data":{"departments":[],"expenditures":{"totalCount":0}}}"""), (Cache(empty), empty.Body));
        Assert.Equal(("hit", empty.Body), (Cache(emptyAgain), emptyAgain.Body));
        Assert.Equal(("hit", empty.Body), (Cache(emptyOnA), emptyOnA.Body));

        // An import through A: B's very next request misses its memory and answers what the warehouse holds now.
        var first = (await replicas.ImportAsync(replicas.A, "004_"))["department"]!.GetValue<string>();
        var bAfterA = await b.PostAsync(Figures);
        Assert.Equal("miss", Cache(bAfterA));
        Assert.Equal([first], Codes(bAfterA));
        Assert.Equal((await FreshAsync(b, Figures)).Body, bAfterA.Body);

        // A computes it too (no-cache), so that A's memory holds it; then an import through B, and A's next request.
        var aComputed = await FreshAsync(a, Figures);
        Assert.Equal(bAfterA.Body, aComputed.Body);
        var aFromMemory = await a.PostAsync(Figures);
        Assert.Equal(("hit", bAfterA.Body), (Cache(aFromMemory), aFromMemory.Body));
        var second = (await replicas.ImportAsync(replicas.B, "003_"))["department"]!.GetValue<string>();
        var aAfterB = await a.PostAsync(Figures);
        Assert.Equal("miss", Cache(aAfterB));
        Assert.NotEqual(bAfterA.Body, aAfterB.Body);
        Assert.Equal(new[] { first, second }.Distinct().Order(), Codes(aAfterB));
        Assert.Equal((await FreshAsync(a, Figures)).Body, aAfterB.Body);
        var bShared = await b.PostAsync(Figures);
        Assert.Equal(("hit", aAfterB.Body), (Cache(bShared), bShared.Body));

        // An import the API does not make (the CLI's, into the same database) is not seen from the caches...
        var path = Directory.GetFiles(WarehouseFixture.SourcesDirectory, "001_*.txt").Single();
        var outside = (await new WarehouseImporter(() => new WarehouseDbContext(replicas.Database.Options)).ImportAsync([path])).Single();
        var stale = await a.PostAsync(Figures);
        Assert.Equal(("hit", aAfterB.Body), (Cache(stale), stale.Body));
        // ...until the generation token is deleted (docs/deployment.md): then both replicas answer the new figures.
        await replicas.ForgetGenerationAsync();
        var aAfterOutside = await a.PostAsync(Figures);
        var bAfterOutside = await b.PostAsync(Figures);
        Assert.Equal("miss", Cache(aAfterOutside));
        Assert.NotEqual(aAfterB.Body, aAfterOutside.Body);
        Assert.Equal(new[] { first, second, outside.DepartmentCode }.Distinct().Order(), Codes(aAfterOutside));
        Assert.Equal((await FreshAsync(a, Figures)).Body, aAfterOutside.Body);
        Assert.Equal(aAfterOutside.Body, bAfterOutside.Body);
    }

    [ReplicaFact]
    public async Task APersistedQueryRegisteredThroughOneReplica_RunsThroughTheOther()
    {
        Assert.Null(ReplicaPair.Missing());
        using var a = ReplicaPair.Client(replicas.A);
        using var b = ReplicaPair.Client(replicas.B);
        // Unique to this run, so that nothing stored earlier can answer it.
        var query = $"query Replicas{Guid.NewGuid():N} {{ departments {{ code }} }}";
        var extension = new { persistedQuery = new { version = 1, sha256Hash = PersistedQueries.Sha256Hex(query) } };

        var unknownToB = await b.PostAsync(null, extensions: extension);
        var registered = await a.PostAsync(query, extensions: extension);
        var runByB = await b.PostAsync(null, extensions: extension);

        Assert.Equal(PersistedQueries.NotFoundMessage, unknownToB.Message);
        Assert.Equal(HttpStatusCode.OK, registered.Status);
        Assert.True(registered.HasData, registered.Body);
        Assert.Equal(HttpStatusCode.OK, runByB.Status);
        Assert.Equal(registered.Data!.ToJsonString(), runByB.Data!.ToJsonString());
    }
}
