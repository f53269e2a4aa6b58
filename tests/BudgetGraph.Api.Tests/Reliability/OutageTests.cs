using System.Net;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Warehouse;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BudgetGraph.Api.Tests.Reliability;

/// <summary>
/// A warehouse the test can take away and bring back while the API runs: on SQLite the file becomes unreadable (a
/// directory takes its place, as when its volume goes away); on PostgreSQL (<see cref="TestDatabase"/>) the API connects
/// through a <see cref="LoopbackProxy"/> that stops listening and cuts every connection.
/// </summary>
public sealed class DisappearingWarehouse : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly LoopbackProxy? _proxy;
    private readonly string? _path;

    private DisappearingWarehouse(TestDatabase database, LoopbackProxy? proxy, string? path)
    {
        _database = database;
        _proxy = proxy;
        _path = path;
    }

    /// <summary>Sqlite or PostgreSql.</summary>
    public string Provider => _database.Provider;

    /// <summary>A migrated, empty warehouse, there.</summary>
    public static async Task<DisappearingWarehouse> CreateAsync(string purpose)
    {
        var database = TestDatabase.Create(purpose);
        await WarehouseBootstrap.EnsureAsync(() => new WarehouseDbContext(database.Options), null);
        if (database.Provider == "Sqlite")
        {
            SqliteConnection.ClearAllPools();
            return new DisappearingWarehouse(database, null, new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        }
        var target = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var proxy = new LoopbackProxy(target.Host!, target.Port);
        proxy.Open();
        return new DisappearingWarehouse(database, proxy, null);
    }

    /// <summary>The API's settings for the warehouse (through the proxy on PostgreSQL).</summary>
    public Dictionary<string, string> Settings => _proxy is null
        ? new(_database.Settings)
        : new()
        {
            ["Warehouse:Provider"] = "PostgreSql",
            ["ConnectionStrings:Warehouse"] = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Host = "127.0.0.1", Port = _proxy.Port }.ConnectionString,
        };

    /// <summary>Takes the database away.</summary>
    public void TakeDown()
    {
        if (_proxy is not null)
        {
            _proxy.Close();
            return;
        }
        SqliteConnection.ClearAllPools();
        File.Move(_path!, _path + ".away");
        Directory.CreateDirectory(_path!);
    }

    /// <summary>Brings it back.</summary>
    public void BringBack()
    {
        if (_proxy is not null)
        {
            _proxy.Open();
            return;
        }
        Directory.Delete(_path!);
        File.Move(_path + ".away", _path!);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
        else if (Directory.Exists(_path))
        {
            BringBack();
        }
        await _database.DisposeAsync();
    }
}

/// <summary>
/// Issue 14, item 7: a database outage answers 503 with Retry-After and DATABASE_UNAVAILABLE (logging one line per
/// request, no stack trace), readiness fails while liveness holds, and a start waits for the database with backoff.
/// Item 4: in Production, EF Core writes no SQL to the log.
/// </summary>
public sealed class OutageTests
{
    private const string Query = "{ departments { code } }";

    [Fact]
    public async Task DuringAnOutage_QueriesAre503WithRetryAfter_ReadinessFails_LivenessHolds_AndOneLineIsLogged()
    {
        await using var warehouse = await DisappearingWarehouse.CreateAsync("outage");
        var logs = new CapturedLogs();
        await using var api = ReliabilityHost.Create(warehouse.Settings, logs, environment: "Production");
        using var client = api.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(Query)).Status);
        Assert.Equal("ok", await client.GetStringAsync("/health/ready"));

        warehouse.TakeDown();
        logs.Clear();
        var answer = await client.PostAsync(Query);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal("5", answer.Response.Headers.RetryAfter!.ToString());
        Assert.Equal("DATABASE_UNAVAILABLE", answer.Code);
        Assert.Equal("The database is unavailable; retry in 5 seconds.", answer.Message);
        Assert.False(answer.HasData);
        // The failure is one warning line (the request's summary line is written as for every request); no stack trace.
        var warning = Assert.Single(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal("BudgetGraph.Api.Database", warning.Category);
        Assert.StartsWith("POST /graphql answered 503 DATABASE_UNAVAILABLE: ", warning.Message, StringComparison.Ordinal);
        Assert.All(logs.Entries, e => Assert.Null(e.Exception));
        Assert.Single(logs.Entries, e => e.Category == "BudgetGraph.Api.GraphQL" && e.EventId.Id == 1);

        // A legacy client (application/json) gets the same status: the outage is the server's, not a GraphQL error.
        var legacy = await client.PostAsync(Query, accept: "application/json");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, legacy.Status);
        Assert.Equal("DATABASE_UNAVAILABLE", legacy.Code);

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("""{"error":"The database is unavailable; retry in 5 seconds.","code":"DATABASE_UNAVAILABLE"}""", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal("ok", await client.GetStringAsync("/health/live"));

        warehouse.BringBack();
        Assert.Equal("""{"data":{"departments":[]}}""", (await client.PostAsync(Query)).Body);
        Assert.Equal("ok", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task InProduction_AQueryLogsItsSummaryLine_AndNoSql()
    {
        await using var warehouse = await DisappearingWarehouse.CreateAsync("logging");
        var logs = new CapturedLogs();
        await using var api = ReliabilityHost.Create(warehouse.Settings, logs, environment: "Production");
        using var client = api.CreateClient();
        await client.PostAsync(Query); // warm: the first request builds the model
        logs.Clear();

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(Query)).Status);

        Assert.DoesNotContain(logs.Entries, e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        var summary = Assert.Single(logs.Entries);
        Assert.Equal("BudgetGraph.Api.GraphQL", summary.Category);
        Assert.StartsWith("GraphQL POST query (anonymous) answered 200 in ", summary.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStartWhileTheDatabaseIsDown_TriesAgainWithBackoff_AndServesOnceItIsBack()
    {
        await using var warehouse = await DisappearingWarehouse.CreateAsync("start-retry");
        warehouse.TakeDown();
        var logs = new CapturedLogs();
        var attempts = 0;
        logs.OnEntry = e =>
        {
            if (e.EventId.Name == "WarehouseUnreachable" && Interlocked.Increment(ref attempts) == 2)
            {
                warehouse.BringBack();
            }
        };
        await using var api = ReliabilityHost.Create(new Dictionary<string, string>(warehouse.Settings)
        {
            ["Warehouse:Startup:Attempts"] = "10",
            ["Warehouse:Startup:FirstDelay"] = "00:00:00.2",
        }, logs);

        await ReliabilityHost.StartAsync(api);

        var retries = logs.Entries.Where(e => e.EventId.Name == "WarehouseUnreachable").ToList();
        Assert.Equal(2, retries.Count);
        Assert.All(retries, e => Assert.Equal(LogLevel.Warning, e.Level));
        Assert.StartsWith($"The warehouse database ({warehouse.Provider}) is unreachable (attempt 1 of 10): ", retries[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("; trying again in 0.2 s", retries[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("; trying again in 0.4 s", retries[1].Message, StringComparison.Ordinal);
        using var client = api.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task AStartWhileTheDatabaseStaysDown_GivesUpAfterTheLastAttempt_WithAMessage()
    {
        await using var warehouse = await DisappearingWarehouse.CreateAsync("start-give-up");
        warehouse.TakeDown();
        var logs = new CapturedLogs();
        await using var api = ReliabilityHost.Create(new Dictionary<string, string>(warehouse.Settings)
        {
            ["Warehouse:Startup:Attempts"] = "3",
            ["Warehouse:Startup:FirstDelay"] = "00:00:00.05",
        }, logs);

        var message = await ReliabilityHost.FailedStartAsync(api, logs);

        var reason = warehouse.Provider == "Sqlite" ? "SqliteException: SQLite Error 14: 'unable to open database file'." : "SocketException: Connection refused";
        Assert.Equal($"The warehouse database ({warehouse.Provider}) could not be reached in 3 attempts: {reason}. " +
                     "Check that it runs and that the connection string (or --db) is right; Warehouse:Startup:Attempts sets the number of attempts.", message);
        Assert.Equal(2, logs.Entries.Count(e => e.EventId.Name == "WarehouseUnreachable"));
    }
}

/// <summary>Issue 14, item 4: a hostile request cannot write a long log line.</summary>
public sealed class LogLineTests
{
    [Fact]
    public async Task AHugeOperationName_IsCutInTheRequestsSummaryLine()
    {
        var name = "Q" + new string('x', 200_000);
        var directory = Directory.CreateTempSubdirectory("budgetgraph-loglines-").FullName;
        try
        {
            var logs = new CapturedLogs();
            await using var api = ReliabilityHost.Create(new Dictionary<string, string> { ["db"] = await TemplateWarehouse.CopyAsync(directory) },
                logs, environment: "Production");
            using var client = api.CreateClient();
            await client.PostAsync("{ departments { code } }");
            logs.Clear();

            var answer = await client.PostAsync($"query {name} {{ departments {{ code }} }}", operationName: name);

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            var summary = Assert.Single(logs.Entries);
            Assert.StartsWith($"GraphQL POST query {name[..500]}… (200001 characters) answered 200 in ", summary.Message, StringComparison.Ordinal);
            Assert.InRange(summary.Message.Length, 1, 700);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
