using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Check;

/// <summary>
/// Reconciles every department-year in the warehouse: 类 = Σ款 = Σ项, basic + project = total,
/// 支出总表 = 功能分类表 = 收支总表's expenditure, income = expenditure, 基本支出总表 = basic,
/// 项目支出总表 = project (and Σ categories; each row's 总计 = its fund sources), categories under a 项 =
/// its project spending (when every category's 项 link was resolved), line items ≤
/// their category, prior-year statements = the earlier year's published figures, and an evaluation
/// report's basic + project = total and rate = actual / adjusted.
/// A difference within what rounding allows is a rounding residual; anything larger a discrepancy.
/// Rounding: each printed figure is within half a unit (1 万元, or 0.01 万元) of the exact value, so a
/// published figure and a sum of n published terms may differ by up to (n + 1) / 2 units.
/// Reads with one query per fact table.
/// </summary>
public sealed class Reconciler(WarehouseDbContext db)
{
    /// <summary>A printed row; <see cref="Other"/> is what 支出总表 adds to basic + project (事业单位经营支出, 对附属单位补助支出, 上缴上级支出).</summary>
    private sealed record Row(int DocumentId, Schedule Schedule, string? Code, long Total, long Basic, long Project, int Decimals, string Table, int Line, long Other = 0);

    /// <summary>Runs the checks; optionally for one department code.</summary>
    public async Task<IReadOnlyList<CheckReport>> RunAsync(string? departmentCode = null, CancellationToken ct = default)
    {
        var documents = await db.Documents.AsNoTracking().Include(d => d.Department)
            .Where(d => departmentCode == null || d.Department!.Code == departmentCode).ToListAsync(ct);
        var ids = documents.Select(d => d.Id).ToList();
        var chosen = await db.BudgetFigures.AsNoTracking()
            .Where(f => ids.Contains(f.DocumentId) && f.StageId == ReferenceData.InitialStage && (f.Kind == FigureKind.Total || f.Kind == FigureKind.ProjectCategory))
            .Select(f => new { f.DocumentId, f.Kind, f.Name, f.TotalYuan }).ToListAsync(ct);
        var functional = (await db.FunctionalExpenditures.AsNoTracking().Where(f => ids.Contains(f.DocumentId))
                .Select(f => new { f.DocumentId, f.Schedule, f.FunctionalSubject!.Code, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals, f.SourceTable, f.SourceLine,
                    Other = (f.OperatingYuan ?? 0) + (f.SubsidyToAffiliatesYuan ?? 0) + (f.RemittanceYuan ?? 0) })
                .ToListAsync(ct))
            .Select(f => new Row(f.DocumentId, f.Schedule, f.Code, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals, f.SourceTable, f.SourceLine, f.Other)).ToList();
        var economic = (await db.EconomicExpenditures.AsNoTracking().Where(f => ids.Contains(f.DocumentId))
                .Select(f => new { f.DocumentId, f.EconomicSubject!.Code, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals, f.SourceTable, f.SourceLine })
                .ToListAsync(ct))
            .Select(f => new Row(f.DocumentId, Schedule.Economic, f.Code, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals, f.SourceTable, f.SourceLine)).ToList();
        var totalFund = ReferenceData.FundId("total");
        var gpbFund = ReferenceData.FundId("gpb");
        var basicGpb = (await db.BasicExpenditures.AsNoTracking().Where(f => ids.Contains(f.DocumentId) && f.FundSourceId == gpbFund && f.EconomicSubjectId != null)
                .Select(f => new { f.DocumentId, f.EconomicSubject!.Code, f.AmountYuan, f.PublishedDecimals, f.SourceTable, f.SourceLine }).ToListAsync(ct))
            .Select(f => new Row(f.DocumentId, Schedule.BasicExpenditure, f.Code, f.AmountYuan, f.AmountYuan, 0, f.PublishedDecimals, f.SourceTable, f.SourceLine)).ToList();
        var basic = (await db.BasicExpenditures.AsNoTracking().Where(f => ids.Contains(f.DocumentId) && f.FundSourceId == totalFund)
                .Select(f => new { f.DocumentId, f.EconomicSubject!.Code, f.AmountYuan, f.PublishedDecimals, f.SourceTable, f.SourceLine }).ToListAsync(ct))
            .Select(f => new Row(f.DocumentId, Schedule.BasicExpenditure, f.Code, f.AmountYuan, f.AmountYuan, 0, f.PublishedDecimals, f.SourceTable, f.SourceLine)).ToList();
        // The department's rows: a 汇总 budget's unit rows and the national 项目支出表's 二级项目 rows are parts of them.
        var projects = await db.ProjectSpendings.AsNoTracking().Where(f => ids.Contains(f.DocumentId) && f.LineItemId == null && !(f.UnitId != null && f.ProjectCategoryId == null))
            .Select(f => new { f.DocumentId, f.Schedule, Category = f.ProjectCategory!.Name, CategoryId = f.ProjectCategoryId, Item = f.ProjectCategory.FunctionalSubject!.Code,
                ItemLink = (ItemLinkMethod?)f.ProjectCategory.ItemLink, Fund = f.FundSource!.Code, f.AmountYuan, f.PublishedDecimals, f.SourceTable, f.SourceLine })
            .ToListAsync(ct);
        var lineItems = await db.LineItemAmounts.AsNoTracking().Where(f => ids.Contains(f.DocumentId))
            .Select(f => new { f.DocumentId, f.LineItem!.Name, CategoryId = f.LineItem.ProjectCategoryId, f.AmountYuan, f.PublishedDecimals, f.SourceLine })
            .ToListAsync(ct);
        var incomes = await db.Incomes.AsNoTracking().Where(f => ids.Contains(f.DocumentId) && f.UnitId == null && f.FunctionalSubjectId == null)
            .Select(f => new { f.DocumentId, f.Schedule, Fund = f.FundSource!.Code, f.AmountYuan, f.PublishedDecimals, f.SourceTable, f.SourceLine }).ToListAsync(ct);
        var balances = await db.Balances.AsNoTracking().Where(f => ids.Contains(f.DocumentId) && f.Schedule == Schedule.Summary && f.FundSourceId == null).ToListAsync(ct);
        var executions = await db.Executions.AsNoTracking().Where(f => ids.Contains(f.DocumentId)).ToListAsync(ct);
        var rates = await db.ExecutionRates.AsNoTracking().Where(f => ids.Contains(f.DocumentId)).ToListAsync(ct);
        var statements = await db.PriorYearStatements.AsNoTracking().Where(f => ids.Contains(f.DocumentId)).ToListAsync(ct);
        // One read of the narrative figures the checks use: group changes (for conflicts) and statements (for percentages).
        var narrative = await db.Set<NarrativeFigureFact>().AsNoTracking()
            .Where(f => ids.Contains(f.DocumentId)
                        && ((f.Kind == NarrativeFigureKind.ProjectGroupChange && f.ComparedYear != null) || f.Kind == NarrativeFigureKind.Statement))
            .OrderBy(f => f.SourceLine).ThenBy(f => f.Id).ToListAsync(ct);
        var conflicts = Conflicts(documents, statements, [.. narrative.Where(f => f.Kind == NarrativeFigureKind.ProjectGroupChange)]);
        var stated = narrative.Where(f => f.Kind == NarrativeFigureKind.Statement).ToList();

        var reports = new List<CheckReport>();
        foreach (var group in documents.GroupBy(d => (d.DepartmentId, d.Year)).OrderBy(g => g.First().Department!.Code).ThenBy(g => g.Key.Year))
        {
            var findings = new Findings();
            decimal? totalExpenditure = null;
            foreach (var doc in group)
            {
                if (doc.Kind == DocumentKind.Budget)
                {
                    var f = functional.Where(r => r.DocumentId == doc.Id).ToList();
                    foreach (var schedule in new[] { Schedule.Expenditure, Schedule.Functional, Schedule.GovernmentFund, Schedule.StateCapital })
                        Hierarchy(findings, f.Where(r => r.Schedule == schedule).ToList(), [3, 5, 7]);
                    Hierarchy(findings, economic.Where(r => r.DocumentId == doc.Id).ToList(), [3, 5]);
                    Hierarchy(findings, basic.Where(r => r.DocumentId == doc.Id).ToList(), [3, 5], basicOnly: true);
                    foreach (var schedule in new[] { Schedule.Summary, Schedule.Appropriation })
                        Hierarchy(findings, f.Where(r => r.Schedule == schedule).ToList(), [3, 5, 7], basicOnly: true);
                    // 收支总表 and 财政拨款收支总表 print totals only.
                    foreach (var r in f.Where(r => r.Schedule is not (Schedule.Summary or Schedule.Appropriation)).Concat(economic.Where(r => r.DocumentId == doc.Id)))
                        findings.Compare("basic + project = total", r.Table, r.Code ?? "合计", r.Other == 0 ? ["基本支出", "项目支出"] : ["基本支出", "项目支出", "事业单位经营支出等"],
                            r.Total, r.Basic + r.Project + r.Other, r.Other == 0 ? 2 : 3, r.Decimals, r.Line);
                    Percentages(findings, stated.Where(x => x.DocumentId == doc.Id).ToList());
                    PrintedTwice(findings, f, economic.Where(r => r.DocumentId == doc.Id).ToList(), basicGpb.Where(r => r.DocumentId == doc.Id).ToList(),
                        incomes.Where(i => i.DocumentId == doc.Id).Select(i => (i.Schedule, i.Fund, i.AmountYuan, i.PublishedDecimals, i.SourceTable, i.SourceLine)).ToList());

                    var total3 = f.FirstOrDefault(r => r.Schedule == Schedule.Expenditure && r.Code is null);
                    var total7 = f.FirstOrDefault(r => r.Schedule == Schedule.Functional && r.Code is null);
                    var total8 = economic.FirstOrDefault(r => r.DocumentId == doc.Id && r.Code is null);
                    var table1 = balances.FirstOrDefault(b => b.DocumentId == doc.Id && b.Measure == BalanceMeasure.ExpenditureCurrentYear);
                    totalExpenditure = Wan((total3 ?? total7)?.Total ?? table1?.AmountYuan);
                    // 支出总表 covers every fund, the 功能分类表 the 一般公共预算 only: their totals agree when that is all the money.
                    var onlyGeneralBudget = incomes.Where(i => i.DocumentId == doc.Id && i.Schedule == Schedule.Summary
                                                               && i.Fund is not ("gpb" or "gov" or "current" or "total" or "carryover_appropriation"))
                        .All(i => i.AmountYuan == 0);
                    if (total3 is not null && total7 is not null && onlyGeneralBudget)
                        findings.Compare("支出总表 = 功能分类表", total7.Table, "合计", [total3.Table], total7.Total, total3.Total, 1, total7.Decimals, total7.Line);
                    if (total3 is not null && table1 is not null)
                        findings.Compare("支出总表 = 收支总表", table1.SourceTable, "本年支出合计", [total3.Table], table1.AmountYuan, total3.Total, 1, table1.PublishedDecimals, table1.SourceLine);
                    if (total8 is not null && total7 is not null)
                        findings.Compare("经济分类表 = 功能分类表", total8.Table, "合计", [total7.Table], total8.Total, total7.Total, 1, total8.Decimals, total8.Line);

                    // Income = expenditure, and 收入总计 = 本年收入合计 + 上年结余、结转.
                    var income = incomes.Where(i => i.DocumentId == doc.Id && i.Schedule == Schedule.Summary).ToList();
                    var incomeTotal = income.FirstOrDefault(i => i.Fund == "total");
                    var expenditureTotal = balances.FirstOrDefault(b => b.DocumentId == doc.Id && b.Measure == BalanceMeasure.ExpenditureTotal);
                    if (incomeTotal is not null && expenditureTotal is not null)
                        findings.Compare("收入 = 支出", incomeTotal.SourceTable, "收入总计", ["支出总计"], incomeTotal.AmountYuan, expenditureTotal.AmountYuan, 1, incomeTotal.PublishedDecimals, incomeTotal.SourceLine);
                    var current = income.FirstOrDefault(i => i.Fund == "current");
                    var carry = income.FirstOrDefault(i => i.Fund == "carryover");
                    if (incomeTotal is not null && current is not null && carry is not null)
                        findings.Compare("收入总计 = 本年收入 + 上年结转", incomeTotal.SourceTable, "收入总计", ["本年收入合计", "上年结余、结转"],
                            incomeTotal.AmountYuan, current.AmountYuan + carry.AmountYuan, 2, incomeTotal.PublishedDecimals, incomeTotal.SourceLine);
                    var table2 = incomes.FirstOrDefault(i => i.DocumentId == doc.Id && i.Schedule == Schedule.Income && i.Fund == "total");
                    if (table2 is not null && incomeTotal is not null)
                        findings.Compare("收入总表 = 收支总表", table2.SourceTable, "收入总计", [incomeTotal.SourceTable], table2.AmountYuan, incomeTotal.AmountYuan, 1, table2.PublishedDecimals, table2.SourceLine);

                    var basicTotal = basic.FirstOrDefault(r => r.DocumentId == doc.Id && r.Code is null);
                    if (basicTotal is not null && total3 is not null)
                        findings.Compare("基本支出总表 = 基本支出", basicTotal.Table, "合计", [total3.Table + " 基本支出"], basicTotal.Total, total3.Basic, 1, basicTotal.Decimals, basicTotal.Line);

                    var p = projects.Where(x => x.DocumentId == doc.Id && x.Fund == "total").ToList();
                    var projectTotal = p.FirstOrDefault(x => x.CategoryId is null);
                    var categories = p.Where(x => x.CategoryId is not null).ToList();
                    var projectSpending = (total3 ?? total7)?.Project;
                    if (projectTotal is not null && projectSpending is not null)
                        findings.Compare("项目支出总表 = 项目支出", projectTotal.SourceTable, "合计", [(total3 ?? total7)!.Table + " 项目支出"], projectTotal.AmountYuan, projectSpending.Value, 1, projectTotal.PublishedDecimals, projectTotal.SourceLine);
                    if (categories.Count > 0 && (projectTotal is not null || projectSpending is not null))
                    {
                        var published = projectTotal?.AmountYuan ?? projectSpending!.Value;
                        findings.Compare("Σ项目类别 = 项目支出", categories[0].SourceTable, "项目支出合计", [.. categories.Select(c => c.Category)],
                            published, categories.Sum(c => c.AmountYuan), categories.Count, categories.Max(c => c.PublishedDecimals), projectTotal?.SourceLine ?? categories[0].SourceLine);
                    }
                    // Categories under each 项 (when every link could be resolved) add up to its project spending.
                    if (categories.Count > 0 && categories.All(c => c.ItemLink != ItemLinkMethod.Unresolved && c.Item is not null))
                        foreach (var item in categories.GroupBy(c => c.Item!))
                        {
                            var row = f.FirstOrDefault(r => r.Schedule == Schedule.Functional && r.Code == item.Key)
                                      ?? f.FirstOrDefault(r => r.Code == item.Key);
                            if (row is null) continue;
                            findings.Compare("Σ项目类别 = 项", row.Table, item.Key, [.. item.Select(c => c.Category)], row.Project, item.Sum(c => c.AmountYuan),
                                item.Count(), row.Decimals, row.Line);
                        }
                    // Each 项目支出总表 row: 总计 = its sources; 一般公共预算拨款 = its three kinds.
                    foreach (var row in projects.Where(x => x.DocumentId == doc.Id && x.Schedule == Schedule.ProjectExpenditure).GroupBy(x => x.CategoryId))
                    {
                        var byFund = row.ToDictionary(x => x.Fund, x => x.AmountYuan);
                        var printed = row.First();
                        string[] sources = ["gpb", "govfund", "soe", "special_account", "unit_business", "unit_operating", "unit_superior", "unit_affiliated", "unit_other", "carryover"];
                        string[] kinds = ["gpb_duty", "gpb_special", "gpb_investment"];
                        // The national template prints 单位资金 as one column instead of its five kinds, and no appropriation kinds.
                        if (byFund.ContainsKey("unit")) sources = ["gpb", "govfund", "soe", "special_account", "unit", "carryover"];
                        findings.Compare("总计 = Σ资金来源", printed.SourceTable, printed.Category ?? "合计", sources, byFund["total"], sources.Sum(f => byFund.GetValueOrDefault(f)),
                            sources.Length, printed.PublishedDecimals, printed.SourceLine);
                        if (kinds.All(byFund.ContainsKey))
                            findings.Compare("一般公共预算拨款 = Σ项目拨款", printed.SourceTable, printed.Category ?? "合计", kinds, byFund["gpb"], kinds.Sum(f => byFund[f]),
                                kinds.Length, printed.PublishedDecimals, printed.SourceLine);
                    }
                    foreach (var category in categories)
                    {
                        var items = lineItems.Where(i => i.DocumentId == doc.Id && i.CategoryId == category.CategoryId).ToList();
                        if (items.Count == 0) continue;
                        var sum = items.Sum(i => i.AmountYuan);
                        var tolerance = Rounding.ToleranceYuan(items.Count, items.Max(i => i.PublishedDecimals));
                        if (sum > category.AmountYuan + tolerance)
                            findings.Add(false, new CheckEntry("Σ明细 ≤ 项目类别", category.SourceTable, category.Category, [.. items.Select(i => i.Name)],
                                Wan(category.AmountYuan)!.Value, Wan(sum)!.Value, Wan(sum - category.AmountYuan)!.Value, Wan(tolerance)!.Value, items.Max(i => i.SourceLine)));
                    }
                }
                else
                {
                    Evaluation(findings, executions.Where(e => e.DocumentId == doc.Id).ToList(), rates.Where(r => r.DocumentId == doc.Id).ToList());
                    totalExpenditure ??= Wan(executions.FirstOrDefault(e => e.DocumentId == doc.Id && e.Measure == ExecutionMeasure.Total && e.StageId == ReferenceData.InitialStage)?.AmountYuan);
                }
            }
            // Prior-year statements made about this department-year by later documents.
            var earlier = group.FirstOrDefault(d => d.Kind == DocumentKind.Budget);
            if (earlier is not null)
                foreach (var s in statements.Where(s => s.DepartmentId == group.Key.DepartmentId && s.Year == group.Key.Year))
                {
                    // The earlier year's figure as the system serves it: the figures mart's (the one choice of schedule).
                    long? published = s.Subject switch
                    {
                        StatementSubject.TotalExpenditure or StatementSubject.TotalIncome =>
                            chosen.FirstOrDefault(c => c.DocumentId == earlier.Id && c.Kind == FigureKind.Total)?.TotalYuan,
                        StatementSubject.ProjectCategory =>
                            chosen.FirstOrDefault(c => c.DocumentId == earlier.Id && c.Kind == FigureKind.ProjectCategory && c.Name == s.Label)?.TotalYuan,
                        _ => null,
                    };
                    if (published is null) continue;
                    findings.Compare("上年数 = 上年预算", s.SourceTable, s.Label, [$"{s.Year} 年预算"], s.AmountYuan, published.Value, 2, s.PublishedDecimals, s.SourceLine);
                }
            var first = group.First();
            reports.Add(new CheckReport(first.Department!.Name, first.Department.Code, group.Key.Year, totalExpenditure, findings.Discrepancies, findings.Residuals,
                [.. group.SelectMany(d => conflicts.GetValueOrDefault(d.Id, []))]));
        }
        return reports;
    }

    /// <summary>
    /// Statements of each document that give one thing's figure of one earlier year differently, by document: prior-year
    /// statements and the narrative's changes of a group of projects (a group is matched with categories by conformed label).
    /// </summary>
    private static Dictionary<int, List<CheckConflict>> Conflicts(IEnumerable<Document> documents, List<PriorYearStatementFact> statements,
        List<NarrativeFigureFact> groupChanges)
    {
        var year = documents.ToDictionary(d => d.Id, d => d.Year);
        var stated = statements.Select(s => (s.DocumentId, s.Subject, s.Label, s.Year, Earlier: (long?)s.AmountYuan, Later: s.LaterAmountYuan, Change: s.StatedChangeYuan,
                s.PublishedDecimals, s.SourceTable, s.SourceFirstLine, s.SourceLine))
            .Concat(groupChanges.Select(g => (g.DocumentId, Subject: StatementSubject.ProjectCategory, g.Label, Year: g.ComparedYear!.Value, Earlier: (long?)null,
                Later: g.AmountYuan, Change: g.ChangeYuan, g.PublishedDecimals, g.SourceTable, g.SourceFirstLine, g.SourceLine)));
        return stated
            .GroupBy(s => (s.DocumentId, s.Subject, Label: ConformedLabels.Conform(
                s.Subject == StatementSubject.ProjectCategory ? LabelKind.ProjectCategory : LabelKind.Project, s.Label), s.Year))
            .Select(g => (g.Key, Statements: g.OrderBy(s => s.SourceFirstLine ?? s.SourceLine).ThenBy(s => s.SourceLine).ToList()))
            .Where(g => StatedAmounts.Disagree(g.Statements.Select(s => (s.Earlier, s.Later, s.Change))))
            .OrderBy(g => g.Statements[0].SourceFirstLine ?? g.Statements[0].SourceLine)
            .GroupBy(g => g.Key.DocumentId)
            .ToDictionary(d => d.Key, d => d.Select(g => new CheckConflict(g.Key.Subject.ToString(), g.Key.Label, g.Key.Year, year[d.Key],
                [.. g.Statements.Select(s => new ConflictingStatement(s.Label, Wan(s.Earlier), Wan(s.Later), Wan(s.Change), s.SourceTable, s.SourceFirstLine, s.SourceLine))]))
                .ToList());
    }

    /// <summary>
    /// Figures a budget prints twice must agree (within rounding): each subject of 收支总表's expenditure side and
    /// the same subject in 支出总表; 财政拨款收支总表 and 收支总表 when all money is appropriation (no 财政专户, 单位资金 or
    /// 上年结转); 收入总表's fund sources and 收支总表's; 基本支出总表's 一般公共预算拨款 by economic subject and the
    /// 经济分类表's 基本支出 (when the two tables list the same subjects).
    /// </summary>
    private static void PrintedTwice(Findings findings, List<Row> functional, List<Row> economic, List<Row> basicGpb,
        List<(Schedule Schedule, string Fund, long AmountYuan, int Decimals, string Table, int Line)> incomes)
    {
        void Pairs(string rule, IEnumerable<Row> printed, List<Row> other)
        {
            foreach (var r in printed)
                if (other.FirstOrDefault(o => o.Code == r.Code) is { } o)
                    findings.Compare(rule, r.Table, r.Code ?? "合计", [o.Table], r.Total, o.Total, 1, Math.Max(r.Decimals, o.Decimals), r.Line);
        }
        var summary = functional.Where(r => r.Schedule == Schedule.Summary && r.Code is not null).ToList();
        Pairs("收支总表 = 支出总表", summary, functional.Where(r => r.Schedule == Schedule.Expenditure && r.Code is not null).ToList());
        var summaryIncome = incomes.Where(i => i.Schedule == Schedule.Summary).ToList();
        var onlyAppropriation = summaryIncome.Count > 0
                                && summaryIncome.Where(i => i.Fund is "special_account" or "unit" or "carryover").All(i => i.AmountYuan == 0);
        if (onlyAppropriation)
            Pairs("财政拨款收支总表 = 收支总表", functional.Where(r => r.Schedule == Schedule.Appropriation && r.Code is not null), summary);
        foreach (var i in incomes.Where(i => i.Schedule == Schedule.Income))
            if (i.Fund != "total" && summaryIncome.Any(s => s.Fund == i.Fund) && summaryIncome.First(s => s.Fund == i.Fund) is var s)
                findings.Compare("收入总表 = 收支总表", i.Table, i.Fund, [s.Table], i.AmountYuan, s.AmountYuan, 1, Math.Max(i.Decimals, s.Decimals), i.Line);
        var economicBasic = economic.Where(r => r.Code is not null).Select(r => r with { Total = r.Basic }).ToList();
        if (basicGpb.Count > 0 && basicGpb.All(b => economicBasic.Any(e => e.Code == b.Code)))
            Pairs("基本支出总表 = 经济分类表", basicGpb, economicBasic);
    }

    /// <summary>
    /// Each percentage the prose prints against the figures it is derived from, where the document states them: a change
    /// in percent against change ÷ (amount − change), a share against amount ÷ the whole it names. Every printed figure
    /// is within half its last digit of the exact one, so the percentage is consistent when some amounts within those
    /// bounds give a value that rounds to it; outside that, a discrepancy. The entry's figures are in percent.
    /// </summary>
    private static void Percentages(Findings findings, List<NarrativeFigureFact> stated)
    {
        foreach (var s in stated)
        {
            if (s.Percent is not { } printed || s.AmountYuan is not { } amount) continue;
            string rule;
            string[] items;
            decimal? Ratio(decimal x, decimal y) => y == 0 ? null : 100m * x / y;
            List<decimal?> corners;
            if (s.Comparison == NarrativeComparison.PriorYear && s.ChangeYuan is { } change)
            {
                var h = Rounding.UnitYuan(s.PublishedDecimals) / 2m;
                rule = "百分比 = 变动 ÷ 上年数";
                items = [$"比 {s.ComparedYear} 年变动", $"{s.ComparedYear} 年数"];
                corners = [.. from a in new[] { amount - h, amount + h } from c in new[] { change - h, change + h } select Ratio(c, a - c)];
            }
            else if (s.Comparison == NarrativeComparison.ShareOfWhole
                     && stated.LastOrDefault(w => w.Label == s.BaseLabel && w.Id != s.Id && w.SourceLine <= s.SourceLine && w.AmountYuan is not null) is { } whole)
            {
                var h = Rounding.UnitYuan(s.PublishedDecimals) / 2m;
                var hw = Rounding.UnitYuan(whole.PublishedDecimals) / 2m;
                rule = "占比 = 部分 ÷ 整体";
                items = [s.Label, whole.Label];
                corners = [.. from a in new[] { amount - h, amount + h } from w in new[] { whole.AmountYuan!.Value - hw, whole.AmountYuan.Value + hw } select Ratio(a, w)];
            }
            else continue;
            if (corners.Any(c => c is null)) continue;
            var low = corners.Min()!.Value;
            var high = corners.Max()!.Value;
            var half = 0.5m / Pow10(s.PercentDecimals ?? 0);
            if (printed + half >= low && printed - half <= high) continue;
            var computed = decimal.Round((low + high) / 2, 4);
            findings.Add(false, new CheckEntry(rule, s.SourceTable, s.Label, items, printed, computed, decimal.Round(printed - computed, 4),
                decimal.Round(half + (high - low) / 2, 4), s.SourceLine));
        }
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var i = 0; i < n; i++) p *= 10;
        return p;
    }

    /// <summary>Each parent row (类, 款) against the sum of its printed children; the total row against the 类.</summary>
    private static void Hierarchy(Findings findings, List<Row> rows, int[] lengths, bool basicOnly = false)
    {
        if (rows.Count == 0) return;
        var byCode = rows.Where(r => r.Code is not null).ToList();
        var total = rows.FirstOrDefault(r => r.Code is null);
        void Check(string subject, Row parent, List<Row> children)
        {
            if (children.Count == 0) return;
            var items = children.Select(c => c.Code!).ToList();
            findings.Compare("类 = Σ款 = Σ项", parent.Table, subject, items, parent.Total, children.Sum(c => c.Total), children.Count, parent.Decimals, parent.Line);
            if (basicOnly) return;
            findings.Compare("类 = Σ款 = Σ项 (基本支出)", parent.Table, subject, items, parent.Basic, children.Sum(c => c.Basic), children.Count, parent.Decimals, parent.Line);
            findings.Compare("类 = Σ款 = Σ项 (项目支出)", parent.Table, subject, items, parent.Project, children.Sum(c => c.Project), children.Count, parent.Decimals, parent.Line);
        }
        if (total is not null) Check("合计", total, byCode.Where(r => r.Code!.Length == lengths[0]).ToList());
        foreach (var parent in byCode)
        {
            var childLength = lengths.FirstOrDefault(l => l > parent.Code!.Length);
            if (childLength == 0) continue;
            Check(parent.Code!, parent, byCode.Where(r => r.Code!.Length == childLength && r.Code.StartsWith(parent.Code!, StringComparison.Ordinal)).ToList());
        }
    }

    private static void Evaluation(Findings findings, List<ExecutionFact> executions, List<ExecutionRateFact> rates)
    {
        foreach (var stage in new[] { ReferenceData.InitialStage, ReferenceData.ActualStage })
        {
            long? Get(ExecutionMeasure m) => executions.FirstOrDefault(e => e.Measure == m && e.StageId == stage)?.AmountYuan;
            var total = executions.FirstOrDefault(e => e.Measure == ExecutionMeasure.Total && e.StageId == stage);
            if (total is null || Get(ExecutionMeasure.Basic) is not { } b || Get(ExecutionMeasure.Project) is not { } p) continue;
            findings.Compare("basic + project = total", total.SourceTable, stage == ReferenceData.InitialStage ? "年初预算" : "实际支出",
                ["基本支出", "项目支出"], total.AmountYuan, b + p, 2, total.PublishedDecimals, total.SourceLine);
        }
        foreach (var rate in rates)
        {
            var (numerator, denominator) = rate.Measure switch
            {
                ExecutionMeasure.Total or ExecutionMeasure.DailyOperations => (ReferenceData.ActualStage, ReferenceData.AdjustedStage),
                ExecutionMeasure.Procurement => (ReferenceData.ActualStage, ReferenceData.InitialStage),
                _ => (0, 0),
            };
            var a = executions.FirstOrDefault(e => e.Measure == rate.Measure && e.StageId == numerator);
            var d = executions.FirstOrDefault(e => e.Measure == rate.Measure && e.StageId == denominator);
            if (a is null || d is null || d.AmountYuan == 0) continue;
            // Rates are published to 0.01 %: compare in hundredths of a percent, half a unit of the rate
            // plus what the amounts' own rounding can move it.
            var computed = a.AmountYuan * 10_000m / d.AmountYuan;
            var slack = 0.5m + 10_000m * Rounding.ToleranceYuan(2, a.PublishedDecimals) / d.AmountYuan;
            var difference = rate.RateBasisPoints - computed;
            var entry = new CheckEntry("执行率 = 实际 / 预算", rate.SourceTable, rate.Measure.ToString(), [StageCode(numerator), StageCode(denominator)],
                rate.RateBasisPoints / 100m, Math.Round(computed / 100m, 4), Math.Round(difference / 100m, 4), Math.Round(slack / 100m, 4), rate.SourceLine);
            if (Math.Abs(difference) > slack) findings.Add(false, entry);
        }
    }

    private static string StageCode(int id) => ReferenceData.Stages.Single(s => s.Id == id).Code;

    private static decimal? Wan(long? yuan) => yuan is null ? null : yuan.Value / 10_000m;

    private sealed class Findings
    {
        public List<CheckEntry> Discrepancies { get; } = [];
        public List<CheckEntry> Residuals { get; } = [];

        public void Add(bool residual, CheckEntry entry) => (residual ? Residuals : Discrepancies).Add(entry);

        public void Compare(string rule, string table, string subject, IReadOnlyList<string> items, long published, long computed, int terms, int decimals, int line)
        {
            if (published == computed) return;
            var within = Rounding.Within(published, computed, terms, decimals);
            Add(within, new CheckEntry(rule, table, subject, items, Wan(published)!.Value, Wan(computed)!.Value, Wan(published - computed)!.Value,
                Wan(Rounding.ToleranceYuan(terms, decimals))!.Value, line));
        }
    }
}
