using System.Text.Json;

namespace BudgetGraph.Api.Http;

/// <summary>
/// The parameters of one GraphQL-over-HTTP request, read from a GET query string or a POST JSON body.
/// Disposing it releases the JSON document that <see cref="Variables"/> and <see cref="Extensions"/> point
/// into, so it lives until the response is written.
/// </summary>
public sealed class GraphQLHttpRequest : IDisposable
{
    private readonly IDisposable? _owner;

    internal GraphQLHttpRequest(string? query, string? operationName, JsonElement? variables, JsonElement? extensions, IDisposable? owner)
    {
        Query = query;
        OperationName = operationName;
        Variables = variables;
        Extensions = extensions;
        _owner = owner;
    }

    /// <summary>The document text; null when absent (allowed only with a persisted query hash).</summary>
    public string? Query { get; }

    /// <summary>The operation to run, when the document has several.</summary>
    public string? OperationName { get; }

    /// <summary>The variables (a JSON object), or null.</summary>
    public JsonElement? Variables { get; }

    /// <summary>The request extensions (a JSON object), or null; <c>persistedQuery</c> is read from here.</summary>
    public JsonElement? Extensions { get; }

    /// <summary>A copy with the query text replaced (a persisted query's stored text).</summary>
    internal GraphQLHttpRequest WithQuery(string query) => new(query, OperationName, Variables, Extensions, null);

    /// <inheritdoc />
    public void Dispose() => _owner?.Dispose();
}

/// <summary>
/// Why a request was refused before GraphQL saw it: the HTTP status and the one error of the response.
/// </summary>
/// <param name="StatusCode">The HTTP status, whatever the response media type (400, 405, 406, 413, 415).</param>
/// <param name="Error">The error.</param>
/// <param name="Allow">The Allow header of a 405.</param>
public sealed record RequestRefusal(int StatusCode, RequestError Error, string? Allow = null)
{
    /// <summary>A refusal whose error has just a message and a code.</summary>
    public static RequestRefusal Create(int statusCode, string code, string message, string? allow = null) =>
        new(statusCode, new RequestError(message, code), allow);
}
