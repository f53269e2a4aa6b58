using System.Net;
using System.Text.Json;
using BudgetGraph.Api.Tests.Admin;
using BudgetGraph.Api.Tests.Budget;

namespace BudgetGraph.Api.Tests.Bench;

/// <summary>The bench-only HTTP floor (<c>Bench:SqlFloor</c>): absent by default; when on, the statement's rows as JSON.</summary>
public sealed class SqlFloorEndpointTests
{
    [Fact]
    public async Task The_http_floor_is_absent_unless_configured_and_answers_the_statement_rows_when_on()
    {
        using (var off = new AdminApi())
        {
            using var client = off.Factory.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/bench/sql/list?year=2023&contains=数据")).StatusCode);
        }
        using var api = new AdminApi(settings: new Dictionary<string, string> { ["Bench:SqlFloor"] = "true" });
        var source = File.ReadAllText(Directory.GetFiles(WarehouseFixture.SourcesDirectory, "004_*.txt").Single());
        var (imported, _) = await api.ImportAsync("004.txt", source, "Bearer " + api.Key);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        using var http = api.Factory.CreateClient();

        var list = await http.GetAsync("/bench/sql/list?year=2023&contains=数据");
        Assert.Equal("application/json", list.Content.Headers.ContentType?.MediaType);
        using var rows = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        var row = Assert.Single(rows.RootElement.EnumerateArray().ToList());
        // Code, name, kind, region, 支出总表's total in yuan: 坪山区 2023 publishes 29,760 万元.
        Assert.Equal(("psqzsj", 297_600_000L), (row[0].GetString(), row[4].GetInt64()));

        var refused = await http.GetAsync("/bench/sql/breakdown?year=2023&codes=PSQ'");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("\"Department codes must be lower-case ASCII letters and digits. (Parameter 'codes')\"", await refused.Content.ReadAsStringAsync());
    }
}
