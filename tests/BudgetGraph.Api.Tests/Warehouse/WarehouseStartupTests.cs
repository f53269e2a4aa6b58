using BudgetGraph.Warehouse;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.Warehouse;

/// <summary>The API's warehouse start-up: SQLite file from `db`, migrations, first-start import, reuse.</summary>
public sealed class WarehouseStartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-api-").FullName;

    private WebApplicationFactory<Program> Host(string db) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("db", db));

    private static async Task<(int Documents, string Codes, long LastFactId)> ContentsAsync(WebApplicationFactory<Program> host)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<WarehouseDbContext>>().CreateDbContextAsync();
        return (await db.Documents.CountAsync(), string.Join(",", await db.Departments.OrderBy(d => d.Code).Select(d => d.Code).ToListAsync()),
            await db.FunctionalExpenditures.MaxAsync(f => f.Id));
    }

    [Fact]
    public async Task TheFirstStartCreatesTheDatabaseFileAndImportsTheSourcesLaterStartsReuseIt()
    {
        var path = Path.Combine(_directory, "nested", "budget.db");
        (int Documents, string Codes, long LastFactId) before;
        await using (var first = Host(path))
        {
            before = await ContentsAsync(first);
            Assert.Equal((5, "psqzsj,szdsj,szzsj"), (before.Documents, before.Codes));
        }
        Assert.True(File.Exists(path));
        // A second start finds documents and imports nothing: the same facts (a re-import would renumber them).
        await using var second = Host(path);
        Assert.Equal(before, await ContentsAsync(second));
    }

    [Fact]
    public void PostgreSqlNeedsAConnectionString()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Warehouse:Provider"] = "PostgreSql" }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => WarehouseSettings.From(configuration, _directory));
        Assert.Equal("ConnectionStrings:Warehouse is required when Warehouse:Provider is PostgreSql.", error.Message);
    }

    [Fact]
    public void SqlServerIsRefusedInTheInvariantGlobalizationModeItCannotRunIn()
    {
        // Directory.Build.props builds every project (these tests too) in the invariant mode; SqlClient's first
        // connection would throw NotSupportedException ("Globalization Invariant Mode is not supported").
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Warehouse:Provider"] = "SqlServer", ["ConnectionStrings:Warehouse"] = "Server=db.example;Database=budgetgraph",
        }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => WarehouseSettings.From(configuration, _directory));
        Assert.Equal("Warehouse:Provider SqlServer needs .NET's culture data (SqlClient refuses the invariant globalization mode this build runs in): " +
            "build the API with -p:InvariantGlobalization=false, with ICU installed.", error.Message);
        Assert.Throws<NotSupportedException>(() => new Microsoft.Data.SqlClient.SqlConnection("Server=127.0.0.1,9;Connect Timeout=1").Open());
    }

    [Fact]
    public void SqlServerIsConfiguredWithItsMigrations()
    {
        var settings = new WarehouseSettings("SqlServer", "Server=db.example;Database=budgetgraph;User Id=bg;Password=x;TrustServerCertificate=true", null, false);
        var builder = new DbContextOptionsBuilder<WarehouseDbContext>();
        settings.Configure(builder);
        using var db = new WarehouseDbContext(builder.Options);

        // No server is reached: the provider and the migrations are what the options say.
        Assert.Equal(SqlDialect.SqlServerProvider, db.Database.ProviderName);
        Assert.EndsWith("_Hc12SqlServerWarehouse", db.Database.GetMigrations().First(), StringComparison.Ordinal);
        // The start-up line names server and database, read with SqlClient's parser: SQL Server's own spellings
        // (Initial Catalog, Trusted_Connection) are not keywords Npgsql's parser takes.
        Assert.Equal("db.example/budgetgraph",
            (settings with { ConnectionString = "Server=db.example;Initial Catalog=budgetgraph;Trusted_Connection=True;Encrypt=True" }).Location);
    }

    [Fact]
    public void AnUnknownProviderIsNamed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Warehouse:Provider"] = "Oracle" }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => WarehouseSettings.From(configuration, _directory));
        Assert.Equal("Warehouse:Provider must be Sqlite, PostgreSql or SqlServer, not 'Oracle'.", error.Message);
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
