using System.Diagnostics;
using System.Text.Json;

namespace BudgetGraph.Cli.Tests;

/// <summary>`budgetgraph import` and `budgetgraph check`, run as the real tool in a child process.</summary>
public sealed class WarehouseCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("budgetgraph-cli-").FullName;

    private string Db => Path.Combine(_directory, "budget.db");

    private static string SourcesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln"))) return Path.Combine(dir.FullName, "data", "sources");
        throw new InvalidOperationException("BudgetGraph.sln not found");
    }

    private static string Source(string prefix) => Directory.GetFiles(SourcesDirectory(), prefix + "*.txt").Single();

    private static async Task<(int Exit, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "budgetgraph.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task ImportShowsProgressAndCheckPrintsOneJsonObjectPerDepartmentYear()
    {
        var files = Directory.GetFiles(SourcesDirectory(), "*.txt").Order(StringComparer.Ordinal).ToArray();
        var import = await RunAsync(["import", .. files, "--db", Db]);
        Assert.Equal(0, import.Exit);
        Assert.Contains("[5/5] 004_829e804d26be851d.txt: loaded — psqzsj 2023:", import.Out);
        Assert.Contains($"5 of 5 imported into {Db}", import.Out);

        var check = await RunAsync("check", "--db", Db, "--json");
        Assert.Equal(0, check.Exit);
        using var json = JsonDocument.Parse(check.Out);
        Assert.Equal(5, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), e =>
        {
            Assert.Equal(JsonValueKind.String, e.GetProperty("department").ValueKind);
            Assert.Equal(JsonValueKind.Number, e.GetProperty("year").ValueKind);
            Assert.Equal(JsonValueKind.Number, e.GetProperty("totalExpenditure").ValueKind);
            Assert.Equal(0, e.GetProperty("discrepancies").GetArrayLength());
            Assert.Equal(JsonValueKind.Array, e.GetProperty("roundingResiduals").ValueKind);
        });
    }

    [Fact]
    public async Task ARefusedDocumentIsReportedWithFileLineAndExpectationAndTheExitCodeIsOne()
    {
        var truncated = Path.Combine(_directory, "004_truncated.txt");
        await File.WriteAllLinesAsync(truncated, (await File.ReadAllLinesAsync(Source("004_"))).Take(1046));
        var import = await RunAsync("import", truncated, Source("001_"), "--db", Db);
        Assert.Equal(1, import.Exit);
        Assert.Contains("refused: 004_truncated.txt: line 1043: expected a table titled 一般公共预算支出表（按功能分类） for the 一般公共预算拨款 of 29760 万元 in 表1 收支总表, but the document ends without one",
            import.Error);
        Assert.Contains("1 of 2 imported", import.Out);
    }

    [Fact]
    public async Task AScannedPdfIsRefusedNamingTheFileAndTheReason_WhateverItIsCalled()
    {
        var scan = Path.Combine(_directory, "scan.pdf");
        var renamed = Path.Combine(_directory, "scan-renamed.txt");
        await File.WriteAllBytesAsync(scan, BudgetGraph.Ingest.Tests.Pdf.ScannedPdf.Make(pages: 3));
        File.Copy(scan, renamed);

        var import = await RunAsync("import", scan, renamed, "--db", Db);

        Assert.Equal(1, import.Exit);
        Assert.Contains("refused: scan.pdf: expected a PDF with a text layer, but its 3 pages hold only images and no text (a scan); "
            + "import the PDF the department published, or its text", import.Error);
        Assert.Contains("refused: scan-renamed.txt: expected a PDF with a text layer, but its 3 pages hold only images and no text (a scan); "
            + "import the PDF the department published, or its text", import.Error);
        Assert.Contains("0 of 2 imported", import.Out);
    }

    [Fact]
    public async Task ADocumentOverTheSizeLimitIsRefusedBeforeItIsRead()
    {
        var big = Path.Combine(_directory, "big.txt");
        await File.WriteAllTextAsync(big, new string('x', 4 * 1024 * 1024 + 1));
        var import = await RunAsync("import", big, "--db", Db);
        Assert.Equal(1, import.Exit);
        Assert.Contains("refused: big.txt: line 1: expected a document of at most 4194304 bytes (4 MiB), found 4194305 bytes", import.Error);
    }

    [Fact]
    public async Task CheckExitsWithOneWhenAFigureWasAltered()
    {
        var lines = await File.ReadAllLinesAsync(Source("000_"));
        Assert.Equal(" 2010350 事业运行 1,783 1,783 0 ", lines[1299]);
        lines[1299] = " 2010350 事业运行 1,883 1,883 0 ";
        var altered = Path.Combine(_directory, "000_altered.txt");
        await File.WriteAllLinesAsync(altered, lines);
        Assert.Equal(0, (await RunAsync("import", altered, "--db", Db)).Exit);

        var check = await RunAsync("check", "--db", Db);
        Assert.Equal(1, check.Exit);
        Assert.Contains("DISCREPANCY 类 = Σ款 = Σ项: 表7 一般公共预算支出表（按功能分类） 20103 = 93003 but 2010350 + 2010399 = 93104", check.Out);
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
