using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Hostile;

/// <summary>
/// Issue 14, item 8: hostile HTTP input that made the deployed server answer 500 (or the wrong code) is refused as the
/// client's error — lone surrogate escapes, chunk sizes Kestrel cannot parse, a NUL in a string argument (PostgreSQL
/// refuses U+0000 in text), a chunked body past the size limit — on Kestrel, over the warehouse of the run's provider.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class HostileHttpTests(RealServer server)
{
    private readonly HttpClient _client = server.CreateClient();

    [Theory]
    [InlineData("""{"query":"\ud800"}""", "query")]
    [InlineData("""{"query":"{ __typename }","operationName":"\udc00x"}""", "operationName")]
    [InlineData("""{"query":"query($c: String!) { department(code: $c) { name } }","variables":{"c":"a\ud800"}}""", "variables")]
    [InlineData("""{"query":"{ __typename }","variables":{"\ud800":1}}""", "variables")]
    [InlineData("""{"query":"{ __typename }","extensions":{"x":["\ud83d"]}}""", "extensions")]
    public async Task ALoneSurrogateEscape_IsBadRequest(string body, string parameter)
    {
        var answer = await _client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.BadRequest, answer.Code);
        Assert.Equal($"The \"{parameter}\" parameter contains an unpaired UTF-16 surrogate escape (such as \"\\ud800\"); strings must be valid Unicode.",
            answer.Message);
    }

    [Fact]
    public async Task ALoneSurrogateEscape_InAGetVariablesParameter_IsBadRequest()
    {
        var answer = await _client.GetAsync([("query", "query($c: String!) { department(code: $c) { name } }"), ("variables", """{"c":"\ud800"}""")]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("The \"variables\" parameter contains an unpaired UTF-16 surrogate escape (such as \"\\ud800\"); strings must be valid Unicode.",
            answer.Message);
    }

    [Theory]
    [InlineData("fffffffffffffffffffff\r\n{}\r\n0\r\n\r\n", "The request body could not be read: Bad chunk size data.")] // overflows Kestrel's arithmetic
    [InlineData("zz\r\n{}\r\n0\r\n\r\n", "The request body could not be read: Bad chunk size data.")]
    [InlineData("2\r\n{}xx\r\n0\r\n\r\n", "The request body could not be read: Bad chunk suffix.")]
    public async Task ABadChunk_IsBadRequest(string chunks, string message)
    {
        var answer = await RawHttp.PostChunkedAsync(server.BaseAddress, chunks);

        Assert.Equal(400, answer.Status);
        var error = JsonNode.Parse(answer.Body)!["errors"]![0]!;
        Assert.Equal(ErrorCodes.BadRequest, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(message, error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimit_IsRequestTooLarge()
    {
        var chunk = new string('x', 65536);
        var chunks = new StringBuilder("1\r\n[\r\n");
        for (var i = 0; i < 20; i++)
        {
            chunks.Append("10000\r\n").Append(chunk).Append("\r\n");
        }
        var answer = await RawHttp.PostChunkedAsync(server.BaseAddress, chunks.Append("0\r\n\r\n").ToString());

        Assert.True(413 == answer.Status, answer.Body);
        var error = JsonNode.Parse(answer.Body)!["errors"]![0]!;
        Assert.Equal(ErrorCodes.RequestTooLarge, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("The request body is larger than 1,048,576 bytes.", error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"query":"{ department(code: \"a\\u0000b\") { name } }"}""", "code", "Query.department")]
    [InlineData("""{"query":"query($c: String!) { department(code: $c) { name } }","variables":{"c":"a\u0000b"}}""", "code", "Query.department")]
    [InlineData("""{"query":"query($w: DepartmentFilterInput) { departments(where: $w) { code } }","variables":{"w":{"name":{"contains":"\u0000"}}}}""",
        "where.name.contains", "Query.departments")]
    [InlineData("""{"query":"query($c: [String!]!) { compare(year: 2023, departmentCodes: $c, level: CLASS) { totals { amount } } }","variables":{"c":["szdsj","\u0000"]}}""",
        "departmentCodes[1]", "Query.compare")]
    public async Task ANulCharacter_InAStringArgument_IsBadUserInput(string body, string argument, string field)
    {
        var answer = await _client.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData, answer.Body);
        Assert.Equal(ErrorCodes.BadUserInput, answer.Code);
        Assert.Equal($"Argument \"{argument}\" of field \"{field}\" contains a NUL character (U+0000), which no argument may contain.", answer.Message);
    }
}
