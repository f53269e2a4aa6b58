using BudgetGraph.Api.Playground;

namespace BudgetGraph.Api.Explorer;

/// <summary>
/// Serves the Budget explorer that <c>build/Explorer.targets</c> bundles into <c>wwwroot/explorer/</c>:
/// its page at <c>GET /</c> (the site's home page; the view's state is in the query string) and its
/// assets under <c>/explorer/…</c>. The page talks to the API only through <c>POST /graphql</c>.
/// </summary>
public static class ExplorerEndpoints
{
    /// <summary>The path of the page.</summary>
    public const string PagePath = "/";

    /// <summary>The setting that turns the explorer off (<c>false</c>); on by default.</summary>
    public const string EnabledSetting = "Explorer:Enabled";

    /// <summary>The URL prefix of the bundle's files (Vite's <c>base</c> in vite.config.js).</summary>
    public const string AssetsPath = "/explorer";

    /// <summary>Folder of the bundle inside the web root.</summary>
    public const string BundleFolder = "explorer";

    /// <summary>
    /// Shown when the API was built with <c>-p:BuildExplorer=false</c> (or the bundle was deleted): says
    /// what is missing and how to get it, instead of a bare 404.
    /// </summary>
    internal const string NotBuiltPage =
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>BudgetGraph explorer not built</title></head>"
        + "<body><h1>The Budget explorer was not built</h1>"
        + "<p>This API was built without its explorer page (wwwroot/explorer/index.html is missing). "
        + "Build it with npm available on PATH (<code>dotnet build src/BudgetGraph.Api</code> runs "
        + "<code>npm ci</code> and <code>npm run build</code> in src/BudgetGraph.Explorer). "
        + "The GraphQL endpoint itself answers POST /graphql.</p></body></html>";

    /// <summary>Maps the explorer's page at <c>GET /</c> and its assets under <c>/explorer/</c>.</summary>
    public static IEndpointConventionBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        var environment = endpoints.ServiceProvider.GetRequiredService<IWebHostEnvironment>();
        var bundle = new PlaygroundBundle(environment.WebRootFileProvider, BundleFolder);
        var group = endpoints.MapGroup("");
        if (!endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue(EnabledSetting, true))
        {
            // Turned off (a locked-down deployment): "/" and the assets are 404.
            return group;
        }

        group.MapMethods(PagePath, [HttpMethods.Get, HttpMethods.Head], (HttpContext context) =>
                bundle.Page is { } page
                    ? PlaygroundBundle.Serve(context, page, "text/html; charset=utf-8", PlaygroundEndpoints.RevalidateCacheControl)
                    : Results.Content(NotBuiltPage, "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithDisplayName("Budget explorer page");

        group.MapMethods(AssetsPath + "/{**path}", [HttpMethods.Get, HttpMethods.Head], bundle.ServeAsset)
            .WithDisplayName("Budget explorer assets");

        return group;
    }
}
