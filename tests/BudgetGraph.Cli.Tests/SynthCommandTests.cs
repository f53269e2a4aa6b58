using System.Diagnostics;

namespace BudgetGraph.Cli.Tests;

/// <summary>`budgetgraph synth`: writes a warehouse, refuses a second run into it, and checks its arguments.</summary>
public class SynthCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bg-synth-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(string arguments)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{Path.Combine(AppContext.BaseDirectory, "budgetgraph.dll")}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(120_000);
        return (process.ExitCode, output.Result, error);
    }

    [Fact]
    public void WritesTheDepartmentYearsThenRefusesASecondRunAndCheckFindsNoDiscrepancy()
    {
        var db = Path.Combine(_dir, "synth.db");
        var first = Run($"synth --departments 3 --years 2 --seed 5 --db \"{db}\"");
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("3 departments, 6 department-years, ", first.Output);
        Assert.Contains($"into {db}", first.Output);

        var second = Run($"synth --departments 3 --years 2 --db \"{db}\"");
        Assert.Equal((1, "The warehouse already holds synthetic departments (syn00001…); synthesize into a new database.\n"),
            (second.ExitCode, second.Error));

        var check = Run($"check --db \"{db}\"");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains(", 0 discrepancies, ", check.Output);
        Assert.DoesNotContain("DISCREPANCY", check.Output);
    }

    [Fact]
    public void RefusesZeroDepartments()
    {
        var result = Run($"synth --departments 0 --years 10 --db \"{Path.Combine(_dir, "none.db")}\"");
        Assert.Equal((2, "--departments and --years must be at least 1\n"), (result.ExitCode, result.Error));
        Assert.False(File.Exists(Path.Combine(_dir, "none.db")));
    }
}
