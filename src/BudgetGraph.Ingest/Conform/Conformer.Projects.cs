using BudgetGraph.Ingest.Staging;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Conform;

public sealed partial class Conformer
{
    /// <summary>
    /// Project categories: from 项目支出总表 (every fund-source column), or, for documents without it,
    /// from 第三部分 (the category total). Then the category → 项 links and the line items.
    /// </summary>
    private async Task ProjectsAsync(CancellationToken ct)
    {
        // The department-year's existing categories and line items, in two queries.
        if (_department.Id != 0)
        {
            foreach (var c in await db.ProjectCategories.Where(c => c.DepartmentId == _department.Id && c.Year == doc.Year).ToListAsync(ct))
                _existingCategories[c.Name] = c;
            await db.LineItems.Where(i => i.ProjectCategory!.DepartmentId == _department.Id && i.ProjectCategory.Year == doc.Year).LoadAsync(ct);
        }
        var rows = new List<(string Name, long TotalYuan)>();
        if (doc.Tables.TryGetValue(Schedule.ProjectExpenditure, out var table))
        {
            var columns = table.Columns == ColumnMaps.Project.Length ? ColumnMaps.Project : ColumnMaps.FromHeader(table.Header, table.Columns)
                ?? throw new ImportRefusedException(doc.FileName, table.TitleLine,
                    $"a header naming the {table.Columns} fund-source columns of {table.Citation}, found '{table.Header}'");
            ProjectCategory? parent = null;
            Department? unit = null;
            var stated = new Dictionary<ProjectCategory, HashSet<string>>();
            foreach (var row in table.Rows)
            {
                var label = Names.Normalize(row.Label);
                // A unit's row of a 汇总 budget heads its categories: stored as the unit's row, the categories below carry the unit.
                var isUnit = IsUnitRow(label);
                if (isUnit) unit = _unitDepartments[label];
                else if (IsDepartmentRow(label)) unit = null;
                var (amounts, derived) = columns == ColumnMaps.Project ? ProjectColumns(table, row) : (row.Amounts.Select(x => x.Yuan).ToArray(), false);
                // The national template's 二级项目 print their 功能分类 code: they state the 项 of their 一级项目, and are stored
                // as line items of it.
                if (columns != ColumnMaps.Project && CodeAndName().Match(label) is { Success: true } coded && coded.Groups["code"].Length is 3 or 5 or 7
                    && parent is not null)
                {
                    var code = coded.Groups["code"].Value;
                    if (code.Length == 7) stated[parent].Add(code);
                    var name = coded.Groups["name"].Value;
                    var item = db.LineItems.Local.FirstOrDefault(i => i.ProjectCategory == parent && i.Name == name)
                               ?? db.LineItems.Add(new LineItem { ProjectCategory = parent, Name = name }).Entity;
                    item.FunctionalSubject ??= _functional.GetValueOrDefault(code);
                    for (var i = 0; i < columns.Length; i++)
                        Add(new ProjectSpendingFact
                        {
                            SourceTable = table.Citation, ProjectCategory = parent, LineItem = item, Unit = unit, FundSourceId = ReferenceData.FundId(columns[i]),
                            AmountYuan = amounts[i], PublishedDecimals = Decimals(table),
                        }, Schedule.ProjectExpenditure, row.Line);
                    continue;
                }
                ProjectCategory? category = null;
                if (!IsDepartmentRow(label) && !isUnit)
                {
                    category = parent = Category(label);
                    stated.TryAdd(category, []);
                    rows.Add((label, amounts[0]));
                }
                var rowColumns = columns == ColumnMaps.Project ? ProjectSubtotal(amounts, Decimals(table)) : columns;
                for (var i = 0; i < rowColumns.Length; i++)
                    Add(new ProjectSpendingFact
                    {
                        SourceTable = table.Citation, ProjectCategory = category, Unit = unit, FundSourceId = ReferenceData.FundId(rowColumns[i]),
                        AmountYuan = amounts[i], PublishedDecimals = Decimals(table),
                    }, Schedule.ProjectExpenditure, row.Line, derived: derived);
                // A 财政拨款 小计: the 一般公共预算拨款 it contains is its three kinds (derived, so the table's identities hold).
                if (rowColumns != columns)
                    Add(new ProjectSpendingFact
                    {
                        SourceTable = table.Citation, ProjectCategory = category, Unit = unit, FundSourceId = ReferenceData.FundId("gpb"),
                        AmountYuan = amounts[2] + amounts[3] + amounts[4], PublishedDecimals = Decimals(table),
                    }, Schedule.ProjectExpenditure, row.Line, derived: true);
            }
            foreach (var (category, codes) in stated)
                if (codes.Count == 1 && _functional.GetValueOrDefault(codes.Single()) is { } item)
                {
                    category.FunctionalSubject = item;
                    category.ItemLink = ItemLinkMethod.Stated;
                    rows.RemoveAll(r => r.Name == category.Name);
                }
        }
        else
        {
            foreach (var c in doc.Categories)
            {
                var category = Category(c.Name);
                rows.Add((c.Name, c.Amount.Yuan));
                Add(new ProjectSpendingFact
                {
                    SourceTable = doc.NarrativeCitation, ProjectCategory = category, FundSourceId = ReferenceData.FundId("total"),
                    AmountYuan = c.Amount.Yuan, PublishedDecimals = Decimals([c.Amount]),
                }, Schedule.Narrative, c.Line);
            }
        }
        LinkCategories(rows);
        foreach (var item in doc.LineItems)
        {
            var category = _categories.GetValueOrDefault(CategoryName(item.Category)) ?? Category(item.Category);
            var lineItem = db.LineItems.Local.FirstOrDefault(i => i.ProjectCategory == category && i.Name == item.Name)
                           ?? db.LineItems.Add(new LineItem { ProjectCategory = category, Name = item.Name }).Entity;
            Spans(Add(new LineItemFact
            {
                SourceTable = doc.NarrativeCitation, LineItem = lineItem, AmountYuan = item.Amount.Yuan, PublishedDecimals = Decimals([item.Amount]),
            }, Schedule.Narrative, item.Line), item.FirstLine);
        }
    }

    /// <summary>
    /// The Shenzhen template's 项目支出总表 prints one 小计 after 总计: in some editions the 一般公共预算拨款's (= its three
    /// kinds), in others the 财政拨款's (= the three kinds + 政府性基金 + 国有资本经营). The row's amounts tell which.
    /// </summary>
    private static string[] ProjectSubtotal(long[] a, int decimals)
    {
        var kinds = a[2] + a[3] + a[4];
        if (Rounding.Within(a[1], kinds, 3, decimals) || !Rounding.Within(a[1], kinds + a[5] + a[6], 5, decimals)) return ColumnMaps.Project;
        var columns = ColumnMaps.Project.ToArray();
        columns[1] = "gov";
        return columns;
    }

    /// <summary>A 第三部分 category name as the 项目支出总表 prints it ("资产配置" is printed "资产配置预算": <see cref="ConformedLabels"/>).</summary>
    private string CategoryName(string narrativeName) =>
        _categories.ContainsKey(narrativeName) ? narrativeName
        : _categories.Keys.FirstOrDefault(k => ConformedLabels.Same(LabelKind.ProjectCategory, k, narrativeName)) ?? narrativeName;

    private readonly Dictionary<string, ProjectCategory> _existingCategories = [];

    private ProjectCategory Category(string name)
    {
        if (_categories.TryGetValue(name, out var known)) return known;
        var category = _existingCategories.GetValueOrDefault(name)
                       ?? db.ProjectCategories.Add(new ProjectCategory { Department = _department, Year = doc.Year, Name = name }).Entity;
        return _categories[name] = category;
    }

    /// <summary>
    /// The 14 amounts of a 项目支出总表 row by column. Printed order is used when it satisfies the table's
    /// identities (总计 = 小计 + other sources + 上年结转; 小计 = its three kinds) within rounding and the
    /// row was printed as a row; otherwise
    /// (columns printed out of order, as in 003's flattened table) the columns are assigned by those
    /// identities — the largest amount is the total, a repeated amount is the 小计 and its only kind
    /// (the kind 收入总表 shows as the only non-zero one), the rest is 上年结转 — and marked derived.
    /// </summary>
    private (long[] Amounts, bool Derived) ProjectColumns(StagedTable table, StagedRow row)
    {
        var a = row.Amounts.Select(x => x.Yuan).ToArray();
        var decimals = Decimals(row.Amounts);
        // A row printed as a row is taken in printed order, even when it does not add up (check reports that).
        // A flattened row's printed order is not the column order (003 prints 上年结转 amounts mid-row).
        if (!row.Flattened) return (a, false);
        var nonZero = a.Where(x => x != 0).OrderDescending().ToList();
        if (nonZero.Count == 0) return (a, true);
        var total = nonZero.FirstOrDefault();
        var rest = nonZero.Skip(1).ToList();
        var pair = rest.GroupBy(x => x).FirstOrDefault(g => g.Count() >= 2)?.Key ?? (rest.Count == 0 ? total : 0);
        var carry = total - pair;
        var remaining = rest.ToList();
        remaining.Remove(pair);
        remaining.Remove(pair);
        var consistent = pair != 0 && (carry == 0 ? remaining.Count == 0 : remaining.Count == 1 && Rounding.Within(remaining[0], carry, 2, decimals));
        var kind = SingleProjectKind();
        if (!consistent || kind is null)
            throw new ImportRefusedException(doc.FileName, row.Line,
                $"the 14 amounts of '{row.Label}' in {table.Citation} to add up (总计 = 小计 + 上年结余、结转)");
        var result = new long[14];
        result[0] = total;
        result[1] = pair;
        result[kind.Value] = pair;
        result[13] = carry == 0 ? 0 : remaining[0];
        return (result, true);
    }

    /// <summary>The 项目支出总表 column (2, 3 or 4) of the only project appropriation kind 收入总表 shows as non-zero.</summary>
    private int? SingleProjectKind()
    {
        if (!doc.Tables.TryGetValue(Schedule.Income, out var income) || income.Rows.Count == 0) return null;
        var kinds = new[] { 3, 4, 5 }.Where(i => income.Rows[0].Amounts[i].WanYuan != 0).ToList();
        return kinds.Count == 1 ? kinds[0] - 1 : null;
    }

    /// <summary>
    /// Links each category to the 项 it is spent under. Documents do not state it, so it is derived:
    /// a single 项 with project spending takes all; else by equal name, then by equal amount, then the
    /// 项 with room left takes the rest (Remainder when only one has room, Unresolved otherwise).
    /// </summary>
    private void LinkCategories(List<(string Name, long TotalYuan)> rows)
    {
        var table = doc.Tables.GetValueOrDefault(Schedule.Functional) ?? doc.Tables.GetValueOrDefault(Schedule.Expenditure);
        var items = new List<(FunctionalSubject Subject, long Room)>();
        if (table is not null)
            foreach (var row in table.Rows)
                if (SubjectOf(table, row, [3, 5, 7]) is { Code.Length: 7 } s && row.Amounts[2].Yuan > 0)
                    items.Add((_functional[s.Code], row.Amounts[2].Yuan));
        if (items.Count == 0) return;
        void Link(string name, int index, ItemLinkMethod method)
        {
            var category = _categories[name];
            category.FunctionalSubject = items[index].Subject;
            category.ItemLink = method;
            items[index] = (items[index].Subject, items[index].Room - rows.First(r => r.Name == name).TotalYuan);
        }
        if (items.Count == 1)
        {
            foreach (var r in rows) Link(r.Name, 0, ItemLinkMethod.SingleItem);
            return;
        }
        var open = rows.ToList();
        foreach (var r in open.ToList())
        {
            var i = items.FindIndex(x => ConformedLabels.Same(LabelKind.ProjectCategory, x.Subject.Name, r.Name));
            if (i >= 0) { Link(r.Name, i, ItemLinkMethod.NameMatch); open.Remove(r); }
        }
        foreach (var r in open.ToList())
        {
            var matches = items.Select((x, i) => (x, i)).Where(p => p.x.Room == r.TotalYuan).ToList();
            if (matches.Count == 1) { Link(r.Name, matches[0].i, ItemLinkMethod.AmountMatch); open.Remove(r); }
        }
        foreach (var r in open)
        {
            var withRoom = items.Select((x, i) => (x, i)).Where(p => p.x.Room > 0).ToList();
            var best = (withRoom.Count > 0 ? withRoom : items.Select((x, i) => (x, i)).ToList()).MaxBy(p => p.x.Room);
            Link(r.Name, best.i, withRoom.Count == 1 ? ItemLinkMethod.Remainder : ItemLinkMethod.Unresolved);
        }
    }

    private void ThreePublicTable()
    {
        if (!doc.Tables.TryGetValue(Schedule.ThreePublic, out var table)) return;
        var items = Enum.GetValues<ThreePublicItem>();
        string[] budgets = ["gpb", "govfund", "soe"];
        // The Shenzhen template prints 公务接待费 before the vehicle columns (总计, 出国, 接待, 小计, 购置, 运行), the national
        // one after them (合计, 出国, 小计, 购置, 运行, 接待). The order is the one whose vehicle 小计 = 购置 + 运行 in every row
        // (within rounding); when both or neither fit, the header words decide.
        ThreePublicItem[] national = [ThreePublicItem.Total, ThreePublicItem.Abroad, ThreePublicItem.Vehicles, ThreePublicItem.VehiclePurchase, ThreePublicItem.VehicleOperation, ThreePublicItem.Reception];
        bool Fits(ThreePublicItem[] order) => table.Rows.All(r =>
        {
            var per = Math.Max(1, r.Amounts.Count / items.Length);
            long At(ThreePublicItem item) => r.Amounts[Array.IndexOf(order, item) * per].Yuan;
            return Rounding.Within(At(ThreePublicItem.Vehicles), At(ThreePublicItem.VehiclePurchase) + At(ThreePublicItem.VehicleOperation), 2, Decimals(table));
        });
        var (template, nationalFits) = (Fits(items), Fits(national));
        var header = table.Header;
        var headerSaysNational = header.IndexOf("公务接待", StringComparison.Ordinal) > header.IndexOf("公务用车", StringComparison.Ordinal)
                                 && header.Contains("公务用车", StringComparison.Ordinal);
        var order = nationalFits && (!template || headerSaysNational) ? national : items;
        foreach (var row in table.Rows)
        {
            var label = Names.Normalize(row.Label);
            var isChange = label.Contains("增减", StringComparison.Ordinal);
            var yearMatch = RowYear().Match(label);
            if (!isChange && !yearMatch.Success)
                throw new ImportRefusedException(doc.FileName, row.Line, $"a year (“2023 年”) or 增减变化金额 as the row of {table.Citation}, found '{row.Label}'");
            var year = isChange ? doc.Year : int.Parse(yearMatch.Groups["y"].Value);
            var perItem = row.Amounts.Count / items.Length;
            for (var i = 0; i < row.Amounts.Count; i++)
                Add(new ThreePublicFact
                {
                    SourceTable = table.Citation, Item = order[i / perItem], FundSourceId = ReferenceData.FundId(budgets[i % perItem]),
                    IsChange = isChange, AmountYuan = row.Amounts[i].Yuan, PublishedDecimals = Decimals(table),
                }, Schedule.ThreePublic, row.Line, year);
        }
    }

    private void Targets()
    {
        if (!doc.Tables.TryGetValue(Schedule.Performance, out var table)) return;
        foreach (var t in doc.Targets)
            Add(new PerformanceTargetFact { SourceTable = table.Citation, Level1 = t.Level1, Level2 = t.Level2, Level3 = t.Level3, Target = t.Target },
                Schedule.Performance, t.Line);
    }

    private void PriorYears()
    {
        foreach (var p in doc.PriorYears)
        {
            var derived = p.Earlier is null;
            var earlier = p.Earlier?.Yuan ?? p.Later!.Value.Yuan - p.Change!.Value.Yuan;
            Spans(Add(new PriorYearStatementFact
            {
                SourceTable = p.Subject == StatementSubject.ProjectCategory ? doc.NarrativeCitation : "文字部分",
                Subject = p.Subject, Label = p.Label, AmountYuan = earlier, LaterAmountYuan = p.Later?.Yuan, StatedChangeYuan = p.Change?.Yuan,
                PublishedDecimals = Decimals(new[] { p.Earlier, p.Later, p.Change }.OfType<Amount>()),
            }, Schedule.Narrative, p.Line, p.Year, derived), p.FirstLine);
        }
    }

    private void Execution()
    {
        foreach (var e in doc.Executions)
            Spans(Add(new ExecutionFact { SourceTable = doc.NarrativeCitation, Measure = e.Measure, StageId = e.StageId, AmountYuan = e.Amount.Yuan, PublishedDecimals = e.Amount.Decimals },
                Schedule.EvaluationReport, e.Line), e.FirstLine);
        foreach (var r in doc.Rates)
            Spans(Add(new ExecutionRateFact { SourceTable = doc.NarrativeCitation, Measure = r.Measure, RateBasisPoints = r.BasisPoints },
                Schedule.EvaluationReport, r.Line), r.FirstLine);
        foreach (var t in doc.ThreePublic)
            Spans(Add(new ThreePublicFact
            {
                SourceTable = doc.NarrativeCitation, Item = t.Item, StageId = t.StageId, FundSourceId = ReferenceData.FundId("gpb"),
                AmountYuan = t.Amount.Yuan, PublishedDecimals = t.Amount.Decimals,
            }, Schedule.EvaluationReport, t.Line), t.FirstLine);
    }

    private void Profile()
    {
        var (schedule, citation) = doc.Kind == DocumentKind.Budget ? (Schedule.Narrative, "文字部分") : (Schedule.EvaluationReport, doc.NarrativeCitation);
        foreach (var p in doc.Profile)
            Add(new DepartmentProfileFact { SourceTable = citation, Measure = p.Measure, Quantity = p.Quantity, Unit = p.Unit }, schedule, p.Line);
    }
}
