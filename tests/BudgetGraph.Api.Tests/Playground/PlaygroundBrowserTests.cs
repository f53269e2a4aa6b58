using System.Text.Json;
using BudgetGraph.Api.Tests.Browser;
using BudgetGraph.Api.Tests.Explorer;
using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Playground;

/// <summary>
/// GraphiQL in headless Chromium against the real API on a loopback port, over a real warehouse imported
/// from data/sources (<see cref="ExplorerFixture"/>). Nothing is intercepted: the example query runs as
/// a visitor runs it.
/// </summary>
public sealed class PlaygroundBrowserTests(ExplorerFixture browser) : IClassFixture<ExplorerFixture>
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
    public async Task RunButton_RunsTheDefaultQueryAsItIs_AgainstTheRealApi_AndShowsThePublishedFigures()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        var answered = page.WaitForResponseAsync(r => r.Url.EndsWith("/graphql", StringComparison.Ordinal)
            && r.Request.Method == "POST" && r.Request.PostData?.Contains("BudgetOverview", StringComparison.Ordinal) == true);

        await page.GotoAsync("graphql");
        await Assertions.Expect(page.Locator(QueryEditorLines)).ToContainTextAsync("query BudgetOverview");
        await page.Locator(ExecuteButton).ClickAsync();
        var response = await answered;

        // The request as the playground sends it: same origin, the GraphQL-over-HTTP media types, the
        // example's variables untouched.
        var request = response.Request;
        Assert.Equal(new Uri(browser.Api.BaseAddress, "graphql"), new Uri(request.Url));
        var headers = await request.AllHeadersAsync();
        Assert.Equal("application/graphql-response+json, application/json", headers["accept"]);
        using var sent = JsonDocument.Parse(request.PostData!);
        Assert.Equal("BudgetOverview", sent.RootElement.GetProperty("operationName").GetString());
        Assert.Equal("""{"year":2023,"compared":["szdsj","psqzsj"]}""", sent.RootElement.GetProperty("variables").GetRawText());

        // The real answer: no errors, the published 2023 totals of both departments, their 201 side by side.
        Assert.Equal(200, response.Status);
        using var answer = JsonDocument.Parse(await response.TextAsync());
        Assert.False(answer.RootElement.TryGetProperty("errors", out var errors), "the default query failed: " + errors);
        var departments = answer.RootElement.GetProperty("data").GetProperty("departments").EnumerateArray()
            .ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("budget"));
        Assert.Equal(94294m, departments["szdsj"].GetProperty("totalExpenditure").GetDecimal());
        Assert.Equal(942940000m, departments["szdsj"].GetProperty("totalInYuan").GetDecimal());
        Assert.Equal(29760m, departments["psqzsj"].GetProperty("totalExpenditure").GetDecimal());
        var row201 = answer.RootElement.GetProperty("data").GetProperty("compare").GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("code").GetString() == "201");
        Assert.Equal([93003m, 29173m], row201.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("amount").GetDecimal()));

        // And GraphiQL shows it in the response pane.
        await Assertions.Expect(page.Locator(ResponseLines)).ToContainTextAsync("\"totalExpenditure\": 94294");
        await Assertions.Expect(page.Locator(ResponseLines)).Not.ToContainTextAsync("\"errors\"");
        Assert.Empty(session.PageErrors);
        Assert.Empty(session.ConsoleErrors);
        Assert.Empty(session.FailedRequests);
    }

    [BrowserFact]
    public async Task At375PixelsWide_ThePageSaysPlainlyThatItNeedsAWiderScreen_AndLinksTheExplorer()
    {
        await using var session = await browser.OpenPageAsync();
        var page = session.Page;
        await page.SetViewportSizeAsync(375, 812);
        await page.GotoAsync("graphql");

        var note = page.Locator("#narrow-screen");
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToHaveTextAsync(
            "This playground needs a screen at least 700 px wide: the query editor and the answer sit side by side. "
            + "On a phone, open the Budget explorer, or send queries to POST /graphql.");
        Assert.Equal("/", await note.Locator("a").GetAttributeAsync("href"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "playground-375.png") });

        // On a desktop the note is not shown.
        await page.SetViewportSizeAsync(1280, 800);
        await Assertions.Expect(note).ToBeHiddenAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Directory, "playground-desktop.png") });
        Assert.Empty(session.PageErrors);
    }
}
