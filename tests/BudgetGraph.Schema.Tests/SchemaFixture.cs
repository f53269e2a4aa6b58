using System.Text.Json;
using BudgetGraph.GraphSchema.Limits;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Warehouse;
using HotChocolate;
using HotChocolate.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Path = System.IO.Path;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// One imported warehouse (every document of data/sources, in a temporary SQLite file or, with BUDGETGRAPH_TEST_POSTGRES
/// set, a fresh PostgreSQL database: <see cref="TestDatabase"/>) served by HotChocolate's <see cref="IRequestExecutor"/>
/// over the budget schema of src/BudgetGraph.Schema. The seeds' warehouse; <see cref="CorpusSchemaFixture"/> is the corpus'.
/// </summary>
public class SchemaFixture : IAsyncLifetime
{
    private ServiceProvider? _services;

    /// <summary>The database, deleted on dispose.</summary>
    public TestDatabase Database { get; } = TestDatabase.Create("schema-tests");

    /// <summary>HotChocolate's executor.</summary>
    public IRequestExecutor HotChocolate { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = Database.Options;
        await using (var db = new WarehouseDbContext(options))
        {
            await db.Database.MigrateAsync();
        }
        await LoadAsync(options);
        // No cost bound: the parity corpus asks whole topics at once, and three of its queries are over the default
        // MaxCost (the old engine estimated 8.8, 3.8 and 2.3 million nodes); LimitsTests cover the limits.
        _services = CreateHotChocolateServices(new GraphQLLimitsOptions { MaxCost = long.MaxValue });
        HotChocolate = await Executors.BuildAsync(_services);
    }

    /// <summary>Fills the migrated warehouse: every document of data/sources, imported in file-name order.</summary>
    protected virtual async Task LoadAsync(DbContextOptions<WarehouseDbContext> options)
    {
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "data", "sources"), "*.txt").Order(StringComparer.Ordinal).ToList();
        await new WarehouseImporter(() => new WarehouseDbContext(options)).ImportAsync(files);
    }

    /// <summary>Runs a query on HotChocolate and returns the whole response as JSON.</summary>
    public async Task<JsonElement> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var scope = _services!.CreateAsyncScope();
        var request = OperationRequestBuilder.New().SetDocument(query).SetVariableValues(variables).SetServices(scope.ServiceProvider).Build();
        // Executed outside xunit's SynchronizationContext, as ASP.NET Core runs requests.
        await using var result = await Task.Run(() => HotChocolate.ExecuteAsync(request));
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    /// <summary>Services of a HotChocolate executor over this warehouse, with <paramref name="limits"/> (dispose them).</summary>
    public ServiceProvider CreateHotChocolateServices(GraphQLLimitsOptions limits)
    {
        var services = new ServiceCollection();
        services.AddDbContextFactory<WarehouseDbContext>(o => Database.Configure(o));
        services.AddGraphQL().AddBudgetSchema(limits);
        return services.BuildServiceProvider();
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

/// <summary>
/// The shared corpus's budgets (../shared/corpus/*.txt, as the Api tests' CorpusWarehouseFixture imports them): the
/// table figures of the national template and of consolidated budgets have their data there, not in the seeds.
/// Fails when the corpus is missing.
/// </summary>
public sealed class CorpusSchemaFixture : SchemaFixture
{
    protected override async Task LoadAsync(DbContextOptions<WarehouseDbContext> options)
    {
        var directory = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "corpus"));
        if (!Directory.Exists(directory)) directory = "/work/shared/corpus";
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException("the corpus (../shared/corpus) is missing");
        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        await new WarehouseImporter(() => new WarehouseDbContext(options)).ImportAsync(files);
    }
}

/// <summary>The collection sharing the seeds' warehouse.</summary>
[CollectionDefinition(Name)]
public sealed class SchemaCollection : ICollectionFixture<SchemaFixture>
{
    /// <summary>Collection name.</summary>
    public const string Name = "schema";
}
