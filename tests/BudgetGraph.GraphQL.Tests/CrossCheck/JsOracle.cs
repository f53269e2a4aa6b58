using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BudgetGraph.GraphQL.Tests.CrossCheck;

/// <summary>
/// Runs tests/js/oracle.mjs (graphql-js 17.1.0) with a JSON request. Locally, a missing node or
/// node_modules makes the cross-checks return early; under CI=true they fail instead.
/// </summary>
internal static class JsOracle
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("Repository root (BudgetGraph.sln) not found.");
        }
    }

    private static string JsDirectory => Path.Combine(RepositoryRoot, "tests", "js");

    /// <summary>Whether graphql-js can be run; throws under CI when it cannot.</summary>
    public static bool IsAvailable(out string reason)
    {
        reason = "";
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!Directory.Exists(Path.Combine(JsDirectory, "node_modules", "graphql")))
        {
            reason = "tests/js/node_modules is missing (run npm ci in tests/js)";
        }
        else if (!NodeRuns())
        {
            reason = "node is not installed";
        }
        if (reason.Length == 0)
        {
            return true;
        }
        if (inCi)
        {
            throw new InvalidOperationException($"graphql-js cross-checks cannot run in CI: {reason}.");
        }
        return false;
    }

    private static bool NodeRuns()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            process!.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public static JsonNode Run(object request)
    {
        var info = new ProcessStartInfo("node", "oracle.mjs")
        {
            WorkingDirectory = JsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        process.StandardInput.Write(JsonSerializer.Serialize(request));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException("graphql-js oracle timed out.");
        }
        Assert.True(process.ExitCode == 0, $"oracle failed: {stderr.Result}");
        return JsonNode.Parse(stdout.Result)!;
    }
}
