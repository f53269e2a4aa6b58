using System.Diagnostics;
using BudgetGraph.Api.Tests.Budget;

namespace BudgetGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer's own unit tests (src/BudgetGraph.Explorer/test/, node's built-in test runner) run as
/// part of <c>dotnet test</c>: URL state round trips, exact differences, citations, CSV quoting, drill
/// paths. Node is already required to build the explorer, so it is present wherever these run.
/// </summary>
public sealed class ExplorerModuleTests
{
    [Fact]
    public async Task NodeTestsOfTheExplorerModules_Pass()
    {
        var info = new ProcessStartInfo("node", "--test test/")
        {
            WorkingDirectory = Path.Combine(WarehouseFixture.RepositoryRoot, "src", "BudgetGraph.Explorer"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

        var report = await output + await error;
        Assert.True(process.ExitCode == 0, "node --test failed in src/BudgetGraph.Explorer:\n" + report);
        Assert.Contains("# fail 0", report, StringComparison.Ordinal);
        Assert.DoesNotContain("# pass 0", report, StringComparison.Ordinal);
    }
}
