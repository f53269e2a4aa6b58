using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace BudgetGraph.Api.Playground;

/// <summary>
/// Serves the GraphiQL playground that <c>build/Playground.targets</c> bundles into
/// <c>wwwroot/graphiql/</c>: its assets under <c>/graphiql/…</c>, and its page at <c>GET /graphql</c>
/// for requests whose <c>Accept</c> header prefers <c>text/html</c> (a browser).
/// </summary>
/// <remarks>
/// The page endpoint shares the path <c>/graphql</c> with the GraphQL-over-HTTP endpoint. It carries
/// <see cref="PlaygroundPageMetadata"/> and a higher priority (<see cref="PageOrder"/>);
/// <see cref="PlaygroundMatcherPolicy"/> removes it from the candidates of every request that does not
/// prefer HTML, so those requests reach whatever else is mapped at <c>/graphql</c> (or get 404/405 when
/// nothing is). The GraphQL endpoint needs to know nothing about the playground.
/// </remarks>
public static class PlaygroundEndpoints
{
    /// <summary>The path of the GraphQL endpoint, where browsers get the playground page.</summary>
    public const string PagePath = "/graphql";

    /// <summary>The URL prefix of the bundle's files (Vite's <c>base</c> in vite.config.js).</summary>
    public const string AssetsPath = "/graphiql";

    /// <summary>Folder of the bundle inside the web root.</summary>
    public const string BundleFolder = "graphiql";

    /// <summary>
    /// Route order of the page endpoint: lower than the default 0, so that when the page is a valid
    /// candidate it wins over an endpoint mapped at the same path instead of making the match ambiguous.
    /// </summary>
    public const int PageOrder = -100;

    /// <summary>Cache-Control of files under <c>/graphiql/assets/</c>, whose names carry content hashes.</summary>
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";

    /// <summary>Cache-Control of the page and unhashed files: revalidate every time (they change per build).</summary>
    public const string RevalidateCacheControl = "no-cache";

    /// <summary>The setting that turns the playground off (<c>false</c>); on by default.</summary>
    public const string EnabledSetting = "Playground:Enabled";

    /// <summary>Registers the matcher policy that routes <c>GET /graphql</c> by the Accept header.</summary>
    public static IServiceCollection AddPlayground(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, PlaygroundMatcherPolicy>());
        return services;
    }

    /// <summary>
    /// Maps the playground page at <c>GET /graphql</c> (browsers only) and its assets under
    /// <c>/graphiql/</c>. Requires <see cref="AddPlayground"/>. With <c>Playground:Enabled</c> false (a locked-down
    /// deployment) the page answers 404 to browsers and no asset is served; API clients still get <c>/graphql</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapPlayground(this IEndpointRouteBuilder endpoints)
    {
        var policies = endpoints.ServiceProvider.GetServices<MatcherPolicy>();
        if (!policies.OfType<PlaygroundMatcherPolicy>().Any())
        {
            throw new InvalidOperationException(
                "MapPlayground() needs the playground's matcher policy: call builder.Services.AddPlayground() before builder.Build().");
        }

        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var bundle = new PlaygroundBundle(environment.WebRootFileProvider);
        var group = endpoints.MapGroup("");
        var enabled = endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue(EnabledSetting, true);

        group.MapMethods(PagePath, [HttpMethods.Get, HttpMethods.Head], enabled ? bundle.ServePage : (Func<HttpContext, IResult>)(_ => Results.NotFound()))
            .WithMetadata(PlaygroundPageMetadata.Instance)
            .WithDisplayName("GraphiQL playground page")
            .Add(b => ((RouteEndpointBuilder)b).Order = PageOrder);
        if (!enabled)
        {
            return group;
        }

        group.MapMethods(AssetsPath + "/{**path}", [HttpMethods.Get, HttpMethods.Head], bundle.ServeAsset)
            .WithDisplayName("GraphiQL playground assets");

        return group;
    }

    /// <summary>
    /// True when the request's Accept header lists <c>text/html</c> with a quality at least as high as
    /// that of every JSON media type it lists. A browser navigation qualifies
    /// (<c>text/html,…,*/*;q=0.8</c>); API clients (<c>application/graphql-response+json</c>,
    /// <c>application/json</c>, <c>*/*</c> or no Accept at all) do not.
    /// </summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double html = 0, json = 0;
        foreach (var mediaType in accepted)
        {
            var quality = mediaType.Quality ?? 1.0;
            if (mediaType.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                html = Math.Max(html, quality);
            }
            else if (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                     || mediaType.MediaType.Equals("application/graphql-response+json", StringComparison.OrdinalIgnoreCase))
            {
                json = Math.Max(json, quality);
            }
        }

        return html > 0 && html >= json;
    }
}

/// <summary>Marks the playground page endpoint for <see cref="PlaygroundMatcherPolicy"/>.</summary>
public sealed class PlaygroundPageMetadata
{
    /// <summary>The single instance; the type is a marker.</summary>
    public static readonly PlaygroundPageMetadata Instance = new();

    private PlaygroundPageMetadata()
    {
    }
}

/// <summary>
/// Invalidates the playground page as a candidate for requests that do not prefer HTML, so that the
/// GraphQL-over-HTTP endpoint at the same path answers them.
/// </summary>
internal sealed class PlaygroundMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    // After the HTTP method policy; the relative order does not matter for correctness.
    public override int Order => 1000;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<PlaygroundPageMetadata>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        if (PlaygroundEndpoints.PrefersHtml(httpContext.Request))
        {
            return Task.CompletedTask;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Endpoint.Metadata.GetMetadata<PlaygroundPageMetadata>() is not null)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Reads a Vite bundle's files from the web root (physical wwwroot, or the static web assets manifest):
/// the playground's by default, or another bundle's <paramref name="folder"/> (the explorer's).
/// </summary>
internal sealed class PlaygroundBundle(IFileProvider webRoot, string folder = PlaygroundEndpoints.BundleFolder)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// Shown to browsers when the API was built with <c>-p:BuildPlayground=false</c> (or the bundle was
    /// deleted): says what is missing and how to get it, instead of a bare 404.
    /// </summary>
    internal const string NotBuiltPage =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>BudgetGraph playground not built</title></head>"
        + "<body><h1>The GraphiQL playground was not built</h1>"
        + "<p>This API was built without its playground (wwwroot/graphiql/index.html is missing). "
        + "Build it with npm available on PATH (<code>dotnet build src/BudgetGraph.Api</code> runs "
        + "<code>npm ci</code> and <code>npm run build</code> in src/BudgetGraph.Playground). "
        + "The GraphQL endpoint itself answers POST /graphql.</p></body></html>";

    public IResult ServePage(HttpContext context)
    {
        // The same URL answers JSON to API clients: caches must key on Accept.
        context.Response.Headers.Vary = HeaderNames.Accept;
        if (Page is not { } page)
        {
            return Results.Content(NotBuiltPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Serve(context, page, "text/html; charset=utf-8", PlaygroundEndpoints.RevalidateCacheControl);
    }

    public IResult ServeAsset(HttpContext context, string? path)
    {
        // Only plain relative paths below the bundle folder; no "..", no backslashes.
        if (string.IsNullOrEmpty(path) || path.Contains("..", StringComparison.Ordinal) || path.Contains('\\'))
        {
            return Results.NotFound();
        }

        var file = webRoot.GetFileInfo(folder + "/" + path);
        if (!file.Exists || file.IsDirectory)
        {
            return Results.NotFound();
        }

        if (!ContentTypes.TryGetContentType(path, out var contentType))
        {
            contentType = "application/octet-stream";
        }
        else if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType == "application/javascript")
        {
            contentType += "; charset=utf-8";
        }

        // Vite writes every file under assets/ with a content hash in its name (vite.config.js,
        // build.assetsDir), so a given URL never changes content and may be cached for a year.
        var cacheControl = path.StartsWith("assets/", StringComparison.Ordinal)
            ? PlaygroundEndpoints.ImmutableCacheControl
            : PlaygroundEndpoints.RevalidateCacheControl;
        return Serve(context, file, contentType, cacheControl);
    }

    /// <summary>The bundle's <c>index.html</c>, or null when the bundle was not built.</summary>
    public IFileInfo? Page => webRoot.GetFileInfo(folder + "/index.html") is { Exists: true } page ? page : null;

    /// <summary>Streams a file with validators (ETag, Last-Modified) so that conditional requests get 304.</summary>
    public static IResult Serve(HttpContext context, IFileInfo file, string contentType, string cacheControl)
    {
        context.Response.Headers.CacheControl = cacheControl;
        var lastModified = file.LastModified;
        var etag = new EntityTagHeaderValue(
            new StringSegment($"\"{file.Length:x}-{lastModified.UtcTicks:x}\""));
        return Results.Stream(file.CreateReadStream(), contentType, lastModified: lastModified, entityTag: etag, enableRangeProcessing: false);
    }
}
