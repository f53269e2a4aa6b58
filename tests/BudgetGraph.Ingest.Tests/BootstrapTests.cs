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

    [Fact]
    public void TheDataDirectoryIsFoundFromAProjectFolder()
    {
        // dotnet run sets the content root to src/BudgetGraph.Api; data/ is at the repository root.
        var sources = Path.GetDirectoryName(Sources.DataCenter2023)!;
        var root = Path.GetDirectoryName(Path.GetDirectoryName(sources))!;
        Assert.Equal(Path.Combine(root, "data"), WarehouseBootstrap.DataDirectory(Path.Combine(root, "src", "BudgetGraph.Api")));
    }
}
