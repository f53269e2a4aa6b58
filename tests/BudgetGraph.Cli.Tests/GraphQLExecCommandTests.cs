using System.Diagnostics;
using System.Text.Json;

namespace BudgetGraph.Cli.Tests;

/// <summary>`budgetgraph graphql exec`: one compact response per request line, in order, never crashing.</summary>
public class GraphQLExecCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bg-exec-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private (int ExitCode, string[] Lines) Exec(string sdl, string? dataJson, string input)
    {
        var schemaFile = Path.Combine(_dir, "schema.graphql");
        File.WriteAllText(schemaFile, sdl);
        var args = $"\"{Path.Combine(AppContext.BaseDirectory, "budgetgraph.dll")}\" graphql exec --schema \"{schemaFile}\"";
        if (dataJson is not null)
        {
            var dataFile = Path.Combine(_dir, "data.json");
            File.WriteAllText(dataFile, dataJson);
            args += $" --data \"{dataFile}\"";
        }
        var info = new ProcessStartInfo("dotnet", args)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000);
        return (process.ExitCode, output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void AnswersEachLineInOrder()
    {
        var (exitCode, lines) = Exec(
            "type Query { a: Int, b: [String!]!, n: Int!, f(x: Int): Int }",
            """{"a": 1, "b": ["x", "y"]}""",
            """
            {"query": "{ a b }"}
            this is not json
            {"query": "query ($v: Int!) { f(x: $v) }", "variables": {"v": "nope"}}

            {"query": "query A { a } query B { b }", "operationName": "B"}
            {"query": "{ n }"}
            {"query": "{ a"}
            """);
        Assert.Equal(0, exitCode);
        Assert.Equal(6, lines.Length);
        Assert.Equal("""{"data":{"a":1,"b":["x","y"]}}""", lines[0]);
        Assert.StartsWith("""{"errors":[{"message":"Request line is not valid JSON""", lines[1], StringComparison.Ordinal);
        Assert.Equal("""{"errors":[{"message":"Variable \"$v\" has invalid value: Int cannot represent non-integer value: \"nope\"","locations":[{"line":1,"column":8}]}]}""", lines[2]);
        Assert.Equal("""{"data":{"b":["x","y"]}}""", lines[3]);
        Assert.Equal("""{"errors":[{"message":"Cannot return null for non-nullable field Query.n.","locations":[{"line":1,"column":3}],"path":["n"]}],"data":null}""", lines[4]);
        Assert.Equal("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":4}]}]}""", lines[5]);
        foreach (var line in lines)
        {
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind);
        }
    }

    [Fact]
    public void WithoutDataTheRootValueIsEmpty()
    {
        var (_, lines) = Exec("type Query { a: Int }", null, "{\"query\":\"{ a __typename }\"}\n");
        Assert.Equal("""{"data":{"a":null,"__typename":"Query"}}""", Assert.Single(lines));
    }

    [Fact]
    public void AnInvalidSchemaAnswersEveryLineWithItsErrors()
    {
        var (exitCode, lines) = Exec("type Query { a: Missing }", null, "{\"query\":\"{ a }\"}\n{\"query\":\"{ a }\"}\n");
        Assert.Equal(2, exitCode);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, l => Assert.Equal("""{"errors":[{"message":"Unknown type: \"Missing\".","locations":[{"line":1,"column":17}]}]}""", l));
    }
}
