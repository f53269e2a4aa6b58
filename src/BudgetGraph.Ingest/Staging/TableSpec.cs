using System.Text.RegularExpressions;
using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// What the importer knows about one table of the budget templates (the Shenzhen template and the national
/// one): the titles it is printed under (normalized, without the 部门/单位 prefix and without quotation marks),
/// the column counts its data rows may have, and the words its column headers are made of (to tell repeated
/// page headers from wrapped row names). Tables are recognised by title, never by number or position.
/// A spec without a schedule is a table the warehouse has no place for yet: recognised (so it ends the table
/// before it and is not read as rows of it) and skipped.
/// </summary>
internal sealed partial record TableSpec(Schedule? Schedule, string Name, string[] Titles, int[] Columns, string Vocabulary,
    bool TitleIsSuffix = false)
{
    private const string FundWords =
        "预算单位支出项目类别收入总计本年收入上年结余、结转政府预算拨款财政拨款财政专户管理资金单位资金一般公共预算拨款" +
        "政府性基金预算拨款国有资本经营预算拨款事业收入事业单位经营收入上级补助收入附属单位上缴收入其他收入小计" +
        "基本支出拨款履职类项目拨款财政专项资金拨款政府投资项目拨款总计年预算合计上年结转科目编码科目名称类款项项目名称" +
        "功能分类科目编码一般公共预算拨款收入政府性基金预算拨款收入国有资本经营预算拨款收入财政专户管理资金收入";

    private const string SubjectWords =
        "预算单位科目编码科目名称及支出总计基本支出项目支出年政府采购项目小计其中：面向中小企业政府采购项目" +
        "其中：面向小型、微型企业政府采购项目事业单位经营支出对附属单位补助支出上缴上级支出合计类款项" +
        "本年政府性基金预算支出本年国有资本经营预算支出";

    private const string ThreePublicWords =
        "预算单位年度总计合计项目因公出国（境）费用公务接待费公务用车购置及运行维护费小计公务用车购置费公务用车运行维护费" +
        "公务用车运行费公务用车购置及运行费一般公共预算政府性基金预算国有资本经营预算";

    /// <summary>Every table the importer recognises.</summary>
    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(BudgetGraph.Warehouse.Dimensions.Schedule.Summary, "收支总表", ["收支总表"], [], ""),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.Income, "收入总表", ["收入总表"], [15, 11], FundWords),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.Expenditure, "支出总表", ["支出总表"], [9, 6, 3], SubjectWords),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.BasicExpenditure, "基本支出总表", ["基本支出总表"], [12], FundWords),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.ProjectExpenditure, "项目支出总表", ["项目支出总表", "项目支出表"], [14, 7], FundWords),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.Appropriation, "财政拨款收支总表", ["政府预算拨款收支总表", "财政拨款收支总表"], [], ""),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.Functional, "一般公共预算支出表（按功能分类）", ["一般公共预算支出表（按功能分类）", "一般公共预算支出表"], [3],
            SubjectWords),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.Economic, "一般公共预算支出表（按经济分类）", ["一般公共预算支出表（按经济分类）"], [3], SubjectWords),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.BasicEconomic, "一般公共预算基本支出表", ["一般公共预算基本支出表"], [3], SubjectWords + "人员经费公用经费"),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.ThreePublic, "三公经费支出表", ["三公经费支出表"], [6, 18], ThreePublicWords, TitleIsSuffix: true),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.GovernmentFund, "政府性基金预算支出表", ["政府性基金预算支出表"], [3], SubjectWords),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.StateCapital, "国有资本经营预算支出表", ["国有资本经营预算支出表"], [3], SubjectWords),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.Performance, "整体支出绩效目标表", ["整体支出绩效目标表"], [], "", TitleIsSuffix: true),
        new(BudgetGraph.Warehouse.Dimensions.Schedule.Procurement, "政府采购预算表", ["政府采购预算表"], [], "序号采购项目采购类别预算金额"),
    ];

    /// <summary>The tables that define a budget: a document without them is no budget of the template.</summary>
    public bool Required => Schedule is BudgetGraph.Warehouse.Dimensions.Schedule.Summary;

    [GeneratedRegex(@"^表[0-9]+(?:[-－—][0-9]+)?")]
    private static partial Regex NumberPrefix();

    [GeneratedRegex(@"^续表[（(]?(?<t>.*?)[)）]?$")]
    private static partial Regex Continued();

    /// <summary>The printed number at the start of a normalized line ("表1-1"), if any.</summary>
    public static string? NumberOf(string normalizedLine) =>
        NumberPrefix().Match(normalizedLine) is { Success: true } m ? m.Value.Replace('－', '-').Replace('—', '-') : null;

    /// <summary>
    /// The spec whose title the normalized line is (after an optional number "表3"/"表1-1", a 部门/单位 prefix),
    /// and whether the line announces a continuation ("续表（支出总表）").
    /// </summary>
    public static (TableSpec Spec, bool Continuation)? ForTitle(string normalizedLine)
    {
        var text = NumberPrefix().Replace(normalizedLine, "");
        var continuation = false;
        if (Continued().Match(text) is { Success: true } c)
        {
            text = c.Groups["t"].Value;
            continuation = true;
            // "续表（一般公共预算支出表（按功能分类））": the regex keeps the inner closing parenthesis when it is doubled.
            if (text.Count(ch => ch == '（') < text.Count(ch => ch == '）')) text = text[..^1];
        }
        text = new string([.. text.Where(ch => ch is not ('“' or '”' or '"' or '「' or '」' or '‘' or '’'))]);
        // "支出总表（续）", "支出总表（续表）": the table continued on a new page.
        foreach (var mark in new[] { "（续表）", "（续）", "续表", "续" })
            if (text.Length > mark.Length + 2 && text.EndsWith(mark, StringComparison.Ordinal))
            {
                text = text[..^mark.Length];
                continuation = true;
                break;
            }
        if (text.Length == 0) return null;
        foreach (var candidate in new[] { text, text.StartsWith("部门", StringComparison.Ordinal) || text.StartsWith("单位", StringComparison.Ordinal) ? text[2..] : text })
        {
            var spec = All.FirstOrDefault(s => s.Titles.Any(t => candidate == t))
                       ?? All.FirstOrDefault(s => s.TitleIsSuffix && s.Titles.Any(t => candidate.EndsWith(t, StringComparison.Ordinal) && candidate.Length <= t.Length + 40));
            if (spec is not null) return (spec, continuation);
        }
        return null;
    }

    /// <summary>True for a two-sided (income | expenditure) table read as label–amount pairs.</summary>
    public bool IsPaired => Schedule is BudgetGraph.Warehouse.Dimensions.Schedule.Summary or BudgetGraph.Warehouse.Dimensions.Schedule.Appropriation;
}
