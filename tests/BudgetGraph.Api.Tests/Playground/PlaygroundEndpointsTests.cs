using System.Net;
using System.Net.Http.Headers;
using BudgetGraph.Api.Playground;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace BudgetGraph.Api.Tests.Playground;

/// <summary>
/// The playground's endpoints in a minimal host with a web root made by the test, beside a
/// test endpoint at /graphql standing in for the GraphQL-over-HTTP endpoint (it answers only
/// "which endpoint answered", so routing is what these tests observe).
/// </summary>
public sealed class PlaygroundEndpointsTests : IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private const string PageHtml = "<!doctype html><title>BudgetGraph playground</title>";
    private const string OtherEndpointBody = "answered by the other /graphql endpoint";

    private readonly string _webRoot = Directory.CreateTempSubdirectory("budgetgraph-playground-").FullName;
    private WebApplication? _app;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_webRoot, "graphiql", "assets"));
        File.WriteAllText(Path.Combine(_webRoot, "graphiql", "index.html"), PageHtml);
        File.WriteAllText(Path.Combine(_webRoot, "graphiql", "assets", "index-AbC123_x.js"), "export {};");
        File.WriteAllText(Path.Combine(_webRoot, "graphiql", "assets", "index-AbC123_x.css"), "body{}");
        File.WriteAllText(Path.Combine(_webRoot, "graphiql", "notes.txt"), "unhashed");
        File.WriteAllText(Path.Combine(_webRoot, "secret.txt"), "outside the bundle");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Directory.Delete(_webRoot, recursive: true);
    }

    private async Task<HttpClient> StartAsync(bool withOtherGraphqlEndpoint = true)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = _webRoot,
            WebRootPath = _webRoot,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseTestServer();
        builder.Services.AddPlayground();
        _app = builder.Build();
        _app.MapPlayground();
        if (withOtherGraphqlEndpoint)
        {
            _app.MapMethods("/graphql", ["GET", "POST"], () => Results.Text(OtherEndpointBody));
        }

        await _app.StartAsync();
        return _app.GetTestClient();
    }

    private static HttpRequestMessage Get(string path, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    [Fact]
    public async Task Graphql_BrowserGet_GetsThePage_RevalidatedAndVaryingByAccept()
    {
        var client = await StartAsync();

        using var response = await client.SendAsync(Get("/graphql", BrowserAccept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(PageHtml, await response.Content.ReadAsStringAsync());
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept"], response.Headers.Vary);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("application/graphql-response+json, application/json")]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData(null)]
    [InlineData("application/json, text/html;q=0.5")]
    public async Task Graphql_ApiClientGet_ReachesTheOtherEndpoint(string? accept)
    {
        var client = await StartAsync();

        using var response = await client.SendAsync(Get("/graphql", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OtherEndpointBody, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Graphql_PostFromABrowser_ReachesTheOtherEndpoint()
    {
        var client = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", null, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);

        using var response = await client.SendAsync(request);

        Assert.Equal(OtherEndpointBody, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Graphql_ApiClientGet_WithoutAnotherEndpoint_IsNotFound()
    {
        var client = await StartAsync(withOtherGraphqlEndpoint: false);

        using var response = await client.SendAsync(Get("/graphql", "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Graphql_BrowserGet_WhenTheBundleWasNotBuilt_SaysSo()
    {
        File.Delete(Path.Combine(_webRoot, "graphiql", "index.html"));
        var client = await StartAsync();

        using var response = await client.SendAsync(Get("/graphql", BrowserAccept));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>The GraphiQL playground was not built</h1>", body, StringComparison.Ordinal);
        Assert.Contains("wwwroot/graphiql/index.html is missing", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphiql/assets/index-AbC123_x.js", "text/javascript; charset=utf-8", "export {};")]
    [InlineData("/graphiql/assets/index-AbC123_x.css", "text/css; charset=utf-8", "body{}")]
    public async Task HashedAsset_IsServedWithItsTypeAndCachedForAYear(string path, string contentType, string content)
    {
        var client = await StartAsync();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal(content, await response.Content.ReadAsStringAsync());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task FileOutsideAssets_IsRevalidated()
    {
        var client = await StartAsync();

        using var response = await client.GetAsync("/graphiql/notes.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Asset_WithMatchingETag_IsNotModified()
    {
        var client = await StartAsync();
        using var first = await client.GetAsync("/graphiql/assets/index-AbC123_x.js");
        using var request = Get("/graphiql/assets/index-AbC123_x.js", null);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/graphiql/assets/missing-00000000.js")]
    [InlineData("/graphiql/assets")]
    [InlineData("/graphiql/..%2Fsecret.txt")]
    [InlineData("/graphiql/assets/..%2F..%2Fsecret.txt")]
    public async Task MissingOrEscapingPath_IsNotFound(string path)
    {
        var client = await StartAsync();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MapPlayground_WithoutAddPlayground_SaysWhatToCall()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _webRoot, WebRootPath = _webRoot });
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapPlayground());

        Assert.Equal(
            "MapPlayground() needs the playground's matcher policy: call builder.Services.AddPlayground() before builder.Build().",
            error.Message);
    }

    [Theory]
    [InlineData(BrowserAccept, true)]
    [InlineData("text/html", true)]
    [InlineData("text/html, application/json", true)]
    [InlineData("application/json, text/html;q=0.9", false)]
    [InlineData("text/html;q=0.9, application/graphql-response+json;q=0.9", true)]
    [InlineData("text/html;q=0", false)]
    [InlineData("application/graphql-response+json, application/json", false)]
    [InlineData("*/*", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void PrefersHtml_FollowsTheQualitiesOfTheAcceptHeader(string? accept, bool expected)
    {
        var context = new DefaultHttpContext();
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        Assert.Equal(expected, PlaygroundEndpoints.PrefersHtml(context.Request));
    }
}
