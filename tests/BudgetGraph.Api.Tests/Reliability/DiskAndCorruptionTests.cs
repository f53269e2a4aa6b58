using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BudgetGraph.Api.Admin;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Reliability;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Warehouse;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace BudgetGraph.Api.Tests.Reliability;

/// <summary>
/// Caps every connection's SQLite database at the pages it has now (<c>PRAGMA max_page_count</c>): a write that needs
/// one more page fails as on a full disk, with SQLite's own SQLITE_FULL. Counts the transactions begun.
/// </summary>
public sealed class FullDatabase : DbConnectionInterceptor, IDbTransactionInterceptor
{
    private int _transactions;

    /// <summary>Transactions begun since the start.</summary>
    public int Transactions => _transactions;

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA max_page_count = 1"; // never below the current size: the database stays as large as it is
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA max_page_count = 1";
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _transactions);
        return ValueTask.FromResult(result);
    }
}

/// <summary>Issue 14, items 5 (disk full) and 6 (corruption).</summary>
public sealed class DiskAndCorruptionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-faults-").FullName;

    [Fact]
    public async Task AnImportOnAFullDisk_Is507DiskFull_AtTheFirstAttempt_AndChangesNothing()
    {
        // An empty, migrated warehouse: importing a document needs new pages, and the cap allows none.
        var path = Path.Combine(_directory, "full.db");
        var settings = new Dictionary<string, string>
        {
            ["Warehouse:Provider"] = "Sqlite",
            ["ConnectionStrings:Warehouse"] = $"Data Source={path}",
            [AdminImportEndpoint.ApiKeySetting] = "reliability-test-key",
        };
        await using (var start = ReliabilityHost.Create(settings, new CapturedLogs()))
        {
            await ReliabilityHost.StartAsync(start);
        }
        var full = new FullDatabase();
        await using var api = ReliabilityHost.Create(settings, new CapturedLogs(),
            services: s => s.ConfigureDbContext<WarehouseDbContext>(o => o.AddInterceptors(full)));
        using var client = api.CreateClient();
        var text = File.ReadAllText(Directory.GetFiles(WarehouseFixture.SourcesDirectory, "004_*.txt").Single());
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{AdminImportEndpoint.Path}?file=004.txt")
        {
            Content = new StringContent(text, System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer reliability-test-key");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        Assert.Equal("""{"error":"The database's disk is full: nothing was written. Retry once an operator has freed space.","code":"DISK_FULL"}""",
            await response.Content.ReadAsStringAsync());
        Assert.Equal(1, full.Transactions); // not retried as a write conflict
        Assert.Equal("""{"data":{"departments":[]}}""", (await client.PostAsync("{ departments { code } }")).Body);
    }

    [Fact]
    public void PostgreSqlsDiskFull_MapsAsSqlitesDoes_AndIsNotRetried()
    {
        var diskFull = new PostgresException("could not extend file \"base/16384/16385\": No space left on device", "ERROR", "ERROR", "53100");
        var wrapped = new DbUpdateException("An error occurred while saving the entity changes.", diskFull);

        Assert.Equal(DatabaseFailureKind.DiskFull, DatabaseFailure.Classify(wrapped));
        Assert.Equal(new DatabaseOutage.Answer(507, ErrorCodes.DiskFull, "The database's disk is full: nothing was written. Retry once an operator has freed space."),
            DatabaseOutage.For(wrapped));
        Assert.Equal(DatabaseFailureKind.Unavailable, DatabaseFailure.Classify(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));
        Assert.Equal(DatabaseFailureKind.Conflict, DatabaseFailure.Classify(new PostgresException("could not serialize access", "ERROR", "ERROR", "40001")));
    }

    [Fact]
    public async Task ADamagedFile_StopsTheStart_WithWhatIntegrityCheckFound()
    {
        var path = await TemplateWarehouse.CopyAsync(_directory);
        await TemplateWarehouse.CorruptAsync(path);
        var check = (string)(await TemplateWarehouse.ScalarAsync(path, "PRAGMA quick_check(10)"))!;
        var first = check.Split('\n').First(l => !l.StartsWith("***", StringComparison.Ordinal));
        var logs = new CapturedLogs();
        await using var api = ReliabilityHost.Create(new Dictionary<string, string> { ["db"] = path }, logs);

        var message = await ReliabilityHost.FailedStartAsync(api, logs);

        Assert.NotEqual("ok", check);
        Assert.StartsWith($"{path} is damaged (SQLite's integrity check ", message, StringComparison.Ordinal);
        Assert.Contains(first.TrimEnd('.'), message, StringComparison.Ordinal);
        Assert.EndsWith("). Restore it from a backup, or import the documents into a new file.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiProcess_OnAFileThatIsNoDatabase_ExitsWithOneAndSaysWhy()
    {
        var path = Path.Combine(_directory, "garbage.db");
        await File.WriteAllTextAsync(path, string.Concat(Enumerable.Repeat("this is not a database\n", 400)));

        var (exit, output) = await ApiProcess.RunToExitAsync(TimeSpan.FromSeconds(60), "--db", path, "--urls", "http://127.0.0.1:0",
            "--Warehouse:ImportSources=false");

        Assert.Equal(1, exit);
        Assert.Contains($"The server did not start: {path} is damaged (SQLite's integrity check failed: SQLite Error 26: 'file is not a database'). " +
                        "Restore it from a backup, or import the documents into a new file.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiProcess_OnAFullDisk_StartsAndServesReads()
    {
        var source = await TemplateWarehouse.CopyAsync(_directory);
        var mount = Directory.CreateDirectory(Path.Combine(_directory, "mnt")).FullName;
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        // A file system of its own, filled to the last block, in a mount namespace of the API's process only.
        var script = $"""
            set -e
            mount -t tmpfs -o size={new FileInfo(source).Length + 256 * 1024} tmpfs '{mount}'
            cp '{source}' '{mount}/budget.db'
            dd if=/dev/zero of='{mount}/fill' bs=4096 2>/dev/null || true
            stat -f -c 'free blocks: %a' '{mount}'
            exec "$@"
            """;
        using var process = ApiProcess.Start(["unshare", "--map-root-user", "--mount", "sh", "-c", script, "sh"],
            "--db", $"{mount}/budget.db", "--urls", $"http://127.0.0.1:{port}", "--Warehouse:ImportSources=false");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            var deadline = Stopwatch.StartNew();
            HttpResponseMessage? ready = null;
            while (!process.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                try
                {
                    ready = await client.GetAsync("/health/ready");
                    break;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200);
                }
            }
            Assert.True(ready is not null, $"The API did not answer on a full disk; it wrote:\n{output}");
            Assert.Contains("free blocks: 0", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            var answer = await client.PostAsync("{ departments { code } }");
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal(["psqzsj", "szdsj", "szzsj"], answer.Data!["departments"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).Order());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
