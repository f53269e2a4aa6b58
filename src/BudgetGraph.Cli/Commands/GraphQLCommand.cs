using System.CommandLine;
using System.Text;
using System.Text.Json;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.Cli.Commands;

/// <summary><c>budgetgraph graphql ...</c>: run the GraphQL engine from the command line.</summary>
internal static class GraphQLCommand
{
    public static Command Create()
    {
        var command = new Command("graphql", "Run GraphQL requests with the BudgetGraph engine.");
        command.Subcommands.Add(CreateExec());
        command.Subcommands.Add(CreatePrint());
        return command;
    }

    private static Command CreateExec()
    {
        var schemaOption = new Option<FileInfo>("--schema") { Description = "SDL file of the schema.", Required = true };
        var dataOption = new Option<FileInfo?>("--data") { Description = "JSON file used as the root value (default: {})." };
        var exec = new Command("exec",
            "Read JSON lines {\"query\", \"variables\"?, \"operationName\"?} on stdin; write one compact GraphQL response per line.");
        exec.Options.Add(schemaOption);
        exec.Options.Add(dataOption);
        exec.SetAction(async (parse, ct) =>
        {
            var schemaFile = parse.GetValue(schemaOption)!;
            var dataFile = parse.GetValue(dataOption);
            return await ExecAsync(schemaFile, dataFile, Console.In, Console.OpenStandardOutput(), ct);
        });
        return exec;
    }

    private static Command CreatePrint()
    {
        var schemaOption = new Option<FileInfo>("--schema") { Description = "SDL file of the schema.", Required = true };
        var print = new Command("print-schema", "Print the schema as graphql-js printSchema prints it.");
        print.Options.Add(schemaOption);
        print.SetAction(parse =>
        {
            try
            {
                var schema = SdlSchemaBuilder.Build(File.ReadAllText(parse.GetValue(schemaOption)!.FullName));
                Console.WriteLine(SchemaPrinter.Print(schema));
                return 0;
            }
            catch (GraphQLErrorException ex)
            {
                foreach (var error in ex.Errors)
                {
                    Console.Error.WriteLine(error);
                }
                return 1;
            }
        });
        return print;
    }

    /// <summary>The exec loop: one response line per non-blank request line, flushed as it is written.</summary>
    internal static async Task<int> ExecAsync(FileInfo schemaFile, FileInfo? dataFile, TextReader input, Stream output, CancellationToken ct)
    {
        GraphQLExecutor? executor = null;
        IReadOnlyList<GraphQLError>? schemaErrors = null;
        try
        {
            var schema = SdlSchemaBuilder.Build(await File.ReadAllTextAsync(schemaFile.FullName, ct));
            executor = new GraphQLExecutor(schema, new GraphQLExecutorOptions { Subscriptions = SubscriptionMode.ExecuteOnce });
        }
        catch (GraphQLErrorException ex)
        {
            schemaErrors = ex.Errors;
        }
        object rootValue = new Dictionary<string, object?>();
        if (dataFile is not null)
        {
            using var data = JsonDocument.Parse(await File.ReadAllBytesAsync(dataFile.FullName, ct));
            rootValue = data.RootElement.Clone();
        }

        var newline = "\n"u8.ToArray();
        string? line;
        while ((line = await input.ReadLineAsync(ct)) is not null)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            ExecutionResult result;
            if (schemaErrors is not null)
            {
                result = ExecutionResult.FromErrors(schemaErrors);
            }
            else
            {
                result = await RunLineAsync(executor!, line, rootValue, ct);
            }
            result.WriteTo(output);
            output.Write(newline);
            await output.FlushAsync(ct);
        }
        return schemaErrors is null ? 0 : 2;
    }

    private static async Task<ExecutionResult> RunLineAsync(GraphQLExecutor executor, string line, object rootValue, CancellationToken ct)
    {
        GraphQLRequest request;
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error("Request line must be a JSON object.");
            }
            string? query = root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
            string? operationName = root.TryGetProperty("operationName", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            JsonElement? variables = root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object ? v.Clone() : null;
            request = new GraphQLRequest { Query = query, OperationName = operationName, Variables = variables, RootValue = rootValue };
        }
        catch (JsonException ex)
        {
            return Error($"Request line is not valid JSON: {ex.Message}");
        }
        try
        {
            return await executor.ExecuteAsync(request, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never crash the loop: the engine's own failures become a request error on this line.
            return Error("Unexpected error.");
        }
    }

    private static ExecutionResult Error(string message) => ExecutionResult.FromErrors(new[] { new GraphQLError(message) });
}
