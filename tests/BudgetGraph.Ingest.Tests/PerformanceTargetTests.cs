using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>Indicators of the 整体支出绩效目标表 keep their level-1 and level-2 indicators and their target.</summary>
[Collection(ImportedCollection.Name)]
public class PerformanceTargetTests(ImportedWarehouse imported)
{
    [Theory]
    [InlineData("000_", 1611, "产出", "数量", "出口可用宽带", "≥15G")]
    [InlineData("000_", 1657, "成本", "成本", "项目预算执行率", "≥90%")]
    [InlineData("000_", 1688, "满意度", "服务对象满意度", "市民对“深i您”使用满意度", "满意")]
    [InlineData("001_", 414, "产出指标", "数量指标", "出口可用宽带", "≥15G")]
    [InlineData("001_", 448, "产出指标", "时效", "短信发送速度", "≤10 秒")]
    [InlineData("003_", 582, "满意度指标", "服务对象满意度指标", "受话满意率", "每月≥95%")]
    [InlineData("004_", 1484, "产出", "时效", "平均排队等待时长", "≤10 秒")]
    public async Task IndicatorRowsKeepTheirLevels(string file, int line, string level1, string level2, string level3, string target)
    {
        await using var db = imported.Warehouse.Create();
        var row = await db.PerformanceTargets.SingleAsync(t => t.Document!.FileName.StartsWith(file) && t.SourceLine == line);
        Assert.Equal((level1, level2, level3, target), (row.Level1, row.Level2, row.Level3, row.Target));
    }
}
