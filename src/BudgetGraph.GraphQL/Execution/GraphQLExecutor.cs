using System.Collections.Concurrent;
using System.Text.Json;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Utilities;
using BudgetGraph.GraphQL.Validation;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>A GraphQL request as a host receives it (GraphQL-over-HTTP shape) plus per-request context.</summary>
public sealed record GraphQLRequest
{
    /// <summary>The document text.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variables as JSON (an object), as received.</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>Variables as plain values (alternative to <see cref="Variables"/> for in-process callers).</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>Request extensions as received (e.g. persisted query hashes); not interpreted by the engine.</summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>The root value given to root field resolvers (default: an empty object).</summary>
    public object? RootValue { get; init; }

    /// <summary>Per-request services for resolvers.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Per-request host context for resolvers.</summary>
    public object? UserContext { get; init; }
}

/// <summary>Extra validation applied to documents (e.g. depth or cost limits); results are cached with the document.</summary>
public interface IDocumentRule
{
    /// <summary>Returns the rule's errors for a document that passed the specified validation rules.</summary>
    IEnumerable<GraphQLError> Validate(Schema schema, DocumentNode document);
}

/// <summary>How subscription operations are treated.</summary>
public enum SubscriptionMode
{
    /// <summary>Refused with a request error (this engine serves queries and mutations).</summary>
    Reject,
    /// <summary>Executed once like a query, as graphql-js's <c>graphql()</c> does (for conformance tools).</summary>
    ExecuteOnce,
}

/// <summary>Executor settings.</summary>
public sealed record GraphQLExecutorOptions
{
    /// <summary>Parser limits.</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>Validation options.</summary>
    public ValidationOptions? Validation { get; init; }

    /// <summary>Additional document rules run after the specified ones.</summary>
    public IReadOnlyList<IDocumentRule> AdditionalRules { get; init; } = Array.Empty<IDocumentRule>();

    /// <summary>How many parsed and validated documents are kept (by query text).</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Subscription handling.</summary>
    public SubscriptionMode Subscriptions { get; init; } = SubscriptionMode.Reject;
}

/// <summary>A parsed and validated document (cached by query text), or the errors that stopped it.</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The parsed document (null after a syntax error).</summary>
    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; empty when the document may be executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>Whether the document can be executed.</summary>
    public bool IsValid => Errors.Count == 0 && Document is not null;

    /// <summary>
    /// Selects the operation (spec GetOperation); returns null and an error (graphql-js wording) when none
    /// matches. Hosts use it to learn the operation type before executing (e.g. GET must not run mutations).
    /// </summary>
    public OperationDefinitionNode? GetOperation(string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinitionNode? operation = null;
        if (Document is null)
        {
            error = new GraphQLError("Must provide an operation.");
            return null;
        }
        foreach (var definition in Document.Definitions)
        {
            if (definition is not OperationDefinitionNode op)
            {
                continue;
            }
            if (operationName is null)
            {
                if (operation is not null)
                {
                    error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                    return null;
                }
                operation = op;
            }
            else if (op.Name?.Value == operationName)
            {
                operation = op;
            }
        }
        if (operation is null)
        {
            error = new GraphQLError(operationName is not null ? $"Unknown operation named \"{operationName}\"." : "Must provide an operation.");
        }
        return operation;
    }
}

/// <summary>
/// The engine's entry point for hosts: parses (with limits), validates, caches, coerces variables and
/// executes requests against one schema. Thread-safe; create one per schema and reuse it.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly ConcurrentDictionary<string, PreparedDocument> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates an executor; throws <see cref="GraphQLErrorException"/> when the schema is invalid.</summary>
    public GraphQLExecutor(Schema schema, GraphQLExecutorOptions? options = null)
    {
        Schema = schema;
        Options = options ?? new GraphQLExecutorOptions();
        schema.AssertValid();
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The options.</summary>
    public GraphQLExecutorOptions Options { get; }

    /// <summary>Parses and validates a document, or returns the cached result for the same text.</summary>
    public PreparedDocument Prepare(string query)
    {
        if (_cache.TryGetValue(query, out var cached))
        {
            return cached;
        }
        var prepared = PrepareUncached(query);
        if (_cache.Count >= Options.DocumentCacheSize)
        {
            // Bounded: a full cache starts over rather than growing with every distinct query text.
            _cache.Clear();
        }
        _cache.TryAdd(query, prepared);
        return prepared;
    }

    private PreparedDocument PrepareUncached(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(new Source(query), Options.Parser);
        }
        catch (GraphQLErrorException ex)
        {
            return new PreparedDocument(null, ex.Errors);
        }
        var errors = DocumentValidator.Validate(Schema, document, Options.Validation);
        if (errors.Count == 0 && Options.AdditionalRules.Count > 0)
        {
            var extra = new List<GraphQLError>();
            foreach (var rule in Options.AdditionalRules)
            {
                extra.AddRange(rule.Validate(Schema, document));
            }
            errors = extra;
        }
        return new PreparedDocument(document, errors);
    }

    /// <summary>Runs a request: parse, validate, select the operation, coerce variables, execute.</summary>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(request.Query))
        {
            return Task.FromResult(ExecutionResult.FromErrors(new[] { new GraphQLError("Must provide query string.") }));
        }
        var prepared = Prepare(request.Query);
        return ExecuteAsync(prepared, request, cancellationToken);
    }

    /// <summary>Runs a request whose document was prepared already (see <see cref="Prepare"/>).</summary>
    public async Task<ExecutionResult> ExecuteAsync(PreparedDocument prepared, GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        if (!prepared.IsValid)
        {
            return ExecutionResult.FromErrors(prepared.Errors);
        }
        var document = prepared.Document!;
        var operation = prepared.GetOperation(request.OperationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.FromErrors(new[] { operationError! });
        }
        if (operation.Operation == OperationType.Subscription && Options.Subscriptions == SubscriptionMode.Reject)
        {
            return ExecutionResult.FromErrors(new[] { new GraphQLError("Subscriptions are not supported by this server.", operation) });
        }
        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.FromErrors(new[]
            {
                new GraphQLError($"Schema is not configured to execute {Printer.OperationName(operation.Operation)} operation.", operation),
            });
        }
        IReadOnlyDictionary<string, object?> rawVariables;
        try
        {
            rawVariables = request.VariableValues ?? JsonValues.ToVariables(request.Variables) ?? new Dictionary<string, object?>();
        }
        catch (InvalidOperationException)
        {
            return ExecutionResult.FromErrors(new[] { new GraphQLError("Variables must be an object.") });
        }
        var variableErrors = new List<GraphQLError>();
        var variables = VariableValues.Coerce(Schema, operation.VariableDefinitions, rawVariables, variableErrors);
        if (variableErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(variableErrors);
        }
        var fragments = new Dictionary<string, FragmentDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
        var context = new ExecutionContext(Schema, operation, fragments, variables, request.RootValue ?? new Dictionary<string, object?>(),
            cancellationToken, request.Services, request.UserContext);
        // Resolvers run without the caller's synchronization context (as under ASP.NET Core), so their awaits
        // resume inline where data loaders complete them and a whole level batches together.
        Task<ResultMap?> execution;
        var callerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            execution = new Executor(context).ExecuteAsync(rootType);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }
        var data = await execution.ConfigureAwait(false);
        var errors = context.Errors;
        return new ExecutionResult
        {
            Data = data,
            HasData = true,
            Errors = errors.Count > 0 ? errors : null,
            OperationType = operation.Operation,
        };
    }
}
