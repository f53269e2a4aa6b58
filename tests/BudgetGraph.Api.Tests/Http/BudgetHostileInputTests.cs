using System.Net;
using System.Text;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Tests.Budget;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The served API as deployed: Program with the budget schema over a real warehouse (a temporary SQLite file, or PostgreSQL: TestDatabase, as
/// <c>--db</c>, filled by the start-up import of data/sources), default limits.
/// </summary>
public sealed class BudgetApi : IDisposable
{
    private readonly TestDatabase _database = TestDatabase.Create("hostile-tests");

    /// <summary>The server.</summary>
    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>Starts the server (the import runs at the first client's creation).</summary>
    public BudgetApi()
    {
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in _database.Settings)
            {
                b.UseSetting(key, value);
            }
            b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Factory.Dispose();
        _database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}

/// <summary>
/// Issue 8, hostile input against the BUDGET schema that is served: every request is refused (or bounded) by the
/// server's default limits with a GraphQL error and its code, and a normal budget query succeeds right after.
/// </summary>
public sealed class BudgetHostileInputTests : IClassFixture<BudgetApi>
{
    private const string NormalQuery = "{ departments { code } }";
    private readonly HttpClient _client;

    public BudgetHostileInputTests(BudgetApi api) => _client = api.Factory.CreateClient();

    private static int _probes;

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    /// <summary>Asserts the refusal (no data, the status and code), then that the server still answers a normal query.</summary>
    private async Task AssertRefusedAsync(GraphQLAnswer answer, HttpStatusCode status, string code, string? message = null)
    {
        Assert.Equal(status, answer.Status);
        Assert.False(answer.HasData, answer.Body);
        Assert.Equal(code, answer.Errors[0]!["extensions"]!["code"]!.GetValue<string>());
        if (message is not null)
        {
            Assert.Equal(message, answer.Errors[0]!["message"]!.GetValue<string>());
        }
        await AssertResponsiveAsync();
    }

    private async Task AssertResponsiveAsync()
    {
        // A text of its own each time, so that the response cache cannot answer it: the query must execute.
        var normal = await _client.PostAsync($"{{ departments {{ code }} probe{Interlocked.Increment(ref _probes)}: __typename }}");
        Assert.Equal(HttpStatusCode.OK, normal.Status);
        Assert.Equal("miss", normal.Response.Header("X-Cache"));
        Assert.Empty(normal.Errors);
        Assert.Equal(3, normal.Data!["departments"]!.AsArray().Count);
    }

    [Fact]
    public async Task HundredThousandNestedBraces_AreMaxDepth()
    {
        var query = "{ " + Repeat("a { ", 100_000) + "code" + Repeat(" }", 100_001);

        await AssertRefusedAsync(await _client.PostAsync(query), HttpStatusCode.BadRequest, ErrorCodes.MaxDepth,
            "Syntax Error: Document contains more than 64 levels of nesting. Parsing aborted.");
    }

    [Fact]
    public async Task TenMegabyteBody_IsTooLarge()
    {
        var body = """{"query":"{ departments { code } }","variables":{"x":" """ + new string('x', 10 * 1024 * 1024) + "\"}}";

        await AssertRefusedAsync(await _client.PostRawAsync(body), HttpStatusCode.RequestEntityTooLarge, ErrorCodes.RequestTooLarge,
            "The request body is larger than 1,048,576 bytes.");
    }

    [Fact]
    public async Task TenThousandAliases_AreMaxTokens()
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: departments {{ code }} ")) + "}";

        await AssertRefusedAsync(await _client.PostAsync(query), HttpStatusCode.BadRequest, ErrorCodes.MaxTokens,
            "Syntax Error: Document contains more than 15000 tokens. Parsing aborted.");
    }

    [Fact]
    public async Task FragmentCycle_IsAValidationError()
    {
        var query = "{ departments { ...A } } fragment A on Department { code ...B } fragment B on Department { name ...A }";

        await AssertRefusedAsync(await _client.PostAsync(query), HttpStatusCode.BadRequest, ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task DeeplyRecursiveIntrospection_IsRefused()
    {
        // 25 levels of fields { type { … } }: within the parser's nesting limit, 53 fields deep. The depth limit answers
        // first (the old engine's introspection depth rule answered GRAPHQL_VALIDATION_FAILED before it), as for any
        // other operation too deep: one code for one cause.
        var query = "{ __schema { types { " + Repeat("fields { type { ", 25) + "name" + Repeat(" } }", 25) + " } } }";

        await AssertRefusedAsync(await _client.PostAsync(query), HttpStatusCode.BadRequest, ErrorCodes.MaxExecutionDepth,
            "The operation is 53 fields deep; the limit is 15.");
    }

    [Theory]
    [InlineData("{ expenditures(first: 100000000) { totalCount } }", "Argument \"first\" of field \"Query.expenditures\" is 100000000; the largest page size is 100.")]
    [InlineData("{ departments(first: 100000000) { code } }", "Argument \"first\" of field \"Query.departments\" is 100000000; the largest page size is 100.")]
    public async Task HugePage_IsMaxPageSize(string query, string message)
    {
        await AssertRefusedAsync(await _client.PostAsync(query), HttpStatusCode.BadRequest, ErrorCodes.MaxPageSize, message);
    }

    [Fact]
    public async Task HugePageFromAVariable_IsMaxPageSize()
    {
        var answer = await _client.PostAsync("query($n: Int) { expenditures(first: $n) { totalCount } }", new { n = 100_000_000 });

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, ErrorCodes.MaxPageSize,
            "Argument \"first\" of field \"Query.expenditures\" is 100000000; the largest page size is 100.");
    }

    [Fact]
    public async Task ThousandOperationBatch_IsRefused()
    {
        var body = "[" + string.Join(',', Enumerable.Repeat("""{"query":"{ departments { code } }"}""", 1_000)) + "]";

        await AssertRefusedAsync(await _client.PostRawAsync(body), HttpStatusCode.BadRequest, ErrorCodes.BatchingNotSupported);
    }

    [Fact]
    public async Task InvalidUtf8_IsRefused()
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ department(code: \\\"").Concat(new byte[] { 0xC0, 0xAF })
            .Concat(Encoding.UTF8.GetBytes("\\\") { name } }\"}")).ToArray();

        await AssertRefusedAsync(await _client.PostBytesAsync(body), HttpStatusCode.BadRequest, ErrorCodes.BadRequest,
            "The request body is not valid UTF-8.");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task WrongContentType_IsUnsupported(string contentType)
    {
        var answer = await _client.PostBytesAsync(Encoding.UTF8.GetBytes("""{"query":"{ departments { code } }"}"""), contentType: contentType);

        await AssertRefusedAsync(answer, HttpStatusCode.UnsupportedMediaType, ErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task HugeVariablesObject_IsTooLarge()
    {
        var variables = Enumerable.Range(0, 100_000).ToDictionary(i => "v" + i, i => (object)i);

        await AssertRefusedAsync(await _client.PostAsync(NormalQuery, variables), HttpStatusCode.RequestEntityTooLarge, ErrorCodes.RequestTooLarge);
    }

    /// <summary>Asserts a field error BAD_USER_INPUT with the message (data null: the field is non-null), then responsiveness.</summary>
    private async Task AssertBadUserInputAsync(GraphQLAnswer answer, string message)
    {
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Null(answer.Data);
        Assert.Equal(ErrorCodes.BadUserInput, answer.Code);
        Assert.Equal(message, answer.Message);
        await AssertResponsiveAsync();
    }

    [Fact]
    public async Task TenThousandOrBranchesInVariables_AreMaxListSize()
    {
        // Before the bound these killed the server (a stack overflow in EF Core's recursion over a 10,000-deep
        // tree), then, balanced, failed in SQLite (expression depth over 1,000) as an internal error; now no list of an
        // argument may have more than GraphQL:Limits:MaxListSize items.
        var branches = Enumerable.Range(0, 10_000).Select(i => new { code = new { eq = "X" + i } }).ToArray();

        var answer = await _client.PostAsync("query($where: ExpenditureFilterInput) { expenditures(where: $where) { totalCount } }",
            new { where = new { or = branches } });

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, "MAX_LIST_SIZE",
            "Argument \"where.or\" of field \"Query.expenditures\" has 10000 items; the largest list size is 100.");
    }

    [Fact]
    public async Task TenThousandElementListInVariables_IsMaxListSize()
    {
        var codes = Enumerable.Range(0, 10_000).Select(i => "X" + i).ToArray();

        var answer = await _client.PostAsync("query($codes: [String!]) { expenditures(includeCodes: $codes) { totalCount } }", new { codes });

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, "MAX_LIST_SIZE",
            "Argument \"includeCodes\" of field \"Query.expenditures\" has 10000 items; the largest list size is 100.");
    }

    [Fact]
    public async Task TenThousandElementInList_IsMaxListSize()
    {
        const string query = "query($codes: [String!]) { expenditures(where: { code: { in: $codes } }) { totalCount } }";
        var answer = await _client.PostAsync(query, new { codes = Enumerable.Range(0, 10_000).Select(i => i == 0 ? "201" : "X" + i).ToArray() });

        await AssertRefusedAsync(answer, HttpStatusCode.BadRequest, "MAX_LIST_SIZE",
            "Argument \"where.code.in\" of field \"Query.expenditures\" has 10000 items; the largest list size is 100.");
    }

    [Fact]
    public async Task ManyConditionsInShortLists_AreStillBoundedByTheConditionCount()
    {
        // Every list within MaxListSize, but 100 branches of two prefixes each are more conditions than a statement may hold.
        var branches = Enumerable.Range(0, 100).Select(i => new { code = new { startsWith = "X" + i }, name = new { startsWith = "Y" + i } }).ToArray();

        var answer = await _client.PostAsync("query($where: ExpenditureFilterInput) { expenditures(where: $where) { totalCount } }",
            new { where = new { or = branches } });

        await AssertBadUserInputAsync(answer, $"Argument \"where\" has 400 conditions; at most {FilterConditions.Max} are allowed.");
    }

    [Fact]
    public async Task ListsAtTheBound_AreAnsweredCorrectly()
    {
        // 100 codes (GraphQL:Limits:MaxListSize), only 201 real, give what 201 alone gives, as includeCodes (201 and the
        // codes below it) or as an "in" list (201 exactly); so do 100 or-branches of startsWith (each is two conditions: not null and the prefix, so 200 of
        // the 250 conditions allowed).
        var codes = Enumerable.Range(0, 100).Select(i => i == 0 ? "201" : "X" + i).ToArray();
        const string byCodes = "query($codes: [String!]) { expenditures(includeCodes: $codes) { totalCount } }";
        const string byIn = "query($codes: [String!]) { expenditures(where: { code: { in: $codes } }) { totalCount } }";
        const string byWhere = "query($where: ExpenditureFilterInput) { expenditures(where: $where) { totalCount } }";

        var one = await _client.PostAsync(byCodes, new { codes = new[] { "201" } });
        var many = await _client.PostAsync(byCodes, new { codes });
        var inOne = await _client.PostAsync(byIn, new { codes = new[] { "201" } });
        var inList = await _client.PostAsync(byIn, new { codes });
        var branches = await _client.PostAsync(byWhere, new { where = new { or = codes.Select(c => new { code = new { startsWith = c } }).ToArray() } });

        Assert.True(one.Data!["expenditures"]!["totalCount"]!.GetValue<int>() > 0, one.Body);
        Assert.Equal(one.Body, many.Body);
        Assert.True(inOne.Data!["expenditures"]!["totalCount"]!.GetValue<int>() > 0, inOne.Body);
        Assert.Equal(inOne.Body, inList.Body);
        Assert.Equal(one.Body, branches.Body);
    }
}
