using System.Net;
using BudgetGraph.Api.Http;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Hostile;

/// <summary>
/// Issue 14's contract gaps, on Kestrel over the run's provider: an unknown department code has a code (NOT_FOUND);
/// an error echoes at most 100 characters of any one name or value the client sent (<see cref="EchoedText"/>), in the
/// answer and in the log; the requests Kestrel refuses by itself answer a JSON error body (<see cref="ServerRejections"/>).
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class ErrorContractTests(RealServer server)
{
    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task AnUnknownDepartmentCode_IsNotFound()
    {
        var answer = await _client.PostAsync("{ compare(year: 2023, departmentCodes: [\"szdsj\", \"nope\"], level: CLASS) { totals { amount } } }");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.HasData, answer.Body);
        Assert.Equal("NOT_FOUND", answer.Code);
        Assert.Equal("Unknown department code in \"departmentCodes\": \"nope\". Query `departments { code name }` for the codes.", answer.Message);
    }

    [Fact]
    public async Task ALongFieldName_IsEchoedCutTo100Characters_InTheAnswerAndTheLog()
    {
        var name = "q" + new string('x', 4_999);

        var answer = await _client.PostAsync("{ " + name + " }");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(ErrorCodes.ValidationFailed, answer.Code);
        // HotChocolate's wording (graphql-js's was "Cannot query field \"…\" on type \"Query\"."), cut the same way.
        Assert.Equal("The field `" + name[..100] + "…` does not exist on the type `Query`.", answer.Message);
        // The server logs a request after answering it: wait (bounded) for its entries, found by the correlation id.
        var correlationId = answer.Response.Header(GraphQLHttpOptions.CorrelationIdHeader)!;
        for (var i = 0; i < 200 && !server.Logs.Entries.Any(e => e.EventName == "GraphQLRequest" && e.Message.Contains(correlationId, StringComparison.Ordinal)); i++)
        {
            await Task.Delay(50);
        }
        var entries = server.Logs.Entries.Where(e => e.Message.Contains(correlationId, StringComparison.Ordinal)).ToList();
        var logged = Assert.Single(entries, e => e.Message.Contains(name[..100] + "…", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain(name[..101], e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALongDepartmentCode_IsEchoedCutTo100Characters()
    {
        var code = new string('y', 300);

        var answer = await _client.PostAsync("query($c: [String!]!) { breakdown(year: 2023, departmentCodes: $c) { amount } }", new { c = new[] { code } });

        Assert.Equal("NOT_FOUND", answer.Code);
        Assert.Equal("Unknown department code in \"departmentCodes\": \"" + code[..100] + "…\". Query `departments { code name }` for the codes.",
            answer.Message);
    }

    [Theory]
    [InlineData("GET /graph ql HTTP/1.1", new string[0], 400, "BAD_REQUEST",
        "The server could not read the HTTP request: its request line, headers or framing are malformed.")]
    [InlineData("GET /graphql HTTP/1.1", new[] { "X-Big: {40000}" }, 431, "BAD_REQUEST", "The request's headers are larger than the server accepts.")]
    public async Task ARequestKestrelRefuses_HasAJsonErrorBody(string requestLine, string[] headers, int status, string code, string message)
    {
        var sent = headers.Select(h => h.Replace("{40000}", new string('h', 40_000), StringComparison.Ordinal));

        var answer = await RawHttp.SendAsync(server.BaseAddress, requestLine, sent, []);

        Assert.Equal(status, answer.Status);
        Assert.Equal("application/json; charset=utf-8", answer.Headers["content-type"]);
        Assert.Equal("nosniff", answer.Headers["x-content-type-options"]);
        Assert.Equal($$$"""{"errors":[{"message":"{{{message}}}","extensions":{"code":"{{{code}}}"}}]}""", answer.Body);
        Assert.Equal(answer.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), answer.Headers["content-length"]);

        var probe = await _client.PostAsync("{ __typename }");
        Assert.Equal("{\"data\":{\"__typename\":\"Query\"}}", probe.Body);
    }
}
