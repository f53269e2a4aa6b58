using System.Data.Common;
using System.Text.Json;
using BudgetGraph.Api.Budget;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// The real warehouse for the schema tests: every document of data/sources imported with the importer into a
/// temporary SQLite file (or, with BUDGETGRAPH_TEST_POSTGRES set, a fresh PostgreSQL database: see
/// <see cref="TestDatabase"/>), once per test run, and the budget schema executed over it by the engine.
/// Every SQL command is counted, so tests can assert how many statements a request takes.
/// </summary>
public class WarehouseFixture : IAsyncLifetime
{
    /// <summary>The database: a temporary SQLite file, or a fresh PostgreSQL database (see <see cref="TestDatabase"/>).</summary>
    public TestDatabase Database { get; } = TestDatabase.Create("schema-tests");
    private ServiceProvider? _services;

    /// <summary>The commands run since the last <see cref="CommandCounter.Reset"/>.</summary>
    public CommandCounter Commands { get; } = new();

    /// <summary>The executor over the budget schema.</summary>
    public GraphQLExecutor Executor { get; private set; } = null!;

    /// <summary>Request services: the warehouse's context factory.</summary>
    public IServiceProvider Services => _services!;

    /// <summary>The imported documents' folder.</summary>
    public static string SourcesDirectory => Path.Combine(RepositoryRoot, "data", "sources");

    /// <summary>The repository root (the folder holding BudgetGraph.sln).</summary>
    public static string RepositoryRoot => Repository.Root;

    public async Task InitializeAsync()
    {
        var options = Database.Options;
        await using (var db = new WarehouseDbContext(options))
        {
            await db.Database.MigrateAsync();
        }
        await LoadAsync(options);

        var services = new ServiceCollection();
        services.AddDbContextFactory<WarehouseDbContext>(o => Database.Configure(o).AddInterceptors(Commands));
        services.AddBudgetSchema();
        _services = services.BuildServiceProvider();
        Executor = new GraphQLExecutor(_services.GetRequiredService<GraphQL.Types.Schema>());
    }

    /// <summary>Fills the migrated warehouse: every document of data/sources, imported in file-name order.</summary>
    protected virtual async Task LoadAsync(DbContextOptions<WarehouseDbContext> options)
    {
        var files = Directory.GetFiles(SourcesDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        await new WarehouseImporter(() => new WarehouseDbContext(options)).ImportAsync(files);
    }

    /// <summary>Runs a query and returns the whole response as JSON.</summary>
    public async Task<JsonElement> RunAsync(string query, object? variables = null)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonSerializer.SerializeToElement(variables),
            Services = _services,
        };
        // Executed outside xunit's SynchronizationContext, as ASP.NET Core runs requests: resolver continuations
        // posted to a context would run after the executor's next data-loader dispatch and split its batches.
        var result = await Task.Run(() => Executor.ExecuteAsync(request));
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    /// <summary>Runs a query that must succeed and returns its <c>data</c>.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await RunAsync(query, variables);
        if (response.TryGetProperty("errors", out var errors))
        {
            Assert.Fail("The query failed: " + errors);
        }
        return response.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        await Database.DisposeAsync();
    }
}

/// <summary>Counts the SQL commands EF Core executes.</summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;
    private readonly List<string> _texts = new();

    /// <summary>Commands since the last reset.</summary>
    public int Count => _count;

    /// <summary>Their SQL, for failure messages.</summary>
    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_texts)
            {
                return _texts.ToList();
            }
        }
    }

    /// <summary>Starts counting from zero.</summary>
    public void Reset()
    {
        lock (_texts)
        {
            _count = 0;
            _texts.Clear();
        }
    }

    private void Record(DbCommand command)
    {
        lock (_texts)
        {
            _count++;
            _texts.Add(command.CommandText);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}

/// <summary>The collection sharing one imported warehouse.</summary>
[CollectionDefinition(Name)]
public sealed class WarehouseCollection : ICollectionFixture<WarehouseFixture>
{
    /// <summary>Collection name.</summary>
    public const string Name = "warehouse";
}
