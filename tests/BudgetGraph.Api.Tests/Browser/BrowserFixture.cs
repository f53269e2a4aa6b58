using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Browser;

/// <summary>
/// One API server on a loopback port and one headless Chromium, shared by the tests of a class
/// (<c>IClassFixture&lt;BrowserFixture&gt;</c>). Every test opens its own <see cref="BrowserPage"/> in a
/// fresh browser context (its own cookies and localStorage) and gets a screenshot saved when it ends.
/// Derive and override <see cref="CreateApi"/> to start the API with other configuration.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private LoopbackApiFactory? _api;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running API (started by the first <see cref="OpenPageAsync"/>).</summary>
    public LoopbackApiFactory Api => _api ?? throw new InvalidOperationException("Open a page first: the API starts with the first page.");

    /// <summary>Creates the API under test; the default runs Program with its default configuration.</summary>
    protected virtual LoopbackApiFactory CreateApi() => new();

    /// <summary>
    /// Opens a page at the API's address. The screenshot is named after the calling test:
    /// <c>TestResults/screenshots/&lt;TestClassFile&gt;.&lt;TestMethod&gt;.png</c>.
    /// </summary>
    public async Task<BrowserPage> OpenPageAsync(
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMember = "")
    {
        await StartAsync();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _api!.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "zh-CN",
        });
        // Limits, not measurements: on a loaded machine (several builds on two cores) Monaco alone takes seconds.
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var name = Path.GetFileNameWithoutExtension(callerFile) + "." + callerMember;
        return new BrowserPage(context, page, Path.Combine(Screenshots.Directory, name + ".png"));
    }

    private async Task StartAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            if (_browser is not null)
            {
                return;
            }

            _api ??= CreateApi();
            _ = _api.BaseAddress; // starts Kestrel
            _playwright ??= await Playwright.CreateAsync();
            // Web-first assertions (Expect) wait as long as actions do: on a loaded two-core machine
            // Monaco's editors take longer than Playwright's default 5 s to appear. A limit, not a measurement.
            Assertions.SetDefaultExpectTimeout(30_000);
            _browser = await Chromium.LaunchAsync(_playwright);
        }
        finally
        {
            _startLock.Release();
        }
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        _startLock.Dispose();
    }
}

/// <summary>Where browser tests save their screenshots (test artifacts, git-ignored).</summary>
public static class Screenshots
{
    /// <summary>Overrides the folder, e.g. for a CI system that collects artifacts elsewhere.</summary>
    public const string DirectoryVariable = "BUDGETGRAPH_SCREENSHOTS";

    /// <summary>
    /// <see cref="DirectoryVariable"/> when set, else <c>TestResults/screenshots/</c> in the test
    /// project's folder (found above the test assembly), created on first use.
    /// </summary>
    public static string Directory { get; } = Resolve();

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        string folder;
        if (!string.IsNullOrEmpty(configured))
        {
            folder = configured;
        }
        else
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetGraph.Api.Tests.csproj")))
            {
                dir = dir.Parent;
            }

            folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        }

        System.IO.Directory.CreateDirectory(folder);
        return folder;
    }
}
