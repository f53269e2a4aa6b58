using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Ingest.Conform;

public sealed partial class Conformer
{
    /// <summary>
    /// 一般公共预算基本支出表 (national template): 合计, 人员经费, 公用经费 by economic subject, in the order the header prints
    /// them (the template's order when the header does not name all three).
    /// </summary>
    private void BasicSplit()
    {
        if (!doc.Tables.TryGetValue(Schedule.BasicEconomic, out var table)) return;
        string[] words = ["合计", "人员经费", "公用经费"];
        var at = words.Select(w => table.Header.IndexOf(w, StringComparison.Ordinal)).ToArray();
        var order = at.All(i => i >= 0) ? [.. words.Select((w, i) => (w, at[i])).OrderBy(x => x.Item2).Select(x => Array.IndexOf(words, x.w))] : new[] { 0, 1, 2 };
        foreach (var row in table.Rows)
        {
            var subject = SubjectOf(table, row, [3, 5]);
            long Column(int meaning) => row.Amounts[Array.IndexOf(order, meaning)].Yuan;
            Add(new BasicExpenditureSplitFact
            {
                SourceTable = table.Citation, EconomicSubject = subject is null ? null : _economic[subject.Value.Code],
                TotalYuan = Column(0), PersonnelYuan = Column(1), PublicYuan = Column(2), PublishedDecimals = Decimals(table),
            }, Schedule.BasicEconomic, row.Line);
        }
    }

    /// <summary>政府采购预算表's rows as printed (the 合计 row included).</summary>
    private void ProcurementItems()
    {
        if (!doc.Tables.TryGetValue(Schedule.Procurement, out var table)) return;
        foreach (var p in doc.Procurement)
            Add(new ProcurementItemFact
            {
                SourceTable = table.Citation, Ordinal = p.Ordinal, Name = p.Name, Category = p.Category, AmountYuan = p.Amount.Yuan,
                PublishedDecimals = Decimals([p.Amount]),
            }, Schedule.Procurement, p.Line);
    }

    /// <summary>整体支出绩效目标表's task rows with their funding (金额合计 included).</summary>
    private void PerformanceTasks()
    {
        if (!doc.Tables.TryGetValue(Schedule.Performance, out var table)) return;
        foreach (var t in doc.Tasks)
            Add(new PerformanceTaskFact
            {
                SourceTable = table.Citation, Name = t.Name, TotalYuan = t.Total.Yuan, AppropriationYuan = t.Appropriation.Yuan, OtherYuan = t.Other.Yuan,
                PublishedDecimals = Decimals([t.Total, t.Appropriation, t.Other]),
            }, Schedule.Performance, t.Line);
    }
}
