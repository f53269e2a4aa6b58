using BudgetGraph.Api.Tests.Hostile;
using HotChocolate.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>schema/budget.graphql is the SDL the API serves: HotChocolate's, printed by its executor's schema.</summary>
[Collection(RealServerCollection.Name)]
public sealed class ServedSchemaFileTests(RealServer server)
{
    /// <summary>The environment variable that rewrites the file.</summary>
    public const string UpdateVariable = "BUDGETGRAPH_UPDATE_SCHEMA";

    [Fact]
    public async Task SchemaFile_is_the_served_SDL_with_its_cost_directives()
    {
        var executor = await server.Services.GetRequiredService<IRequestExecutorProvider>().GetExecutorAsync();
        var printed = executor.Schema.ToString().ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
        var path = Path.Combine(WarehouseFixture.RepositoryRoot, "schema", "budget.graphql");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, printed);
        }
        var onDisk = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        Assert.True(onDisk == printed,
            $"schema/budget.graphql differs from the served schema ({TextDifference.First(onDisk, printed)}). " +
            $"Regenerate it with `{UpdateVariable}=1 dotnet test tests/BudgetGraph.Api.Tests --filter SchemaFile` and commit it.");
        // The cost analysis (our limits) is part of the published contract.
        Assert.Contains("@cost(", printed, StringComparison.Ordinal);
        Assert.Contains("@listSize(", printed, StringComparison.Ordinal);
    }
}
