using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.PostgreSql;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api;

/// <summary>
/// Warehouse start-up of the API. Configuration:
/// <list type="bullet">
/// <item><c>Warehouse:Provider</c> — <c>Sqlite</c> (default, embedded) or <c>PostgreSql</c> (server);</item>
/// <item><c>ConnectionStrings:Warehouse</c> — the connection string (required for PostgreSql; for SQLite it
/// overrides the file path);</item>
/// <item><c>db</c> — the SQLite file (<c>--db &lt;path&gt;</c> on the command line), default
/// <c>data/budget.db</c> under the repository root (found by walking up to BudgetGraph.sln from the content
/// root, so <c>dotnet run --project src/BudgetGraph.Api</c> works from a fresh clone);</item>
/// <item><c>Warehouse:Sources</c> — the documents imported into an empty warehouse, default <c>data/sources</c>;</item>
/// <item><c>Warehouse:ImportSources</c> — <c>false</c> to only migrate.</item>
/// </list>
/// At start the matching migrations are applied; an empty warehouse imports the sources; later starts reuse it.
/// </summary>
public static class WarehouseStartup
{
    /// <summary>Registers <see cref="WarehouseDbContext"/> (scoped and as a factory) and the start-up migration/import.</summary>
    public static WebApplicationBuilder AddWarehouse(this WebApplicationBuilder builder)
    {
        var settings = WarehouseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContextFactory<WarehouseDbContext>(options => settings.Configure(options));
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WarehouseDbContext>>().CreateDbContext());
        builder.Services.AddHostedService<WarehouseInitializer>();
        return builder;
    }
}

/// <summary>The resolved warehouse configuration.</summary>
public sealed record WarehouseSettings(string Provider, string ConnectionString, string? SourcesDirectory, bool ImportSources)
{
    /// <summary>Resolves the settings from configuration (see <see cref="WarehouseStartup"/>).</summary>
    public static WarehouseSettings From(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Warehouse:Provider"] ?? "Sqlite";
        var data = WarehouseBootstrap.DataDirectory(contentRoot);
        var sources = configuration["Warehouse:Sources"] ?? Path.Combine(data, "sources");
        var import = !string.Equals(configuration["Warehouse:ImportSources"], "false", StringComparison.OrdinalIgnoreCase);
        var connection = configuration.GetConnectionString("Warehouse");
        switch (provider.ToUpperInvariant())
        {
            case "SQLITE":
                if (connection is null)
                {
                    var path = Path.GetFullPath(configuration["db"] ?? Path.Combine(data, "budget.db"));
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    connection = SqliteWarehouse.ConnectionStringFor(path);
                }
                return new WarehouseSettings("Sqlite", connection, sources, import);
            case "POSTGRESQL":
                return new WarehouseSettings("PostgreSql",
                    connection ?? throw new InvalidOperationException("ConnectionStrings:Warehouse is required when Warehouse:Provider is PostgreSql."),
                    sources, import);
            default:
                throw new InvalidOperationException($"Warehouse:Provider must be Sqlite or PostgreSql, not '{provider}'.");
        }
    }

    /// <summary>Configures the provider with its migrations assembly.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => Provider == "Sqlite"
        ? SqliteWarehouse.Configure(options, ConnectionString)
        : PostgreSqlWarehouse.Configure(options, ConnectionString);
}

/// <summary>Applies migrations and imports the sources into an empty warehouse before the server starts serving.</summary>
internal sealed class WarehouseInitializer(IDbContextFactory<WarehouseDbContext> contexts, WarehouseSettings settings,
    ILogger<WarehouseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var progress = new Progress(logger);
        var imported = await WarehouseBootstrap.EnsureAsync(contexts.CreateDbContext, settings.ImportSources ? settings.SourcesDirectory : null,
            progress, cancellationToken);
        logger.LogInformation("Warehouse ready ({Provider}); {Count} documents imported at start", settings.Provider, imported);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed class Progress(ILogger logger) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress p) =>
            logger.LogInformation("Import [{Index}/{Count}] {File}: {Step} {Message}", p.Index, p.Count, p.FileName, p.Step, p.Message);
    }
}
