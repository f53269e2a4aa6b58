using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>Profile counts and the evaluation report's other figures, as the documents state them.</summary>
[Collection(ImportedCollection.Name)]
public class ProfileAndExecutionTests(ImportedWarehouse imported)
{
    [Theory]
    [InlineData("000_", "staff", 120)]                    // "共 120 人；离休 0人；退休 38 人"
    [InlineData("000_", "retirees", 38)]
    [InlineData("000_", "vehicles", 3)]                   // "共有车辆 3 辆"
    [InlineData("000_", "general_equipment_50w", 111)]    // "单价 50 万元以上通用设备 111 台（套）"
    [InlineData("001_", "staff", 122)]
    [InlineData("003_", "equipment_100w", 16)]            // "单价100万元以上设备16台(套)"
    [InlineData("004_", "admin_posts", 9)]                // "行政编制总数 9 人（含老工勤），实有在编人数 8 人"
    [InlineData("004_", "institution_staff", 30)]
    [InlineData("002_", "institution_posts", 54)]         // "事业编制数 54 人，年末实有在编人数 43 人"
    [InlineData("002_", "other_staff", 71)]
    [InlineData("002_", "fixed_assets", 19_350)]
    [InlineData("002_", "fixed_assets_value", 1_631_997_000)] // "原值合计 163,199.7 万元", in yuan
    public async Task ProfileCountsAreStored(string file, string measure, long quantity)
    {
        await using var db = imported.Warehouse.Create();
        var fact = await db.Profiles.SingleAsync(p => p.Document!.FileName.StartsWith(file) && p.Measure == measure);
        Assert.Equal(quantity, fact.Quantity);
    }

    [Fact]
    public async Task TheReportsThreePublicActualsProcurementAndRatesAreStored()
    {
        await using var db = imported.Warehouse.Create();
        var report = await db.Documents.SingleAsync(d => d.FileName.StartsWith("002_"));
        // "“三公”经费总计支出 4.09 万元，“三公”经费控制率为 34.08%"; 年初预算数为 12 万元.
        var three = await db.ThreePublics.Where(f => f.DocumentId == report.Id && f.Item == ThreePublicItem.Total)
            .ToDictionaryAsync(f => f.StageId, f => f.AmountYuan);
        Assert.Equal((120_000L, 120_000L, 40_900L), (three[ReferenceData.InitialStage], three[ReferenceData.AdjustedStage], three[ReferenceData.ActualStage]));
        // "政府采购预算数 59,478.58 万元，实际完成采购预算 55,946.81 万元，政府采购预算执行率为 94.06%".
        var procurement = await db.Executions.Where(f => f.DocumentId == report.Id && f.Measure == ExecutionMeasure.Procurement)
            .ToDictionaryAsync(f => f.StageId, f => f.AmountYuan);
        Assert.Equal((594_785_800L, 559_468_100L), (procurement[ReferenceData.InitialStage], procurement[ReferenceData.ActualStage]));
        var rates = await db.ExecutionRates.Where(f => f.DocumentId == report.Id).ToDictionaryAsync(f => f.Measure, f => f.RateBasisPoints);
        Assert.Equal((9625, 9406, 3408, 7241),
            (rates[ExecutionMeasure.Total], rates[ExecutionMeasure.Procurement], rates[ExecutionMeasure.ThreePublic], rates[ExecutionMeasure.DailyOperations]));
    }
}
