using System.Text.Json;
using BudgetGraph.GraphSchema.Limits;
using HotChocolate;
using HotChocolate.Execution;
using Microsoft.Extensions.DependencyInjection;
using ErrorCodes = BudgetGraph.GraphSchema.Errors.ErrorCodes;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// The limits of <c>GraphQL:Limits</c> on HotChocolate's executor (AddBudgetSchema(limits)): each refused before
/// anything runs, with the code the old engine's endpoint gives (tests/BudgetGraph.Api.Tests/Http/LimitsTests.cs), and
/// the page size with its message word for word. These requests never reach the warehouse: none is registered.
/// </summary>
public sealed class LimitsTests
{
    private static async Task<JsonElement> RunAsync(GraphQLLimitsOptions limits, string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddBudgetSchema(limits);
        await using var provider = services.BuildServiceProvider();
        var executor = await Executors.BuildAsync(provider);
        await using var result = await executor.ExecuteAsync(OperationRequestBuilder.New().SetDocument(query).SetVariableValues(variables).Build());
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    private static JsonElement Refused(JsonElement answer, string code)
    {
        Assert.False(answer.TryGetProperty("data", out _), answer.GetRawText());
        var error = Assert.Single(answer.GetProperty("errors").EnumerateArray());
        Assert.True(code == error.GetProperty("extensions").GetProperty("code").GetString(),
            $"expected {code}: {System.Text.Json.Nodes.JsonNode.Parse(answer.GetRawText())!.ToJsonString()}");
        return error;
    }

    [Fact]
    public async Task More_tokens_than_MaxTokens_is_MAX_TOKENS()
    {
        Refused(await RunAsync(new GraphQLLimitsOptions { MaxTokens = 12 }, "{ a b c d e f g h i j k l m n }"), ErrorCodes.MaxTokens);
    }

    [Fact]
    public async Task Nesting_deeper_than_MaxDepth_is_MAX_DEPTH()
    {
        Refused(await RunAsync(new GraphQLLimitsOptions { MaxDepth = 3 }, "{ a { b { c { d { e } } } } }"), ErrorCodes.MaxDepth);
    }

    [Fact]
    public async Task Fields_deeper_than_MaxExecutionDepth_is_MAX_EXECUTION_DEPTH()
    {
        var error = Refused(await RunAsync(new GraphQLLimitsOptions { MaxExecutionDepth = 3 },
            "{ department(code: \"szdsj\") { budget(year: 2023) { source { document { title } } } } }"), ErrorCodes.MaxExecutionDepth);
        Assert.Equal("The operation is 5 fields deep; the limit is 3.", error.GetProperty("message").GetString()); // the old engine's wording
        Assert.Equal((3, 5), (error.GetProperty("extensions").GetProperty("limit").GetInt32(), error.GetProperty("extensions").GetProperty("actual").GetInt32()));
    }

    [Fact]
    public async Task A_cost_over_MaxCost_is_MAX_COST()
    {
        Refused(await RunAsync(new GraphQLLimitsOptions { MaxCost = 50 },
            "{ departmentsConnection(first: 100) { nodes { code name budgets { year } } } }"), ErrorCodes.MaxCost);
    }

    [Theory]
    [InlineData("{ departmentsConnection(first: 101) { totalCount } }", null,
        "Argument \"first\" of field \"Query.departmentsConnection\" is 101; the largest page size is 100.")]
    [InlineData("{ departments(last: 1000) { code } }", null, "Argument \"last\" of field \"Query.departments\" is 1000; the largest page size is 100.")]
    [InlineData("query($n: Int) { expenditures(first: $n) { totalCount } }", 101,
        "Argument \"first\" of field \"Query.expenditures\" is 101; the largest page size is 100.")]
    [InlineData("query($n: Int = 200) { departments(first: $n) { code } }", null,
        "Argument \"first\" of field \"Query.departments\" is 200; the largest page size is 100.")]
    [InlineData("{ ...F } fragment F on Query { departmentsConnection(last: 101) { totalCount } }", null,
        "Argument \"last\" of field \"Query.departmentsConnection\" is 101; the largest page size is 100.")]
    public async Task A_page_over_MaxPageSize_is_MAX_PAGE_SIZE_with_the_old_engines_message(string query, int? n, string message)
    {
        var variables = n is { } value ? new Dictionary<string, object?> { ["n"] = value } : null;
        var error = Refused(await RunAsync(new GraphQLLimitsOptions(), query, variables), ErrorCodes.MaxPageSize);
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(100, error.GetProperty("extensions").GetProperty("limit").GetInt32());
    }

    [Theory]
    [InlineData("{ compare(year: 2023, departmentCodes: [\"a\", \"b\", \"c\"], level: CLASS) { totals { amount } } }", "MAX_LIST_SIZE",
        "Argument \"departmentCodes\" of field \"Query.compare\" has 3 items; the largest list size is 2.")]
    [InlineData("{ expenditures(where: { and: [{ or: [{ code: { eq: \"a\" } }, { code: { in: [\"x\", \"y\", \"z\"] } }] }] }) { totalCount } }", "MAX_LIST_SIZE",
        "Argument \"where.and[0].or[1].code.in\" of field \"Query.expenditures\" has 3 items; the largest list size is 2.")]
    [InlineData("{ department(code: \"a\\u0000b\") { name } }", "BAD_USER_INPUT",
        "Argument \"code\" of field \"Query.department\" contains a NUL character (U+0000), which no argument may contain.")]
    public async Task A_list_over_MaxListSize_or_a_NUL_is_refused_with_the_old_engines_message(string query, string code, string message)
    {
        var error = Refused(await RunAsync(new GraphQLLimitsOptions { MaxListSize = 2 }, query), code);
        Assert.Equal(message, error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_SDL_prints_cost_and_listSize()
    {
        var services = new ServiceCollection();
        services.AddGraphQL().AddBudgetSchema();
        var sdl = (await Executors.BuildAsync(services.BuildServiceProvider())).Schema.ToString();
        Assert.Contains("@listSize(", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @cost(", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fragments_spreading_the_next_twice_answer_without_HTTP_measured_once()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice … : 2^40 selections written out, one field in the response. The
        // executor alone (no front door) removes the repeated spreads before measuring, so this is no MAX_TOKENS.
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "));
        var answer = await RunAsync(new GraphQLLimitsOptions(), "{ ...F0 } " + fragments + "fragment F40 on Query { __typename }");

        Assert.False(answer.TryGetProperty("errors", out _), answer.GetRawText());
        Assert.Equal("Query", answer.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task An_error_in_a_document_with_repeated_spreads_points_into_the_document_as_sent()
    {
        // The repeated spread is removed from the parsed document, not from a reprinted text: the locations stay.
        var error = Refused(await RunAsync(new GraphQLLimitsOptions(), "{ ...F ...F }\nfragment F on Query {\n  nope\n}"),
            ErrorCodes.ValidationFailed);
        var location = Assert.Single(error.GetProperty("locations").EnumerateArray());
        Assert.Equal((3, 3), (location.GetProperty("line").GetInt32(), location.GetProperty("column").GetInt32()));
    }
}
