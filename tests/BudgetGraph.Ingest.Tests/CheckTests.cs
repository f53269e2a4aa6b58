using System.Text.Json;
using BudgetGraph.Ingest.Check;

namespace BudgetGraph.Ingest.Tests;

/// <summary>Reconciliation of the published documents, and of a copy with one figure altered.</summary>
[Collection(ImportedCollection.Name)]
public class CheckTests(ImportedWarehouse imported)
{
    private async Task<IReadOnlyList<CheckReport>> RunAsync(TestWarehouse warehouse)
    {
        await using var db = warehouse.Create();
        return await new Reconciler(db).RunAsync();
    }

    [Fact]
    public async Task ThePublishedDocumentsHaveNoDiscrepancyOnlyRoundingResiduals()
    {
        var reports = await RunAsync(imported.Warehouse);
        Assert.Equal(
            [("psqzsj", 2023), ("szdsj", 2022), ("szdsj", 2023), ("szdsj", 2024), ("szzsj", 2024)],
            reports.Select(r => (r.DepartmentCode, r.Year)));
        Assert.All(reports, r => Assert.Empty(r.Discrepancies));

        // 000: 2010399 = 91,221 while its five categories (33,416 + 37,837 + 5,401 + 11,078 + 3,488) add to 91,220.
        var center = reports.Single(r => r.DepartmentCode == "szdsj" && r.Year == 2023);
        var residual = center.RoundingResiduals.Single(e => e.Rule == "Σ项目类别 = 项");
        Assert.Equal(("2010399", 91_221m, 91_220m, 1m), (residual.Subject, residual.PublishedAmount, residual.ComputedAmount, residual.Difference));
        Assert.Equal(["政务综合管理", "政府投资项目", "信息化类", "信息化运维项目", "信息化新建项目（非政府投资项目）"], residual.Items);
        Assert.Equal(94_294m, center.TotalExpenditure);
        // 003 publishes 0.01 万元: 20103 = 43,549.69 against 2,569.11 + 40,980.57 = 43,549.68.
        var bureau = reports.Single(r => r.DepartmentCode == "szzsj");
        Assert.Contains(bureau.RoundingResiduals, e => e.Subject == "20103" && e.PublishedAmount == 43_549.69m && e.ComputedAmount == 43_549.68m);
    }

    [Fact]
    public async Task TwoStatementsOfOneDocumentThatDisagreeAreReportedAsAConflictWithBothSources()
    {
        var reports = await RunAsync(imported.Warehouse);
        // 000 (szdsj 2023) states 政府投资项目's change against 2022 as "减少 6,995 万元" in 第二部分 and, in 第三部分,
        // "由 44,382 万元减少至 37,837 万元" (6,545). Both are kept; the report of the department-year that prints them says so.
        var center = reports.Single(r => r.DepartmentCode == "szdsj" && r.Year == 2023);
        var conflict = Assert.Single(center.Conflicts);
        Assert.Equal(
            "政府投资项目 (ProjectCategory, 2022): the 2023 document states two different figures — "
            + "第二部分 部门预算收支总体情况 lines 127–129: change -6,995 万元; "
            + "第三部分 部门预算支出具体情况 lines 219–247: 2022 44,382 万元, 2023 37,837 万元, change -6,545 万元. Both are kept; neither is chosen.",
            conflict.Describe());
        Assert.Equal([(null, null, -6_995m, 127, 129), (44_382m, 37_837m, -6_545m, 219, 247)],
            conflict.Statements.Select(s => (s.Amount, s.LaterAmount, s.Change, s.FirstLine, s.Line)));
        Assert.All(reports.Where(r => r != center), r => Assert.Empty(r.Conflicts));
    }

    [Fact]
    public async Task AnAlteredFigureIsADiscrepancy()
    {
        using var warehouse = new TestWarehouse();
        // 000 表7 line 1300: 事业运行 1,783 printed as 1,883 — 20103 (93,003) no longer adds up.
        var lines = File.ReadAllText(Sources.DataCenter2023).Split('\n');
        Assert.Equal(" 2010350 事业运行 1,783 1,783 0 ", lines[1299]);
        lines[1299] = " 2010350 事业运行 1,883 1,883 0 ";
        await warehouse.ImportAsync(warehouse.WriteSource("000_altered.txt", string.Join('\n', lines)));

        var report = Assert.Single(await RunAsync(warehouse));
        var discrepancy = Assert.Single(report.Discrepancies,
            e => e.Rule == "类 = Σ款 = Σ项" && e.Table == "表7 一般公共预算支出表（按功能分类）" && e.Subject == "20103");
        Assert.Equal((93_003m, 93_104m, 1298), (discrepancy.PublishedAmount, discrepancy.ComputedAmount, discrepancy.Line));
        Assert.Equal(["2010350", "2010399"], discrepancy.Items);
    }

    [Fact]
    public async Task LineItemsAboveTheirCategoryAndWrongPriorYearStatementsAreDiscrepancies()
    {
        using var warehouse = new TestWarehouse();
        var text = File.ReadAllText(Sources.DataCenter2023);
        // 第三部分 line 199–201: "政务短信平台工作 1,000 万元" made 10,000 — the items of 政务综合管理 (33,416) then add to 40,740.
        Assert.Contains("台工作 1,000 万元", text);
        text = text.Replace("台工作 1,000 万元", "台工作 10,000 万元");
        // Line 213: "较2022年预算增加18,447万元" made 18,000: it states 2022's 政务综合管理 as 15,416, but 001 publishes 14,969.
        Assert.Contains("2022年预算增加18,447万元", text);
        text = text.Replace("2022年预算增加18,447万元", "2022年预算增加18,000万元");
        await warehouse.ImportAsync(warehouse.WriteSource("000_items.txt", text), Sources.DataCenter2022);

        var reports = await RunAsync(warehouse);
        var items = Assert.Single(reports.Single(r => r.Year == 2023).Discrepancies);
        Assert.Equal(("Σ明细 ≤ 项目类别", "政务综合管理", 33_416m, 40_740m), (items.Rule, items.Subject, items.PublishedAmount, items.ComputedAmount));
        var prior = Assert.Single(reports.Single(r => r.Year == 2022).Discrepancies);
        Assert.Equal(("上年数 = 上年预算", "政务综合管理", 15_416m, 14_969m, 213), (prior.Rule, prior.Subject, prior.PublishedAmount, prior.ComputedAmount, prior.Line));
    }

    [Fact]
    public async Task JsonHasOneObjectPerDepartmentYear()
    {
        var json = CheckReport.ToJson(await RunAsync(imported.Warehouse));
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Array, parsed.RootElement.ValueKind);
        Assert.Equal(5, parsed.RootElement.GetArrayLength());
        var center = parsed.RootElement.EnumerateArray().Single(e => e.GetProperty("year").GetInt32() == 2023
                                                                     && e.GetProperty("department").GetString() == "深圳市大数据资源管理中心");
        Assert.Equal(JsonValueKind.Number, center.GetProperty("totalExpenditure").ValueKind);
        Assert.Equal(94_294m, center.GetProperty("totalExpenditure").GetDecimal());
        Assert.Equal(0, center.GetProperty("discrepancies").GetArrayLength());
        var residual = center.GetProperty("roundingResiduals").EnumerateArray()
            .Single(e => e.GetProperty("subject").GetString() == "2010399" && e.GetProperty("rule").GetString() == "Σ项目类别 = 项");
        Assert.Equal((91_221m, 91_220m), (residual.GetProperty("publishedAmount").GetDecimal(), residual.GetProperty("computedAmount").GetDecimal()));
        Assert.Equal(5, residual.GetProperty("items").GetArrayLength());
    }
}
