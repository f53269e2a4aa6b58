using System.Text.Json;
using BudgetGraph.Api.Limits;
using BudgetGraph.Api.Tests.Budget;
using BudgetGraph.Warehouse;
using HotChocolate;
using HotChocolate.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// One imported warehouse served by both engines: the home-made one (<see cref="WarehouseFixture.RunAsync"/>) and
/// HotChocolate's <see cref="IRequestExecutor"/> over the budget schema of src/BudgetGraph.Schema, with the same
/// context factory (and statement counter). The seeds' warehouse; <see cref="CorpusParityFixture"/> is the corpus'.
/// </summary>
public class ParityFixture : WarehouseFixture, IAsyncLifetime
{
    private ServiceProvider? _hotChocolateServices;

    /// <summary>HotChocolate's executor.</summary>
    public IRequestExecutor HotChocolate { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var services = new ServiceCollection();
        services.AddDbContextFactory<WarehouseDbContext>(o => Database.Configure(o).AddInterceptors(Commands));
        // No cost bound: the old executor (RunAsync) checks no limits (its endpoint does), and three parity queries are
        // over the default MaxCost on both engines (the old estimate: 8.8, 3.8 and 2.3 million nodes); LimitsTests
        // cover the limits.
        services.AddGraphQL().AddBudgetSchema(new GraphQLLimitsOptions { MaxCost = long.MaxValue });
        _hotChocolateServices = services.BuildServiceProvider();
        HotChocolate = await Executors.BuildAsync(_hotChocolateServices);
    }

    /// <summary>Runs a query on HotChocolate and returns the whole response as JSON.</summary>
    public async Task<JsonElement> RunOnHotChocolateAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var scope = _hotChocolateServices!.CreateAsyncScope();
        var request = OperationRequestBuilder.New().SetDocument(query).SetVariableValues(variables).SetServices(scope.ServiceProvider).Build();
        await using var result = await Task.Run(() => HotChocolate.ExecuteAsync(request));
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    public new async Task DisposeAsync()
    {
        if (_hotChocolateServices is not null)
        {
            await _hotChocolateServices.DisposeAsync();
        }
        await base.DisposeAsync();
    }
}

/// <summary>
/// Both engines over the shared corpus's budgets (../shared/corpus/*.txt, as the Api tests' CorpusWarehouseFixture imports
/// them): the table figures of the national template and of consolidated budgets have their data there, not in the seeds.
/// Fails when the corpus is missing.
/// </summary>
public sealed class CorpusParityFixture : ParityFixture
{
    protected override async Task LoadAsync(DbContextOptions<WarehouseDbContext> options)
    {
        var directory = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
        if (!Directory.Exists(directory)) directory = "/work/shared/corpus";
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException("the corpus (../shared/corpus) is missing");
        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        await new Ingest.Load.WarehouseImporter(() => new WarehouseDbContext(options)).ImportAsync(files);
    }
}

/// <summary>The collection sharing the parity warehouse.</summary>
[CollectionDefinition(Name)]
public sealed class ParityCollection : ICollectionFixture<ParityFixture>
{
    /// <summary>Collection name.</summary>
    public const string Name = "parity";
}
