using BudgetGraph.GraphSchema.Limits;
using Microsoft.AspNetCore.Http.Features;

namespace BudgetGraph.Api.Http;

/// <summary>
/// The steps <see cref="HotChocolateFrontDoor"/> takes before GraphQL sees a request: media type negotiation, reading
/// the request, and its refusals.
/// </summary>
public static class GraphQLRequestIntake
{
    /// <summary>What was made of the request's head and body: the media type and the request, or a refusal.</summary>
    public readonly record struct Intake(ResponseMediaType MediaType, GraphQLHttpRequest? Request, RequestRefusal? Refusal);

    /// <summary>Negotiates the response media type (406 when none fits), then reads the GET query string or POST body.</summary>
    public static async Task<Intake> ReadAsync(HttpContext context, bool isGet, GraphQLLimitsOptions limits)
    {
        if (GraphQLMediaTypes.Negotiate(context.Request.Headers.Accept) is not { } mediaType)
        {
            return new Intake(ResponseMediaType.Json, null, RequestRefusal.Create(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"The Accept header admits neither {GraphQLMediaTypes.GraphQLResponseJson} nor {GraphQLMediaTypes.Json}; accept one of them (or */*)."));
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            // The reader stops at the configured limit itself; the server's own limit must not stop it first.
            bodySize.MaxRequestBodySize = limits.MaxRequestBytes + 1;
        }

        var read = isGet
            ? GraphQLRequestReader.ReadGet(context.Request)
            : await GraphQLRequestReader.ReadPostAsync(context.Request, limits, context.RequestAborted);
        return new Intake(mediaType, read.Request, read.Refusal);
    }

    /// <summary>A request with neither a query nor a known persisted query.</summary>
    public static RequestRefusal NoQuery() => RequestRefusal.Create(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
        "The request has no \"query\" parameter; send the GraphQL document as a string in \"query\".");

    /// <summary>A mutation or subscription sent with GET (405, Allow: POST).</summary>
    public static RequestRefusal NotAQuery(string operationType) => RequestRefusal.Create(StatusCodes.Status405MethodNotAllowed,
        ErrorCodes.MethodNotAllowed, $"GET requests may only run queries; send this {operationType} with POST.", allow: HttpMethods.Post);

    /// <summary>Kestrel could not read the body: a malformed chunked encoding (400), or a chunked body past the size limit (413).</summary>
    public static RequestRefusal Unreadable(BadHttpRequestException e, GraphQLLimitsOptions limits) =>
        e.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? GraphQLRequestReader.TooLarge(limits)
            : RequestRefusal.Create(e.StatusCode, ErrorCodes.BadRequest, "The request body could not be read: " + e.Message);

    /// <summary>Whether the request says <c>no-cache</c> in <c>Cache-Control</c> or <c>Pragma</c>: it asks for an answer computed now.</summary>
    public static bool AsksForAFreshAnswer(HttpRequest request) =>
        request.GetTypedHeaders().CacheControl?.NoCache == true
        || request.Headers.Pragma.Any(p => p is not null && p.Contains("no-cache", StringComparison.OrdinalIgnoreCase));
}
