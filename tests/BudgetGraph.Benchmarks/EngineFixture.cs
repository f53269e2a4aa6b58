using System.Text.Json;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.Benchmarks;

/// <summary>
/// The engine benchmark's schema, data and documents, read from Fixtures/ — the same files
/// tests/js/bench.mjs gives graphql-js. The schema is built SDL-first; fields read the data through the
/// default resolvers, and the two root fields have resolvers equivalent to bench.mjs's root value.
/// The data is materialized once, as graphql-js's JSON.parse does: into dictionaries, lists and numbers
/// (<see cref="JsonValues.ToClr(JsonElement)"/>); with <c>jsonElements</c> it stays a
/// <see cref="JsonDocument"/> whose values are decoded at every read (the engine's JSON path, measured apart).
/// </summary>
public sealed class EngineFixture
{
    /// <summary>The documents, by name: small, list (fragments, aliases, nested lists), introspection.</summary>
    public static readonly string[] DocumentNames = ["small", "list", "introspection"];

    /// <summary>The executable schema.</summary>
    public Schema Schema { get; }

    /// <summary>Document texts by name.</summary>
    public IReadOnlyDictionary<string, string> Documents { get; }

    /// <summary>An executor whose document cache makes <see cref="ExecuteAsync"/> execution-only after the first call.</summary>
    public GraphQLExecutor Executor { get; }

    /// <summary>Loads the fixtures from <paramref name="directory"/> (default: Fixtures beside the program).</summary>
    public EngineFixture(string? directory = null, bool jsonElements = false)
    {
        directory ??= Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var departments = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "data.json"))).RootElement.GetProperty("departments");
        var list = jsonElements
            ? departments.EnumerateArray().Select(d => (object)d).ToArray()
            : [.. ((List<object?>)JsonValues.ToClr(departments)!).Select(d => d!)];
        var byCode = list.ToDictionary(d => d is JsonElement e ? e.GetProperty("code").GetString()! : (string)((Dictionary<string, object?>)d)["code"]!,
            StringComparer.Ordinal);
        Schema = SdlSchemaBuilder.Build(File.ReadAllText(Path.Combine(directory, "schema.graphql")));
        var query = (ObjectType)Schema.GetType("Query")!;
        query.Fields["departments"].SyncResolver = ctx => list.Take(ctx.Argument<int>("first"));
        query.Fields["department"].SyncResolver = ctx => byCode.TryGetValue(ctx.Argument<string>("code"), out var d) ? d : null;
        Documents = DocumentNames.ToDictionary(n => n, n => File.ReadAllText(Path.Combine(directory, n + ".graphql")));
        Executor = new GraphQLExecutor(Schema);
    }

    /// <summary>Parses a document.</summary>
    public DocumentNode Parse(string name) => Parser.Parse(Documents[name]);

    /// <summary>Validates a parsed document; the documents are valid, so any error is a broken fixture.</summary>
    public int Validate(DocumentNode document) => GraphQL.Validation.DocumentValidator.Validate(Schema, document).Count;

    /// <summary>Executes a document whose parse and validation are cached (execution only).</summary>
    public Task<ExecutionResult> ExecuteAsync(string name) => Executor.ExecuteAsync(new GraphQLRequest { Query = Documents[name] });

    /// <summary>Parse, validate and execute, nothing cached (a fresh executor each time).</summary>
    public Task<ExecutionResult> FullAsync(string name) => new GraphQLExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = Documents[name] });

    /// <summary>The response as JSON text (to compare with graphql-js's).</summary>
    public static string Json(ExecutionResult result)
    {
        using var stream = new MemoryStream();
        result.WriteTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
