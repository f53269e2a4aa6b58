using System.Text.Json;
using System.Text.Json.Serialization;
using BudgetGraph.GraphSchema;
using HotChocolate;
using HotChocolate.Execution;
using HotChocolate.Language;
using HotChocolate.Validation;
using Microsoft.Extensions.DependencyInjection;
using Path = System.IO.Path;

namespace BudgetGraph.Benchmarks;

/// <summary>
/// The engine benchmark's schema, data and documents, read from Fixtures/ — the same files tests/js/bench.mjs gives
/// graphql-js — served by HotChocolate: the SDL schema-first, bound to the records below, with the API's execution
/// settings (<see cref="BudgetSchema.AddBudgetExecution"/>: the default limits, cost analysis and our error codes). Fields
/// read the data through HotChocolate's property resolvers; the two root fields have resolvers equivalent to bench.mjs's
/// root value. The data is read once from data.json into the records, as graphql-js's JSON.parse reads it into objects.
/// </summary>
public sealed class EngineFixture
{
    /// <summary>The documents, by name: small, list (fragments, aliases, nested lists), introspection.</summary>
    public static readonly string[] DocumentNames = ["small", "list", "introspection"];

    private static readonly JsonSerializerOptions DataOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    private readonly DocumentValidator _validator;
    private long _fresh;

    private EngineFixture(IRequestExecutor executor, IReadOnlyDictionary<string, string> documents)
    {
        Executor = executor;
        Documents = documents;
        _validator = executor.Schema.Services.GetRequiredService<DocumentValidator>();
    }

    /// <summary>HotChocolate's executor; its document and operation caches make <see cref="ExecuteAsync"/> execution-only after the first call.</summary>
    public IRequestExecutor Executor { get; }

    /// <summary>Document texts by name.</summary>
    public IReadOnlyDictionary<string, string> Documents { get; }

    /// <summary>Loads the fixtures from <paramref name="directory"/> (default: Fixtures beside the program) and builds the executor.</summary>
    public static async Task<EngineFixture> CreateAsync(string? directory = null)
    {
        directory ??= Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var data = JsonSerializer.Deserialize<FixtureData>(File.ReadAllText(Path.Combine(directory, "data.json")), DataOptions)!;
        var departments = data.Departments;
        var byCode = departments.ToDictionary(d => d.Code, StringComparer.Ordinal);
        var services = new ServiceCollection();
        services.AddGraphQL()
            .AddDocumentFromString(File.ReadAllText(Path.Combine(directory, "schema.graphql")))
            .BindRuntimeType<FixtureDepartment>("Department")
            .BindRuntimeType<FixtureBudget>("Budget")
            .BindRuntimeType<FixtureLine>("Line")
            .BindRuntimeType<DepartmentKind>("DepartmentKind")
            .AddResolver("Query", "departments", ctx => departments.Take(ctx.ArgumentValue<int>("first")))
            .AddResolver("Query", "department", ctx => byCode.GetValueOrDefault(ctx.ArgumentValue<string>("code")))
            .AddBudgetExecution();
        var executor = await services.BuildServiceProvider().GetRequiredService<IRequestExecutorProvider>().GetExecutorAsync();
        var documents = DocumentNames.ToDictionary(n => n, n => File.ReadAllText(Path.Combine(directory, n + ".graphql")));
        return new EngineFixture(executor, documents);
    }

    /// <summary>Parses a document.</summary>
    public DocumentNode Parse(string name) => Utf8GraphQLParser.Parse(Documents[name]);

    /// <summary>Validates a parsed document (no cache); the documents are valid, so any error is a broken fixture.</summary>
    public int Validate(DocumentNode document) => _validator.Validate(Executor.Schema, document).Errors.Count;

    /// <summary>Executes a document whose parse, validation and operation are cached (execution only).</summary>
    public Task<IExecutionResult> ExecuteAsync(string name) => Executor.ExecuteAsync(Documents[name]);

    /// <summary>
    /// Parse, validate and execute, nothing cached: each call's text ends with a comment of its own, so the executor's
    /// document and operation caches (keyed by the text's hash) never hold it.
    /// </summary>
    public Task<IExecutionResult> FullAsync(string name) =>
        Executor.ExecuteAsync(Documents[name] + "\n#" + Interlocked.Increment(ref _fresh).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The response as compact JSON text (to compare with graphql-js's <c>JSON.stringify</c>).</summary>
    public static string Json(IExecutionResult result) => result.ToJson(false);

    private sealed record FixtureData(IReadOnlyList<FixtureDepartment> Departments);
}

/// <summary>A department of the fixture data (GraphQL type Department).</summary>
public sealed record FixtureDepartment(string Code, string Name, DepartmentKind Kind, string Region, string? Supervisor, IReadOnlyList<FixtureBudget> Budgets);

/// <summary>The fixture's department kinds (GraphQL enum DepartmentKind: CITY_BUREAU, DATA_CENTER, DISTRICT_BUREAU).</summary>
public enum DepartmentKind
{
    /// <summary>CITY_BUREAU.</summary>
    CityBureau,

    /// <summary>DATA_CENTER.</summary>
    DataCenter,

    /// <summary>DISTRICT_BUREAU.</summary>
    DistrictBureau,
}

/// <summary>A department-year of the fixture data (GraphQL type Budget); the amounts are exact, as JSON wrote them.</summary>
public sealed record FixtureBudget(int Year, decimal Total, decimal Basic, decimal Project, IReadOnlyList<FixtureLine> Lines);

/// <summary>A row of the functional classification (GraphQL type Line).</summary>
public sealed record FixtureLine(string Code, string Name, int Level, decimal Total, decimal Basic, decimal Project);
