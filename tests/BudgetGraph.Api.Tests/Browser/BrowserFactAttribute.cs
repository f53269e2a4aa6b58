using BudgetGraph.Api.Tests.Budget;

namespace BudgetGraph.Api.Tests.Browser;

/// <summary>
/// A test that needs Chromium. Outside CI, a machine without the browser reports the test as SKIPPED
/// (never as passed). In CI (<c>CI=true</c>) the test runs regardless, so a missing browser FAILS it
/// with the message of <see cref="Chromium.LaunchAsync"/>.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the browser is missing outside CI.</summary>
    public BrowserFactAttribute()
    {
        Skip = RequiredInCi.SkipReason(
            Chromium.IsInstalled ? null : $"Chromium is not installed at {Chromium.ExecutablePath} (apt-get install -y chromium)", "browser tests");
    }
}
