using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BudgetGraph.Api.Tests.Playground;

/// <summary>
/// The real bundle, as the build put it into the API's static web assets, served by the real
/// Program through WebApplicationFactory.
/// </summary>
public sealed partial class PlaygroundHttpTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [GeneratedRegex("""(?:src|href)="(/graphiql/[^"]+)""")]
    private static partial Regex BundleReference();

    private async Task<string> GetPageAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Graphql_FromABrowser_IsTheBuiltPlaygroundPage()
    {
        var page = await GetPageAsync(factory.CreateClient());

        Assert.Contains("<title>BudgetGraph playground</title>", page, StringComparison.Ordinal);
        Assert.Contains("""<div id="root"></div>""", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryFileThePageReferences_IsServedFromTheApi_AndCachedForAYear()
    {
        var client = factory.CreateClient();
        var page = await GetPageAsync(client);
        var references = BundleReference().Matches(page).Select(m => m.Groups[1].Value).ToList();

        // The entry script and the style sheet at least; nothing from another origin.
        Assert.Contains(references, r => r.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(references, r => r.EndsWith(".css", StringComparison.Ordinal));
        Assert.DoesNotContain("http://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        foreach (var reference in references)
        {
            using var response = await client.GetAsync(reference);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{reference} answered {(int)response.StatusCode}");
            Assert.StartsWith("/graphiql/assets/", reference, StringComparison.Ordinal);
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        }
    }

    [Fact]
    public async Task Graphql_FromAnApiClient_IsNotThePage()
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json");

        using var response = await client.SendAsync(request);

        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
