using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.GraphQL.Tests.CrossCheck;
using Xunit.Abstractions;
using static BudgetGraph.GraphQL.Tests.Validation.ValidationHarness;

namespace BudgetGraph.GraphQL.Tests.Validation;

/// <summary>
/// Our validator against graphql-js 17.1.0's <c>validate()</c> on a corpus of our own documents
/// (validation-corpus.json next to this file, read from the source tree): the same errors, with the same messages and locations, in the same order.
/// </summary>
public class GraphQLJsValidationTests(ITestOutputHelper output)
{
    // Runs with tests/js as the working directory so that `import 'graphql'` resolves to its node_modules.
    private const string ValidateScript = """
        import { buildSchema, parse, validate } from 'graphql';
        let text = '';
        for await (const chunk of process.stdin) text += chunk;
        const input = JSON.parse(text);
        const schema = buildSchema(input.sdl);
        const result = input.cases.map((query) => validate(schema, parse(query))
          .map((e) => e.message + ' @ ' + (e.locations ?? []).map((l) => l.line + ':' + l.column).join(',')));
        process.stdout.write(JSON.stringify(result));
        """;

    [Fact]
    public void ValidationCorpusMatchesGraphQLJs()
    {
        if (!JsOracle.IsAvailable(out var reason))
        {
            output.WriteLine($"Skipped comparison: {reason}.");
            return;
        }
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(JsOracle.RepositoryRoot, "tests", "BudgetGraph.GraphQL.Tests", "Validation", "validation-corpus.json")))!["cases"]!
            .AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.True(cases.Count >= 150, "the corpus must hold at least 150 documents");
        var expected = RunGraphQLJs(cases);

        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var actual = Errors(cases[i]);
            if (!actual.SequenceEqual(expected[i]))
            {
                failures.Add($"#{i} {cases[i]}\n   expected {JsonSerializer.Serialize(expected[i])}\n   actual   {JsonSerializer.Serialize(actual)}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} documents differ from graphql-js:\n" + string.Join("\n", failures));
        Assert.Contains(expected, e => e.Count == 0);
        Assert.Contains(expected, e => e.Count > 1);
    }

    private static List<List<string>> RunGraphQLJs(List<string> cases)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = Path.Combine(JsOracle.RepositoryRoot, "tests", "js"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--input-type=module", "--eval", ValidateScript })
        {
            info.ArgumentList.Add(argument);
        }
        using var process = Process.Start(info)!;
        process.StandardInput.Write(JsonSerializer.Serialize(new { sdl = Sdl, cases }));
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "graphql-js timed out");
        Assert.True(process.ExitCode == 0, $"graphql-js failed: {stderr.Result}");
        return JsonSerializer.Deserialize<List<List<string>>>(stdout.Result)!;
    }
}
