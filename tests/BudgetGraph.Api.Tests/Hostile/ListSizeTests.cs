using System.Net;
using System.Text;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Hostile;

/// <summary>
/// Issue 14, item 2: every list in an argument — found from the schema's argument types, a literal or a variable, at
/// any depth of input objects — has at most <c>GraphQL:Limits:MaxListSize</c> (100) items, refused before any SQL with
/// <c>MAX_LIST_SIZE</c> and a message naming the argument and the limit; lists at the limit are answered.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class ListSizeTests(RealServer server)
{
    private readonly HttpClient _client = server.CreateClient();

    private static string[] Codes(int count) => Enumerable.Range(0, count).Select(i => i == 0 ? "szdsj" : "X" + i).ToArray();

    private static string Literal(IEnumerable<string> codes) => "[" + string.Join(", ", codes.Select(c => "\"" + c + "\"")) + "]";

    private static void AssertMaxListSize(GraphQLAnswer answer, string message, int actual)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData, answer.Body);
        Assert.Equal("MAX_LIST_SIZE", answer.Code);
        Assert.Equal(message, answer.Message);
        var extensions = Assert.Single(answer.Errors)!["extensions"]!;
        Assert.Equal(100, extensions["limit"]!.GetValue<int>());
        Assert.Equal(actual, extensions["actual"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("query($c: [String!]!) { compare(year: 2023, departmentCodes: $c, level: CLASS) { totals { amount } } }", "Query.compare")]
    [InlineData("query($c: [String!]!) { breakdown(year: 2023, departmentCodes: $c) { amount } }", "Query.breakdown")]
    public async Task ThirtyThousandDepartmentCodes_InAVariable_AreMaxListSize(string query, string field)
    {
        var answer = await _client.PostAsync(query, new { c = Codes(30_000) });

        AssertMaxListSize(answer, $"Argument \"departmentCodes\" of field \"{field}\" has 30000 items; the largest list size is 100.", 30_000);
    }

    [Fact]
    public async Task HundredAndOneCodes_InALiteral_AreMaxListSize()
    {
        var answer = await _client.PostAsync($"{{ compare(year: 2023, departmentCodes: {Literal(Codes(101))}, level: CLASS) {{ totals {{ amount }} }} }}");

        AssertMaxListSize(answer, "Argument \"departmentCodes\" of field \"Query.compare\" has 101 items; the largest list size is 100.", 101);
    }

    [Fact]
    public async Task TwentyThousandIds_AreMaxListSize()
    {
        var ids = Enumerable.Range(0, 20_000).Select(i => Convert.ToBase64String(Encoding.UTF8.GetBytes("Department:x" + i))).ToArray();

        var answer = await _client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        AssertMaxListSize(answer, "Argument \"ids\" of field \"Query.nodes\" has 20000 items; the largest list size is 100.", 20_000);
    }

    [Fact]
    public async Task NestedInputLists_AreBoundedToo_InVariablesAndLiterals()
    {
        var inVariable = await _client.PostAsync("query($w: ExpenditureFilterInput) { expenditures(where: $w) { totalCount } }",
            new { w = new { and = new object[] { new { code = new { @in = Codes(500) } } } } });
        var orBranches = await _client.PostAsync("query($w: ExpenditureFilterInput) { expenditures(where: $w) { totalCount } }",
            new { w = new { or = Codes(10_000).Select(c => new { code = new { eq = c } }).ToArray() } });
        var inLiteral = await _client.PostAsync($"{{ departments(where: {{ code: {{ nin: {Literal(Codes(150))} }} }}) {{ code }} }}");

        AssertMaxListSize(inVariable, "Argument \"where.and[0].code.in\" of field \"Query.expenditures\" has 500 items; the largest list size is 100.", 500);
        AssertMaxListSize(orBranches, "Argument \"where.or\" of field \"Query.expenditures\" has 10000 items; the largest list size is 100.", 10_000);
        AssertMaxListSize(inLiteral, "Argument \"where.code.nin\" of field \"Query.departments\" has 150 items; the largest list size is 100.", 150);
    }

    [Fact]
    public async Task AListInAVariablesDefault_IsBounded()
    {
        var answer = await _client.PostAsync($"query($c: [String!]! = {Literal(Codes(200))}) {{ breakdown(year: 2023, departmentCodes: $c) {{ amount }} }}");

        AssertMaxListSize(answer, "Argument \"departmentCodes\" of field \"Query.breakdown\" has 200 items; the largest list size is 100.", 200);
    }

    [Fact]
    public async Task ListsAtTheLimit_ReachTheResolvers()
    {
        const string compare = "query($c: [String!]!) { compare(year: 2023, departmentCodes: $c, level: CLASS) { totals { departmentCode amount } } }";
        const string filter = "query($c: [String!]) { expenditures(where: { code: { in: $c } }) { totalCount } }";

        var hundred = await _client.PostAsync(compare, new { c = Codes(100) });
        var filterOne = await _client.PostAsync(filter, new { c = new[] { "201" } });
        var filterHundred = await _client.PostAsync(filter, new { c = Codes(100).Select((c, i) => i == 0 ? "201" : c).ToArray() });

        // 100 codes pass the limit; the resolver then names the 99 it does not know.
        Assert.Equal(HttpStatusCode.OK, hundred.Status);
        Assert.StartsWith("Unknown department codes in \"departmentCodes\": \"X1\", \"X2\",", hundred.Message, StringComparison.Ordinal);
        Assert.True(filterOne.Data!["expenditures"]!["totalCount"]!.GetValue<int>() > 0, filterOne.Body);
        Assert.Equal(filterOne.Body, filterHundred.Body);
    }
}
