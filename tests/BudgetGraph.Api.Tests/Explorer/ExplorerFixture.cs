using BudgetGraph.Api.Tests.Browser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Explorer;

/// <summary>
/// The real API (GraphQL endpoint, budget schema, explorer page) over the real warehouse: a temporary
/// SQLite file given as <c>--db</c>, which the API's start-up fills by importing data/sources, once per
/// test class. The file is deleted afterwards.
/// </summary>
public sealed class ExplorerFixture : BrowserFixture
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"budgetgraph-explorer-tests-{Guid.NewGuid():N}.db");

    /// <inheritdoc />
    protected override LoopbackApiFactory CreateApi() => new WarehouseApiFactory(_database);

    /// <summary>Deletes the temporary warehouse after the server has stopped.</summary>
    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm", _database + "-journal" })
        {
            File.Delete(file);
        }
    }

    private sealed class WarehouseApiFactory(string database) : LoopbackApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("db", database);
            // The import logs every INSERT at Information; the tests need none of it.
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        }
    }
}

/// <summary>What the explorer tests do with a page: wait until it has drawn, read its table.</summary>
internal static class ExplorerPage
{
    /// <summary>
    /// Waits until the page has drawn the current state (the page sets <c>data-ready="true"</c> on #app
    /// after chart and table are drawn, <c>"error"</c> when the API failed, and <c>"false"</c> in between).
    /// </summary>
    public static async Task WaitUntilDrawnAsync(this IPage page)
    {
        await page.Locator("#app[data-ready='true'], #app[data-ready='error']").WaitForAsync();
        if (await page.Locator("#app[data-ready='error']").CountAsync() > 0)
        {
            Assert.Fail("The page shows an API error: " + await page.Locator("#status").InnerTextAsync());
        }
    }

    /// <summary>Unticks every chosen department, one at a time, as a user would.</summary>
    public static async Task UncheckAllDepartmentsAsync(this IPage page)
    {
        var chosen = page.Locator("#departments input:checked");
        while (await chosen.CountAsync() > 0)
        {
            await chosen.First.UncheckAsync();
            await page.WaitUntilDrawnAsync();
        }
    }

    /// <summary>The table on screen as text: the header row, then every body row, cell by cell.</summary>
    public static async Task<string[][]> TableTextAsync(this IPage page) =>
        await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('#table tr')].map(tr => [...tr.cells].map(c => c.innerText.trim()))");

    /// <summary>The breadcrumb's steps as text.</summary>
    public static Task<IReadOnlyList<string>> BreadcrumbAsync(this IPage page) =>
        page.Locator("#breadcrumb .crumb").AllInnerTextsAsync();

    /// <summary>A treemap block's label (the SVG text ECharts draws inside the block).</summary>
    public static ILocator Block(this IPage page, string label) =>
        page.Locator("#chart svg text").Filter(new() { HasTextString = label });
}
