using System.Text.Json;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>Drill-down, comparison, year over year, aggregate and the other topics, over the imported warehouse.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class TopicTests(WarehouseFixture warehouse)
{
    private static string Compact(JsonElement element) =>
        JsonSerializer.Serialize(element, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

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
    public async Task A_category_whose_item_is_only_guessed_is_not_hung_under_it()
    {
        // 2022 prints project spending under two 项 (2010399: 62,718; 2100410: 457) and three categories that fit
        // neither by name nor by amount (14,969 + 44,382 + 3,824 = 63,175): hung under 2010399 they made an unlisted
        // remainder of −457, which is 2100410's own project spending.
        var data = await warehouse.DataAsync("""
            { item: breakdown(year: 2022, departmentCodes: ["szdsj"], code: "2010399") { amount projectAmount children { kind name amount } }
              other: breakdown(year: 2022, departmentCodes: ["szdsj"], code: "2100410") { amount projectAmount children { kind } }
              department(code: "szdsj") { budget(year: 2022) { projectCategories { name itemCode itemLinkDerived amount } } } }
            """);
        var item = data.GetProperty("item");
        Assert.Equal(62718m, item.GetProperty("amount").GetDecimal());
        Assert.DoesNotContain(item.GetProperty("children").EnumerateArray(), c => c.GetProperty("amount").GetDecimal() < 0);
        Assert.DoesNotContain(item.GetProperty("children").EnumerateArray(), c => c.GetProperty("kind").GetString() == "UNLISTED_RESIDUAL");
        var other = data.GetProperty("other");
        Assert.Equal(457m, other.GetProperty("amount").GetDecimal());
        Assert.Equal(457m, other.GetProperty("projectAmount").GetDecimal());
        var categories = data.GetProperty("department").GetProperty("budget").GetProperty("projectCategories").EnumerateArray().ToList();
        Assert.Equal(["政务综合管理", "政府投资项目", "信息化运维项目"], categories.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(63175m, categories.Sum(c => c.GetProperty("amount").GetDecimal()));
        Assert.All(categories, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("itemCode").ValueKind));
    }

    [Fact]
    public async Task Two_statements_of_one_document_that_disagree_are_both_kept_as_a_conflict()
    {
        // 000 states 政府投资项目's change against 2022 twice: "减少 6,995 万元" (第二部分, lines 127–129) and "减少 6,545 万元"
        // (第三部分, lines 219–247; 44,382 − 37,837 = 6,545). Neither is chosen.
        var data = await warehouse.DataAsync("""
            { department(code: "szdsj") { budget(year: 2023) { statementConflicts { subject label year
                statements { printedLabel amount laterAmount statedChange source { document { fileName } firstLine line derived } } } } }
              yearOverYear(departmentCode: "szdsj", kinds: [PROJECT_CATEGORY]) { rows { name points { year amount conflicts { label statements { statedChange source { line } } } } } } }
            """);
        Assert.Equal("""
            [{"subject":"PROJECT_CATEGORY","label":"政府投资项目","year":2022,"statements":[{"printedLabel":"政府投资项目","amount":null,"laterAmount":null,"statedChange":-6995,"source":{"document":{"fileName":"000_477d07774565aff8.txt"},"firstLine":127,"line":129,"derived":false}},{"printedLabel":"政府投资项目","amount":44382,"laterAmount":37837,"statedChange":-6545,"source":{"document":{"fileName":"000_477d07774565aff8.txt"},"firstLine":219,"line":247,"derived":true}}]}]
            """, Compact(data.GetProperty("department").GetProperty("budget").GetProperty("statementConflicts")));
        var rows = data.GetProperty("yearOverYear").GetProperty("rows");
        var points = Named(rows, "政府投资项目").GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("year").GetInt32());
        // The 2022 point shows 2022's own figure and says that 2023's document states its change twice, differently.
        Assert.Equal(44382m, points[2022].GetProperty("amount").GetDecimal());
        Assert.Equal("""[{"label":"政府投资项目","statements":[{"statedChange":-6995,"source":{"line":129}},{"statedChange":-6545,"source":{"line":247}}]}]""",
            Compact(points[2022].GetProperty("conflicts")));
        Assert.Equal("[]", Compact(points[2023].GetProperty("conflicts")));
        Assert.All(rows.EnumerateArray().Where(r => r.GetProperty("name").GetString() != "政府投资项目").SelectMany(r => r.GetProperty("points").EnumerateArray()),
            p => Assert.Equal(0, p.GetProperty("conflicts").GetArrayLength()));
    }

    [Fact]
    public async Task A_category_printed_in_two_wordings_is_one_year_over_year_row_with_its_change()
    {
        // 004 (坪山区 2023) prints 资产配置预算 2 in its 项目支出总表 and states "资产配置 … 较 2022 年预算增加 2 万元" in 第三部分.
        var data = await warehouse.DataAsync("""
            { yearOverYear(departmentCode: "psqzsj", kinds: [PROJECT_CATEGORY]) { rows { name points { year amount change printedName source { line } } } }
              department(code: "psqzsj") { budget(year: 2023) { projectCategories { name conformedName lineItems { name conformedName } }
                priorYearStatements { label conformedLabel } } } }
            """);
        var rows = data.GetProperty("yearOverYear").GetProperty("rows");
        Assert.DoesNotContain(rows.EnumerateArray(), r => r.GetProperty("name").GetString() == "资产配置预算");
        Assert.Equal("""
            [{"year":2022,"amount":0,"change":null,"printedName":"资产配置","source":{"line":197}},{"year":2023,"amount":2,"change":2,"printedName":"资产配置预算","source":{"line":1043}}]
            """, Compact(Named(rows, "资产配置").GetProperty("points")));
        var budget = data.GetProperty("department").GetProperty("budget");
        var category = budget.GetProperty("projectCategories").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "资产配置预算");
        Assert.Equal("资产配置", category.GetProperty("conformedName").GetString());
        Assert.Equal("资产配置", budget.GetProperty("priorYearStatements").EnumerateArray()
            .Single(s => s.GetProperty("label").GetString() == "资产配置").GetProperty("conformedLabel").GetString());
        Assert.Equal("聘用人员经费", budget.GetProperty("projectCategories").EnumerateArray().SelectMany(c => c.GetProperty("lineItems").EnumerateArray())
            .Single(i => i.GetProperty("name").GetString() == "聘用人员经费").GetProperty("conformedName").GetString()); // 经费 is kept
    }

    [Fact]
    public async Task Aggregate_by_project_category_groups_by_the_conformed_name_and_the_figures_keep_the_printed_one()
    {
        // 004 (坪山区 2023) prints 资产配置预算 2 in its 项目支出总表: one category, conformed 资产配置 (ConformedLabels).
        var data = await warehouse.DataAsync("""
            { grouped: aggregate(groupBy: [PROJECT_CATEGORY], where: { departmentCode: { eq: "psqzsj" } }) { nodes { projectCategory amount } summary { amount } }
              filtered: aggregate(groupBy: [PROJECT_CATEGORY], where: { departmentCode: { eq: "psqzsj" }, projectCategory: { eq: "资产配置" } }) { nodes { projectCategory amount } }
              department(code: "psqzsj") { budget(year: 2023) { projectCategories { name amount } } } }
            """);
        var groups = data.GetProperty("grouped").GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("projectCategory").GetString()!, n => n.GetProperty("amount").GetDecimal());
        Assert.Equal(2m, groups["资产配置"]);
        Assert.DoesNotContain(groups.Keys, k => k.EndsWith("预算", StringComparison.Ordinal));
        Assert.Equal("""[{"projectCategory":"资产配置","amount":2}]""", Compact(data.GetProperty("filtered").GetProperty("nodes")));
        var printed = data.GetProperty("department").GetProperty("budget").GetProperty("projectCategories").EnumerateArray().ToList();
        Assert.Contains(printed, c => c.GetProperty("name").GetString() == "资产配置预算");
        Assert.Equal(printed.Sum(c => c.GetProperty("amount").GetDecimal()), data.GetProperty("grouped").GetProperty("summary").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task A_project_statement_and_its_line_item_share_a_conformed_label()
    {
        var data = await warehouse.DataAsync("""
            { department(code: "szdsj") { budget(year: 2023) { priorYearStatements { subject label conformedLabel }
                projectCategories { lineItems { name conformedName amount } } } } }
            """);
        var budget = data.GetProperty("department").GetProperty("budget");
        var statement = budget.GetProperty("priorYearStatements").EnumerateArray().Single(s => s.GetProperty("label").GetString() == "深圳市政务云项目（二期）");
        var item = budget.GetProperty("projectCategories").EnumerateArray().SelectMany(c => c.GetProperty("lineItems").EnumerateArray())
            .Single(i => i.GetProperty("name").GetString() == "深圳市政务云（二期）");
        Assert.Equal(item.GetProperty("conformedName").GetString(), statement.GetProperty("conformedLabel").GetString());
        Assert.Equal("深圳市政务云（二期）", statement.GetProperty("conformedLabel").GetString());
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
        ResponseSnapshot.Match("compare-section-2023", "compare 2023: szdsj and psqzsj by 款 (SECTION), difference from szdsj, sorted by psqzsj's amount", data);
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
        ResponseSnapshot.Match("year-over-year-szdsj", "yearOverYear of szdsj to 2023: every row's points, earlier years stated by later documents", data);
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
        ResponseSnapshot.Match("aggregate-stage-and-category", "aggregate by department, year and stage; 2023 by project category and functional subject (ITEM), top 5", data);
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
