using System.CommandLine;
using System.Text.Json;
using BudgetGraph.GraphSchema;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using HotChocolate;
using Path = System.IO.Path;
using HotChocolate.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Cli.Commands;

/// <summary>
/// <c>budgetgraph query [--db &lt;path&gt;] '&lt;graphql&gt;' [--variables '&lt;json&gt;']</c>: runs a query of the budget
/// schema against the warehouse, without HTTP, through the HotChocolate executor the API serves (AddBudgetSchema, with
/// its error codes and default limits), and prints the JSON response. A missing warehouse is built
/// from data/sources first, as the API does on its first start.
/// </summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var db = WarehouseOptions.Database();
        var query = new Argument<string>("query") { Description = "The GraphQL document, e.g. '{ departments { code name } }'." };
        var variables = new Option<string?>("--variables") { Description = "Variables as a JSON object, e.g. '{\"year\": 2023}'." };
        var operation = new Option<string?>("--operation") { Description = "The operation to run when the document has several." };
        var command = new Command("query", "Run a GraphQL query of the budget schema against the warehouse and print the JSON response.")
        {
            db, query, variables, operation,
        };
        command.SetAction(async (parse, ct) => await RunAsync(WarehouseOptions.PathFor(parse.GetValue(db)), parse.GetValue(query)!,
            parse.GetValue(variables), parse.GetValue(operation), Console.Out, Console.Error, ct));
        return command;
    }

    /// <summary>
    /// Runs the query and writes the response (one JSON document and a newline). Exit code: 0 without errors,
    /// 1 when the response has errors, 2 when the variables are not a JSON object.
    /// </summary>
    public static async Task<int> RunAsync(string dbPath, string query, string? variablesJson, string? operationName, TextWriter output,
        TextWriter error, CancellationToken ct)
    {
        JsonDocument? variables = null;
        if (variablesJson is not null)
        {
            try
            {
                variables = JsonDocument.Parse(variablesJson);
            }
            catch (JsonException e)
            {
                await error.WriteLineAsync($"--variables is not valid JSON: {e.Message}");
                return 2;
            }
            if (variables.RootElement.ValueKind != JsonValueKind.Object)
            {
                await error.WriteLineAsync($"--variables must be a JSON object, got a JSON {variables.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
                variables.Dispose();
                return 2;
            }
        }
        var connection = SqliteWarehouse.ConnectionStringFor(dbPath);
        if (!File.Exists(dbPath))
        {
            await error.WriteLineAsync($"{dbPath}: no warehouse yet; building it from data/sources.");
            var sources = Path.Combine(WarehouseBootstrap.DataDirectory(Directory.GetCurrentDirectory()), "sources");
            await WarehouseBootstrap.EnsureAsync(WarehouseOptions.Contexts(dbPath), sources,
                new Progress<ImportProgress>(p => error.WriteLine($"  [{p.Index}/{p.Count}] {p.FileName}: {p.Step} {p.Message}")), ct);
        }
        var services = new ServiceCollection();
        services.AddDbContextFactory<WarehouseDbContext>(o => SqliteWarehouse.Configure(o, connection));
        services.AddGraphQL().AddBudgetSchema();
        await using var provider = services.BuildServiceProvider();
        var executor = await provider.GetRequiredService<IRequestExecutorProvider>().GetExecutorAsync(cancellationToken: ct);
        var request = OperationRequestBuilder.New().SetDocument(query).SetOperationName(operationName).SetServices(provider);
        using (variables)
        {
            if (variables is not null)
            {
                request.SetVariableValues(variables);
            }
            await using var result = await executor.ExecuteAsync(request.Build(), ct);
            await output.WriteLineAsync(result.ToJson(false));
            return result is OperationResult { Errors.Count: > 0 } ? 1 : 0;
        }
    }
}

/// <summary><c>budgetgraph schema</c>: prints HotChocolate's SDL of the budget schema (with <c>@cost</c>/<c>@listSize</c>).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the budget schema's SDL as HotChocolate serves it.");
        command.SetAction(async (_, ct) =>
        {
            await Console.Out.WriteAsync(await PrintAsync(ct));
            return 0;
        });
        return command;
    }

    /// <summary>The SDL, with "\n" line ends and one final newline.</summary>
    public static async Task<string> PrintAsync(CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddBudgetSchema();
        await using var provider = services.BuildServiceProvider();
        var executor = await provider.GetRequiredService<IRequestExecutorProvider>().GetExecutorAsync(cancellationToken: ct);
        return executor.Schema.ToString().ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }
}
