using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace BudgetGraph.Cli.Tests;

/// <summary>
/// Issue 14: `budgetgraph import` and `check` on a warehouse a killed process left locked (item 1), on a full disk
/// (item 5) and on a damaged file (item 6), run as the real tool in a child process.
/// </summary>
public sealed class ReliabilityCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-cli-faults-").FullName;

    private string Db => Path.Combine(_directory, "budget.db");

    private static string Source(string prefix)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln")))
                return Directory.GetFiles(Path.Combine(dir.FullName, "data", "sources"), prefix + "*.txt").Single();
        throw new InvalidOperationException("BudgetGraph.sln not found");
    }

    /// <summary>Runs <c>budgetgraph</c> (through <paramref name="wrapper"/> when given); a run past 90 s is killed and fails the test: it hangs.</summary>
    private static async Task<(int Exit, string Out, string Error)> RunAsync(string[]? wrapper, params string[] args)
    {
        var start = new ProcessStartInfo(wrapper?[0] ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (wrapper ?? []).Skip(1).Concat(wrapper is null ? [] : ["dotnet"])) start.ArgumentList.Add(a);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "budgetgraph.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"budgetgraph {string.Join(' ', args)} did not finish within 90 s (it hangs); it wrote:\n{await output}{await error}");
        }
        return (process.ExitCode, await output, await error);
    }

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task ALockRowLeftByAKilledProcess_StopsNeitherImportNorCheck()
    {
        Assert.Equal(0, (await RunAsync(null, "import", Source("001_"), "--db", Db)).Exit);
        await ScalarAsync(Db, "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-01 03:04:05.0000000+00:00')");

        var import = await RunAsync(null, "import", Source("000_"), "--db", Db);
        var check = await RunAsync(null, "check", "--db", Db);

        Assert.Equal((0, ""), (import.Exit, import.Error));
        Assert.Contains($"1 of 1 imported into {Db}", import.Out, StringComparison.Ordinal);
        Assert.Equal((0, ""), (check.Exit, check.Error));
    }

    [Fact]
    public async Task CheckOnADamagedFile_SaysSoInOneLine_AndExitsWithThree()
    {
        Assert.Equal(0, (await RunAsync(null, "import", Source("000_"), Source("001_"), "--db", Db)).Exit);
        var page = Convert.ToInt64(await ScalarAsync(Db, "SELECT rootpage FROM sqlite_master WHERE name = 'FunctionalExpenditureFacts'"));
        var integrity = (string)(await ScalarAsync(Db, "PRAGMA integrity_check(10)"))!;
        Assert.Equal("ok", integrity);
        await using (var file = new FileStream(Db, FileMode.Open, FileAccess.Write))
        {
            // One 4 KB page overwritten, the root of the functional expenditures' table, as a failing disk would.
            file.Seek((page - 1) * 4096, SeekOrigin.Begin);
            var garbage = new byte[4096];
            new Random(14).NextBytes(garbage);
            await file.WriteAsync(garbage);
        }
        var first = ((string)(await ScalarAsync(Db, "PRAGMA integrity_check(10)"))!).Split('\n').First(l => !l.StartsWith("***", StringComparison.Ordinal));

        var check = await RunAsync(null, "check", "--db", Db);

        Assert.Equal(3, check.Exit);
        Assert.Equal("", check.Out);
        Assert.Single(check.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"budgetgraph: {Db} is damaged (SQLite's integrity check found ", check.Error, StringComparison.Ordinal);
        Assert.Contains($" problems, the first: {first.TrimEnd('.')}). Restore it from a backup, or import the documents into a new file.\n", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnImportOnAFullDisk_IsRefusedInOneLine_ExitsWithThree_AndLeavesTheWarehouseAsItWas()
    {
        Assert.Equal(0, (await RunAsync(null, "import", Source("001_"), "--db", Db)).Exit);
        var mount = Directory.CreateDirectory(Path.Combine(_directory, "mnt")).FullName;
        var after = Path.Combine(_directory, "after.db");
        // A file system of its own holding a copy of the warehouse, filled to the last block, in a mount namespace of the
        // tool's process only; the warehouse is copied out when the tool has finished.
        var script = $"""
            set -e
            mount -t tmpfs -o size={new FileInfo(Db).Length + 256 * 1024} tmpfs '{mount}'
            cp '{Db}' '{mount}/budget.db'
            dd if=/dev/zero of='{mount}/fill' bs=4096 2>/dev/null || true
            test "$(stat -f -c %a '{mount}')" = 0
            set +e
            "$@"
            code=$?
            cp '{mount}/budget.db' '{after}'
            exit $code
            """;
        var document = Source("000_");

        var import = await RunAsync(["unshare", "--map-root-user", "--mount", "sh", "-c", script, "sh"], "import", document, "--db", $"{mount}/budget.db");

        Assert.Equal(3, import.Exit);
        Assert.Equal($"budgetgraph: {mount}/budget.db: the disk is full; {Path.GetFileName(document)} was not imported (its transaction was rolled back). " +
                     "Free space, then run the command again.\n", import.Error);
        Assert.Equal(1L, await ScalarAsync(after, "SELECT COUNT(*) FROM \"Documents\""));
        Assert.Equal("ok", await ScalarAsync(after, "PRAGMA integrity_check"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
