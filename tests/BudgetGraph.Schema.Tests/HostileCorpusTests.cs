using System.Text;
using System.Text.Json;
using BudgetGraph.GraphSchema.Limits;
using HotChocolate;
using HotChocolate.Execution;
using Microsoft.Extensions.DependencyInjection;
using ErrorCodes = BudgetGraph.GraphSchema.Errors.ErrorCodes;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// The GraphQL-level part of the Api's hostile-input corpus (tests/BudgetGraph.Api.Tests/Hostile/HostileCorpusTests.cs:
/// documents, validation, operations, variables, NUL characters, limits, lists) through HotChocolate's executor with the
/// default <c>GraphQL:Limits</c>: each refused with the code the old engine's endpoint gives it, and no other code.
/// The HTTP-level part (bodies, encodings, media types) belongs to the host.
/// </summary>
[Collection(SchemaCollection.Name)]
public sealed class HostileCorpusTests(SchemaFixture warehouse)
{
    private sealed record Case(string Name, string Query, string Code, IReadOnlyDictionary<string, object?>? Variables = null, string? OperationName = null);

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static string[] Codes(int count) => Enumerable.Range(0, count).Select(i => "X" + i).ToArray();

    private static string Literal(int count) => "[" + string.Join(", ", Codes(count).Select(c => "\"" + c + "\"")) + "]";

    private static Dictionary<string, object?> Vars(string name, object? value) => new() { [name] = value };

    private static IEnumerable<Case> Corpus()
    {
        foreach (var document in new[] { "{", "}", "query {", "{ departments(", "{ department(code: \"x) { name } }", "{ a: }", "query query", "{ ... }",
                     "fragment F on Query", "{ departments { code } } }", "\u0001{ __typename }", "{ departments @ { code } }",
                     "{ department(code: \"a\u0000b\") { name } }" })
        {
            yield return new("syntax " + document, document, ErrorCodes.ParseFailed);
        }
        yield return new("100,000 nested braces", "{ " + Repeat("a { ", 100_000) + "code" + Repeat(" }", 100_001), ErrorCodes.MaxDepth);
        yield return new("70 nested selections", "{ " + Repeat("a { ", 70) + "code" + Repeat(" }", 71), ErrorCodes.MaxDepth);
        yield return new("100,000 nested list values", "{ departments(where: " + Repeat("[", 100_000) + Repeat("]", 100_000) + ") { code } }", ErrorCodes.MaxDepth);
        yield return new("10,000 aliases", "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: departments {{ code }} ")) + "}", ErrorCodes.MaxTokens);
        yield return new("900 KB unterminated string", "{ department(code: \"" + new string('x', 900_000) + ") { name } }", ErrorCodes.ParseFailed);
        yield return new("900 KB name of an unknown field", "{ " + new string('x', 900_000) + " }", ErrorCodes.ValidationFailed);

        foreach (var document in new[]
                 {
                     "{ nope }", "{ departments { nope } }", "{ department(nope: 1) { name } }", "{ department(code: 1) { name } }",
                     "{ department { name } }", "{ compare(year: 2023, departmentCodes: [\"szdsj\"], level: FOO) { rows { code } } }",
                     "{ compare(year: 2023.5, departmentCodes: [\"szdsj\"], level: CLASS) { rows { code } } }",
                     "{ departments { ...A } } fragment A on Department { code ...B } fragment B on Department { name ...A }",
                     "{ departments { ...Missing } }", "{ __typename } fragment Unused on Department { code }",
                     "{ departments { ... on Budget { year } } }", "{ departments }",
                     "{ __typename @nope }", "{ __typename @include(if: true) @include(if: false) }",
                     // HotChocolate 16.7.3 does not validate it; BudgetGraph.Schema's TypenameDirectives does.
                     "{ __typename @include(if: \"yes\") }",
                     "query A { __typename } query A { __typename }", "query($a: Int, $a: Int) { __typename }", "query($a: Nope) { __typename }",
                     "query { department(code: $undefined) { name } }", "query($l: BreakdownLevel) { __typename }",
                 })
        {
            yield return new("validation " + document, document, ErrorCodes.ValidationFailed);
        }
        yield return new("mutation", "mutation { x }", ErrorCodes.BadRequest);
        yield return new("subscription", "subscription { x }", ErrorCodes.BadRequest);
        yield return new("introspection 25 levels of fields", "{ __schema { types { " + Repeat("fields { type { ", 25) + "name" + Repeat(" } }", 25) + " } } }",
            ErrorCodes.MaxExecutionDepth);

        yield return new("two operations, no name", "query A { __typename } query B { __typename }", ErrorCodes.OperationResolutionFailure);
        yield return new("operation name not found", "query A { __typename }", ErrorCodes.OperationResolutionFailure, OperationName: "B");
        yield return new("100,000-character operation name", "query A { __typename }", ErrorCodes.OperationResolutionFailure, OperationName: new string('B', 100_000));
        yield return new("operation name for an anonymous operation", "{ __typename }", ErrorCodes.OperationResolutionFailure, OperationName: "A");

        const string byYear = "query($y: Int!) { compare(year: $y, departmentCodes: [\"szdsj\"], level: CLASS) { rows { code } } }";
        foreach (var (name, value) in new (string, object?)[]
                 {
                     ("a string", "2023"), ("a fraction", 2023.5), ("beyond 32 bits", 1L << 40), ("null", null),
                     ("an object", new Dictionary<string, object?> { ["y"] = 1 }), ("a list", new List<object?> { 2023 }), ("true", true),
                 })
        {
            yield return new("variable Int! as " + name, byYear, ErrorCodes.BadUserInput, Vars("y", value));
        }
        yield return new("required variable missing", byYear, ErrorCodes.BadUserInput, new Dictionary<string, object?>());
        yield return new("unknown input field", "query($w: DepartmentFilterInput) { departments(where: $w) { code } }", ErrorCodes.BadUserInput,
            Vars("w", new Dictionary<string, object?> { ["nope"] = 1 }));
        yield return new("input object for a string", "query($c: String!) { department(code: $c) { name } }", ErrorCodes.BadUserInput,
            Vars("c", new Dictionary<string, object?> { ["a"] = 1 }));

        yield return new("NUL in a literal argument", "{ department(code: \"a\\u0000b\") { name } }", ErrorCodes.BadUserInput);
        yield return new("NUL in a variable", "query($c: String!) { department(code: $c) { name } }", ErrorCodes.BadUserInput, Vars("c", "a\0b"));
        yield return new("NUL in a filter", "query($w: DepartmentFilterInput) { departments(where: $w) { code } }", ErrorCodes.BadUserInput,
            Vars("w", new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["contains"] = "\0" } }));
        yield return new("NUL in a list item", "query($c: [String!]!) { breakdown(year: 2023, departmentCodes: $c) { amount } }", ErrorCodes.BadUserInput,
            Vars("c", new List<object?> { "szdsj", "\0" }));
        yield return new("NUL in an id", "query($id: ID!) { node(id: $id) { id } }", ErrorCodes.BadUserInput, Vars("id", "\0"));

        yield return new("first: 100,000,000", "{ departments(first: 100000000) { code } }", ErrorCodes.MaxPageSize);
        yield return new("last: 2,147,483,647", "{ expenditures(last: 2147483647) { totalCount } }", ErrorCodes.MaxPageSize);
        yield return new("first from a variable", "query($n: Int) { expenditures(first: $n) { totalCount } }", ErrorCodes.MaxPageSize, Vars("n", 100_000_000));
        yield return new("introspection 22 fields deep", "{ __type(name: \"Query\") { " + Repeat("ofType { ", 20) + "name" + Repeat(" }", 22),
            ErrorCodes.MaxExecutionDepth);
        yield return new("introspection cost", "{ __schema { types { fields { args { type { inputFields { type { enumValues { name } } } } } } } } }", ErrorCodes.MaxCost);
        yield return new("compare with 30,000 codes", "query($c: [String!]!) { compare(year: 2023, departmentCodes: $c, level: CLASS) { totals { amount } } }",
            ErrorCodes.MaxListSize, Vars("c", Codes(30_000)));
        yield return new("breakdown with 30,000 codes", "query($c: [String!]!) { breakdown(year: 2023, departmentCodes: $c) { amount } }",
            ErrorCodes.MaxListSize, Vars("c", Codes(30_000)));
        yield return new("nodes with 20,000 ids", "query($c: [ID!]!) { nodes(ids: $c) { id } }", ErrorCodes.MaxListSize, Vars("c", Codes(20_000)));
        yield return new("where.or with 10,000 branches", "query($w: ExpenditureFilterInput) { expenditures(where: $w) { totalCount } }", ErrorCodes.MaxListSize,
            Vars("w", new Dictionary<string, object?> { ["or"] = Codes(10_000).Select(c => (object?)new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["eq"] = c } }).ToList() }));
        yield return new("where.code.in with 10,000 codes", "query($c: [String!]) { expenditures(where: { code: { in: $c } }) { totalCount } }",
            ErrorCodes.MaxListSize, Vars("c", Codes(10_000)));
        yield return new("includeCodes with 10,000 codes", "query($c: [String!]) { expenditures(includeCodes: $c) { totalCount } }",
            ErrorCodes.MaxListSize, Vars("c", Codes(10_000)));
        yield return new("literal list of 101 codes", "{ compare(year: 2023, departmentCodes: " + Literal(101) + ", level: CLASS) { totals { amount } } }",
            ErrorCodes.MaxListSize);
        yield return new("default of 200 codes", "query($c: [String!]! = " + Literal(200) + ") { breakdown(year: 2023, departmentCodes: $c) { amount } }",
            ErrorCodes.MaxListSize);
        yield return new("nested and/or lists", "query($w: ExpenditureFilterInput) { expenditures(where: $w) { totalCount } }", ErrorCodes.MaxListSize,
            Vars("w", new Dictionary<string, object?> { ["and"] = new List<object?> { new Dictionary<string, object?> { ["or"] =
                Codes(500).Select(c => (object?)new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["eq"] = c } }).ToList() } } }));
    }

    [Fact]
    public async Task Every_hostile_request_is_refused_with_the_old_engines_code()
    {
        await using var services = warehouse.CreateHotChocolateServices(new GraphQLLimitsOptions());
        var executor = await Executors.BuildAsync(services);
        var cases = Corpus().ToList();
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        var failures = new List<string>();
        foreach (var hostile in cases)
        {
            await using var scope = services.CreateAsyncScope();
            var request = OperationRequestBuilder.New().SetDocument(hostile.Query).SetOperationName(hostile.OperationName)
                .SetVariableValues(hostile.Variables).SetServices(scope.ServiceProvider).Build();
            await using var result = await Task.Run(() => executor.ExecuteAsync(request));
            var answer = JsonDocument.Parse(result.ToJson()).RootElement;
            var codes = answer.TryGetProperty("errors", out var errors)
                ? errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() : null).Distinct().ToList()
                : [];
            if (codes.Count != 1 || codes[0] != hostile.Code)
            {
                var text = answer.GetRawText();
                failures.Add($"{hostile.Name}: expected {hostile.Code}, got [{string.Join(", ", codes)}] {(text.Length > 300 ? text[..300] : text)}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count}:\n" + string.Join('\n', failures));
    }
}
