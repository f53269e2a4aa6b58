using System.Text.Json;
using BudgetGraph.Api.Tests.Browser;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Tests.Http;
using BudgetGraph.GraphSchema;
using HotChocolate.Execution.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Playground;

/// <summary>
/// GraphiQL in headless Chromium against the real GraphQL endpoint, serving the placeholder schema
/// (whatever schema Program registers), end to end: introspection, the documentation explorer, a query
/// typed into the editor, its answer in the response pane.
/// </summary>
public sealed class PlaygroundEndToEndTests(PlaygroundEndToEndTests.PlaceholderApi browser) : IClassFixture<PlaygroundEndToEndTests.PlaceholderApi>
{
    /// <summary>The browser fixture with the API serving <see cref="HotChocolateTestSchema"/>.</summary>
    public sealed class PlaceholderApi : BrowserFixture
    {
        /// <inheritdoc />
        protected override LoopbackApiFactory CreateApi() => new PlaceholderLoopbackApi();
    }

    private sealed class PlaceholderLoopbackApi : LoopbackApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                // HotChocolate's schema is configured through named options: drop the budget schema's, serve the placeholder.
                services.RemoveAll<IConfigureOptions<RequestExecutorSetup>>();
                services.AddHotChocolateHttp(new ConfigurationBuilder().Build()).AddPlaceholderTypes(null).AddBudgetExecution();
            });
        }
    }

    [BrowserFact]
    public async Task Playground_RunsAQueryAgainstTheApi_AndShowsTheResult()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        var answered = page.WaitForResponseAsync(r => r.Url.EndsWith("/graphql", StringComparison.Ordinal)
            && r.Request.Method == "POST" && r.Request.PostData?.Contains("sum(a: 20, b: 22)", StringComparison.Ordinal) == true);

        await page.GotoAsync("graphql");
        await Assertions.Expect(page.Locator(PlaygroundBrowserTests.QueryEditorLines)).ToContainTextAsync("query BudgetOverview");

        // The schema came from the API's introspection: the documentation explorer lists the root type
        // and its fields.
        await page.Locator(".graphiql-sidebar button[aria-label='Show Documentation Explorer']").ClickAsync();
        await page.Locator(".graphiql-doc-explorer").GetByText("Query", new() { Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-doc-explorer")).ToContainTextAsync("apiVersion");

        // Replace the example with a query of the served schema, as a visitor types it, and run it.
        await page.Locator(".graphiql-query-editor .view-lines").ClickAsync();
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.PressAsync("Delete");
        const string typed = "query Check { apiVersion sum(a: 20, b: 22) items(first: 2) { id name } }";
        await page.Keyboard.InsertTextAsync(typed);
        // GraphiQL parses the editor's text after a pause and names the tab after the operation; only
        // then does it send the new operation's name (before, it would still send BudgetOverview's).
        await Assertions.Expect(page.Locator(".graphiql-tab-active .graphiql-tab-button")).ToHaveTextAsync("Check");
        await page.Locator(PlaygroundBrowserTests.ExecuteButton).ClickAsync();

        var response = await answered.WaitAsync(TimeSpan.FromSeconds(15));
        using (var posted = JsonDocument.Parse(response.Request.PostData!))
        {
            Assert.Equal(typed, posted.RootElement.GetProperty("query").GetString());
            Assert.Equal("Check", posted.RootElement.GetProperty("operationName").GetString());
        }

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", await response.HeaderValueAsync("content-type"));
        var responsePane = page.Locator(PlaygroundBrowserTests.ResponseLines);
        await Assertions.Expect(responsePane).ToContainTextAsync("\"sum\": 42");
        await Assertions.Expect(responsePane).ToContainTextAsync("\"apiVersion\": \"0.1.0-placeholder\"");
        await Assertions.Expect(responsePane).ToContainTextAsync("\"name\": \"item 2\"");
        Assert.Empty(session.PageErrors);
        Assert.Empty(session.FailedRequests);
    }
}
