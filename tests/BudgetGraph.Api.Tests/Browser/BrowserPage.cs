using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Browser;

/// <summary>
/// A page of one test, with what went wrong in it recorded as it happens: script errors, console
/// errors and HTTP failures. Disposing it saves a screenshot (also when the test failed) and closes
/// its browser context.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _pageErrors = [];
    private readonly List<string> _failedRequests = [];
    private readonly List<string> _requestedUrls = [];
    private readonly object _gate = new();

    internal BrowserPage(IBrowserContext context, IPage page, string screenshotPath)
    {
        _context = context;
        Page = page;
        ScreenshotPath = screenshotPath;
        page.Console += (_, message) =>
        {
            // Chromium also reports every HTTP error response as a console error ("Failed to load
            // resource: …") without the method or URL; FailedRequests records those precisely.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                Record(_consoleErrors, message.Text);
            }
        };
        page.PageError += (_, error) => Record(_pageErrors, error);
        page.Request += (_, request) => Record(_requestedUrls, request.Url);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Record(_failedRequests, $"{response.Request.Method} {new Uri(response.Url).PathAndQuery} → {response.Status}");
            }
        };
        page.RequestFailed += (_, request) =>
            Record(_failedRequests, $"{request.Method} {new Uri(request.Url).PathAndQuery} → {request.Failure}");
    }

    /// <summary>The Playwright page; relative URLs resolve against the API's address.</summary>
    public IPage Page { get; }

    /// <summary>Where the screenshot is saved on dispose.</summary>
    public string ScreenshotPath { get; }

    /// <summary><c>console.error</c> messages and uncaught errors logged by the page's scripts.</summary>
    public IReadOnlyList<string> ConsoleErrors => Snapshot(_consoleErrors);

    /// <summary>Uncaught exceptions thrown by the page's scripts.</summary>
    public IReadOnlyList<string> PageErrors => Snapshot(_pageErrors);

    /// <summary>Every URL the page requested (documents, scripts, styles, workers, fetches), in order.</summary>
    public IReadOnlyList<string> RequestedUrls => Snapshot(_requestedUrls);

    /// <summary>Requests answered with a status of 400 or more, or not answered: "METHOD /path → status".</summary>
    public IReadOnlyList<string> FailedRequests => Snapshot(_failedRequests);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = ScreenshotPath });
        }
        finally
        {
            await _context.CloseAsync();
        }
    }

    private void Record(List<string> list, string entry)
    {
        lock (_gate)
        {
            list.Add(entry);
        }
    }

    private IReadOnlyList<string> Snapshot(List<string> list)
    {
        lock (_gate)
        {
            return list.ToArray();
        }
    }
}
