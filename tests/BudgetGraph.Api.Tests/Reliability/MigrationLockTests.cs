using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Warehouse;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BudgetGraph.Api.Tests.Reliability;

/// <summary>
/// Issue 14, item 1: a start migrates only when a migration is pending (so it takes no lock otherwise); a lock row a
/// killed process left in a SQLite warehouse is cleared; a live lock is waited for within a bound, then named.
/// </summary>
public sealed class MigrationLockTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-lock-").FullName;

    private static Dictionary<string, string> SqliteSettings(string path) => new()
    {
        ["Warehouse:Provider"] = "Sqlite",
        ["ConnectionStrings:Warehouse"] = $"Data Source={path}",
    };

    private static async Task InsertStaleLockAsync(string path) =>
        await TemplateWarehouse.ScalarAsync(path, "INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-01 03:04:05.0000000+00:00')");

    /// <summary>Rolls the warehouse back by its last migration, so that a start has one to apply.</summary>
    private static async Task<string> UnapplyLastMigrationAsync(DbContextOptions<WarehouseDbContext> options)
    {
        await using var db = new WarehouseDbContext(options);
        await db.Database.MigrateAsync();
        var migrations = db.Database.GetMigrations().ToList();
        await db.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        return migrations[^1];
    }

    [Fact]
    public async Task AStaleLockRow_DoesNotStopAStartWithNothingToMigrate()
    {
        var path = await TemplateWarehouse.CopyAsync(_directory);
        await InsertStaleLockAsync(path);
        var logs = new CapturedLogs();
        await using var api = ReliabilityHost.Create(SqliteSettings(path), logs);

        await ReliabilityHost.StartAsync(api);

        using var client = api.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/health/ready"));
        // No lock was taken, so the row is as the killed process left it.
        Assert.Equal(1L, await TemplateWarehouse.ScalarAsync(path, "SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
    }

    [Fact]
    public async Task AStaleLockRow_IsClearedByAStartThatMigrates()
    {
        var path = await TemplateWarehouse.CopyAsync(_directory);
        var options = new DbContextOptionsBuilder<WarehouseDbContext>().UseSqlite($"Data Source={path};Pooling=False",
            o => o.MigrationsAssembly("BudgetGraph.Migrations.Sqlite")).Options;
        var last = await UnapplyLastMigrationAsync(options);
        await InsertStaleLockAsync(path);
        var logs = new CapturedLogs();
        await using var api = ReliabilityHost.Create(SqliteSettings(path), logs);

        await ReliabilityHost.StartAsync(api);

        var notice = Assert.Single(logs.Entries, e => e.Category == "BudgetGraph.Api.WarehouseInitializer" && e.Level == LogLevel.Warning);
        Assert.Equal($"Cleared the migration lock of {path} taken at 2026-12-01 03:04:05.0000000+00:00: the process that took it is no longer running.",
            notice.Message);
        await using var db = new WarehouseDbContext(options);
        Assert.Equal(last, (await db.Database.GetAppliedMigrationsAsync()).Last());
        Assert.Equal(0L, await TemplateWarehouse.ScalarAsync(path, "SELECT COUNT(*) FROM \"__EFMigrationsLock\""));
    }

    [Fact]
    public async Task WithNothingToMigrate_AStartDoesNotWaitForAMigratingProcess()
    {
        await using var database = TestDatabase.Create("lock-none-pending");
        await using (var db = new WarehouseDbContext(database.Options))
        {
            await db.Database.MigrateAsync();
        }
        await using var held = await HoldMigrationLockAsync(database);
        await using var api = ReliabilityHost.Create(database.Settings, new CapturedLogs());

        await ReliabilityHost.StartAsync(api);

        using var client = api.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task AMigrationLockHeldByALiveProcess_IsWaitedForWithinTheTimeout_ThenNamed()
    {
        await using var database = TestDatabase.Create("lock-held");
        await UnapplyLastMigrationAsync(database.Options);
        await using var held = await HoldMigrationLockAsync(database);
        var logs = new CapturedLogs();
        await using var api = ReliabilityHost.Create(new Dictionary<string, string>(database.Settings) { ["Warehouse:Startup:MigrationLockTimeout"] = "00:00:01" }, logs);

        var message = await ReliabilityHost.FailedStartAsync(api, logs);

        var (waiting, expected) = database.Provider == "Sqlite"
            ? ($"Waiting for another process migrating {SqlitePath(database)} (it holds {SqlitePath(database)}.migration-lock); giving up after 1 s.",
                $"Another process is migrating {SqlitePath(database)}: it has held {SqlitePath(database)}.migration-lock for over 1 s. Wait for it to finish, or stop it, then start again.")
            : ($"Waiting for another process migrating the PostgreSQL database {PostgresName(database)} (advisory lock 284664088903); giving up after 1 s.",
                $"Another process is migrating the PostgreSQL database {PostgresName(database)}: it has held the migration lock (advisory lock 284664088903) for over 1 s. Wait for it to finish, or stop it, then start again.");
        Assert.Equal(expected, message);
        Assert.Equal(waiting, Assert.Single(logs.Entries, e => e.Category == "BudgetGraph.Api.WarehouseInitializer" && e.Level == LogLevel.Warning).Message);
    }

    private static string SqlitePath(TestDatabase database) => Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);

    private static string PostgresName(TestDatabase database) => new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;

    /// <summary>Holds the migration lock as a migrating process of ours does, until disposed.</summary>
    private static async Task<IAsyncDisposable> HoldMigrationLockAsync(TestDatabase database)
    {
        if (database.Provider == "Sqlite")
        {
            return new FileStream(SqlitePath(database) + ".migration-lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(284664088903)", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
