using System.Globalization;
using System.Text;
using System.Text.Json;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Every document of the shared corpus (../shared/corpus/*.txt, discovered) imported into a fresh warehouse and
/// compared, figure by figure, with its truth file: each printed figure the warehouse has a place for must be
/// stored with the printed value (in yuan at the printed precision). Figures of schedules the warehouse has no
/// place for yet are counted apart ("no place") and listed by schedule, so the report stays honest.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDirectory, "*.txt").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>Every document of the corpus as text and, where it has one, as PDF (both against the same truth file).</summary>
    public static TheoryData<string> TextsAndPdfs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CorpusDirectory, "*.txt").Concat(Directory.GetFiles(CorpusDirectory, "*.pdf")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    /// <summary>The truth file of a corpus document, text or PDF.</summary>
    public static string TruthFile(string path) => Path.ChangeExtension(path, null) + ".truth.json";

    /// <summary>The corpus beside the repository (../shared/corpus); the test fails when it is missing.</summary>
    public static string CorpusDirectory
    {
        get
        {
            var root = WarehouseBootstrap.FindRepositoryRoot(AppContext.BaseDirectory)
                       ?? throw new InvalidOperationException("BudgetGraph.sln not found above " + AppContext.BaseDirectory);
            var dir = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
            if (!Directory.Exists(dir)) dir = "/work/shared/corpus";
            if (!Directory.Exists(dir)) throw new DirectoryNotFoundException("the corpus (../shared/corpus) is missing");
            return dir;
        }
    }

    [Theory]
    [MemberData(nameof(TextsAndPdfs))]
    public async Task EveryFigureOfTheTruthFileIsStored(string document)
    {
        var path = Path.Combine(CorpusDirectory, document);
        using var warehouse = new TestWarehouse();
        try
        {
            await warehouse.ImportAsync(path);
        }
        catch (ImportRefusedException e)
        {
            output.WriteLine($"{document}: refused: {e.Message}");
            throw;
        }
        var result = await CorpusComparison.CompareAsync(warehouse.Create, TruthFile(path), FigureLocator.For(path));
        output.WriteLine(result.Report(document));
        Assert.True(result.Mismatched.Count == 0 && result.NotStored.Count == 0, result.Report(document));
        // Every kind of figure, narrative included, must find its place.
        Assert.True(result.NoPlace.Keys.All(NotPlacedYet.Contains), result.Report(document));
    }

    /// <summary>
    /// The kinds of printed figure the warehouse has no place for yet (shrinks as places are added; never grows): only
    /// statements of the narrative — percentages, and amounts or changes the 文字部分 restates that no reader takes.
    /// </summary>
    private static readonly HashSet<string> NotPlacedYet = [];
}

/// <summary>A truth file's figures against a warehouse holding its document.</summary>
public sealed class CorpusComparison
{
    public List<string> Matched { get; } = [];
    public List<string> Mismatched { get; } = [];
    public List<string> NotStored { get; } = [];
    public Dictionary<string, int> NoPlace { get; } = [];
    public List<string> Unplaced { get; } = [];

    public string Report(string document)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{document}: {Matched.Count} matched, {Mismatched.Count} mismatched, {NotStored.Count} not stored, {NoPlace.Values.Sum()} without a place in the warehouse");
        if (NoPlace.Count > 0) sb.AppendLine("  without a place: " + string.Join(", ", NoPlace.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
        foreach (var m in Mismatched.Take(40)) sb.AppendLine("  mismatch: " + m);
        foreach (var m in NotStored.Take(40)) sb.AppendLine("  not stored: " + m);
        foreach (var m in Unplaced.Take(100)) sb.AppendLine("  no place: " + m);
        return sb.ToString();
    }

    private static readonly Dictionary<string, string> Funds = new()
    {
        ["approp_current"] = "gov", ["gpb"] = "gpb", ["gf"] = "govfund", ["sc"] = "soe", ["fsa"] = "special_account",
        ["unit_funds"] = "unit", ["biz"] = "unit_business", ["oper"] = "unit_operating", ["upper"] = "unit_superior",
        ["affil"] = "unit_affiliated", ["other"] = "unit_other", ["carry"] = "carryover", ["total"] = "total",
        ["basic"] = "gpb_basic", ["duty"] = "gpb_duty", ["special"] = "gpb_special", ["invest"] = "gpb_investment",
        ["approp"] = "gov",
    };

    public static async Task<CorpusComparison> CompareAsync(Func<WarehouseDbContext> contexts, string truthPath, FigureLocator at)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(truthPath));
        var rootElement = truth.RootElement;
        var unit = rootElement.GetProperty("unit").GetString();
        var department = rootElement.GetProperty("department").GetProperty("name").GetString()!;
        var year = rootElement.GetProperty("year").GetInt32();
        await using var db = contexts();
        var functional = await db.FunctionalExpenditures.AsNoTracking().Include(f => f.FunctionalSubject).ToListAsync();
        var economic = await db.EconomicExpenditures.AsNoTracking().Include(f => f.EconomicSubject).ToListAsync();
        var basic = await db.BasicExpenditures.AsNoTracking().Include(f => f.EconomicSubject).Include(f => f.FundSource).ToListAsync();
        var projects = await db.ProjectSpendings.AsNoTracking().Include(f => f.ProjectCategory).Include(f => f.FundSource).Include(f => f.Unit)
            .Include(f => f.LineItem).ThenInclude(i => i!.FunctionalSubject).ToListAsync();
        var incomes = await db.Incomes.AsNoTracking().Include(f => f.FundSource).Include(f => f.Unit).Include(f => f.FunctionalSubject).ToListAsync();
        var balances = await db.Balances.AsNoTracking().Include(f => f.FundSource).ToListAsync();
        var three = await db.ThreePublics.AsNoTracking().Include(f => f.FundSource).ToListAsync();
        var basicSplit = await db.BasicExpenditureSplits.AsNoTracking().Include(f => f.EconomicSubject).ToListAsync();
        var procurement = await db.ProcurementItems.AsNoTracking().ToListAsync();
        var tasks = await db.PerformanceTasks.AsNoTracking().ToListAsync();
        var keyProjects = await db.Set<NarrativeFigureFact>().AsNoTracking().Where(f => f.Kind == NarrativeFigureKind.KeyProject).ToListAsync();
        // What the narrative states, as (label, amount, change, percent, first line, last line), from every fact read from prose.
        var narrative = new List<Stated>();
        foreach (var x in await db.Set<NarrativeFigureFact>().AsNoTracking().ToListAsync())
            narrative.Add(new(x.Label, x.AmountYuan, x.ChangeYuan, x.Percent, x.SourceFirstLine ?? x.SourceLine, x.SourceLine));
        foreach (var x in await db.PriorYearStatements.AsNoTracking().ToListAsync())
            narrative.Add(new(x.Label, x.LaterAmountYuan, x.StatedChangeYuan, null, x.SourceFirstLine ?? x.SourceLine, x.SourceLine));
        foreach (var x in await db.LineItemAmounts.AsNoTracking().Include(i => i.LineItem).ToListAsync())
            narrative.Add(new(x.LineItem!.Name, x.AmountYuan, null, null, x.SourceFirstLine ?? x.SourceLine, x.SourceLine));
        foreach (var x in projects.Where(p => p.Schedule == Schedule.Narrative && p.ProjectCategory is not null))
            narrative.Add(new(x.ProjectCategory!.Name, x.AmountYuan, null, null, x.SourceFirstLine ?? x.SourceLine, x.SourceLine));

        var result = new CorpusComparison();
        foreach (var f in rootElement.GetProperty("figures").EnumerateArray())
        {
            if (f.GetProperty("kind").GetString() != "table") { result.Narrative(f, narrative, unit, at); continue; }
            var schedule = f.GetProperty("schedule").GetString()!;
            var column = f.GetProperty("column").GetString()!;
            var row = f.GetProperty("row").GetString()!;
            var code = Str(f, "code");
            var unitName = Str(f, "unit_name");
            var line = f.GetProperty("line").GetInt32();
            var multiplier = (f.GetProperty("unit").GetString() ?? unit) == "元" ? 1m : 10_000m;
            var expected = f.GetProperty("value").GetDecimal() * multiplier;
            var what = $"{schedule} line {line} '{row}'{(code is null ? "" : " " + code)} {column} = {f.GetProperty("printed").GetString()}";
            var isDepartmentRow = code is null && (unitName is null || unitName == row) && (Same(row, department) || row is "合计" or "总计");
            var isUnitRow = unitName is not null && Same(row, unitName);

            long? stored;
            bool place = true;
            switch (schedule)
            {
                case "expenditure" or "functional" or "government_fund" or "state_capital":
                {
                    if (isUnitRow || (code is null && !isDepartmentRow)) { place = false; stored = null; break; }
                    var s = schedule switch { "expenditure" => Schedule.Expenditure, "functional" => Schedule.Functional, "government_fund" => Schedule.GovernmentFund, _ => Schedule.StateCapital };
                    var candidates = functional.Where(x => x.Schedule == s && x.FunctionalSubject?.Code == code).ToList();
                    var fact = Pick(candidates, x => at.Covers(f, x.SourceLine, x.SourceLine));
                    stored = fact is null ? null : column switch
                    {
                        "total" => fact.TotalYuan, "basic" => fact.BasicYuan, "project" => fact.ProjectYuan,
                        "oper" => fact.OperatingYuan, "affil_sub" => fact.SubsidyToAffiliatesYuan, "upper_pay" => fact.RemittanceYuan,
                        "proc" => fact.ProcurementYuan, "proc_sme" => fact.ProcurementSmeYuan, "proc_micro" => fact.ProcurementMicroYuan,
                        _ => null,
                    };
                    break;
                }
                case "economic":
                {
                    if (code is null && !isDepartmentRow) { place = false; stored = null; break; }
                    var fact = Pick(economic.Where(x => x.EconomicSubject?.Code == code).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine));
                    stored = fact is null ? null : column switch { "total" => fact.TotalYuan, "basic" => fact.BasicYuan, "project" => fact.ProjectYuan, _ => null };
                    break;
                }
                case "basic":
                {
                    if (code is null && !isDepartmentRow) { place = false; stored = null; break; }
                    var fund = Funds.GetValueOrDefault(column);
                    if (column == "approp") fund = "gov";
                    if (column == "gpb") fund = "gpb";
                    stored = Pick(basic.Where(x => x.EconomicSubject?.Code == code && x.FundSource!.Code == fund).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine))?.AmountYuan;
                    break;
                }
                case "project":
                {
                    // The 小计 after 总计 is the 财政拨款's in some editions, the 一般公共预算拨款's in others (stored as printed).
                    var fund = column switch { "approp" => "gov", "unit_funds" => "unit", _ => Funds.GetValueOrDefault(column) };
                    var secondLevel = Str(f, "project_level") == "二级项目";
                    // A unit's row of a 汇总 budget, a category (under its unit, if any), a 二级项目 (a line item with its printed 项).
                    bool Row(ProjectSpendingFact x) =>
                        isUnitRow ? x.ProjectCategoryId is null && x.Unit is not null && Same(x.Unit.Name, unitName!)
                        : secondLevel ? x.LineItem is not null && Same(x.LineItem.Name, row) && x.LineItem.FunctionalSubject?.Code == code
                        : isDepartmentRow ? x.ProjectCategoryId is null && x.UnitId is null
                        : x.ProjectCategory is not null && x.LineItemId is null && Same(x.ProjectCategory.Name, row)
                          && (unitName is null ? x.UnitId is null : x.Unit is not null && Same(x.Unit.Name, unitName));
                    if (fund == "gov" && !projects.Any(x => x.FundSource!.Code == "gov" && !x.Derived && Row(x) && at.Covers(f, x.SourceLine, x.SourceLine))) fund = "gpb";
                    var candidates = projects.Where(x => x.FundSource!.Code == fund && !x.Derived && Row(x)).ToList();
                    stored = Pick(candidates, x => at.Covers(f, x.SourceLine, x.SourceLine))?.AmountYuan;
                    break;
                }
                case "income":
                {
                    // The department's row, a unit's row of a 汇总 budget, or a row by functional subject (national template).
                    bool Row(IncomeFact x) =>
                        code is not null ? x.FunctionalSubject?.Code == code
                        : isUnitRow ? x.Unit is not null && Same(x.Unit.Name, unitName!)
                        : x.UnitId is null && x.FunctionalSubjectId is null;
                    stored = Pick(incomes.Where(x => x.Schedule == Schedule.Income && x.FundSource!.Code == Funds.GetValueOrDefault(column) && Row(x)).ToList(),
                        x => at.Covers(f, x.SourceLine, x.SourceLine))?.AmountYuan;
                    break;
                }
                case "appropriation" when code is not null && column is "gpb" or "gf" or "sc":
                {
                    var fact = Pick(functional.Where(x => x.Schedule == Schedule.Appropriation && x.FunctionalSubject?.Code == code).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine));
                    stored = column switch { "gpb" => fact?.GeneralBudgetYuan, "gf" => fact?.GovernmentFundYuan, _ => fact?.StateCapitalYuan };
                    break;
                }
                case "summary" when code is not null && column == "approp":
                {
                    // A merged 收支总表's 其中：财政拨款 column: stored as the 财政拨款收支总表 the document does not print.
                    stored = Pick(functional.Where(x => x.Schedule == Schedule.Appropriation && x.FunctionalSubject?.Code == code).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine))?.TotalYuan;
                    break;
                }
                case "summary" or "appropriation" when code is not null && column == "total":
                {
                    var s = schedule == "summary" ? Schedule.Summary : Schedule.Appropriation;
                    stored = Pick(functional.Where(x => x.Schedule == s && x.FunctionalSubject?.Code == code).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine))?.TotalYuan;
                    break;
                }
                case "summary" or "appropriation":
                {
                    if (code is not null) { place = false; stored = null; break; }
                    // The appropriation side: 财政拨款收支总表, or a merged 收支总表's 其中：财政拨款 column.
                    var s = schedule == "appropriation" || column == "approp" ? Schedule.Appropriation : Schedule.Summary;
                    var fund = Str(f, "fund") is { } printedFund ? Funds[printedFund] : Names(row) switch
                    {
                        "本年收入合计" => "current", "上年结余、结转" or "上年结转" => "carryover", "收入总计" => "total",
                        "财政拨款结余、结转" => "carryover_appropriation", "非财政拨款结余、结转" => "carryover_other",
                        "财政拨款" or "政府预算拨款" => "gov", "一般公共预算拨款" => "gpb", "政府性基金预算拨款" => "govfund", "国有资本经营预算拨款" => "soe", _ => null,
                    };
                    if (column == "amount" && fund is not null)
                    {
                        stored = Pick(incomes.Where(x => x.Schedule == s && x.FundSource!.Code == fund).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine))?.AmountYuan;
                        break;
                    }
                    BalanceMeasure? measure = Names(row) switch
                    {
                        "本年支出合计" => BalanceMeasure.ExpenditureCurrentYear, "结转下年" or "年终结转结余" => BalanceMeasure.CarryForward,
                        "支出总计" => BalanceMeasure.ExpenditureTotal, _ => null,
                    };
                    if (measure is null) { place = false; stored = null; break; }
                    var budget = column switch { "gpb" => "gpb", "gf" => "govfund", "sc" => "soe", _ => null };
                    stored = Pick(balances.Where(x => x.Schedule == s && x.Measure == measure && x.FundSource?.Code == budget).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine))?.AmountYuan;
                    break;
                }
                case "three_public":
                {
                    var item = column switch
                    {
                        "total" => ThreePublicItem.Total, "abroad" => ThreePublicItem.Abroad, "hosp" => ThreePublicItem.Reception,
                        "car" => ThreePublicItem.Vehicles, "buy" => ThreePublicItem.VehiclePurchase, _ => ThreePublicItem.VehicleOperation,
                    };
                    var figureYear = f.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : (int?)null;
                    stored = Pick(three.Where(x => x.Item == item && x.FundSource!.Code == "gpb" && x.IsChange == (figureYear is null)
                                                   && x.Year == (figureYear ?? year)).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine))?.AmountYuan;
                    break;
                }
                case "basic_econ":
                {
                    var fact = Pick(basicSplit.Where(x => x.EconomicSubject?.Code == code).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine));
                    stored = column switch { "total" => fact?.TotalYuan, "personnel" => fact?.PersonnelYuan, "public" => fact?.PublicYuan, _ => null };
                    break;
                }
                case "key_projects":
                    stored = Pick(keyProjects.Where(x => Same(x.Label, row)).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine))?.AmountYuan;
                    break;
                case "procurement":
                    stored = Pick(procurement.Where(x => Same(x.Name, row)).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine))?.AmountYuan;
                    break;
                case "performance":
                {
                    var fact = Pick(tasks.Where(x => Same(x.Name, row)).ToList(), x => at.Covers(f, x.SourceLine, x.SourceLine));
                    stored = column switch { "total" => fact?.TotalYuan, "approp" => fact?.AppropriationYuan, "other" => fact?.OtherYuan, _ => null };
                    break;
                }
                default:
                    place = false;
                    stored = null;
                    break;
            }
            if (!place) { result.Skip(schedule + (isUnitRow || unitName is not null ? " (unit rows)" : "")); continue; }
            if (stored is null) result.NotStored.Add(what);
            else if (stored.Value == expected) result.Matched.Add(what);
            else result.Mismatched.Add($"{what}: stored {stored.Value} yuan, expected {expected}");
        }
        return result;
    }

    private void Skip(string key) => NoPlace[key] = NoPlace.GetValueOrDefault(key) + 1;

    /// <summary>A figure read from prose: its label, amount, change and percentage as stored, and the lines it cites.</summary>
    public sealed record Stated(string Label, long? Amount, long? Change, decimal? Percent, int First, int Last);

    /// <summary>
    /// A figure stated in prose is stored when a fact read from prose is named as the figure's row
    /// (<see cref="TruthLabels.NamesRow"/>), cites lines printing the figure (<see cref="FigureLocator"/>) and holds its
    /// amount (amount, category, line item), its signed change or its percentage (as printed); otherwise it is counted
    /// without a place, by its column ("narrative percent", …) and listed.
    /// </summary>
    private void Narrative(JsonElement f, List<Stated> narrative, string? unit, FigureLocator at)
    {
        var column = f.GetProperty("column").GetString()!;
        var printedRow = TruthLabels.NarrativeRow(f.GetProperty("row").GetString()!, Str(f, "unit_name"));
        var line = f.GetProperty("line").GetInt32();
        var multiplier = (f.GetProperty("unit").GetString() ?? unit) == "元" ? 1m : 10_000m;
        var value = f.GetProperty("value").GetDecimal();
        var expected = value * multiplier * (Str(f, "direction") == "减少" ? -1 : 1);
        var what = $"narrative line {line} '{printedRow}' {column} = {f.GetProperty("printed").GetString()}";
        var named = narrative.Where(n => TruthLabels.NamesRow(n.Label, printedRow) && at.Covers(f, n.First, n.Last)).ToList();
        var found = column switch
        {
            "amount" or "category" or "line_item" => named.Any(n => n.Amount == expected),
            "change" => named.Any(n => n.Change == expected),
            "percent" => named.Any(n => n.Percent is { } p && Math.Abs(p) == value),
            _ => false,
        };
        if (found) Matched.Add(what);
        else
        {
            Skip("narrative " + column);
            Unplaced.Add(what);
        }
    }

    /// <summary>The only candidate, or among several the one printed where the figure is.</summary>
    private static T? Pick<T>(List<T> candidates, Func<T, bool> at) where T : class =>
        candidates.Count <= 1 ? candidates.FirstOrDefault() : candidates.FirstOrDefault(at);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Names(string s) => Text.Names.Normalize(s);

    private static bool Same(string a, string b) => TruthLabels.Same(a, b);
}

/// <summary>
/// How the corpus harness matches a truth file's row names with the names the warehouse stores: the rules in one
/// place. Names compare after <see cref="Text.Names.Normalize"/> (spaces, quotation marks and bracket widths as
/// the importer normalises them). The truth file words some rows of the prose in its own way; each rule below
/// sets aside one such difference and nothing more (a label with anything else before or after the row is another
/// figure's).
/// </summary>
public static class TruthLabels
{
    /// <summary>A table row (a unit, a category, a project, a department) is the stored name when both normalise alike.</summary>
    public static bool Same(string a, string b) => Text.Names.Normalize(a) == Text.Names.Normalize(b);

    /// <summary>
    /// A narrative row as the prose names it: without the truth file's own qualifiers ("（结构）", "（较上年）"), which
    /// are not printed; its row 单位预算 is the figure of the unit it names.
    /// </summary>
    public static string NarrativeRow(string row, string? unitName)
    {
        foreach (var qualifier in new[] { "（结构）", "（较上年）" })
            if (row.EndsWith(qualifier, StringComparison.Ordinal)) row = row[..^qualifier.Length];
        return row == "单位预算" && unitName is not null ? unitName : row;
    }

    /// <summary>
    /// True when a label read from prose names the narrative row: equal once both are reduced to their <see cref="Core"/>;
    /// or, for the funds under performance management, which the truth file names in its own words (纳入绩效管理的项目
    /// 支出, 绩效目标管理项目资金) and the prose in others, when both are about 绩效.
    /// </summary>
    public static bool NamesRow(string label, string row) =>
        Core(label) == Core(row) || row.Contains("绩效", StringComparison.Ordinal) && label.Contains("绩效", StringComparison.Ordinal);

    /// <summary>
    /// A name without the words the truth file and the prose word differently: 的 ("对个人和家庭的补助支出"), a
    /// trailing 预算 or 财政拨款 ("“三公”经费预算"), and a leading budget the figure is of ("一般公共预算“三公”经费",
    /// the truth file's row being "“三公”经费" in a section about that budget).
    /// </summary>
    private static string Core(string name)
    {
        var s = Text.Names.Normalize(name).Replace("的", "", StringComparison.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var suffix in new[] { "预算", "财政拨款" })
                if (s.EndsWith(suffix, StringComparison.Ordinal) && s.Length > suffix.Length) { s = s[..^suffix.Length]; changed = true; }
        }
        foreach (var budget in new[] { "一般公共预算", "财政拨款" })
            if (s.StartsWith(budget, StringComparison.Ordinal) && s.Length > budget.Length) return s[budget.Length..];
        return s;
    }
}

/// <summary>
/// Where a truth figure is printed, in the line stream an import cites. A text document's lines are the truth file's
/// own (its <c>line</c>): a fact is at the figure when its lines cover that line. A PDF's lines are rebuilt from its
/// pages and numbered otherwise: a fact is at the figure when one of its lines is on the figure's <c>page</c> and
/// prints the figure's <c>printed</c> text (spaces aside, as the PDF spaces some figures apart).
/// </summary>
public sealed class FigureLocator
{
    private readonly IReadOnlyList<Ingest.SourceLine>? _pdf;

    private FigureLocator(IReadOnlyList<Ingest.SourceLine>? pdf) => _pdf = pdf;

    /// <summary>The locator of a corpus document: by line for a text, by page and printed text for a PDF.</summary>
    public static FigureLocator For(string path) =>
        new(path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? Ingest.Pdf.PdfTextReader.Read(Path.GetFileName(path), File.ReadAllBytes(path)) : null);

    /// <summary>True when lines <paramref name="first"/> to <paramref name="last"/> (1-based) print the figure.</summary>
    public bool Covers(JsonElement figure, int first, int last)
    {
        if (_pdf is null)
        {
            var line = figure.GetProperty("line").GetInt32();
            return first <= line && line <= last;
        }
        var page = figure.GetProperty("page").GetInt32();
        var printed = Squash(figure.GetProperty("printed").GetString()!);
        for (var k = Math.Max(first, 1); k <= Math.Min(last, _pdf.Count); k++)
            if (_pdf[k - 1].Page == page && Squash(_pdf[k - 1].Text).Contains(printed, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
