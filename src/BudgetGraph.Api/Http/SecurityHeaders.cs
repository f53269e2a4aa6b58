using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Headers every response carries, whatever answers it (the GraphQL endpoint, the pages, their assets, health, admin,
/// a 404): the browser may not guess content types (<c>X-Content-Type-Options: nosniff</c>), no site may frame a page
/// (<c>X-Frame-Options: DENY</c> and CSP <c>frame-ancestors 'none'</c>, the older and the current form), and no
/// <c>Referer</c> leaks a URL — which may hold a query — to another site (<c>Referrer-Policy: no-referrer</c>). Kestrel's
/// <c>Server</c> header is not sent (<see cref="AddSecurityHeaders"/>).
/// </summary>
/// <remarks>
/// A data response (JSON, plain text, or no body: a 404) also gets <c>default-src 'none'</c>: should a browser ever
/// render one as a document, it may load and run nothing. HTML pages get <c>frame-ancestors 'none'</c> only (their
/// bundles' inline styles and workers are not inventoried). Their assets (scripts, styles, fonts) get no CSP: a worker
/// script's own CSP governs the worker, and any CSP on Monaco's workers stopped the playground's editor from drawing
/// (its browser test caught it); they keep <c>X-Frame-Options</c> and <c>nosniff</c>.
/// </remarks>
public static class SecurityHeaders
{
    /// <summary>The CSP of HTML pages.</summary>
    public const string PagePolicy = "frame-ancestors 'none'";

    /// <summary>The CSP of data: JSON, plain text, no body.</summary>
    public const string DataPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Turns off Kestrel's <c>Server</c> header (the server's name and so its known weaknesses).</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);

    /// <summary>Adds the headers to every response, as it starts (so the content type is known).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // A 304's headers update the cached response's (RFC 9111 §4.3.4): it has no content type of its own, so a
            // policy chosen from it would replace the cached page's (a data policy would block the page's scripts).
            if (response.StatusCode == StatusCodes.Status304NotModified)
            {
                return Task.CompletedTask;
            }
            if (IsData(response.ContentType))
            {
                headers.ContentSecurityPolicy = DataPolicy;
            }
            else if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = PagePolicy;
            }
            return Task.CompletedTask;
        });
        return next(context);
    });

    private static bool IsData(string? contentType) =>
        string.IsNullOrEmpty(contentType)
        || contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith(GraphQLMediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase);
}
