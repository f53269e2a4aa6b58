using BudgetGraph.Migrations.PostgreSql;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// The warehouse database of an integration test, deleted on dispose. SQLite (a temporary file) by default; with
/// the environment variable <see cref="Variable"/> set to a PostgreSQL connection string, a fresh database on that
/// server instead, so the same tests run on both providers (.ci/run runs them once per provider, as the warehouse
/// and importer tests). <see cref="Settings"/> gives the API's configuration keys for the same database.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The variable naming the PostgreSQL server (scripts/ci-postgres.sh prints a value).</summary>
    public const string Variable = "BUDGETGRAPH_TEST_POSTGRES";

    private readonly string? _path;

    private TestDatabase(string provider, string connectionString, string? path)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _path = path;
    }

    /// <summary><c>Sqlite</c> or <c>PostgreSql</c> (the API's <c>Warehouse:Provider</c> values).</summary>
    public string Provider { get; }

    /// <summary>The connection string.</summary>
    public string ConnectionString { get; }

    /// <summary>A new, empty (not yet migrated) database named after <paramref name="purpose"/>.</summary>
    public static TestDatabase Create(string purpose)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(server))
        {
            var database = $"bg_{purpose.Replace('-', '_')}_{Guid.NewGuid():N}";
            return new TestDatabase("PostgreSql", new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString, null);
        }
        var path = Path.Combine(Path.GetTempPath(), $"budgetgraph-{purpose}-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", SqliteWarehouse.ConnectionStringFor(path), path);
    }

    /// <summary>Configures EF Core for this database.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => Provider == "Sqlite"
        ? SqliteWarehouse.Configure(options, ConnectionString)
        : PostgreSqlWarehouse.Configure(options, ConnectionString);

    /// <summary>Context options for this database.</summary>
    public DbContextOptions<WarehouseDbContext> Options =>
        (DbContextOptions<WarehouseDbContext>)Configure(new DbContextOptionsBuilder<WarehouseDbContext>()).Options;

    /// <summary>The API's configuration for this database (provider and connection string).</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Warehouse:Provider"] = Provider,
        ["ConnectionStrings:Warehouse"] = ConnectionString,
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_path is null)
        {
            NpgsqlConnection.ClearAllPools();
            // A non-superuser may not end an autovacuum worker's session (42501); it ends by itself within moments.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var db = new WarehouseDbContext(Options);
                    await db.Database.EnsureDeletedAsync();
                    return;
                }
                catch (PostgresException e) when (e.SqlState == "42501" && attempt < 20)
                {
                    await Task.Delay(250);
                }
            }
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>The provider of the integration tests follows <see cref="TestDatabase.Variable"/>, and its database works.</summary>
public sealed class TestDatabaseTests
{
    [Fact]
    public async Task TheProviderFollowsTheVariable_AndTheDatabaseMigrates()
    {
        await using var database = TestDatabase.Create("provider-test");
        var expected = string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestDatabase.Variable)) ? "Sqlite" : "PostgreSql";

        Assert.Equal(expected, database.Provider);
        await using var db = new WarehouseDbContext(database.Options);
        await db.Database.MigrateAsync();
        Assert.Equal(expected == "Sqlite" ? "Microsoft.EntityFrameworkCore.Sqlite" : "Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Equal(0, await db.Documents.CountAsync());
    }
}
