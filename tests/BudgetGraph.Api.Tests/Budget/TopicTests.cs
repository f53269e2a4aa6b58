using System.Text.Json;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>Drill-down, comparison, year over year, aggregate and the other topics, over the imported warehouse.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class TopicTests(WarehouseFixture warehouse)
{
    private static JsonElement Named(JsonElement list, string name) =>
        list.EnumerateArray().Single(x => x.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Every_breakdown_node_adds_up_to_its_published_amount()
    {
        var data = await warehouse.DataAsync("""
            { departments { code budgets { year breakdown {
                ...N children { ...N children { ...N children { ...N children { ...N children { ...N } } } } } } } } }
            fragment N on BreakdownNode { kind amount: amount(unit: YUAN) }
            """);
        var checkedNodes = 0;
        void Check(JsonElement node, string path)
        {
            var children = node.TryGetProperty("children", out var list) ? list.EnumerateArray().ToList() : [];
            if (children.Count == 0)
            {
                return;
            }
            Assert.True(node.GetProperty("amount").GetDecimal() == children.Sum(c => c.GetProperty("amount").GetDecimal()), path);
            checkedNodes++;
            foreach (var c in children)
            {
                Check(c, path + "/" + c.GetProperty("kind").GetString());
            }
        }
        foreach (var dept in data.GetProperty("departments").EnumerateArray())
        {
            foreach (var budget in dept.GetProperty("budgets").EnumerateArray())
            {
                if (budget.GetProperty("breakdown").ValueKind == JsonValueKind.Object)
                {
                    Check(budget.GetProperty("breakdown"), $"{dept.GetProperty("code")}/{budget.GetProperty("year")}");
                }
            }
        }
        Assert.True(checkedNodes > 40, $"only {checkedNodes} nodes with children");
    }

    [Fact]
    public async Task A_category_whose_line_items_are_partial_gets_an_unlisted_residual()
    {
        var data = await warehouse.DataAsync("""
            { breakdown(year: 2023, departmentCodes: ["szdsj"], code: "2010399") { children { name kind amount shareOfParent itemLink
                children { name kind amount source { derived table } residual { published childrenSum childCount publishedSources { line } } } } } }
            """);
        var category = Named(data.GetProperty("breakdown").GetProperty("children"), "政务综合管理");
        Assert.Equal("SINGLE_ITEM", category.GetProperty("itemLink").GetString());
        Assert.Equal(33416d / 91221d, category.GetProperty("shareOfParent").GetDouble(), 1e-12);
        var items = category.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(1000m, Named(category.GetProperty("children"), "政务短信平台").GetProperty("amount").GetDecimal());
        var residual = items.Single(i => i.GetProperty("kind").GetString() == "UNLISTED_RESIDUAL");
        Assert.Equal("其他（未列明）", residual.GetProperty("name").GetString());
        Assert.Equal(1676m, residual.GetProperty("amount").GetDecimal()); // 33,416 − (1,000 + 30,540 + 200)
        Assert.True(residual.GetProperty("source").GetProperty("derived").GetBoolean());
        Assert.Equal(31740m, residual.GetProperty("residual").GetProperty("childrenSum").GetDecimal());
        Assert.Equal(3, residual.GetProperty("residual").GetProperty("childCount").GetInt32());
    }

    [Fact]
    public async Task Breakdown_over_two_departments_sums_them_and_cites_both()
    {
        var data = await warehouse.DataAsync("""
            { breakdown(year: 2023, departmentCodes: ["szdsj", "psqzsj"], code: "201") { amount source { line } sources { document { title } } } }
            """);
        var node = data.GetProperty("breakdown");
        Assert.Equal(93003m + 29173m, node.GetProperty("amount").GetDecimal());
        Assert.Equal(JsonValueKind.Null, node.GetProperty("source").ValueKind);
        Assert.Equal(2, node.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Comparison_snapshot_with_difference_and_sorted_by_a_departments_column()
    {
        var data = await warehouse.DataAsync("""
            { compare(year: 2023, departmentCodes: ["szdsj", "psqzsj"], level: SECTION, differenceFrom: "szdsj", order: [{ department: "psqzsj", amount: DESC }]) {
                totals { departmentCode amount source { table line } }
                rows { code name cells { departmentCode amount share rank difference } } } }
            """);
        Snapshot.Match("compare-section-2023", data);
        var rows = data.GetProperty("compare").GetProperty("rows");
        Assert.Equal("20137", rows[0].GetProperty("code").GetString()); // 坪山区's largest 款 first
    }

    [Fact]
    public async Task Economic_comparison_and_its_errors()
    {
        var data = await warehouse.DataAsync("""
            { compare(year: 2023, departmentCodes: ["szdsj"], classification: ECONOMIC) { rows { code cells { amount share } } totals { amount } } }
            """);
        var compare = data.GetProperty("compare");
        Assert.Equal(compare.GetProperty("totals")[0].GetProperty("amount").GetDecimal(),
            compare.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("cells")[0].GetProperty("amount").GetDecimal()));

        async Task<string?> Error(string query) =>
            (await warehouse.RunAsync(query)).GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Equal("The economic classification has no ITEM level (支出经济分类 has 类 and 款): use CLASS or SECTION.",
            await Error("""{ compare(year: 2023, departmentCodes: ["szdsj"], classification: ECONOMIC, level: ITEM) { rows { code } } }"""));
        Assert.Equal("\"differenceFrom\" must be one of the compared departments (szdsj), got \"psqzsj\".",
            await Error("""{ compare(year: 2023, departmentCodes: ["szdsj"], differenceFrom: "psqzsj") { rows { code } } }"""));
        Assert.Equal("Unknown department codes in \"departmentCodes\": \"x\", \"y\". Query `departments { code name }` for the codes.",
            await Error("""{ compare(year: 2023, departmentCodes: ["x", "szdsj", "y"]) { rows { code } } }"""));
        Assert.Equal("Cannot sort by department \"szzsj\": it is not one of the compared departments.",
            await Error("""{ compare(year: 2023, departmentCodes: ["szdsj"], order: [{ department: "szzsj", amount: ASC }]) { rows { code } } }"""));
    }

    [Fact]
    public async Task Year_over_year_fills_earlier_years_from_later_documents_and_flags_them()
    {
        var data = await warehouse.DataAsync("""
            { yearOverYear(departmentCode: "szdsj", toYear: 2023) { years rows { kind code name points { year amount change percentChange statedByLaterDocument source { document { year } derived } } } } }
            """);
        Snapshot.Match("year-over-year-szdsj", data);
        var total = data.GetProperty("yearOverYear").GetProperty("rows")[0];
        Assert.Equal("TOTAL_EXPENDITURE", total.GetProperty("kind").GetString());
        var points = total.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("year").GetInt32());
        Assert.True(points[2021].GetProperty("statedByLaterDocument").GetBoolean());
        Assert.Equal(60015m, points[2021].GetProperty("amount").GetDecimal());
        Assert.False(points[2022].GetProperty("statedByLaterDocument").GetBoolean());
        Assert.Equal(65585m, points[2022].GetProperty("amount").GetDecimal());
        Assert.Equal(28709m, points[2023].GetProperty("change").GetDecimal()); // "比 2022 年增加 28,709 万元"
    }

    [Fact]
    public async Task Aggregate_summary_covers_every_group_whatever_the_page()
    {
        var data = await warehouse.DataAsync("""
            { aggregate(groupBy: [DEPARTMENT, YEAR], order: [{ amount: DESC }], first: 1) {
                totalCount nodes { departmentCode year amount shareOfTotal department { name } } summary { amount groupCount rowCount } pageInfo { hasNextPage } } }
            """);
        var a = data.GetProperty("aggregate");
        // The published totals of five department-years: 2024 of the data center is known only from its evaluation report.
        Assert.Equal(5, a.GetProperty("totalCount").GetInt32());
        Assert.Equal("szdsj", a.GetProperty("nodes")[0].GetProperty("departmentCode").GetString());
        Assert.Equal(94294m, a.GetProperty("nodes")[0].GetProperty("amount").GetDecimal());
        Assert.Equal("302709.36", a.GetProperty("summary").GetProperty("amount").GetRawText()); // 94,294 + 65,585 + 68,098.25 + 44,972.11 + 29,760
        Assert.Equal(5, a.GetProperty("summary").GetProperty("groupCount").GetInt32());
    }

    [Fact]
    public async Task Aggregate_snapshot_by_stage_and_by_project_category()
    {
        var data = await warehouse.DataAsync("""
            { byStage: aggregate(groupBy: [DEPARTMENT, YEAR, STAGE]) { nodes { departmentCode year stage amount basicAmount projectAmount } }
              byCategory: aggregate(groupBy: [PROJECT_CATEGORY, FUNCTIONAL_SUBJECT], level: ITEM, where: { year: { eq: 2023 } }, order: [{ amount: DESC }], first: 5) {
                totalCount nodes { projectCategory code amount } summary { amount } } }
            """);
        Snapshot.Match("aggregate-stage-and-category", data);
        var error = (await warehouse.RunAsync("{ aggregate(groupBy: [STAGE, ECONOMIC_SUBJECT]) { totalCount } }"))
            .GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.StartsWith("aggregate cannot group by these dimensions together", error);
    }

    [Fact]
    public async Task Income_three_public_and_project_categories_of_a_budget()
    {
        var data = await warehouse.DataAsync("""
            { department(code: "szdsj") { budget(year: 2023) {
                income { fundSource { code } amount }
                threePublic { item year isChange amount source { statedByLaterDocument } }
                projectCategories { name itemCode itemLinkDerived amount lineItems { name amount } }
                priorYearStatements { subject label year amount source { derived } } } } }
            """);
        var budget = data.GetProperty("department").GetProperty("budget");
        var income = budget.GetProperty("income").EnumerateArray().ToDictionary(i => i.GetProperty("fundSource").GetProperty("code").GetString()!);
        Assert.Equal(94294m, income["total"].GetProperty("amount").GetDecimal());
        Assert.Equal(37m, income["carryover"].GetProperty("amount").GetDecimal());
        var prior = budget.GetProperty("threePublic").EnumerateArray()
            .Single(l => l.GetProperty("item").GetString() == "TOTAL" && l.GetProperty("year").GetInt32() == 2022);
        Assert.True(prior.GetProperty("source").GetProperty("statedByLaterDocument").GetBoolean());
        var category = Named(budget.GetProperty("projectCategories"), "政府投资项目");
        Assert.Equal("2010399", category.GetProperty("itemCode").GetString());
        Assert.True(category.GetProperty("itemLinkDerived").GetBoolean());
        Assert.Equal(37837m, category.GetProperty("amount").GetDecimal());
        Assert.Equal(30000m, Named(category.GetProperty("lineItems"), "深圳市政务云（二期）").GetProperty("amount").GetDecimal());
        var statement = budget.GetProperty("priorYearStatements").EnumerateArray()
            .Single(s => s.GetProperty("subject").GetString() == "TOTAL_EXPENDITURE");
        Assert.Equal(2022, statement.GetProperty("year").GetInt32());
        Assert.Equal(65585m, statement.GetProperty("amount").GetDecimal());
        Assert.True(statement.GetProperty("source").GetProperty("derived").GetBoolean());
    }

    [Fact]
    public async Task Code_lists_are_trees_and_fiscal_years_include_stated_years()
    {
        var data = await warehouse.DataAsync("""
            { functionalSubjects { code children { code children { code } } } economicSubjects(level: CLASS) { code children { code } }
              fiscalYears { year documentCount } }
            """);
        var f201 = data.GetProperty("functionalSubjects").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "201");
        var f20103 = f201.GetProperty("children").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "20103");
        Assert.Contains(f20103.GetProperty("children").EnumerateArray(), s => s.GetProperty("code").GetString() == "2010399");
        Assert.All(data.GetProperty("economicSubjects").EnumerateArray(), s => Assert.Equal(3, s.GetProperty("code").GetString()!.Length));
        var years = data.GetProperty("fiscalYears").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32(), y => y.GetProperty("documentCount").GetInt32());
        Assert.Equal(2, years[2023]); // the data center's and 坪山区's budgets
        Assert.Equal(2, years[2024]); // the city bureau's budget and the data center's evaluation report
    }

    [Fact]
    public async Task Execution_lines_keep_published_rates_and_compute_missing_ones_exactly()
    {
        var data = await warehouse.DataAsync("""
            { department(code: "szdsj") { budget(year: 2024) { execution { lines { measure initialBudget adjustedBudget actualExpenditure executionRate rateStated } } } } }
            """);
        var lines = data.GetProperty("department").GetProperty("budget").GetProperty("execution").GetProperty("lines").EnumerateArray()
            .ToDictionary(l => l.GetProperty("measure").GetString()!);
        Assert.Equal(0.9406, lines["PROCUREMENT"].GetProperty("executionRate").GetDouble(), 1e-12);
        Assert.True(lines["PROCUREMENT"].GetProperty("rateStated").GetBoolean());
        var daily = lines["DAILY_OPERATIONS"];
        Assert.Equal("114.02", daily.GetProperty("initialBudget").GetRawText());
        Assert.Equal(0.7241, daily.GetProperty("executionRate").GetDouble(), 1e-12);
        Assert.False(lines["BASIC"].GetProperty("rateStated").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines["BASIC"].GetProperty("adjustedBudget").ValueKind);
        Assert.Equal(JsonValueKind.Null, lines["BASIC"].GetProperty("executionRate").ValueKind); // no adjusted figure to divide by
    }

    [Fact]
    public async Task Plain_department_list_takes_first_and_last_after_sorting()
    {
        var data = await warehouse.DataAsync("""
            { first: departments(order: [{ code: ASC }], first: 2) { code } last: departments(order: [{ code: ASC }], last: 1) { code } }
            """);
        Assert.Equal(["psqzsj", "szdsj"], data.GetProperty("first").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal(["szzsj"], data.GetProperty("last").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
    }
}
