using System.Net;
using System.Net.Http.Headers;
using BudgetGraph.Api.Explorer;
using BudgetGraph.Api.Playground;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace BudgetGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer's endpoints in a minimal host with a web root made by the test: the page at <c>/</c>,
/// its assets under <c>/explorer/</c>, and the page that says it was not built.
/// </summary>
public sealed class ExplorerEndpointsTests : IAsyncLifetime
{
    private const string PageHtml = "<!doctype html><title>BudgetGraph explorer</title>";

    private readonly string _webRoot = Directory.CreateTempSubdirectory("budgetgraph-explorer-").FullName;
    private WebApplication? _app;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_webRoot, "explorer", "assets"));
        File.WriteAllText(Path.Combine(_webRoot, "explorer", "index.html"), PageHtml);
        File.WriteAllText(Path.Combine(_webRoot, "explorer", "assets", "index-Xy9_Zq.js"), "export {};");
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

    private async Task<HttpClient> StartAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = _webRoot,
            WebRootPath = _webRoot,
            EnvironmentName = "Production",
        });
        builder.WebHost.UseTestServer();
        _app = builder.Build();
        _app.MapExplorer();
        await _app.StartAsync();
        return _app.GetTestClient();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?view=drill&year=2023&dept=szdsj&path=201/20103")]
    public async Task Root_IsThePage_RevalidatedEveryTime(string url)
    {
        var client = await StartAsync();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(PlaygroundEndpoints.RevalidateCacheControl, response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(PageHtml, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Root_WithMatchingETag_IsNotModified()
    {
        var client = await StartAsync();
        var first = await client.GetAsync("/");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task HashedAsset_IsServedWithItsTypeAndCachedForAYear()
    {
        var client = await StartAsync();

        var response = await client.GetAsync("/explorer/assets/index-Xy9_Zq.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(PlaygroundEndpoints.ImmutableCacheControl, response.Headers.CacheControl!.ToString());
        Assert.Equal("export {};", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/explorer/assets/missing.js")]
    [InlineData("/explorer/../secret.txt")]
    [InlineData("/explorer/%2E%2E/secret.txt")]
    [InlineData("/explorer/assets")]
    public async Task MissingOrEscapingPath_IsNotFound(string path)
    {
        var client = await StartAsync();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Root_WhenTheBundleWasNotBuilt_SaysSo()
    {
        File.Delete(Path.Combine(_webRoot, "explorer", "index.html"));
        var client = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(ExplorerEndpoints.NotBuiltPage, await response.Content.ReadAsStringAsync());
        Assert.Contains("dotnet build src/BudgetGraph.Api", ExplorerEndpoints.NotBuiltPage, StringComparison.Ordinal);
    }
}
