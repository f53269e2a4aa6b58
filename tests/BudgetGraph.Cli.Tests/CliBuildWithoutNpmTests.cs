using System.Diagnostics;

namespace BudgetGraph.Cli.Tests;

/// <summary>
/// `dotnet build src/BudgetGraph.Cli` succeeds on a machine without Node.js: the build runs as a child process whose PATH
/// holds only the dotnet host's directory and a shell (no npm, no node); the same build of the web host fails, saying
/// npm is required. The front-end bundles are pointed at empty directories, so
/// that any front-end build in the CLI's project graph (the web host's) would have to run npm, and fail without it,
/// whether or not this checkout's bundles are up to date.
/// </summary>
public sealed class CliBuildWithoutNpmTests
{
    [Fact]
    public async Task The_cli_builds_with_no_npm_on_the_path()
    {
        // The host running the tests (dotnet test sets DOTNET_HOST_PATH for its children), not a PATH entry such as
        // /usr/bin that may hold node as well.
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? host : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? throw new InvalidOperationException("No dotnet host path.");
        var hostDirectory = Path.GetDirectoryName(dotnet)!;
        // The test proves nothing if npm or node could still be found.
        Assert.True(File.Exists(dotnet), dotnet);
        Assert.DoesNotContain(Directory.GetFiles(hostDirectory), f => Path.GetFileNameWithoutExtension(f) is "npm" or "node" or "npx");

        var temp = Directory.CreateTempSubdirectory("bg-cli-build-");
        try
        {
            var output = Path.Combine(temp.FullName, "out");
            var info = new ProcessStartInfo(dotnet)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = QueryCommandTests.RepositoryRoot,
            };
            foreach (var arg in (string[])["build", Path.Combine("src", "BudgetGraph.Cli", "BudgetGraph.Cli.csproj"), "-o", output, "--disable-build-servers",
                "-nologo", "-v:q", "-p:PlaygroundBundleDir=" + Path.Combine(temp.FullName, "graphiql") + Path.DirectorySeparatorChar,
                "-p:ExplorerBundleDir=" + Path.Combine(temp.FullName, "explorer") + Path.DirectorySeparatorChar])
            {
                info.ArgumentList.Add(arg);
            }
            // MSBuild's Exec runs `sh` from PATH: it stays (linked alone into a directory of its own), so that a build
            // needing npm fails for want of npm, not of a shell.
            var tools = Directory.CreateDirectory(Path.Combine(temp.FullName, "bin")).FullName;
            if (!OperatingSystem.IsWindows())
            {
                File.CreateSymbolicLink(Path.Combine(tools, "sh"), "/bin/sh");
            }
            info.Environment["PATH"] = tools + Path.PathSeparator + hostDirectory;
            info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(10)).Token);

            Assert.True(process.ExitCode == 0, $"dotnet build of the CLI failed without npm (exit {process.ExitCode}):\n{await stdout}\n{await stderr}");
            Assert.True(File.Exists(Path.Combine(output, "budgetgraph.dll")));
            Assert.False(File.Exists(Path.Combine(output, "BudgetGraph.Api.dll")));
            Assert.False(Directory.Exists(Path.Combine(temp.FullName, "graphiql")) || Directory.Exists(Path.Combine(temp.FullName, "explorer")));
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
