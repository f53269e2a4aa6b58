using BudgetGraph.Api.Limits;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Documents;

/// <summary>Options of the parsed-document cache, bound from <c>GraphQL:Documents</c>.</summary>
public sealed class DocumentCacheOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Documents";

    /// <summary>How many prepared documents the engine keeps (by query text).</summary>
    public int CacheSize { get; set; } = 1000;

    /// <summary>
    /// Longest query text (in characters) that is cached. Longer texts are prepared for their request
    /// only, so that the cache holds at most <see cref="CacheSize"/> × this many characters (32 MB by
    /// default) however large the queries clients send. Real queries are far shorter; GraphiQL's
    /// introspection query is about 1,500 characters.
    /// </summary>
    public int MaxCachedQueryLength { get; set; } = 16 * 1024;
}

/// <summary>
/// Parsed and validated documents for the HTTP endpoint: through the engine's cache (keyed by the query
/// text) for query texts up to <see cref="DocumentCacheOptions.MaxCachedQueryLength"/>, and through an
/// executor that keeps a single document for longer ones. Both executors serve the same schema with the
/// same parser limits.
/// </summary>
public sealed class DocumentCache
{
    private readonly GraphQLExecutor _cached;
    private readonly GraphQLExecutor _uncached;
    private readonly int _maxCachedQueryLength;

    /// <summary>Creates the executors for the schema; throws the schema's errors when it is invalid.</summary>
    public DocumentCache(Schema schema, IOptions<GraphQLLimitsOptions> limits, IOptions<DocumentCacheOptions> options)
    {
        var parser = ParserOptions.Default with { MaxTokens = limits.Value.MaxTokens, MaxDepth = limits.Value.MaxDepth };
        _cached = new GraphQLExecutor(schema, new GraphQLExecutorOptions { Parser = parser, DocumentCacheSize = options.Value.CacheSize });
        _uncached = new GraphQLExecutor(schema, new GraphQLExecutorOptions { Parser = parser, DocumentCacheSize = 1 });
        _maxCachedQueryLength = options.Value.MaxCachedQueryLength;
    }

    /// <summary>The schema served.</summary>
    public Schema Schema => _cached.Schema;

    /// <summary>Prepares a query text; returns the document and the executor to run it with.</summary>
    public (GraphQLExecutor Executor, PreparedDocument Document) Prepare(string query)
    {
        var executor = query.Length <= _maxCachedQueryLength ? _cached : _uncached;
        return (executor, executor.Prepare(query));
    }
}
