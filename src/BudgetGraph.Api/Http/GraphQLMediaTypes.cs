using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Http;

/// <summary>The media type a GraphQL response is written in.</summary>
public enum ResponseMediaType
{
    /// <summary><c>application/json</c>: every GraphQL response (request errors included) has status 200.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors have 4xx statuses.</summary>
    GraphQLResponseJson,
}

/// <summary>
/// Media types of the GraphQL-over-HTTP specification and the choice of the response's media type from
/// the request's <c>Accept</c> header.
/// </summary>
public static class GraphQLMediaTypes
{
    /// <summary><c>application/json</c>, the only request body type accepted and the legacy response type.</summary>
    public const string Json = "application/json";

    /// <summary><c>application/graphql-response+json</c>, the specification's response type.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The Content-Type header value of a response in <paramref name="mediaType"/>.</summary>
    public static string ContentType(ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseJson + "; charset=utf-8",
        _ => Json + "; charset=utf-8",
    };

    /// <summary>
    /// Chooses the response media type, or null when the Accept header admits neither (406).
    /// </summary>
    /// <remarks>
    /// The type with the higher quality wins. At equal quality, a type the client names explicitly beats one
    /// it admits through a wildcard, and <c>application/graphql-response+json</c> beats
    /// <c>application/json</c>: so <c>application/graphql-response+json, application/json</c> (what GraphiQL,
    /// Apollo Client and graphql-http send) gets the former. A missing Accept header, <c>*/*</c> or
    /// <c>application/*</c> gets <c>application/json</c>, as the specification asks of servers during its
    /// transition (clients that do not ask for the new type may not understand its status codes); an
    /// unparsable Accept header is treated as missing.
    /// </remarks>
    public static ResponseMediaType? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept)
            || !MediaTypeHeaderValue.TryParseList(accept, out var ranges)
            || ranges.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        var graphql = Rank(ranges, GraphQLResponseJson);
        var json = Rank(ranges, Json);
        if (graphql.Quality <= 0 && json.Quality <= 0)
        {
            return null;
        }

        return graphql.CompareTo(json) > 0 || (graphql.CompareTo(json) == 0 && graphql.Explicit)
            ? ResponseMediaType.GraphQLResponseJson
            : ResponseMediaType.Json;
    }

    /// <summary>How much the client wants a type: the quality of the most specific range matching it.</summary>
    private readonly record struct Preference(double Quality, bool Explicit) : IComparable<Preference>
    {
        public int CompareTo(Preference other) =>
            Quality != other.Quality ? Quality.CompareTo(other.Quality) : Explicit.CompareTo(other.Explicit);
    }

    private static Preference Rank(IList<MediaTypeHeaderValue> ranges, string mediaType)
    {
        // RFC 9110 §12.5.1: the most specific matching range decides the quality.
        var specificity = -1;
        double quality = 0;
        foreach (var range in ranges)
        {
            var type = range.MediaType.Value ?? "";
            var rangeSpecificity =
                type.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2
                : type.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? 1
                : type == "*/*" ? 0
                : -1;
            if (rangeSpecificity > specificity)
            {
                specificity = rangeSpecificity;
                quality = range.Quality ?? 1.0;
            }
        }

        return new Preference(quality, specificity == 2);
    }
}
