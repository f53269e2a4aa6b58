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
        var factory = new GraphQLApiFactory(settings, schema.Schema);
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
        Assert.Equal(ErrorCodes.RequestTooLarge, result.Refusal.Error.Extensions!["code"]);
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

    [Fact]
    public async Task Cost_AtTheLimit_Runs_OneNodeMore_IsMaxCost()
    {
        var (client, schema, factory) = Start(("MaxCost", "303"));
        using (factory)
        {
            // 100 items × (1 + id + name) = 300, plus operation, apiVersion and sum = 303.
            AssertRan(await client.PostAsync("{ operation apiVersion sum(a: 1, b: 1) items(first: 100) { id name } }"));
            schema.Operations.Clear();

            var answer = await client.PostAsync("{ operation apiVersion sum(a: 1, b: 1) items(first: 100) { id name } echo(text: \"x\") }");

            AssertRefused(answer, ErrorCodes.MaxCost,
                "The operation's estimated cost is 304 nodes; the limit is 303. Ask for smaller pages (first/last) or fewer nested lists.", schema);
        }
    }

    [Theory]
    // Nested lists multiply: 10 × (1 + 10 × (1 + 1)) = 210.
    [InlineData("{ items(first: 10) { children(first: 10) { id } } }", null, 210)]
    // A page size from a variable, and from a variable's default.
    [InlineData("query($n: Int) { items(first: $n) { id } }", """{"n":70}""", 140)]
    [InlineData("query($n: Int = 70) { items(last: $n) { id } }", null, 140)]
    // Without first/last, a list counts as DefaultListSize (20 in these tests' settings).
    [InlineData("{ items { id name } }", null, 60)]
    // Fragments count where they are spread, once per spread.
    [InlineData("{ items(first: 5) { ...F } more: items(first: 5) { ...F } } fragment F on Item { id name }", null, 30)]
    public async Task Cost_IsEstimatedFromPageSizes(string query, string? variables, long cost)
    {
        var (client, _, factory) = Start(("MaxCost", (cost - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("DefaultListSize", "20"));
        using (factory)
        {
            var body = variables is null ? $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}}}"""
                : $$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"variables":{{variables}}}""";

            var answer = await client.PostRawAsync(body);

            Assert.Equal(ErrorCodes.MaxCost, answer.Code);
            Assert.Equal(cost, answer.Errors[0]!["extensions"]!["actual"]!.GetValue<long>());
        }
    }

    [Fact]
    public async Task Cost_OfAConfiguredListSize_OverridesTheDefault()
    {
        var (client, _, factory) = Start(("MaxCost", "6"), ("DefaultListSize", "20"), ("ListSizes:Query.items", "3"));
        using (factory)
        {
            // 3 × (1 + 1) = 6 with the configured size; the default would make it 20 × 2 = 40.
            AssertRan(await client.PostAsync("{ items { id } }"));
            // Only Query.items is configured: Item.children keeps the default, 3 × (1 + 20 × (1 + 1)) = 123.
            var nested = await client.PostAsync("{ items { children { id } } }");
            Assert.Equal(123, nested.Errors[0]!["extensions"]!["actual"]!.GetValue<long>());
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
    [InlineData("query($n: Int) { items(first: $n) { id } }", """{"n":101.0}""", "Argument \"first\" of field \"Query.items\" is 101; the largest page size is 100.")]
    public async Task PageSize_FromVariables_IsChecked(string query, string variables, string message)
    {
        var (client, _, factory) = Start(("MaxPageSize", "100"));
        using (factory)
        {
            var answer = await client.PostRawAsync($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(query)}},"variables":{{variables}}}""");

            AssertRefused(answer, ErrorCodes.MaxPageSize, message);
        }
    }

    [Fact]
    public async Task PageSize_AsAVariableBeyondInt_IsAVariableCoercionError()
    {
        // Not an Int, so no page size: variable coercion refuses it with graphql-js's message.
        var (client, schema, factory) = Start(("MaxPageSize", "100"));
        using (factory)
        {
            var answer = await client.PostRawAsync("""{"query":"query($n: Int) { items(first: $n) { id } }","variables":{"n":100000000000000000000}}""");

            AssertRefused(answer, ErrorCodes.BadUserInput,
                "Variable \"$n\" has invalid value: Int cannot represent non 32-bit signed integer value: 100000000000000000000", schema);
        }
    }

    [Fact]
    public async Task PageSize_AsALiteralBeyondInt_IsAValidationError()
    {
        // A literal outside Int's 32 bits is not an Int at all: validation (ValuesOfCorrectType) refuses it,
        // as graphql-js does, before the page-size rule sees it.
        var (client, schema, factory) = Start(("MaxPageSize", "100"));
        using (factory)
        {
            var answer = await client.PostAsync("{ items(first: 100000000000000000000) { id } }");

            AssertRefused(answer, ErrorCodes.ValidationFailed, "Int cannot represent non 32-bit signed integer value: 100000000000000000000", schema);
            Assert.Equal(1, answer.Errors[0]!["locations"]![0]!["line"]!.GetValue<int>());
            Assert.Equal(16, answer.Errors[0]!["locations"]![0]!["column"]!.GetValue<int>());
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
