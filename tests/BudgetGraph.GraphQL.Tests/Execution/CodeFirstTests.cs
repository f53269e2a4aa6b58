using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Tests.Execution;

[Collection("DataLoader")]
public class CodeFirstTests
{
    private static readonly GraphQLExecutor Executor = new(CodeFirstSamples.BudgetLikeSchema());

    private static Task<string> Run(string query, string? variables = null) => Harness.RunAsync(Executor, query, null, variables);

    [Fact]
    public async Task ResolversArgumentsEnumsAndExactDecimals()
    {
        Harness.AssertJson(
            """{"data":{"departments":[{"code":"A01","name":"财政局","lines":[{"amount":44972.11,"unit":"YUAN"}]},{"code":"A02","name":"教育局","lines":[{"amount":1234567890.12,"unit":"YUAN"}]},{"code":"A03","name":"卫生局","lines":[{"amount":7,"unit":"YUAN"}]}]}}""",
            await Run("{ departments { code name lines(year: 2024) { amount unit } } }"));
        Harness.AssertJson("""{"data":{"total":1234612869.23,"t23":0.1}}""", await Run("{ total t23: total(year: 2023) }"));
    }

    [Fact]
    public async Task InputObjectsBindToRecordsWithDefaultsAndEnums()
    {
        Harness.AssertJson("""{"data":{"lines":[{"id":"3"}]}}""",
            await Run("{ lines(filter: {year: 2023, unit: TEN_THOUSAND_YUAN}) { id } }"));
        Harness.AssertJson("""{"data":{"lines":[{"id":"2"}]}}""",
            await Run("query ($f: LineFilter!) { lines(filter: $f) { id } }", """{"f":{"year":2024,"minAmount":50000}}"""));
    }

    [Fact]
    public async Task OneOfArgumentsAreEnforced()
    {
        Harness.AssertJson("""{"data":{"department":{"code":"A03"}}}""", await Run("""{ department(key: {name: "卫生局"}) { code } }"""));
        Harness.AssertJson(
            """{"errors":[{"message":"Variable \"$k\" has invalid value: Within OneOf Input Object type \"DepartmentKey\", exactly one field must be specified, and the value for that field must be non-null.","locations":[{"line":1,"column":8}]}]}""",
            await Run("query ($k: DepartmentKey!) { department(key: $k) { code } }", """{"k":{"code":"A01","name":"x"}}"""));
    }

    [Fact]
    public async Task InterfacesResolveFromClrTypes()
    {
        Harness.AssertJson("""{"data":{"a":{"__typename":"Department","id":"A02"},"b":{"__typename":"BudgetLine","id":"4"}}}""",
            await Run("""{ a: node(id: "A02") { __typename id } b: node(id: "4") { __typename id } }"""));
    }

    [Fact]
    public async Task ResolverExceptionsDoNotLeakButGraphQLExceptionsArePublic()
    {
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = "{ secret forbidden }" });
        Harness.AssertJson(
            """{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["secret"]},{"message":"Not allowed.","locations":[{"line":1,"column":10}],"path":["forbidden"],"extensions":{"code":"FORBIDDEN"}}],"data":{"secret":null,"forbidden":null}}""",
            result.ToJson());
        // The original exception stays available to the server for logging.
        Assert.IsType<InvalidOperationException>(result.Errors![0].OriginalException);
        Assert.DoesNotContain("Password", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataLoaderBatchesAListOfParentsIntoOneCall()
    {
        CodeFirstSamples.DepartmentBatchCalls = 0;
        Harness.AssertJson(
            """{"data":{"lines":[{"id":"1","department":{"code":"A01","parent":null}},{"id":"2","department":{"code":"A02","parent":{"code":"A01"}}},{"id":"4","department":{"code":"A03","parent":{"code":"A01"}}}]}}""",
            await Run("{ lines(filter: {year: 2024}) { id department { code parent { code } } } }"));
        // Level 1: the three lines' departments in one batch; level 2: their parents (A01, cached) need none.
        Assert.Equal(1, CodeFirstSamples.DepartmentBatchCalls);

        CodeFirstSamples.DepartmentBatchCalls = 0;
        await Run("{ departments { parent { code parent { code } } } }");
        // Level 1: parents of A01..A03 (one batch for A01); level 2: the parent of A01 is null, no call.
        Assert.Equal(1, CodeFirstSamples.DepartmentBatchCalls);
    }

    [Fact]
    public async Task CancellationAbortsTheRequest()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Executor.ExecuteAsync(new GraphQLRequest { Query = "{ slow }" }, cts.Token));
    }

    [Fact]
    public void EnumNamesAreUpperSnakeCase()
    {
        Assert.Equal("TEN_THOUSAND_YUAN", SchemaBuilder.ToEnumName("TenThousandYuan"));
        Assert.Equal("HTTP_STATUS", SchemaBuilder.ToEnumName("HTTPStatus"));
        Assert.Equal("YUAN", SchemaBuilder.ToEnumName("Yuan"));
    }

    [Fact]
    public void PrintedCodeFirstSchema()
    {
        var printed = SchemaPrinter.Print(CodeFirstSamples.BudgetLikeSchema());
        Assert.StartsWith("\"\"\"Budget test schema built in code.\"\"\"\nschema {\n  query: Query\n}\n\n", printed, StringComparison.Ordinal);
        Assert.Contains("enum Unit {\n  \"\"\"One yuan.\"\"\"\n  YUAN\n  TEN_THOUSAND_YUAN\n  LEGACY @deprecated(reason: \"No longer published.\")\n}", printed, StringComparison.Ordinal);
        Assert.Contains("input LineFilter {\n  year: Int!\n  minAmount: Decimal\n  unit: Unit = YUAN\n}", printed, StringComparison.Ordinal);
        Assert.Contains("input DepartmentKey @oneOf {", printed, StringComparison.Ordinal);
        Assert.Contains("scalar Decimal @specifiedBy(url: \"https://www.rfc-editor.org/rfc/rfc8259#section-6\")", printed, StringComparison.Ordinal);
        Assert.Contains("  total(year: Int! = 2024): Decimal!", printed, StringComparison.Ordinal);
    }
}
