using System.Net;
using System.Text;
using BudgetGraph.Api.Http;
using Microsoft.AspNetCore.Http;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// Each limit of <c>GraphQL:Limits</c>, set low: a request just under it runs, one just over it is refused
/// with the limit's code, before any resolver runs.
/// </summary>
public sealed class LimitsTests
{
    private static (HttpClient Client, TestSchema Schema, GraphQLApiFactory Factory) Start(params (string Key, string Value)[] limits)
    {
        var schema = new TestSchema();
        var settings = limits.ToDictionary(l => "GraphQL:Limits:" + l.Key, l => (string?)l.Value);
        var factory = new GraphQLApiFactory(settings, schema);
        return (factory.CreateClient(), schema, factory);
    }

    private static void AssertRefused(GraphQLAnswer answer, string code, string message, TestSchema? schema = null)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.False(answer.HasData);
        Assert.Equal(code, answer.Code);
        Assert.Equal(message, answer.Message);
        Assert.Empty(schema?.Operations ?? []);
    }

    /// <summary>
    /// Sends <paramref name="query"/> until it runs within the timeout (at most 20 times): the first requests (code
    /// compiled on first use) may take longer than a short timeout on a busy machine, and are not what is tested.
    /// </summary>
    private static async Task WarmUpAsync(HttpClient client, string query)
    {
        for (var i = 0; i < 20 && (await client.PostAsync(query)).Errors.Count > 0; i++)
        {
        }
    }

    private static void AssertRan(GraphQLAnswer answer)
    {
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Empty(answer.Errors);
        Assert.NotNull(answer.Data);
    }

    /// <summary>A request body of exactly <paramref name="length"/> bytes (JSON padded with spaces).</summary>
    private static string BodyOfLength(int length)
    {
        const string json = """{"query":"{ apiVersion }"}""";
        return json[..^1] + new string(' ', length - json.Length) + "}";
    }

    [Fact]
    public async Task RequestBody_AtTheLimit_Runs_OneByteMore_IsTooLarge()
    {
        var (client, _, factory) = Start(("MaxRequestBytes", "100"));
        using (factory)
        {
            AssertRan(await client.PostRawAsync(BodyOfLength(100)));

            var answer = await client.PostRawAsync(BodyOfLength(101));

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
            Assert.Equal(ErrorCodes.RequestTooLarge, answer.Code);
            Assert.Equal("The request body is larger than 100 bytes.", answer.Message);
        }
    }

    [Fact]
    public async Task RequestBody_WithoutContentLength_IsCutAtTheLimit()
    {
        // A chunked body: the reader cannot refuse it by its Content-Length and must stop reading at the limit.
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(BodyOfLength(5000)));

        var result = await GraphQLRequestReader.ReadPostAsync(context.Request, new() { MaxRequestBytes = 100 }, CancellationToken.None);

        Assert.Null(context.Request.ContentLength);
        Assert.Null(result.Request);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, result.Refusal!.StatusCode);
        Assert.Equal(ErrorCodes.RequestTooLarge, result.Refusal.Error.Code);
        Assert.True(context.Request.Body.Position < 5000, "the reader read the whole body");
    }

    [Fact]
    public async Task Tokens_AtTheLimit_Run_OneMore_IsMaxTokens()
    {
        var (client, schema, factory) = Start(("MaxTokens", "12"));
        using (factory)
        {
            // { operation sum ( a : 1 b : 2 ) } is 12 tokens (commas are ignored like white space).
            AssertRan(await client.PostAsync("{ operation sum(a: 1, b: 2) }"));
            schema.Operations.Clear();

            var answer = await client.PostAsync("{ operation sum(a: 1, b: 2) apiVersion }");

            AssertRefused(answer, ErrorCodes.MaxTokens, "Syntax Error: Document contains more than 12 tokens. Parsing aborted.", schema);
        }
    }

    [Fact]
    public async Task Nesting_AtTheLimit_Runs_OneLevelMore_IsMaxDepth()
    {
        var (client, _, factory) = Start(("MaxDepth", "3"), ("MaxExecutionDepth", "10"));
        using (factory)
        {
            AssertRan(await client.PostAsync("{ items(first: 1) { children(first: 1) { id } } }"));

            var answer = await client.PostAsync("{ items(first: 1) { children(first: 1) { children(first: 1) { id } } } }");

            AssertRefused(answer, ErrorCodes.MaxDepth, "Syntax Error: Document contains more than 3 levels of nesting. Parsing aborted.");
        }
    }

    [Fact]
    public async Task FieldDepth_AtTheLimit_Runs_OneFieldDeeper_IsMaxExecutionDepth()
    {
        var (client, schema, factory) = Start(("MaxExecutionDepth", "3"));
        using (factory)
        {
            AssertRan(await client.PostAsync("{ operation items(first: 1) { children(first: 1) { id } } }"));
            schema.Operations.Clear();

            // The extra level hides in a fragment inside an inline fragment: depth counts them expanded.
            var answer = await client.PostAsync(
                "{ operation items(first: 1) { ... on Item { children(first: 1) { ...Deeper } } } } fragment Deeper on Item { children(first: 1) { id } }");

            AssertRefused(answer, ErrorCodes.MaxExecutionDepth, "The operation is 4 fields deep; the limit is 3.", schema);
            Assert.Equal(3, answer.Errors[0]!["extensions"]!["limit"]!.GetValue<int>());
            Assert.Equal(4, answer.Errors[0]!["extensions"]!["actual"]!.GetValue<int>());
        }
    }

    /// <summary>
    /// HotChocolate's cost analysis refusing an operation (its words, our code): its field cost (a list's fields weigh
    /// per item, like its type cost) passes the limit first.
    /// </summary>
    private const string CostExceeded = "The maximum allowed field cost was exceeded.";

    [Fact]
    public async Task Cost_WithinTheLimit_Runs_OverIt_IsMaxCost()
    {
        // HotChocolate's type cost: one per object the response may hold, a list of unknown size counting DefaultListSize.
        var (client, schema, factory) = Start(("MaxCost", "50"), ("DefaultListSize", "20"));
        using (factory)
        {
            AssertRan(await client.PostAsync("{ operation apiVersion items(first: 10) { id name } }"));
            schema.Operations.Clear();

            var answer = await client.PostAsync("{ operation apiVersion items(first: 10) { id children(first: 10) { id } } }");

            AssertRefused(answer, ErrorCodes.MaxCost, CostExceeded, schema);
        }
    }

    [Theory]
    // Nested lists multiply.
    [InlineData("{ operation items(first: 10) { children(first: 10) { children(first: 10) { id } } } }", null)]
    // Page sizes from a variable, and from a variable's default.
    [InlineData("query($n: Int) { operation items(first: $n) { children(first: $n) { children(first: $n) { id } } } }", """{"n":70}""")]
    [InlineData("query($n: Int = 70) { operation items(last: $n) { children(last: $n) { children(last: $n) { id } } } }", null)]
    // Fragments count where they are spread, once per spread.
    [InlineData("{ operation items { ...F } more: items { ...F } } fragment F on Item { children { children { id } } }", null)]
    public async Task Cost_OfNestedLists_IsMaxCost(string query, string? variables)
    {
        var (client, schema, factory) = Start(("MaxCost", "1000"), ("DefaultListSize", "20"));
        using (factory)
        {
            var body = variables is null ? $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}}}"""
                : $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"variables":{{variables}}}""";

            AssertRefused(await client.PostRawAsync(body), ErrorCodes.MaxCost, CostExceeded, schema);
        }
    }

    [Fact]
    public async Task PageSize_AtTheLimit_Runs_OneMore_IsMaxPageSize()
    {
        var (client, schema, factory) = Start(("MaxPageSize", "100"));
        using (factory)
        {
            AssertRan(await client.PostAsync("{ operation items(first: 100) { id } }"));
            schema.Operations.Clear();

            var answer = await client.PostAsync("{ operation items(first: 101) { id } }");

            AssertRefused(answer, ErrorCodes.MaxPageSize, "Argument \"first\" of field \"Query.items\" is 101; the largest page size is 100.", schema);
            Assert.Equal(1, answer.Errors[0]!["locations"]![0]!["line"]!.GetValue<int>());
            Assert.Equal(19, answer.Errors[0]!["locations"]![0]!["column"]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData("query($n: Int) { items { children(last: $n) { id } } }", """{"n":101}""", "Argument \"last\" of field \"Item.children\" is 101; the largest page size is 100.")]
    [InlineData("query($n: Int = 101) { items(first: $n) { id } }", "{}", "Argument \"first\" of field \"Query.items\" is 101; the largest page size is 100.")]
    public async Task PageSize_FromVariables_IsChecked(string query, string variables, string message)
    {
        var (client, _, factory) = Start(("MaxPageSize", "100"));
        using (factory)
        {
            var answer = await client.PostRawAsync($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"variables":{{variables}}}""");

            AssertRefused(answer, ErrorCodes.MaxPageSize, message);
        }
    }

    [Theory]
    // Not an Int (beyond 32 bits, or written as a float: HotChocolate takes no 101.0 for an Int, graphql-js did), so no
    // page size: variable coercion refuses it.
    [InlineData("100000000000000000000")]
    [InlineData("101.0")]
    public async Task PageSize_AsAVariableThatIsNoInt_IsAVariableCoercionError(string value)
    {
        var (client, schema, factory) = Start(("MaxPageSize", "100"));
        using (factory)
        {
            var answer = await client.PostRawAsync($$$"""{"query":"query($n: Int) { operation items(first: $n) { id } }","variables":{"n":{{{value}}}}}""");

            AssertRefused(answer, ErrorCodes.BadUserInput, "Int cannot coerce the given value JSON element of type `Number` to a runtime value.", schema);
        }
    }

    [Fact]
    public async Task PageSize_AsALiteralBeyondInt_IsBadUserInput()
    {
        // A literal outside Int's 32 bits is not an Int at all: HotChocolate refuses it when it coerces the argument
        // (graphql-js refused it in validation), before any resolver runs.
        var (client, schema, factory) = Start(("MaxPageSize", "100"));
        using (factory)
        {
            var answer = await client.PostAsync("{ items(first: 100000000000000000000) { id } }", accept: GraphQLClient.PreferGraphQLResponse);

            Assert.Equal(ErrorCodes.BadUserInput, answer.Code);
            Assert.Equal("Int cannot coerce the given literal of type `IntValue` to a runtime value.", answer.Message);
            Assert.Null(answer.Data);
            Assert.Empty(schema.Operations);
        }
    }

    [Theory]
    [InlineData(GraphQLClient.PreferGraphQLResponse, HttpStatusCode.ServiceUnavailable)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Timeout_CancelsTheResolversToken_AndAnswersTimeout(string accept, HttpStatusCode status)
    {
        var (client, schema, factory) = Start(("RequestTimeout", "00:00:00.200"));
        using (factory)
        {
            await WarmUpAsync(client, "{ apiVersion }");
            var answer = await client.PostAsync("{ apiVersion wait }", accept: accept);

            Assert.True(schema.WaitStarted.Task.IsCompletedSuccessfully);
            Assert.True(schema.WaitCancelled.Task.IsCompletedSuccessfully, "the resolver's token was not cancelled");
            Assert.Equal(status, answer.Status);
            Assert.False(answer.HasData);
            Assert.Equal(ErrorCodes.Timeout, answer.Code);
            Assert.Equal("The request did not complete within 0.2 seconds and was cancelled.", answer.Message);
        }
    }

    [Fact]
    public async Task ClientDisconnecting_CancelsTheResolversToken()
    {
        var (client, schema, factory) = Start();
        using (factory)
        {
            using var disconnect = new CancellationTokenSource();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent("""{"query":"query Slow { wait }"}""", Encoding.UTF8, "application/json"),
            };
            var sending = client.SendAsync(request, disconnect.Token);
            await schema.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));

            await disconnect.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
            await schema.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public async Task Timeout_DoesNotTouchARequestThatFinishesInTime()
    {
        var (client, _, factory) = Start(("RequestTimeout", "00:00:00.200"));
        using (factory)
        {
            await WarmUpAsync(client, "{ apiVersion items(first: 99) { id name } }");
            AssertRan(await client.PostAsync("{ apiVersion items(first: 100) { id name } }"));
        }
    }

    [Theory]
    [InlineData("MaxCost", "0")]
    [InlineData("MaxPageSize", "-1")]
    [InlineData("RequestTimeout", "00:00:00")]
    public void NonPositiveLimit_StopsTheServerFromStarting(string key, string value)
    {
        using var factory = new GraphQLApiFactory(new Dictionary<string, string?> { ["GraphQL:Limits:" + key] = value });

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());

        Assert.Equal("Every GraphQL:Limits value must be positive (DefaultListSize may be 0).", error.Message);
    }

}
