using System.Text.Json;
using BudgetGraph.GraphSchema.Limits;
using BudgetGraph.GraphSchema.Errors;
using HotChocolate;
using HotChocolate.Execution;
using HotChocolate.Types;
using Microsoft.Extensions.DependencyInjection;
using ErrorCodes = BudgetGraph.GraphSchema.Errors.ErrorCodes;
using Path = HotChocolate.Path;

namespace BudgetGraph.GraphSchema.Tests;

/// <summary>
/// Every error of HotChocolate's executor carries the API's <c>extensions.code</c> (BudgetErrorFilter), the code the old
/// engine's endpoint gives the same request (the Api tests pin those: Hostile/, Http/). Where the message is ours (a
/// refused input of the shared code) it is the old engine's word for word; parser, validation and coercion messages are
/// HotChocolate's own wording (a deliberate difference, README "HotChocolate's errors"), capped as the old engine caps them.
/// </summary>
[Collection(SchemaCollection.Name)]
public sealed class ErrorCodeTests(SchemaFixture warehouse)
{
    private const string ByYear = "query($y: Int!) { compare(year: $y, departmentCodes: [\"szdsj\"], level: CLASS) { rows { code } } }";

    private async Task<JsonElement> RunAsync(string query, string? operationName = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var request = OperationRequestBuilder.New().SetDocument(query).SetOperationName(operationName).SetVariableValues(variables).Build();
        await using var result = await Task.Run(() => warehouse.HotChocolate.ExecuteAsync(request));
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    private static JsonElement SingleError(JsonElement answer) => Assert.Single(answer.GetProperty("errors").EnumerateArray());

    private static string? Code(JsonElement error) => error.TryGetProperty("extensions", out var e) ? e.GetProperty("code").GetString() : throw new Xunit.Sdk.XunitException(error.GetRawText());

    [Theory]
    [InlineData("{", ErrorCodes.ParseFailed)]
    [InlineData("}", ErrorCodes.ParseFailed)]
    [InlineData("{ a: }", ErrorCodes.ParseFailed)]
    [InlineData("{ department(code: \"x) { name } }", ErrorCodes.ParseFailed)]
    [InlineData("\u0001{ __typename }", ErrorCodes.ParseFailed)]
    [InlineData("{ nope }", ErrorCodes.ValidationFailed)]
    [InlineData("{ department(code: 1) { name } }", ErrorCodes.ValidationFailed)]
    [InlineData("{ departments { ...Missing } }", ErrorCodes.ValidationFailed)]
    [InlineData("query($l: BreakdownLevel) { __typename }", ErrorCodes.ValidationFailed)]
    [InlineData("query A { __typename } query B { __typename }", ErrorCodes.OperationResolutionFailure)]
    [InlineData(ByYear, ErrorCodes.BadUserInput)]
    public async Task A_request_error_has_our_code(string query, string code)
    {
        var error = SingleError(await RunAsync(query));
        Assert.Equal(code, Code(error));
        Assert.False(error.GetProperty("extensions").TryGetProperty("exception", out _));
    }

    [Theory]
    [InlineData("query A { __typename }", "B")]
    [InlineData("{ __typename }", "A")]
    public async Task An_operation_name_that_names_no_operation_is_OPERATION_RESOLUTION_FAILURE(string query, string operationName)
    {
        Assert.Equal(ErrorCodes.OperationResolutionFailure, Code(SingleError(await RunAsync(query, operationName))));
    }

    [Theory]
    [InlineData("2023")]
    [InlineData(2023.5)]
    [InlineData(true)]
    public async Task A_variable_of_the_wrong_type_is_BAD_USER_INPUT(object value)
    {
        Assert.Equal(ErrorCodes.BadUserInput, Code(SingleError(await RunAsync(ByYear, variables: new Dictionary<string, object?> { ["y"] = value }))));
    }

    [Fact]
    public async Task An_unknown_input_field_in_a_variable_is_BAD_USER_INPUT()
    {
        var variables = new Dictionary<string, object?> { ["w"] = new Dictionary<string, object?> { ["nope"] = 1 } };
        var answer = await RunAsync("query($w: DepartmentFilterInput) { departments(where: $w) { code } }", variables: variables);
        Assert.Equal(ErrorCodes.BadUserInput, Code(SingleError(answer)));
    }

    /// <summary>
    /// Refusals of the shared code: the old engine's message word for word, with a code. The whole answer is its snapshot
    /// (__snapshots__/ErrorCodeTests.refused-*.snap), written while both engines existed from an answer whose message, data
    /// and path equalled the old engine's.
    /// </summary>
    [Theory]
    [InlineData("compare-difference-from", "{ compare(year: 2023, departmentCodes: [\"szdsj\"], level: CLASS, differenceFrom: \"x\") { rows { code } } }",
        "\"differenceFrom\" must be one of the compared departments (szdsj), got \"x\".")]
    [InlineData("compare-economic-item", "{ compare(year: 2023, departmentCodes: [\"szdsj\"], level: ITEM, classification: ECONOMIC) { rows { code } } }",
        "The economic classification has no ITEM level (支出经济分类 has 类 and 款): use CLASS or SECTION.")]
    [InlineData("expenditures-after", "{ expenditures(after: \"zz\") { totalCount } }", "Argument \"after\" is not a cursor of this connection: \"zz\".")]
    [InlineData("expenditures-first", "{ expenditures(first: -1) { totalCount } }", "Argument \"first\" of Query.expenditures must be 0 or more, got -1.")]
    [InlineData("node-id", "{ node(id: \"nope\") { id } }", "\"nope\" is not a global id of this API (expected the base64 of \"Type:key\").")]
    public async Task A_refused_input_is_BAD_USER_INPUT_with_the_old_engines_message(string snapshot, string query, string message)
    {
        var answer = await RunAsync(query);
        var error = SingleError(answer);
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.BadUserInput, Code(error));
        BudgetGraph.Api.Tests.Budget.ResponseSnapshot.Match("ErrorCodeTests.refused-" + snapshot, query, answer);
    }

    [Fact]
    public async Task An_echoed_name_is_cut_to_100_characters()
    {
        var name = "q" + new string('x', 4_999);
        var error = SingleError(await RunAsync("{ " + name + " }"));
        var message = error.GetProperty("message").GetString()!;
        Assert.Equal(ErrorCodes.ValidationFailed, Code(error));
        // Between HotChocolate's backticks, cut as a quoted part: its first 100 characters.
        Assert.Contains("`" + name[..100] + EchoedText.Ellipsis + "`", message, StringComparison.Ordinal);
        // Nothing else echoes it: HotChocolate's field/type extensions are dropped.
        Assert.DoesNotContain(name[..101], error.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_internal_failure_is_INTERNAL_SERVER_ERROR_without_its_message()
    {
        var failure = new InvalidOperationException("connection string Password=secret");
        var error = ErrorBuilder.New().SetMessage(failure.Message).SetException(failure).SetPath(Path.Root.Append("departments"))
            .SetExtension("exception", failure.ToString()).Build();

        var filtered = new BudgetErrorFilter(new GraphQLLimitsOptions()).OnError(error);

        Assert.Equal((ErrorCodes.InternalServerError, BudgetErrorFilter.UnexpectedError), (filtered.Code, filtered.Message));
        Assert.Equal(["code"], filtered.Extensions!.Keys);
        Assert.Same(failure, filtered.Exception); // for the host's log
    }

    /// <summary>A field that never completes unless cancelled.</summary>
    [ExtendObjectType(OperationTypeNames.Query)]
    public sealed class StuckQueries
    {
        public async Task<bool> Stuck(CancellationToken cancellation)
        {
            await Task.Delay(Timeout.Infinite, cancellation);
            return true;
        }
    }

    [Fact]
    public async Task A_request_past_the_timeout_is_TIMEOUT_with_the_old_engines_message()
    {
        var limits = new GraphQLLimitsOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) };
        var services = new ServiceCollection();
        services.AddGraphQL().AddBudgetSchema(limits).AddTypeExtension<StuckQueries>();
        await using var provider = services.BuildServiceProvider();
        var executor = await Executors.BuildAsync(provider);

        await using var result = await executor.ExecuteAsync("{ stuck }");
        var error = SingleError(JsonDocument.Parse(result.ToJson()).RootElement);

        Assert.Equal(ErrorCodes.Timeout, Code(error));
        Assert.Equal("The request did not complete within 0.3 seconds and was cancelled.", error.GetProperty("message").GetString());
        Assert.Equal(300, error.GetProperty("extensions").GetProperty("limit").GetDouble());
    }
}
