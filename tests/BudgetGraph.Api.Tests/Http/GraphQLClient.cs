using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>A response as tests look at it: status, headers, the body as text and as JSON.</summary>
public sealed class GraphQLAnswer(HttpResponseMessage response, string body)
{
    /// <summary>The HTTP response (headers).</summary>
    public HttpResponseMessage Response { get; } = response;

    /// <summary>The status.</summary>
    public HttpStatusCode Status => Response.StatusCode;

    /// <summary>The body's text.</summary>
    public string Body { get; } = body;

    /// <summary>The media type of the body (no parameters).</summary>
    public string? MediaType => Response.Content.Headers.ContentType?.MediaType;

    /// <summary>The body parsed as JSON.</summary>
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    /// <summary>The errors array (empty when absent).</summary>
    public JsonArray Errors => Json["errors"]?.AsArray() ?? [];

    /// <summary>The only error's message.</summary>
    public string? Message => Assert.Single(Errors)!["message"]?.GetValue<string>();

    /// <summary>The only error's code.</summary>
    public string? Code => Assert.Single(Errors)!["extensions"]?["code"]?.GetValue<string>();

    /// <summary>The data entry, or null when absent (or null).</summary>
    public JsonNode? Data => Json["data"];

    /// <summary>Whether the body has a data entry at all.</summary>
    public bool HasData => Json.AsObject().ContainsKey("data");
}

/// <summary>Sends GraphQL-over-HTTP requests the way clients do.</summary>
public static class GraphQLClient
{
    /// <summary>What GraphiQL, Apollo Client and graphql-request send.</summary>
    public const string PreferGraphQLResponse = "application/graphql-response+json, application/json";

    /// <summary>POSTs a JSON body (any JSON text) as application/json.</summary>
    public static Task<GraphQLAnswer> PostRawAsync(this HttpClient client, string body, string? accept = PreferGraphQLResponse,
        string contentType = "application/json", IEnumerable<(string Name, string Value)>? headers = null) =>
        client.PostBytesAsync(Encoding.UTF8.GetBytes(body), accept, contentType, headers);

    /// <summary>POSTs raw bytes.</summary>
    public static async Task<GraphQLAnswer> PostBytesAsync(this HttpClient client, byte[] body, string? accept = PreferGraphQLResponse,
        string? contentType = "application/json", IEnumerable<(string Name, string Value)>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return await client.SendAndReadAsync(request, accept, headers);
    }

    /// <summary>POSTs a request object: query, and optionally operationName, variables, extensions.</summary>
    public static Task<GraphQLAnswer> PostAsync(this HttpClient client, string? query, object? variables = null, string? operationName = null,
        object? extensions = null, string? accept = PreferGraphQLResponse)
    {
        var body = new Dictionary<string, object?>();
        if (query is not null)
        {
            body["query"] = query;
        }

        if (operationName is not null)
        {
            body["operationName"] = operationName;
        }

        if (variables is not null)
        {
            body["variables"] = variables;
        }

        if (extensions is not null)
        {
            body["extensions"] = extensions;
        }

        return client.PostRawAsync(JsonSerializer.Serialize(body), accept);
    }

    /// <summary>GETs /graphql with the given query string parameters.</summary>
    public static async Task<GraphQLAnswer> GetAsync(this HttpClient client, IEnumerable<(string Name, string Value)> parameters,
        string? accept = PreferGraphQLResponse, IEnumerable<(string Name, string Value)>? headers = null)
    {
        var query = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value)));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query);
        return await client.SendAndReadAsync(request, accept, headers);
    }

    /// <summary>GETs a query.</summary>
    public static Task<GraphQLAnswer> GetQueryAsync(this HttpClient client, string query, string? accept = PreferGraphQLResponse) =>
        client.GetAsync([("query", query)], accept);

    /// <summary>Sends a request with an Accept header and extra headers, and reads the whole answer.</summary>
    public static async Task<GraphQLAnswer> SendAndReadAsync(this HttpClient client, HttpRequestMessage request, string? accept,
        IEnumerable<(string Name, string Value)>? headers = null)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer(response, body);
    }

    /// <summary>The header's values joined, or null.</summary>
    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    /// <summary>Parses a media type header value (for assertions on parameters).</summary>
    public static MediaTypeHeaderValue? ContentType(this GraphQLAnswer answer) => answer.Response.Content.Headers.ContentType;
}
