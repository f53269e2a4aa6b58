using System.CommandLine;
using System.Text.Json;
using BudgetGraph.Api.Budget;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Migrations.Sqlite;
using BudgetGraph.Warehouse;
using Microsoft.Extensions.DependencyInjection;

namespace BudgetGraph.Cli.Commands;

/// <summary>
/// <c>budgetgraph query [--db &lt;path&gt;] '&lt;graphql&gt;' [--variables '&lt;json&gt;']</c>: runs a query of the budget
/// schema against the warehouse, without HTTP, and prints the JSON response. A missing warehouse is built
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
        JsonElement? variables = null;
        if (variablesJson is not null)
        {
            try
            {
                variables = JsonDocument.Parse(variablesJson).RootElement.Clone();
            }
            catch (JsonException e)
            {
                await error.WriteLineAsync($"--variables is not valid JSON: {e.Message}");
                return 2;
            }
            if (variables.Value.ValueKind != JsonValueKind.Object)
            {
                await error.WriteLineAsync($"--variables must be a JSON object, got a JSON {variables.Value.ValueKind.ToString().ToLowerInvariant()}.");
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
        services.AddBudgetSchema();
        await using var provider = services.BuildServiceProvider();
        var executor = new GraphQLExecutor(provider.GetRequiredService<Schema>());
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = variables,
            OperationName = operationName,
            Services = provider,
        }, ct);
        await output.WriteLineAsync(result.ToJson());
        return result.Errors is { Count: > 0 } ? 1 : 0;
    }
}

/// <summary><c>budgetgraph schema</c>: prints the served SDL (what schema/budget.graphql holds).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the budget schema's SDL (regenerates schema/budget.graphql: budgetgraph schema > schema/budget.graphql).");
        command.SetAction(_ =>
        {
            Console.Out.Write(SchemaPrinter.Print(BudgetSchema.Create()).ReplaceLineEndings("\n").TrimEnd('\n') + "\n");
            return 0;
        });
        return command;
    }
}
