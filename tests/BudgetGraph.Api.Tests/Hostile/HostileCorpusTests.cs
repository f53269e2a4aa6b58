using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.Api.Tests.Http;
using Xunit.Abstractions;

namespace BudgetGraph.Api.Tests.Hostile;

/// <summary>
/// Issue 14, item 10: a corpus of hostile requests against the deployed server (Kestrel, budget schema, the run's
/// database), each answered with a 4xx or a GraphQL error with a code — never a 5xx, never an empty body — and followed
/// by a probe that the server executes (a cache miss). Durations are written to the test output, not asserted
/// (docs/performance.md records the largest).
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class HostileCorpusTests(RealServer server, ITestOutputHelper output)
{
    private readonly HttpClient _client = server.CreateClient();

    /// <summary>What a case's request was answered with.</summary>
    private sealed record Answer(int Status, string Body, string? Cache);

    private sealed record Case(string Name, Func<Task<Answer>> Send);

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private static string Codes(int count) => Json(Enumerable.Range(0, count).Select(i => "X" + i).ToArray());

    /// <summary>
    /// A POST over a plain socket: an HTTP client stops at the broken pipe when the server refuses a body before reading
    /// it all (413), where a socket can still read the answer.
    /// </summary>
    private Func<Task<Answer>> Bytes(byte[] body, string? contentType = "application/json", string accept = GraphQLClient.PreferGraphQLResponse) =>
        async () =>
        {
            var headers = new List<string> { "Accept: " + accept, "Content-Length: " + body.Length.ToString(CultureInfo.InvariantCulture) };
            if (contentType is not null)
            {
                headers.Add("Content-Type: " + contentType);
            }
            var raw = await RawHttp.SendAsync(server.BaseAddress, "POST /graphql HTTP/1.1", headers, body);
            return new Answer(raw.Status, raw.Body, raw.Headers.GetValueOrDefault("x-cache"));
        };

    private Func<Task<Answer>> Raw(string body, string? contentType = "application/json", string accept = GraphQLClient.PreferGraphQLResponse) =>
        Bytes(Encoding.UTF8.GetBytes(body), contentType, accept);

    private Func<Task<Answer>> Query(string query, object? variables = null, string? operationName = null) =>
        Raw(Json(new Dictionary<string, object?> { ["query"] = query, ["variables"] = variables, ["operationName"] = operationName }));

    private Func<Task<Answer>> Get(params (string, string)[] parameters) => async () => Of(await _client.GetAsync(parameters));

    private Func<Task<Answer>> Chunked(string chunks) => async () =>
    {
        var raw = await RawHttp.PostChunkedAsync(server.BaseAddress, chunks);
        return new Answer(raw.Status, raw.Body, null);
    };

    private static Answer Of(GraphQLAnswer answer) => new((int)answer.Status, answer.Body, answer.Response.Header("X-Cache"));

    private static byte[] Utf8Around(byte[] invalid) => Encoding.UTF8.GetBytes("{\"query\":\"{ department(code: \\\"")
        .Concat(invalid).Concat(Encoding.UTF8.GetBytes("\\\") { name } }\"}")).ToArray();

    private IEnumerable<Case> Corpus()
    {
        // The body and its JSON.
        yield return new("empty body", Raw(""));
        foreach (var json in new[] { "null", "42", "\"{ __typename }\"", "true", "[]", "{}", "{\"query\":1}", "{\"query\":null}",
                     "{\"query\":[\"{ __typename }\"]}", "{\"query\":{}}", "{\"query\":\"\"}", "{\"query\":\"{ __typename }\",\"variables\":[]}",
                     "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", "{\"query\":\"{ __typename }\",\"variables\":1}",
                     "{\"query\":\"{ __typename }\",\"extensions\":[]}", "{\"query\":\"{ __typename }\",\"operationName\":5}",
                     "{\"query\":\"{", "{\"query\":\"{ __typename }\"} x", "{\"query\":\"{ __typename }\" /* c */}", "{'query':'{ __typename }'}",
                     "{\"query\":\"{ __typename }\",\"variables\":{\"x\":NaN}}", "{\"query\":\"{ __typename }\",\"query\":\"{ departments { code } }\"}",
                     "{\"query\":\"{ __typename }\",\"variables\":{\"a\":1,\"a\":2}}", "{\"query\":\"{ __typename }\",}", "\u00a0" })
        {
            yield return new("JSON " + (json.Length > 60 ? json[..60] : json), Raw(json));
        }
        yield return new("batch of 1,000", Raw("[" + string.Join(',', Enumerable.Repeat("{\"query\":\"{ departments { code } }\"}", 1_000)) + "]"));
        yield return new("JSON nested 10,000 arrays deep", Raw("{\"query\":\"{ __typename }\",\"variables\":{\"x\":" + Repeat("[", 10_000) + Repeat("]", 10_000) + "}}"));
        yield return new("JSON nested 10,000 objects deep", Raw("{\"query\":\"{ __typename }\",\"variables\":" + Repeat("{\"a\":", 10_000) + "1" + Repeat("}", 10_001)));
        yield return new("10 MB body", Raw("{\"query\":\"{ __typename }\",\"variables\":{\"x\":\"" + new string('x', 10 << 20) + "\"}}"));
        yield return new("100,000 variables (over 1 MiB)", Query("{ __typename }", Enumerable.Range(0, 100_000).ToDictionary(i => "v" + i, i => i)));

        // Encodings.
        foreach (var (name, bytes) in new (string, byte[])[]
                 {
                     ("FF FE", [0xFF, 0xFE]), ("overlong /", [0xC0, 0xAF]), ("encoded surrogate", [0xED, 0xA0, 0x80]),
                     ("lone continuation", [0x80]), ("truncated sequence", [0xE4, 0xB8]), ("five-byte form", [0xF8, 0x88, 0x80, 0x80, 0x80]),
                 })
        {
            yield return new("invalid UTF-8: " + name, Bytes(Utf8Around(bytes)));
        }
        yield return new("UTF-16 body", Bytes(Encoding.Unicode.GetBytes("{\"query\":\"{ __typename }\"}")));
        yield return new("UTF-32 body", Bytes(Encoding.UTF32.GetBytes("{\"query\":\"{ __typename }\"}")));
        foreach (var (parameter, body) in new[]
                 {
                     ("query", """{"query":"\ud800"}"""), ("query (low)", """{"query":"{ __typename } \udfff"}"""),
                     ("operationName", """{"query":"{ __typename }","operationName":"\udc00x"}"""),
                     ("variables value", """{"query":"query($c: String!) { department(code: $c) { name } }","variables":{"c":"a\ud800"}}"""),
                     ("variables name", """{"query":"{ __typename }","variables":{"\ud800":1}}"""),
                     ("extensions", """{"query":"{ __typename }","extensions":{"x":["\ud83d"]}}"""),
                     ("reversed pair", """{"query":"{ __typename }","variables":{"x":"\udc00\ud800"}}"""),
                 })
        {
            yield return new("lone surrogate in " + parameter, Raw(body));
        }
        yield return new("lone surrogate escape in a GraphQL string", Query("{ department(code: \"\\ud800\") { name } }"));

        // NUL characters.
        yield return new("NUL in a literal argument", Query("{ department(code: \"a\\u0000b\") { name } }"));
        yield return new("NUL in a variable", Query("query($c: String!) { department(code: $c) { name } }", new { c = "a\0b" }));
        yield return new("NUL in a filter", Query("query($w: DepartmentFilterInput) { departments(where: $w) { code } }", new { w = new { name = new { contains = "\0" } } }));
        yield return new("NUL in a list item", Query("query($c: [String!]!) { breakdown(year: 2023, departmentCodes: $c) { amount } }", new { c = new[] { "szdsj", "\0" } }));
        yield return new("NUL in an id", Query("query($id: ID!) { node(id: $id) { id } }", new { id = "\0" }));
        yield return new("raw NUL in the document", Query("{ department(code: \"a\u0000b\") { name } }"));

        // Media types and negotiation.
        foreach (var contentType in new[] { "text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/graphql",
                     "application/json; charset=latin1", "application/json; charset=utf-16", "garbage", "application/xml", "text/html", "application/jsonx" })
        {
            yield return new("Content-Type " + contentType, Raw("{\"query\":\"{ __typename }\"}", contentType));
        }
        yield return new("no Content-Type", Raw("{\"query\":\"{ __typename }\"}", contentType: null));
        yield return new("Accept image/png", Raw("{\"query\":\"{ __typename }\"}", accept: "image/png"));
        yield return new("Accept application/xml", Raw("{\"query\":\"{ __typename }\"}", accept: "application/xml, text/plain;q=0.5"));

        // GET.
        yield return new("GET without query", Get(("operationName", "x")));
        yield return new("GET variables not JSON", Get(("query", "{ __typename }"), ("variables", "{x")));
        yield return new("GET variables an array", Get(("query", "{ __typename }"), ("variables", "[1]")));
        yield return new("GET extensions not JSON", Get(("query", "{ __typename }"), ("extensions", "nope")));
        yield return new("GET query twice", Get(("query", "{ __typename }"), ("query", "{ departments { code } }")));
        yield return new("GET lone surrogate in variables", Get(("query", "{ __typename }"), ("variables", """{"x":"\ud800"}""")));
        yield return new("GET a syntax error", Get(("query", "{")));

        // Chunked transfer.
        yield return new("chunk size overflowing", Chunked("fffffffffffffffffffff\r\n{}\r\n0\r\n\r\n"));
        yield return new("chunk size not hex", Chunked("zz\r\n{}\r\n0\r\n\r\n"));
        yield return new("chunk suffix wrong", Chunked("2\r\n{}xx\r\n0\r\n\r\n"));
        yield return new("chunk size negative", Chunked("-1\r\n{}\r\n0\r\n\r\n"));
        yield return new("chunked body over 1 MiB", Chunked("1\r\n[\r\n" + Repeat("10000\r\n" + new string('x', 65536) + "\r\n", 20) + "0\r\n\r\n"));

        // Documents: syntax and parser limits.
        foreach (var document in new[] { "{", "}", "query {", "{ departments(", "{ department(code: \"x) { name } }", "{ a: }", "query query", "{ ... }",
                     "fragment F on Query", "{ departments { code } } }", "\u0001{ __typename }", "{ departments @ { code } }" })
        {
            yield return new("syntax " + document, Query(document));
        }
        yield return new("100,000 nested braces", Query("{ " + Repeat("a { ", 100_000) + "code" + Repeat(" }", 100_001)));
        yield return new("70 nested selections", Query("{ " + Repeat("a { ", 70) + "code" + Repeat(" }", 71)));
        yield return new("100,000 nested list values", Query("{ departments(where: " + Repeat("[", 100_000) + Repeat("]", 100_000) + ") { code } }"));
        yield return new("10,000 aliases", Query("{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: departments {{ code }} ")) + "}"));
        yield return new("900 KB unterminated string", Query("{ department(code: \"" + new string('x', 900_000) + ") { name } }"));
        yield return new("900 KB name of an unknown field", Query("{ " + new string('x', 900_000) + " }"));

        // Validation.
        foreach (var document in new[]
                 {
                     "{ nope }", "{ departments { nope } }", "{ department(nope: 1) { name } }", "{ department(code: 1) { name } }",
                     "{ department { name } }", "{ compare(year: 2023, departmentCodes: [\"szdsj\"], level: FOO) { rows { code } } }",
                     "{ compare(year: 99999999999, departmentCodes: [\"szdsj\"], level: CLASS) { rows { code } } }",
                     "{ compare(year: 2023.5, departmentCodes: [\"szdsj\"], level: CLASS) { rows { code } } }",
                     "{ departments { ...A } } fragment A on Department { code ...B } fragment B on Department { name ...A }",
                     "{ departments { ...Missing } }", "{ __typename } fragment Unused on Department { code }",
                     "{ departments { ... on Budget { year } } }", "{ departments }", "{ __typename @include(if: \"yes\") }",
                     "{ __typename @nope }", "{ __typename @include(if: true) @include(if: false) }", "mutation { x }", "subscription { x }",
                     "query A { __typename } query A { __typename }", "query($a: Int, $a: Int) { __typename }", "query($a: Nope) { __typename }",
                     "query { department(code: $undefined) { name } }",
                     "{ __schema { types { " + Repeat("fields { type { ", 25) + "name" + Repeat(" } }", 25) + " } } }",
                 })
        {
            yield return new("validation " + (document.Length > 60 ? document[..60] : document), Query(document));
        }

        // Operations.
        yield return new("two operations, no name", Query("query A { __typename } query B { __typename }"));
        yield return new("operation name not found", Query("query A { __typename }", operationName: "B"));
        yield return new("100,000-character operation name", Query("query A { __typename }", operationName: new string('B', 100_000)));
        yield return new("operation name for an anonymous operation", Query("{ __typename }", operationName: "A"));

        // Variables of the wrong type.
        const string byYear = "query($y: Int!) { compare(year: $y, departmentCodes: [\"szdsj\"], level: CLASS) { rows { code } } }";
        foreach (var (name, value) in new (string, object?)[]
                 {
                     ("a string", "2023"), ("a fraction", 2023.5), ("beyond 32 bits", 1L << 40), ("null", null), ("an object", new { y = 1 }),
                     ("a list", new[] { 2023 }), ("true", true),
                 })
        {
            yield return new("variable Int! as " + name, Query(byYear, new Dictionary<string, object?> { ["y"] = value }));
        }
        yield return new("required variable missing", Query(byYear, new { }));
        yield return new("unknown input field", Query("query($w: DepartmentFilterInput) { departments(where: $w) { code } }", new { w = new { nope = 1 } }));
        yield return new("input object for a string", Query("query($c: String!) { department(code: $c) { name } }", new { c = new { a = 1 } }));
        yield return new("enum value unknown", Query("query($l: BreakdownLevel) { __typename }", new { l = "NOPE" }));

        // Limits: pages, cost, depth, lists.
        yield return new("first: 100,000,000", Query("{ departments(first: 100000000) { code } }"));
        yield return new("last: 2,147,483,647", Query("{ expenditures(last: 2147483647) { totalCount } }"));
        yield return new("first from a variable", Query("query($n: Int) { expenditures(first: $n) { totalCount } }", new { n = 100_000_000 }));
        yield return new("introspection 22 fields deep", Query("{ __type(name: \"Query\") { " + Repeat("ofType { ", 20) + "name" + Repeat(" }", 22)));
        yield return new("introspection cost", Query("{ __schema { types { fields { args { type { inputFields { type { enumValues { name } } } } } } } } }"));
        yield return new("compare with 30,000 codes", Raw("{\"query\":\"query($c: [String!]!) { compare(year: 2023, departmentCodes: $c, level: CLASS) { totals { amount } } }\",\"variables\":{\"c\":" + Codes(30_000) + "}}"));
        yield return new("breakdown with 30,000 codes", Raw("{\"query\":\"query($c: [String!]!) { breakdown(year: 2023, departmentCodes: $c) { amount } }\",\"variables\":{\"c\":" + Codes(30_000) + "}}"));
        yield return new("nodes with 20,000 ids", Raw("{\"query\":\"query($c: [ID!]!) { nodes(ids: $c) { id } }\",\"variables\":{\"c\":" + Codes(20_000) + "}}"));
        yield return new("where.or with 10,000 branches", Query("query($w: ExpenditureFilterInput) { expenditures(where: $w) { totalCount } }",
            new { w = new { or = Enumerable.Range(0, 10_000).Select(i => new { code = new { eq = "X" + i } }).ToArray() } }));
        yield return new("where.code.in with 10,000 codes", Raw("{\"query\":\"query($c: [String!]) { expenditures(where: { code: { in: $c } }) { totalCount } }\",\"variables\":{\"c\":" + Codes(10_000) + "}}"));
        yield return new("includeCodes with 10,000 codes", Raw("{\"query\":\"query($c: [String!]) { expenditures(includeCodes: $c) { totalCount } }\",\"variables\":{\"c\":" + Codes(10_000) + "}}"));
        yield return new("literal list of 101 codes", Query("{ compare(year: 2023, departmentCodes: " + Codes(101) + ", level: CLASS) { totals { amount } } }"));
        yield return new("default of 200 codes", Query("query($c: [String!]! = " + Codes(200) + ") { breakdown(year: 2023, departmentCodes: $c) { amount } }"));
        yield return new("nested and/or lists", Query("query($w: ExpenditureFilterInput) { expenditures(where: $w) { totalCount } }",
            new { w = new { and = new[] { new { or = Enumerable.Range(0, 500).Select(i => new { code = new { eq = "X" + i } }).ToArray() } } } }));
        yield return new("400 conditions in short lists", Query("query($w: ExpenditureFilterInput) { expenditures(where: $w) { totalCount } }",
            new { w = new { or = Enumerable.Range(0, 100).Select(i => new { code = new { startsWith = "X" + i }, name = new { startsWith = "Y" + i } }).ToArray() } }));

        // Persisted queries.
        yield return new("unknown persisted query", Raw("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('a', 64) + "\"}}}"));
        yield return new("persisted query hash mismatch", Raw("{\"query\":\"{ __typename }\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('b', 64) + "\"}}}"));
        yield return new("persisted query version 2", Raw("{\"extensions\":{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"abc\"}}}"));
        yield return new("persisted query hash not a string", Raw("{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":5}}}"));
    }

    private static int _probes;

    [Fact]
    public async Task EveryHostileRequest_IsRefusedWithACode_AndTheServerKeepsExecuting()
    {
        var cases = Corpus().ToList();
        Assert.True(cases.Count >= 100, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct().Count());
        var failures = new List<string>();
        var durations = new List<(string Name, double Milliseconds)>();
        foreach (var hostile in cases)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await hostile.Send();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            durations.Add((hostile.Name, elapsed));
            var problem = Problem(answer);
            output.WriteLine($"{elapsed,8:0.0} ms  {answer.Status}  {Codes(answer)}  {hostile.Name}");
            if (problem is not null)
            {
                failures.Add($"{hostile.Name}: {problem}");
            }

            var probe = await _client.PostAsync($"{{ departments {{ code }} probe{Interlocked.Increment(ref _probes)}: __typename }}");
            if (probe.Status != HttpStatusCode.OK || probe.Response.Header("X-Cache") != "miss" || probe.Errors.Count > 0
                || probe.Data!["departments"]!.AsArray().Count != 3)
            {
                failures.Add($"{hostile.Name}: the probe after it answered {(int)probe.Status} {probe.Body}");
            }
        }

        var slowest = durations.MaxBy(d => d.Milliseconds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{cases.Count} requests on {server.Provider}; slowest {slowest.Milliseconds:0.0} ms ({slowest.Name}); median {durations.Select(d => d.Milliseconds).Order().ElementAt(durations.Count / 2):0.0} ms"));
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    /// <summary>Null when the answer is a proper refusal: 4xx, or a GraphQL error; a JSON body whose every error has a code.</summary>
    private static string? Problem(Answer answer)
    {
        if (answer.Status is < 200 or >= 500 or (>= 201 and < 400))
        {
            return $"status {answer.Status}: {Short(answer.Body)}";
        }

        if (answer.Body.Length == 0)
        {
            return $"status {answer.Status} with an empty body";
        }

        JsonArray? errors;
        try
        {
            errors = JsonNode.Parse(answer.Body)?["errors"]?.AsArray();
        }
        catch (JsonException)
        {
            return $"status {answer.Status}, not JSON: {Short(answer.Body)}";
        }

        if (errors is not { Count: > 0 })
        {
            return $"status {answer.Status} without errors: {Short(answer.Body)}";
        }

        return errors.All(e => e?["extensions"]?["code"]?.GetValue<string>() is { Length: > 0 } code && code != "INTERNAL_SERVER_ERROR")
            ? null
            : $"an error without a code, or internal: {Short(answer.Body)}";
    }

    private static string Codes(Answer answer)
    {
        try
        {
            return string.Join(',', JsonNode.Parse(answer.Body)?["errors"]?.AsArray().Select(e => e?["extensions"]?["code"]?.ToString()) ?? []);
        }
        catch (JsonException)
        {
            return "-";
        }
    }

    private static string Short(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
