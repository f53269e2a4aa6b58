using HotChocolate;
using HotChocolate.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>Builds HotChocolate's executor, with the schema errors in the message when the schema is invalid.</summary>
internal static class Executors
{
    public static async Task<IRequestExecutor> BuildAsync(IServiceProvider services)
    {
        try
        {
            return await services.GetRequiredService<IRequestExecutorProvider>().GetExecutorAsync();
        }
        catch (SchemaException e)
        {
            throw new InvalidOperationException("The schema is invalid:\n" + string.Join("\n", e.Errors.Select(x => x.Message)), e);
        }
    }
}
