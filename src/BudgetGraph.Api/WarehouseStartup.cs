using System.Diagnostics;
using BudgetGraph.Api.Observability;
using BudgetGraph.Api.Reliability;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.PostgreSql;
using BudgetGraph.Migrations.SqlServer;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BudgetGraph.Api;

/// <summary>
/// Warehouse start-up of the API. Configuration:
/// <list type="bullet">
/// <item><c>Warehouse:Provider</c> — <c>Sqlite</c> (default, embedded), <c>PostgreSql</c> or <c>SqlServer</c> (servers;
/// SQL Server is untested against a live server);</item>
/// <item><c>ConnectionStrings:Warehouse</c> — the connection string (required for the servers; for SQLite it
/// overrides the file path);</item>
/// <item><c>db</c> — the SQLite file (<c>--db &lt;path&gt;</c> on the command line), default
/// <c>data/budget.db</c> under the repository root (found by walking up to BudgetGraph.sln from the content
/// root, so <c>dotnet run --project src/BudgetGraph.Api</c> works from a fresh clone);</item>
/// <item><c>Warehouse:Sources</c> — the documents imported into an empty warehouse, default <c>data/sources</c>;</item>
/// <item><c>Warehouse:ImportSources</c> — <c>false</c> to only migrate;</item>
/// <item><c>Warehouse:Startup:*</c> — <see cref="WarehouseStartupOptions"/>: retries of an unreachable database, the
/// migration lock's timeout, SQLite's integrity check at start.</item>
/// </list>
/// At start the SQLite file is checked (<c>PRAGMA quick_check</c>), pending migrations are applied (none pending: no lock
/// is taken, so a read-only or full disk still serves), an empty warehouse imports the sources; later starts reuse it.
/// A warehouse that cannot be used stops the start with a <see cref="WarehouseStartException"/>, which Program.cs turns
/// into one log line and exit code 1.
/// </summary>
public static class WarehouseStartup
{
    /// <summary>
    /// Registers <see cref="WarehouseDbContext"/> (scoped and as a factory) and the start-up migration/import. The factory
    /// pools its contexts: each resolver and loader takes its own short-lived context, and building a context's services
    /// anew for each was a measurable share of a request (the context holds no state between uses to carry over).
    /// </summary>
    public static WebApplicationBuilder AddWarehouse(this WebApplicationBuilder builder)
    {
        var settings = WarehouseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(WarehouseStartupOptions.From(builder.Configuration));
        builder.Services.AddPooledDbContextFactory<WarehouseDbContext>(options => settings.Configure(options)
            // A failing statement is the caller's to report: the GraphQL handler (one line for an outage, the stack of a
            // bug) or the admin endpoint. EF Core's own Error entries would repeat it with a stack trace each.
            .ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Debug), (RelationalEventId.ConnectionError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                // SQL text (one entry per row an import inserts) and each migration's name are Debug whatever the configuration
                // (a published app started outside its folder reads no appsettings.json): the start-up says what it does in
                // its own lines (WarehouseInitializer).
                (RelationalEventId.CommandExecuted, LogLevel.Debug), (RelationalEventId.MigrationApplying, LogLevel.Debug),
                (RelationalEventId.AcquiringMigrationLock, LogLevel.Debug))));
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<WarehouseDbContext>>().CreateDbContext());
        builder.Services.AddHostedService<WarehouseInitializer>();
        builder.Services.AddHostedService<ListeningBanner>();
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
            case "SQLSERVER":
                // Microsoft.Data.SqlClient throws NotSupportedException on its first connection in .NET's invariant
                // globalization mode, which Directory.Build.props turns on: refused here, saying how to build for it.
                if (AppContext.TryGetSwitch("System.Globalization.Invariant", out var invariant) && invariant)
                {
                    throw new InvalidOperationException("Warehouse:Provider SqlServer needs .NET's culture data (SqlClient refuses the invariant " +
                        "globalization mode this build runs in): build the API with -p:InvariantGlobalization=false, with ICU installed.");
                }
                return new WarehouseSettings("SqlServer",
                    connection ?? throw new InvalidOperationException("ConnectionStrings:Warehouse is required when Warehouse:Provider is SqlServer."),
                    sources, import);
            default:
                throw new InvalidOperationException($"Warehouse:Provider must be Sqlite, PostgreSql or SqlServer, not '{provider}'.");
        }
    }

    /// <summary>Where the warehouse is, for the start-up log: the SQLite file, or the server and database (never a password),
    /// each read by its own provider's connection-string parser (they accept different keywords).</summary>
    public string Location => Provider switch
    {
        "Sqlite" => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource,
        "SqlServer" => SqlServerLocation(new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(ConnectionString)),
        _ => PostgreSqlLocation(new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString)),
    };

    private static string SqlServerLocation(Microsoft.Data.SqlClient.SqlConnectionStringBuilder sqlServer) => $"{sqlServer.DataSource}/{sqlServer.InitialCatalog}";

    private static string PostgreSqlLocation(Npgsql.NpgsqlConnectionStringBuilder postgres) => $"{postgres.Host}/{postgres.Database}";

    /// <summary>Configures the provider with its migrations assembly.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => Provider switch
    {
        "Sqlite" => SqliteWarehouse.Configure(options, ConnectionString),
        "SqlServer" => SqlServerWarehouse.Configure(options, ConnectionString),
        _ => PostgreSqlWarehouse.Configure(options, ConnectionString),
    };
}

/// <summary>Start-up settings of the warehouse (<c>Warehouse:Startup:*</c>).</summary>
/// <param name="Attempts">Tries to reach the database before giving up (default 8).</param>
/// <param name="FirstDelay">The wait after the first failed try; it doubles after each (default 1 s).</param>
/// <param name="MaxDelay">The longest wait between two tries (default 30 s: 8 tries span about 90 s).</param>
/// <param name="MigrationLockTimeout">How long to wait for another process migrating the warehouse (default 1 minute).</param>
/// <param name="IntegrityCheck">Whether a SQLite file is checked with <c>PRAGMA quick_check</c> before use (default true).</param>
public sealed record WarehouseStartupOptions(int Attempts, TimeSpan FirstDelay, TimeSpan MaxDelay, TimeSpan MigrationLockTimeout, bool IntegrityCheck)
{
    /// <summary>Reads <c>Warehouse:Startup</c>; a value out of range names itself.</summary>
    public static WarehouseStartupOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Warehouse:Startup");
        var options = new WarehouseStartupOptions(
            section.GetValue("Attempts", 8),
            section.GetValue("FirstDelay", TimeSpan.FromSeconds(1)),
            section.GetValue("MaxDelay", TimeSpan.FromSeconds(30)),
            section.GetValue("MigrationLockTimeout", TimeSpan.FromMinutes(1)),
            section.GetValue("IntegrityCheck", true));
        if (options.Attempts < 1 || options.FirstDelay < TimeSpan.Zero || options.MaxDelay < options.FirstDelay || options.MigrationLockTimeout < TimeSpan.Zero)
        {
            throw new InvalidOperationException("Warehouse:Startup needs Attempts ≥ 1, FirstDelay ≥ 0, MaxDelay ≥ FirstDelay and MigrationLockTimeout ≥ 0.");
        }
        return options;
    }

    /// <summary>The wait after failed try <paramref name="attempt"/> (1-based): FirstDelay doubled each time, at most MaxDelay.</summary>
    public TimeSpan DelayAfter(int attempt) =>
        TimeSpan.FromTicks((long)Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * Math.Pow(2, attempt - 1)));
}

/// <summary>
/// Checks, migrates and seeds the warehouse before the server starts serving. An unreachable (or locked) database is
/// tried again with exponential backoff, each failure logged; one still unreachable after the last try, a damaged
/// file or a full disk that migrations needed stop the start with a <see cref="WarehouseStartException"/>.
/// </summary>
internal sealed partial class WarehouseInitializer(IDbContextFactory<WarehouseDbContext> contexts, WarehouseSettings settings,
    WarehouseStartupOptions startup, BudgetGraphMetrics metrics, ILogger<WarehouseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await InitializeAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (DatabaseFailure.Classify(e) is DatabaseFailureKind.Unavailable or DatabaseFailureKind.Conflict)
            {
                if (attempt >= startup.Attempts)
                {
                    throw new WarehouseStartException(
                        $"The warehouse database ({settings.Provider}) could not be reached in {attempt} attempts: {DatabaseOutage.Reason(e)}. " +
                        "Check that it runs and that the connection string (or --db) is right; Warehouse:Startup:Attempts sets the number of attempts.", e);
                }
                var delay = startup.DelayAfter(attempt);
                Unreachable(logger, settings.Provider, attempt, startup.Attempts, DatabaseOutage.Reason(e), delay.TotalSeconds);
                await Task.Delay(delay, cancellationToken);
            }
            catch (Exception e) when (DatabaseFailure.Classify(e) is DatabaseFailureKind.Corrupt)
            {
                throw new WarehouseStartException(Describe([DatabaseOutage.Reason(e)]), e);
            }
            catch (Exception e) when (DatabaseFailure.Classify(e) is DatabaseFailureKind.DiskFull)
            {
                throw new WarehouseStartException(
                    $"The warehouse's disk is full and the start had to write (migrations or the first import): {DatabaseOutage.Reason(e)}. Free space, then start again.", e);
            }
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Opening(logger, settings.Provider, settings.Location);
        if (startup.IntegrityCheck)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var problems = await WarehouseIntegrity.SqliteProblemsAsync(db, thorough: false, cancellationToken);
            if (problems.Count > 0)
            {
                throw new WarehouseStartException(Describe(problems));
            }
        }
        var progress = new Progress(logger, metrics);
        var migration = new MigrationSettings(startup.MigrationLockTimeout, notice => MigrationNotice(logger, notice),
            pending => Migrating(logger, pending.Count, pending[^1]));
        var imported = await WarehouseBootstrap.EnsureAsync(contexts.CreateDbContext, settings.ImportSources ? settings.SourcesDirectory : null,
            progress, cancellationToken, migration);
        Ready(logger, settings.Provider, Stopwatch.GetElapsedTime(started).TotalSeconds, imported);
    }

    private string Describe(IReadOnlyList<string> problems) =>
        WarehouseIntegrity.Describe(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource, problems);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, EventName = "WarehouseUnreachable", Level = LogLevel.Warning,
        Message = "The warehouse database ({Provider}) is unreachable (attempt {Attempt} of {Attempts}): {Reason}; trying again in {DelaySeconds} s")]
    private static partial void Unreachable(ILogger logger, string provider, int attempt, int attempts, string reason, double delaySeconds);

    [LoggerMessage(EventId = 2, EventName = "WarehouseMigrationLock", Level = LogLevel.Warning, Message = "{Notice}")]
    private static partial void MigrationNotice(ILogger logger, string notice);

    [LoggerMessage(EventId = 3, EventName = "WarehouseOpening", Level = LogLevel.Information,
        Message = "Opening the {Provider} warehouse {Location}")]
    private static partial void Opening(ILogger logger, string provider, string location);

    [LoggerMessage(EventId = 4, EventName = "WarehouseMigrating", Level = LogLevel.Information,
        Message = "Applying {Count} migrations (up to {Last})")]
    private static partial void Migrating(ILogger logger, int count, string last);

    [LoggerMessage(EventId = 5, EventName = "DocumentImported", Level = LogLevel.Information,
        Message = "imported {File}: {Facts} facts ({Department} {Year}) in {Milliseconds} ms")]
    private static partial void Imported(ILogger logger, string file, int facts, string department, int year, long milliseconds);

    [LoggerMessage(EventId = 6, EventName = "WarehouseReady", Level = LogLevel.Information,
        Message = "Warehouse ready ({Provider}) in {Seconds:0.0} s; {Count} documents imported at start")]
    private static partial void Ready(ILogger logger, string provider, double seconds, int count);

    [LoggerMessage(EventId = 7, EventName = "ImportStep", Level = LogLevel.Debug, Message = "Import [{Index}/{Count}] {File}: {Step} {Message}")]
    private static partial void Step(ILogger logger, int index, int count, string file, ImportStep step, string? message);

    /// <summary>
    /// One Information line per imported document (the file, its facts, its time); the steps and the importer's warnings
    /// (tables a document lacks) at Debug.
    /// </summary>
    private sealed class Progress(ILogger logger, BudgetGraphMetrics metrics) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress p)
        {
            if (p is { Step: ImportStep.Loaded, Result: { } result })
            {
                Imported(logger, p.FileName, result.FactCount, result.DepartmentCode, result.Year, (long)p.Elapsed.TotalMilliseconds);
                metrics.Imported(result.FactCount);
            }
            Step(logger, p.Index, p.Count, p.FileName, p.Step, p.Message);
        }
    }
}

/// <summary>
/// Once the server listens (the warehouse is ready: hosted services start before the server), says where and what is there:
/// one line per address.
/// </summary>
internal sealed partial class ListeningBanner(IHostApplicationLifetime lifetime, IServer server, ILogger<ListeningBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            {
                Listening(logger, address);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1, EventName = "Listening", Level = LogLevel.Information,
        Message = "listening on {Address}: explorer at /, playground at /graphql")]
    private static partial void Listening(ILogger logger, string address);
}
