using System.Net;
using System.Text.Json.Nodes;
using BudgetGraph.Api.Tests.Http;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>
/// Issue 5's published figures through the HTTP API as it is served: Program with its default wiring, a fresh
/// warehouse built by the start-up import of data/sources (the embedded default, at a temporary <c>--db</c>),
/// POST /graphql. The engine-level versions are in <see cref="AcceptanceTests"/>; these prove the wiring.
/// </summary>
public sealed class HttpAcceptanceTests(BudgetApi api) : IClassFixture<BudgetApi>
{
    private readonly HttpClient _client = api.Factory.CreateClient();

    private async Task<JsonNode> DataAsync(string query)
    {
        var answer = await _client.PostAsync(query);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Errors.Count == 0, answer.Body);
        return answer.Data!;
    }

    /// <summary>The raw JSON text of a number, so that exactness (no double round trip) is what is compared.</summary>
    private static string Raw(JsonNode? node) => node!.ToJsonString();

    [Fact]
    public async Task Data_center_2023_totals_and_2024_execution()
    {
        var data = await DataAsync("""
            { department(code: "szdsj") {
                y2023: budget(year: 2023) { totalExpenditure basicExpenditure projectExpenditure yuan: totalExpenditure(unit: YUAN) }
                y2024: budget(year: 2024) { execution { adjustedBudget actualExpenditure executionRate } } } }
            """);
        var y2023 = data["department"]!["y2023"]!;
        Assert.Equal("94294", Raw(y2023["totalExpenditure"]));
        Assert.Equal("3073", Raw(y2023["basicExpenditure"]));
        Assert.Equal("91221", Raw(y2023["projectExpenditure"]));
        Assert.Equal("942940000", Raw(y2023["yuan"]));
        var execution = data["department"]!["y2024"]!["execution"]!;
        Assert.Equal("112233.18", Raw(execution["adjustedBudget"]));
        Assert.Equal("108019.3", Raw(execution["actualExpenditure"]));
        Assert.Equal(0.9625, execution["executionRate"]!.GetValue<double>(), 0.0001);
    }

    [Fact]
    public async Task Breakdowns_of_2010399_201_and_2010302()
    {
        var data = await DataAsync("""
            {
              item: breakdown(year: 2023, departmentCodes: ["szdsj"], code: "2010399") { amount children { name kind amount } }
              klass: breakdown(year: 2023, departmentCodes: ["szdsj"], code: "201") { children { code amount } }
              bureau: breakdown(year: 2024, departmentCodes: ["szzsj"], code: "2010302") { amount }
            }
            """);
        var item = data["item"]!;
        Assert.Equal("91221", Raw(item["amount"]));
        var children = item["children"]!.AsArray();
        string Child(string name) => Raw(children.Single(c => c!["name"]!.GetValue<string>() == name)!["amount"]);
        Assert.Equal("33416", Child("政务综合管理"));
        Assert.Equal("37837", Child("政府投资项目"));
        Assert.Equal("11078", Child("信息化运维项目"));
        var residual = Assert.Single(children, c => c!["kind"]!.GetValue<string>() == "ROUNDING_RESIDUAL");
        Assert.Equal("1", Raw(residual!["amount"]));

        var section = Assert.Single(data["klass"]!["children"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "20103");
        Assert.Equal("93003", Raw(section!["amount"]));
        Assert.Equal("40980.57", Raw(data["bureau"]!["amount"]));
    }

    [Fact]
    public async Task Compare_data_center_and_pingshan_at_class_level()
    {
        var data = await DataAsync("""
            { compare(year: 2023, departmentCodes: ["szdsj", "psqzsj"], level: CLASS) {
                rows { code cells { departmentCode amount } } } }
            """);
        var rows = data["compare"]!["rows"]!.AsArray();
        string? Cell(string code, string department)
        {
            var row = rows.Single(r => r!["code"]!.GetValue<string>() == code)!;
            var amount = row["cells"]!.AsArray().Single(c => c!["departmentCode"]!.GetValue<string>() == department)!["amount"];
            return amount?.ToJsonString();
        }
        Assert.Equal("93003", Cell("201", "szdsj"));
        Assert.Equal("29173", Cell("201", "psqzsj"));
        Assert.Equal("4", Cell("205", "psqzsj"));
    }
}
