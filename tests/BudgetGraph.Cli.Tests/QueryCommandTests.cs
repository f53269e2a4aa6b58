using System.Diagnostics;
using System.Text.Json;

namespace BudgetGraph.Cli.Tests;

/// <summary>A warehouse built by the first `budgetgraph query` against a missing database file.</summary>
public sealed class QueryWarehouse : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("bg-query-").FullName;

    public string Db => Path.Combine(Directory, "budget.db");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned later.
        }
    }
}

/// <summary>`budgetgraph query`: the budget schema over the warehouse, without HTTP.</summary>
public sealed class QueryCommandTests(QueryWarehouse warehouse) : IClassFixture<QueryWarehouse>
{
    /// <summary>The repository's root (where BudgetGraph.sln is).</summary>
    internal static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "BudgetGraph.sln")))
                {
                    return dir.FullName;
                }
            }
            throw new InvalidOperationException("BudgetGraph.sln not found");
        }
    }

    private (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "budgetgraph.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(120_000);
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Query_with_variables_prints_the_json_response()
    {
        var (code, output, error) = Run("query", "--db", warehouse.Db,
            "query($y: Int!) { department(code: \"szdsj\") { budget(year: $y) { totalExpenditure yuan: totalExpenditure(unit: YUAN) } } }",
            "--variables", """{"y": 2023}""");
        Assert.True(code == 0, error);
        var budget = JsonDocument.Parse(output).RootElement.GetProperty("data").GetProperty("department").GetProperty("budget");
        Assert.Equal("94294", budget.GetProperty("totalExpenditure").GetRawText());
        Assert.Equal("942940000", budget.GetProperty("yuan").GetRawText());
    }

    [Fact]
    public void A_query_with_errors_prints_them_and_exits_1()
    {
        var (code, output, _) = Run("query", "--db", warehouse.Db, "{ compare(year: 2023, departmentCodes: [\"szdsj\", \"nope\"]) { rows { code } } }");
        Assert.Equal(1, code);
        Assert.Equal("Unknown department code in \"departmentCodes\": \"nope\". Query `departments { code name }` for the codes.",
            JsonDocument.Parse(output).RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Variables_that_are_not_an_object_are_refused()
    {
        var (code, _, error) = Run("query", "--db", warehouse.Db, "{ fiscalYears { year } }", "--variables", "[1]");
        Assert.Equal(2, code);
        Assert.Equal("--variables must be a JSON object, got a JSON array.", error.Trim());
    }

    [Fact]
    public void Schema_prints_HotChocolates_sdl_with_the_cost_directives()
    {
        var (code, output, _) = Run("schema");
        Assert.Equal(0, code);
        Assert.StartsWith("schema {\n  query: Query\n}\n", output, StringComparison.Ordinal);
        Assert.Contains("@listSize(", output, StringComparison.Ordinal);
        // Every type of the published schema is printed.
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot, "schema", "budget.graphql")).Where(l => l.StartsWith("type ", StringComparison.Ordinal)))
        {
            Assert.Contains("\n" + line.Split(' ')[0] + " " + line.Split(' ')[1], output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_refused_input_has_our_error_code()
    {
        var (code, output, _) = Run("query", "--db", warehouse.Db, "{ departments(first: 101) { code } }");
        Assert.Equal(1, code);
        var error = JsonDocument.Parse(output).RootElement.GetProperty("errors")[0];
        Assert.Equal("MAX_PAGE_SIZE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Argument \"first\" of field \"Query.departments\" is 101; the largest page size is 100.", error.GetProperty("message").GetString());
    }

    [Fact]
    public void Fragments_spreading_the_next_twice_answer_as_over_HTTP()
    {
        // 2^40 selections written out; the executor (BudgetGraph.Schema's request middleware, not the HTTP front door)
        // removes the repeated spreads, so the CLI answers this as the API does instead of refusing it as MAX_TOKENS.
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "));
        var (code, output, error) = Run("query", "--db", warehouse.Db, "{ ...F0 } " + fragments + "fragment F40 on Query { fiscalYears { year } }");
        Assert.True(code == 0, error + output);
        Assert.Contains(2023, JsonDocument.Parse(output).RootElement.GetProperty("data").GetProperty("fiscalYears").EnumerateArray()
            .Select(y => y.GetProperty("year").GetInt32()));
    }
}
