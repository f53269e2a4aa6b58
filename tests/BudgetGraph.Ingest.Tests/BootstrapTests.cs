using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>The embedded default's start-up: migrate, import data/sources into an empty warehouse, reuse it later.</summary>
public class BootstrapTests
{
    [Fact]
    public async Task FirstStartImportsTheSourcesAndLaterStartsReuseTheWarehouse()
    {
        var name = $"Data Source=file:{Guid.NewGuid():N}?mode=memory&cache=shared";
        using var keepAlive = new SqliteConnection(name);
        keepAlive.Open();
        var options = SqliteWarehouse.Options(name);
        WarehouseDbContext Contexts() => new(options);
        var sources = Path.GetDirectoryName(Sources.DataCenter2023)!;

        Assert.Equal(5, await WarehouseBootstrap.EnsureAsync(Contexts, sources));
        Assert.Equal(0, await WarehouseBootstrap.EnsureAsync(Contexts, sources));
        await using var db = Contexts();
        Assert.Equal(5, await db.Documents.CountAsync());
    }

    /// <summary>Two starts on one fresh warehouse (e.g. two API instances) migrate it at once: both succeed, each migration applied once.</summary>
    [Fact]
    public async Task TwoStartsMigratingAFreshWarehouseAtOnceBothSucceed()
    {
        var postgres = Environment.GetEnvironmentVariable("BUDGETGRAPH_TEST_POSTGRES");
        var file = Path.Combine(Path.GetTempPath(), $"budgetgraph-bootstrap-{Guid.NewGuid():N}.db");
        var options = postgres is null
            ? SqliteWarehouse.Options($"Data Source={file};Pooling=False")
            : BudgetGraph.Migrations.PostgreSql.PostgreSqlWarehouse.Options(
                new Npgsql.NpgsqlConnectionStringBuilder(postgres) { Database = $"bgtest_{Guid.NewGuid():N}" }.ConnectionString);
        WarehouseDbContext Contexts() => new(options);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => WarehouseBootstrap.EnsureAsync(Contexts, null))));
            await using var db = Contexts();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
        finally
        {
            await using var db = Contexts();
            await db.Database.EnsureDeletedAsync();
        }
    }

    [Fact]
    public void TheDataDirectoryIsFoundFromAProjectFolder()
    {
        // dotnet run sets the content root to src/BudgetGraph.Api; data/ is at the repository root.
        var sources = Path.GetDirectoryName(Sources.DataCenter2023)!;
        var root = Path.GetDirectoryName(Path.GetDirectoryName(sources))!;
        Assert.Equal(Path.Combine(root, "data"), WarehouseBootstrap.DataDirectory(Path.Combine(root, "src", "BudgetGraph.Api")));
    }
}
