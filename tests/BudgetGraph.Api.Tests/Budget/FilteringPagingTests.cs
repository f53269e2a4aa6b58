using System.Text.Json;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>HotChocolate-shaped filtering, sorting and cursor paging, each translated to one SQL statement.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class FilteringPagingTests(WarehouseFixture warehouse)
{
    private static List<string?> Codes(JsonElement list, string property = "code") =>
        list.EnumerateArray().Select(x => x.GetProperty(property).GetString()).ToList();

    [Fact]
    public async Task Departments_filter_by_name_contains()
    {
        var data = await warehouse.DataAsync("""{ departments(where: { name: { contains: "大数据" } }) { code } }""");
        Assert.Equal(["szdsj"], Codes(data.GetProperty("departments")));
    }

    [Fact]
    public async Task Departments_filter_with_or_and_enum_in_one_statement_sorted_by_name()
    {
        warehouse.Commands.Reset();
        var data = await warehouse.DataAsync("""
            { departments(where: { or: [{ kind: { eq: DISTRICT_BUREAU } }, { code: { startsWith: "szz" } }] }, order: [{ code: DESC }]) { code } }
            """);
        Assert.Equal(["szzsj", "psqzsj"], Codes(data.GetProperty("departments")));
        Assert.Equal(1, warehouse.Commands.Count);
    }

    [Fact]
    public async Task Departments_filter_with_nin_and_neq()
    {
        var data = await warehouse.DataAsync("""
            { departments(where: { kind: { nin: [CITY_BUREAU] }, code: { neq: "psqzsj" } }) { code } }
            """);
        Assert.Equal(["szdsj"], Codes(data.GetProperty("departments")));
    }

    [Fact]
    public async Task Departments_connection_pages_forward_and_backward()
    {
        const string query = """
            query($first: Int, $after: String, $last: Int, $before: String) {
              departmentsConnection(order: [{ code: ASC }], first: $first, after: $after, last: $last, before: $before) {
                totalCount nodes { code } edges { cursor node { code } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
            """;
        var first = (await warehouse.DataAsync(query, new { first = 2 })).GetProperty("departmentsConnection");
        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(["psqzsj", "szdsj"], Codes(first.GetProperty("nodes")));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var next = (await warehouse.DataAsync(query, new { first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .GetProperty("departmentsConnection");
        Assert.Equal(["szzsj"], Codes(next.GetProperty("nodes")));
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(next.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var last = (await warehouse.DataAsync(query, new { last = 2 })).GetProperty("departmentsConnection");
        Assert.Equal(["szdsj", "szzsj"], Codes(last.GetProperty("nodes")));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());

        var before = (await warehouse.DataAsync(query, new { last = 5, before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString() }))
            .GetProperty("departmentsConnection");
        Assert.Equal(["psqzsj"], Codes(before.GetProperty("nodes")));
    }

    [Fact]
    public async Task A_foreign_cursor_is_refused_naming_the_argument()
    {
        var response = await warehouse.RunAsync("""{ departmentsConnection(after: "bm9wZQ==") { totalCount } }""");
        Assert.Equal("Argument \"after\" is not a cursor of this connection: \"bm9wZQ==\".", response.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Expenditures_filter_sort_and_page_in_one_statement()
    {
        warehouse.Commands.Reset();
        var data = await warehouse.DataAsync("""
            { expenditures(where: { year: { eq: 2023 }, level: { eq: ITEM }, amount: { gte: 10000 } }, order: [{ amount: DESC }], first: 1) {
                totalCount nodes { code amount department { code } source { table line } } pageInfo { hasNextPage } } }
            """);
        var page = data.GetProperty("expenditures");
        Assert.Equal(2, page.GetProperty("totalCount").GetInt32()); // 2010399 = 91,221 (szdsj) and 2013799 = 27,102 (psqzsj)
        var row = page.GetProperty("nodes")[0];
        Assert.Equal("2010399", row.GetProperty("code").GetString());
        Assert.Equal(91221m, row.GetProperty("amount").GetDecimal());
        Assert.Equal("表3 支出总表", row.GetProperty("source").GetProperty("table").GetString());
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        // The page with its total, then the department of its row (a loader).
        Assert.Equal(2, warehouse.Commands.Count);
    }

    [Fact]
    public async Task Expenditure_amount_filters_are_exact_in_any_unit()
    {
        var data = await warehouse.DataAsync("""
            { wan: expenditures(where: { amount: { eq: 40980.57 } }) { nodes { code } }
              yuan: expenditures(unit: YUAN, where: { amount: { eq: 409805700 } }) { nodes { code } }
              finer: expenditures(where: { amount: { eq: 40980.5701 } }) { totalCount } }
            """);
        Assert.Equal(["2010302"], Codes(data.GetProperty("wan").GetProperty("nodes")));
        Assert.Equal(["2010302"], Codes(data.GetProperty("yuan").GetProperty("nodes")));
        Assert.Equal(0, data.GetProperty("finer").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Null_comparisons_on_columns_that_are_never_null()
    {
        var data = await warehouse.DataAsync("""
            { none: expenditures(where: { year: { eq: null } }) { totalCount } all: expenditures(where: { amount: { neq: null } }) { totalCount }
              every: expenditures { totalCount } }
            """);
        Assert.Equal(0, data.GetProperty("none").GetProperty("totalCount").GetInt32());
        Assert.Equal(data.GetProperty("every").GetProperty("totalCount").GetInt32(), data.GetProperty("all").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Expenditures_code_path_filter_includes_and_excludes_subtrees()
    {
        var data = await warehouse.DataAsync("""
            { expenditures(where: { departmentCode: { eq: "szdsj" }, year: { eq: 2023 } }, codePrefix: "20", excludeCodes: ["20805", "201"], order: [{ code: ASC }]) {
                nodes { code } } }
            """);
        Assert.Equal(["208"], Codes(data.GetProperty("expenditures").GetProperty("nodes")));
    }

    [Fact]
    public async Task Economic_expenditures_are_the_economic_table()
    {
        var data = await warehouse.DataAsync("""
            { expenditures(classification: ECONOMIC, where: { departmentCode: { eq: "szdsj" }, year: { eq: 2023 }, level: { eq: CLASS } }, order: [{ code: ASC }]) {
                nodes { code name classification } } }
            """);
        var nodes = data.GetProperty("expenditures").GetProperty("nodes");
        Assert.True(nodes.GetArrayLength() >= 3);
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(3, n.GetProperty("code").GetString()!.Length));
        Assert.Equal("ECONOMIC", nodes[0].GetProperty("classification").GetString());
    }

    [Fact]
    public async Task Nodes_refetch_by_global_id()
    {
        var data = await warehouse.DataAsync("""
            { department(code: "szdsj") { id budget(year: 2023) { id } }
              expenditures(first: 1, order: [{ amount: DESC }]) { nodes { id code } } }
            """);
        var ids = new[]
        {
            data.GetProperty("department").GetProperty("id").GetString(),
            data.GetProperty("department").GetProperty("budget").GetProperty("id").GetString(),
            data.GetProperty("expenditures").GetProperty("nodes")[0].GetProperty("id").GetString(),
        };
        var nodes = (await warehouse.DataAsync("""
            query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Department { code } ... on Budget { year } ... on Expenditure { code } } }
            """, new { ids })).GetProperty("nodes");
        Assert.Equal("Department", nodes[0].GetProperty("__typename").GetString());
        Assert.Equal("szdsj", nodes[0].GetProperty("code").GetString());
        Assert.Equal(2023, nodes[1].GetProperty("year").GetInt32());
        Assert.Equal(data.GetProperty("expenditures").GetProperty("nodes")[0].GetProperty("code").GetString(), nodes[2].GetProperty("code").GetString());
        Assert.Equal(ids, nodes.EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToArray());
    }
}
