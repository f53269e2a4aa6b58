using Microsoft.Playwright;

namespace BudgetGraph.Api.Tests.Browser;

/// <summary>
/// Where Debian's Chromium is and how it is started. Playwright's own browser downloads do not work
/// in this environment, so Playwright drives the system browser through <c>ExecutablePath</c>.
/// </summary>
public static class Chromium
{
    /// <summary>Overrides the browser's path (for machines where it is not /usr/bin/chromium).</summary>
    public const string PathVariable = "BUDGETGRAPH_CHROMIUM";

    /// <summary>The default path: Debian's <c>chromium</c> package.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The browser's path: <see cref="PathVariable"/> when set, else <see cref="DefaultPath"/>.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>True when the browser's executable exists.</summary>
    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>
    /// Flags that work in containers without a display, GPU, D-Bus or network: no sandbox (root in a
    /// container), nothing that phones home, nothing that waits for a first-run dialog.
    /// </summary>
    public static readonly IReadOnlyList<string> Flags =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ];

    /// <summary>
    /// Starts the browser headless with <see cref="Flags"/>. Playwright gives every launch a fresh
    /// temporary profile (--user-data-dir) and deletes it when the browser closes.
    /// </summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. Install it with 'apt-get install -y chromium' "
                + $"(.ci/run does), or set {PathVariable} to the browser's executable.");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Flags,
            Timeout = 30_000,
        });
    }
}
