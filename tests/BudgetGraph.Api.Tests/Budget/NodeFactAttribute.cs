using System.Diagnostics;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// Shared by Api.Tests and Schema.Tests (linked there). A test that needs node and graphql-js (tests/js/node_modules, installed by <c>npm ci</c> in tests/js). Outside CI, a
/// machine without them reports the test as SKIPPED, never as passed. In CI (<c>CI=true</c>; .ci/run installs them) the
/// test runs regardless, so a missing node or node_modules FAILS it (<see cref="GraphQLJs.Run"/> says which).
/// </summary>
public sealed class NodeFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when node or graphql-js is missing outside CI.</summary>
    public NodeFactAttribute()
    {
        Skip = RequiredInCi.SkipReason(GraphQLJs.Missing(), "graphql-js cross-checks");
    }
}

/// <summary>tests/js/oracle.mjs (graphql-js 17) run with node.</summary>
internal static class GraphQLJs
{
    public static string Directory => Path.Combine(Repository.Root, "tests", "js");

    /// <summary>What is missing to run graphql-js, or null.</summary>
    public static string? Missing()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "graphql")))
        {
            return "tests/js/node_modules is missing (run `npm ci` in tests/js)";
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, "node")));
        return onPath ? null : "node is not on PATH";
    }

    /// <summary>Runs the oracle with a JSON request and returns its JSON answer; fails the test when it cannot.</summary>
    public static System.Text.Json.Nodes.JsonNode Run(System.Text.Json.Nodes.JsonObject request)
    {
        Assert.True(Missing() is null, Missing());
        var info = new ProcessStartInfo("node", "oracle.mjs")
        {
            WorkingDirectory = Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        process.StandardInput.Write(request.ToJsonString());
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000);
        Assert.True(process.ExitCode == 0, "graphql-js failed: " + error.Result);
        return System.Text.Json.Nodes.JsonNode.Parse(output.Result)!;
    }
}
