using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.PostgreSql;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// A migrated warehouse, deleted on dispose. SQLite by default: in memory (shared cache, kept alive by an
/// open connection) for speed, or in a temporary file where real file locking matters (concurrent imports).
/// With the environment variable BUDGETGRAPH_TEST_POSTGRES set to a PostgreSQL connection string, every
/// test warehouse is instead a fresh database on that server, so the same suite runs on both providers.
/// </summary>
public sealed class TestWarehouse : IDisposable
{
    private static readonly string? Postgres = Environment.GetEnvironmentVariable("BUDGETGRAPH_TEST_POSTGRES");
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-test-").FullName;
    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;

    public TestWarehouse(bool onDisk = false)
    {
        if (Postgres is not null)
        {
            _connectionString = new NpgsqlConnectionStringBuilder(Postgres) { Database = $"bgtest_{Guid.NewGuid():N}" }.ConnectionString;
        }
        else if (onDisk)
        {
            _connectionString = $"Data Source={Path.Combine(_directory, "warehouse.db")};Pooling=False";
        }
        else
        {
            _connectionString = $"Data Source=file:{Guid.NewGuid():N}?mode=memory&cache=shared";
            _keepAlive = new SqliteConnection(_connectionString);
            _keepAlive.Open();
        }
        using var db = Create();
        db.Database.Migrate();
    }

    public WarehouseDbContext Create() => new(Postgres is null
        ? SqliteWarehouse.Options(_connectionString)
        : PostgreSqlWarehouse.Options(_connectionString));

    public WarehouseImporter Importer() => new(Create);

    public Task<IReadOnlyList<ImportResult>> ImportAsync(params string[] paths) => Importer().ImportAsync(paths);

    /// <summary>A file in the test's temporary directory holding <paramref name="text"/>.</summary>
    public string WriteSource(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A file in the test's temporary directory holding <paramref name="bytes"/> (a PDF, say).</summary>
    public string WriteSource(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>SHA-256 over every row of every table, in key order: equal checksums mean an unchanged warehouse.</summary>
    public string Checksum() => ChecksumOf(Create);

    /// <summary>SHA-256 over every row of every table of the warehouse <paramref name="contexts"/> opens, in key order.</summary>
    public static string ChecksumOf(Func<WarehouseDbContext> contexts)
    {
        using var db = contexts();
        var sb = new StringBuilder();
        void Rows<T>(IQueryable<T> rows) where T : class
        {
            foreach (var row in rows.AsNoTracking().AsEnumerable().Select(r => JsonSerializer.Serialize(r)).Order(StringComparer.Ordinal))
                sb.AppendLine(row);
        }
        Rows(db.Departments); Rows(db.FiscalYears); Rows(db.FunctionalSubjects); Rows(db.EconomicSubjects);
        Rows(db.ProjectCategories); Rows(db.LineItems); Rows(db.Documents);
        Rows(db.FunctionalExpenditures); Rows(db.EconomicExpenditures); Rows(db.BasicExpenditures); Rows(db.ProjectSpendings);
        Rows(db.Incomes); Rows(db.Balances); Rows(db.LineItemAmounts); Rows(db.ThreePublics); Rows(db.PerformanceTargets);
        Rows(db.Executions); Rows(db.ExecutionRates); Rows(db.Profiles); Rows(db.PriorYearStatements);
        Rows(db.Set<Warehouse.Facts.NarrativeFigureFact>()); Rows(db.Set<Warehouse.Facts.EvaluationScoreFact>()); Rows(db.Set<Warehouse.Facts.EvaluationStatementFact>());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public void Dispose()
    {
        _keepAlive?.Dispose();
        if (Postgres is not null)
        {
            // DROP DATABASE … WITH (FORCE) ends the other sessions on the database, but a non-superuser may not end
            // an autovacuum worker's (42501): the worker ends by itself within moments, so the drop is tried again.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    using var db = Create();
                    db.Database.EnsureDeleted();
                    break;
                }
                catch (Npgsql.PostgresException e) when (e.SqlState == "42501" && attempt < 20)
                {
                    Thread.Sleep(250);
                }
            }
        }
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The source documents shipped under data/sources/.</summary>
public static class Sources
{
    private static readonly Lazy<string> Directory_ = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln")))
                return Path.Combine(dir.FullName, "data", "sources");
        throw new InvalidOperationException("BudgetGraph.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>深圳市大数据资源管理中心 2023 budget (whitespace columns).</summary>
    public static string DataCenter2023 => Find("000_");
    /// <summary>深圳市大数据资源管理中心 2022 budget (markdown/tab).</summary>
    public static string DataCenter2022 => Find("001_");
    /// <summary>深圳市大数据资源管理中心 2024 evaluation report (prose).</summary>
    public static string DataCenter2024Evaluation => Find("002_");
    /// <summary>深圳市政务服务和数据管理局(本级) 2024 budget (markdown/tab, two decimals).</summary>
    public static string Bureau2024 => Find("003_");
    /// <summary>深圳市坪山区政务服务数据管理局 2023 budget (whitespace columns).</summary>
    public static string Pingshan2023 => Find("004_");

    public static string[] All => [DataCenter2023, DataCenter2022, DataCenter2024Evaluation, Bureau2024, Pingshan2023];

    private static string Find(string prefix) =>
        Directory.GetFiles(Directory_.Value, prefix + "*.txt").Single();
}

/// <summary>The read-only tests share one import of the five documents.</summary>
[CollectionDefinition(Name)]
public sealed class ImportedCollection : ICollectionFixture<ImportedWarehouse>
{
    public const string Name = "Imported warehouse";
}

/// <summary>The five documents imported once into one warehouse, shared by read-only tests.</summary>
public sealed class ImportedWarehouse : IAsyncLifetime
{
    public TestWarehouse Warehouse { get; } = new();

    public async Task InitializeAsync() => await Warehouse.ImportAsync(Sources.All);

    public Task DisposeAsync()
    {
        Warehouse.Dispose();
        return Task.CompletedTask;
    }
}
