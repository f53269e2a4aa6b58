using System.Net;
using System.Text;
using System.Text.Json;
using BudgetGraph.Api.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// Issue 8, hostile input: each request is refused (or bounded) by the server's default limits with a
/// GraphQL error and a code, no resolver runs for a refused one, and the server keeps answering.
/// </summary>
public sealed class HostileInputTests : IClassFixture<TestSchemaApi>
{
    private readonly TestSchemaApi _api;
    private readonly HttpClient _client;

    public HostileInputTests(TestSchemaApi api)
    {
        _api = api;
        _client = api.Factory.CreateClient();
    }

    private static int _probes;

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    /// <summary>Asserts the refusal, that no resolver ran for it, and that the server still answers.</summary>
    private async Task AssertRefusedAsync(GraphQLAnswer answer, HttpStatusCode status, string code, string? message = null)
    {
        Assert.Equal(status, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal(code, answer.Code);
        if (message is not null)
        {
            Assert.Equal(message, answer.Message);
        }

        Assert.Empty(_api.Schema.Operations);
        // A text of its own each time, so that the response cache cannot answer it: the probe must execute.
        var probe = await _client.PostAsync($"{{ apiVersion probe{Interlocked.Increment(ref _probes)}: apiVersion }}");
        Assert.Equal(HttpStatusCode.OK, probe.Status);
        Assert.Equal("miss", probe.Response.Header("X-Cache"));
    }

    [Fact]
    public async Task HundredThousandNestedBraces_AreMaxDepth()
    {
        var query = "{ operation " + Repeat("items { ", 100_000) + "id" + Repeat(" }", 100_001);

        var answer = await _client.PostAsync(query);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.MaxDepth,
            "Syntax Error: Document contains more than 64 levels of nesting. Parsing aborted.");
    }

    [Fact]
    public async Task HundredThousandNestedListValues_AreMaxDepth()
    {
        var query = "{ operation count(values: " + Repeat("[", 100_000) + Repeat("]", 100_000) + ") }";

        var answer = await _client.PostAsync(query);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.MaxDepth);
    }

    [Fact]
    public async Task TenMegabyteBody_IsTooLarge()
    {
        var body = """{"query":"{ operation }","variables":{"x":" """ + new string('x', 10 * 1024 * 1024) + "\"}}";

        var answer = await _client.PostRawAsync(body);

        await AssertRefusedAsync(answer, HttpStatusCode.RequestEntityTooLarge, ErrorCodes.RequestTooLarge,
            "The request body is larger than 1,048,576 bytes.");
    }

    [Fact]
    public async Task TenThousandAliases_AreMaxTokens()
    {
        var query = "{ operation " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: apiVersion ")) + "}";

        var answer = await _client.PostAsync(query);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.MaxTokens,
            "Syntax Error: Document contains more than 15000 tokens. Parsing aborted.");
    }

    [Fact]
    public async Task FourThousandAliases_StayWithinTheLimits_AndRun()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 4_000).Select(i => $"a{i}: apiVersion ")) + "}";

        var answer = await _client.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(4_000, answer.Data!.AsObject().Count);
    }

    [Fact]
    public async Task FragmentCycle_IsAnsweredWithoutFollowingTheCycle()
    {
        var answer = await _client.PostAsync("{ ...A } fragment A on Query { ...B apiVersion } fragment B on Query { ...A }");

        // The specification's validation refuses the cycle (NoFragmentCycles); until every rule is in the
        // engine, execution must at least not follow it. Either way: an answer, not a hang or a crash.
        if (answer.Status == HttpStatusCode.BadRequest)
        {
            Assert.Equal(ErrorCodes.ValidationFailed, answer.Errors[0]!["extensions"]!["code"]!.GetValue<string>());
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal("""{"data":{"apiVersion":"0.1.0-placeholder"}}""", answer.Body);
        }
    }

    [Fact]
    public async Task FragmentsSpreadingFragmentsTwice_AreMeasuredOnce_NotExponentially()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice … : 2^40 spreads written out, one field in the response.
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "));
        var answer = await _client.PostAsync("{ ...F0 } " + fragments + "fragment F40 on Query { apiVersion }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("""{"data":{"apiVersion":"0.1.0-placeholder"}}""", answer.Body);
    }

    [Fact]
    public async Task FragmentsSpreadingFragmentsTwice_ThroughInlineFragments_AreMaxTokens_NotWrittenOut()
    {
        // As above, but each second spread sits in an inline fragment, so no spread repeats another: 2^40 selections
        // written out. HotChocolate's normalizer wrote them out until the host ran out of memory and died.
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ... on Query {{ ...F{i + 1} }} }} "));
        var answer = await _client.PostAsync("{ operation ...F0 } " + fragments + "fragment F40 on Query { apiVersion }");

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.MaxTokens,
            "The operation selects more than 15000 fields once its fragments are written out.");
    }

    [Fact]
    public async Task FragmentsNestingListsExponentially_AreMaxCost()
    {
        // Each of 12 levels selects two lists of two children of every item: 4^12 nodes within 14 levels of depth.
        var query = "{ operation a: items(first: 2) { ...I0 } } "
            + string.Concat(Enumerable.Range(0, 12).Select(i => $"fragment I{i} on Item {{ x: children(first: 2) {{ ...I{i + 1} }} y: children(first: 2) {{ ...I{i + 1} }} }} "))
            + "fragment I12 on Item { id }";

        var answer = await _client.PostAsync(query);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.MaxCost);
    }

    [Fact]
    public async Task DeeplyRecursiveIntrospection_IsMaxExecutionDepth()
    {
        var query = "{ operation __type(name: \"Query\") { " + Repeat("ofType { ", 20) + "name" + Repeat(" }", 21) + " }";

        var answer = await _client.PostAsync(query);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.MaxExecutionDepth,
            "The operation is 22 fields deep; the limit is 15.");
    }

    [Fact]
    public async Task WideRecursiveIntrospection_IsMaxCost()
    {
        // Within the depth limit (and within graphql-js's introspection depth rule, which refuses a third
        // nested fields/inputFields), but types × fields × args × inputFields × enumValues multiplies
        // (20 per list by default).
        var query = "{ operation __schema { types { fields { args { type { inputFields { type { enumValues { name description isDeprecated } } } } } } } } }";

        var answer = await _client.PostAsync(query);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.MaxCost);
    }

    [Fact]
    public async Task GraphiQLsIntrospectionQuery_RunsWithinTheDefaultLimits()
    {
        // graphql-js 17's getIntrospectionQuery() shape, with its default type depth of 9 ofType levels.
        static string TypeRef(int depth) => "kind name" + (depth == 0 ? "" : " ofType { " + TypeRef(depth - 1) + " }");
        var query = """
            query IntrospectionQuery { __schema { description queryType { name kind } mutationType { name kind } subscriptionType { name kind }
              types { ...FullType } directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } } } }
            fragment FullType on __Type { kind name description specifiedByURL isOneOf
              fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
              inputFields(includeDeprecated: true) { ...InputValue } interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
            """ + "fragment TypeRef on __Type { " + TypeRef(9) + " }";

        var answer = await _client.PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(answer.Errors);
        Assert.Equal("Query", answer.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{ operation items(first: 100000000) { id } }", "Argument \"first\" of field \"Query.items\" is 100000000; the largest page size is 100.")]
    [InlineData("{ operation items(last: 2147483647) { id } }", "Argument \"last\" of field \"Query.items\" is 2147483647; the largest page size is 100.")]
    public async Task HugePage_IsMaxPageSize(string query, string message)
    {
        var answer = await _client.PostAsync(query);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.MaxPageSize, message);
    }

    [Fact]
    public async Task ThousandOperationBatch_IsRefused()
    {
        var body = "[" + string.Join(',', Enumerable.Repeat("""{"query":"{ operation }"}""", 1_000)) + "]";

        var answer = await _client.PostRawAsync(body);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.BatchingNotSupported);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong encoding of '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a UTF-16 surrogate encoded in UTF-8
    public async Task InvalidUtf8_IsRefused(byte[] invalid)
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ operation echo(text: \\\"").Concat(invalid).Concat(Encoding.UTF8.GetBytes("\\\") }\"}")).ToArray();

        var answer = await _client.PostBytesAsync(body);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.BadRequest, "The request body is not valid UTF-8.");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("garbage")]
    public async Task WrongContentType_IsUnsupported(string contentType)
    {
        var answer = await _client.PostBytesAsync(Encoding.UTF8.GetBytes("""{"query":"{ operation }"}"""), contentType: contentType);

        await AssertRefusedAsync(answer, HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task HugeVariablesObject_OverTheBodyLimit_IsTooLarge()
    {
        var variables = Enumerable.Range(0, 100_000).ToDictionary(i => "v" + i, i => (object)i);

        var answer = await _client.PostAsync("{ operation }", variables);

        await AssertRefusedAsync(answer, HttpStatusCode.RequestEntityTooLarge, ErrorCodes.RequestTooLarge);
    }

    [Fact]
    public async Task LargeVariablesObject_UnderTheBodyLimit_Runs()
    {
        // About 900 KB of variables the operation does not declare: read, then ignored.
        var variables = Enumerable.Range(0, 60_000).ToDictionary(i => "v" + i, i => (object)i);
        var body = JsonSerializer.Serialize(new { query = "{ apiVersion }", variables });

        var answer = await _client.PostRawAsync(body);

        Assert.InRange(body.Length, 800_000, 1_048_576);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(answer.Errors);
    }

    [Fact]
    public async Task TenThousandElementListInVariables_IsMaxListSize_AHundredIsCounted()
    {
        const string query = "query($values: [Int!]!) { count(values: $values) }";
        var answer = await _client.PostAsync(query, new { values = Enumerable.Range(0, 10_000).ToArray() });
        var hundred = await _client.PostAsync(query, new { values = Enumerable.Range(0, 100).ToArray() });

        Assert.Equal("""{"data":{"count":100}}""", hundred.Body);
        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, "MAX_LIST_SIZE",
            "Argument \"values\" of field \"Query.count\" has 10000 items; the largest list size is 100.");
    }

    [Fact]
    public async Task DeeplyNestedJson_IsRefusedByTheJsonReader()
    {
        var body = """{"query":"{ apiVersion }","variables":{"x":""" + Repeat("[", 10_000) + Repeat("]", 10_000) + "}}";

        var answer = await _client.PostRawAsync(body);

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.BadRequest);
        Assert.StartsWith("The request body is not valid JSON: The maximum configured depth of 64 has been exceeded.", answer.Message, StringComparison.Ordinal);
    }
}
