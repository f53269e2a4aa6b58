using System.Text.Json;
using BudgetGraph.Api.Tests.Browser;
using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Playground;

/// <summary>GraphiQL in headless Chromium against the API on a loopback port.</summary>
/// <remarks>
/// TODO(budget schema): once the API serves the budget schema, add the end-to-end test of the example:
/// run it with the warehouse's department codes and expect the published figures (e.g. 94294 for the
/// data center's 2023 total). <see cref="PlaygroundEndToEndTests"/> runs a query of the placeholder schema.
/// </remarks>
public sealed class PlaygroundBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    internal const string ExecuteButton = ".graphiql-execute-button";
    internal const string QueryEditorLines = ".graphiql-query-editor .view-lines";
    internal const string ResponseLines = ".graphiql-response .view-lines";

    [BrowserFact]
    public async Task Graphql_OpenedInABrowser_RendersGraphiQLWithTheExampleQuery()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;

        // Monaco's workers start once the editors exist: the editor's own and the GraphQL language
        // worker (completion, validation) must come from the bundle too.
        var editorWorker = page.WaitForRequestFinishedAsync(new() { Predicate = r => r.Url.Contains("/graphiql/assets/editor.worker-", StringComparison.Ordinal) });
        var graphqlWorker = page.WaitForRequestFinishedAsync(new() { Predicate = r => r.Url.Contains("/graphiql/assets/graphql.worker-", StringComparison.Ordinal) });

        var response = await page.GotoAsync("graphql");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal("BudgetGraph playground", await page.TitleAsync());
        await Assertions.Expect(page.Locator(QueryEditorLines)).ToContainTextAsync("query BudgetOverview");
        await Assertions.Expect(page.Locator(ExecuteButton)).ToBeVisibleAsync();
        // The example's variables reach the variables editor on a first visit.
        await Assertions.Expect(page.Locator(".graphiql-editor-tool .graphiql-editor:not(.hidden) .view-lines")).ToContainTextAsync("\"year\": 2023");
        // The schema documentation explorer and the history are in the sidebar.
        await Assertions.Expect(page.Locator(".graphiql-sidebar button[aria-label='Show Documentation Explorer']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".graphiql-sidebar button[aria-label='Show History']")).ToBeVisibleAsync();
        await Task.WhenAll(editorWorker, graphqlWorker);
        Assert.Empty(session.PageErrors);
        Assert.Empty(session.ConsoleErrors);
        // Offline: every request (scripts, style sheets, fonts, editor workers) went to the API itself,
        // and every file of the bundle loaded.
        var origin = browser.Api.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.All(session.RequestedUrls, url => Assert.StartsWith(origin + "/", url, StringComparison.Ordinal));
        Assert.DoesNotContain(session.FailedRequests, r => r.Contains("/graphiql/", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task RunButton_PostsTheEditorsQueryToGraphql_AndShowsTheAnswer_WithAStubbedEndpoint()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;

        // STUB, valid only inside this test: the API serves the placeholder schema, which cannot run the
        // budget example, so the example's POST is answered here, in the browser, with a fixed body.
        // Introspection goes to the real server. What this test checks is the playground's side: the request it sends and that it
        // displays the answer it gets.
        const string stubbedAnswer = """{"data":{"departments":[{"code":"STUBBED-IN-THIS-TEST"}]}}""";
        var posted = new TaskCompletionSource<IRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/graphql", async route =>
        {
            var request = route.Request;
            if (request.Method == "POST" && request.PostData?.Contains("BudgetOverview", StringComparison.Ordinal) == true)
            {
                posted.TrySetResult(request);
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 200,
                    ContentType = "application/graphql-response+json; charset=utf-8",
                    Body = stubbedAnswer,
                });
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await page.GotoAsync("graphql");
        await Assertions.Expect(page.Locator(QueryEditorLines)).ToContainTextAsync("query BudgetOverview");
        await page.Locator(ExecuteButton).ClickAsync();
        var request = await posted.Task.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(new Uri(browser.Api.BaseAddress, "graphql"), new Uri(request.Url));
        var headers = await request.AllHeadersAsync();
        Assert.Equal("application/graphql-response+json, application/json", headers["accept"]);
        Assert.Equal("application/json", headers["content-type"]);
        using var body = JsonDocument.Parse(request.PostData!);
        Assert.Equal("BudgetOverview", body.RootElement.GetProperty("operationName").GetString());
        Assert.StartsWith("# BudgetGraph playground", body.RootElement.GetProperty("query").GetString(), StringComparison.Ordinal);
        var variables = body.RootElement.GetProperty("variables");
        Assert.Equal(2023, variables.GetProperty("year").GetInt32());
        Assert.Equal(2, variables.GetProperty("compared").GetArrayLength());
        await Assertions.Expect(page.Locator(ResponseLines)).ToContainTextAsync("STUBBED-IN-THIS-TEST");
        Assert.Empty(session.PageErrors);
    }
}
