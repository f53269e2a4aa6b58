using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// What the importer knows about one table of the national budget template: the titles it is
/// printed under (normalized), the column counts its data rows may have, and the words its
/// column headers are made of (to tell repeated page headers from wrapped row names).
/// </summary>
internal sealed record TableSpec(Schedule Schedule, string Name, string[] Titles, int[] Columns, string Vocabulary,
    bool Required, bool TitleIsSuffix = false)
{
    private const string FundWords =
        "预算单位支出项目类别收入总计本年收入上年结余、结转政府预算拨款财政拨款财政专户管理资金单位资金一般公共预算拨款" +
        "政府性基金预算拨款国有资本经营预算拨款事业收入事业单位经营收入上级补助收入附属单位上缴收入其他收入小计" +
        "基本支出拨款履职类项目拨款财政专项资金拨款政府投资项目拨款总计年预算";

    private const string SubjectWords =
        "预算单位科目编码科目名称支出总计基本支出项目支出年政府采购项目小计其中：面向中小企业政府采购项目" +
        "其中：面向小型、微型企业政府采购项目事业单位经营支出对附属单位补助支出上缴上级支出";

    private const string ThreePublicWords =
        "预算单位年度总计因公出国（境）费用公务接待费公务用车购置及运行维护费小计公务用车购置费公务用车运行维护费" +
        "一般公共预算政府性基金预算国有资本经营预算";

    /// <summary>The template's tables in printed order. Required ones must be present in every budget.</summary>
    public static IReadOnlyList<TableSpec> All { get; } =
    [
        new(Schedule.Summary, "收支总表", ["收支总表"], [], "", Required: true),
        new(Schedule.Income, "收入总表", ["收入总表"], [15], FundWords, Required: false),
        new(Schedule.Expenditure, "支出总表", ["支出总表"], [6, 9, 3], SubjectWords, Required: true),
        new(Schedule.BasicExpenditure, "基本支出总表", ["基本支出总表"], [12], FundWords, Required: false),
        new(Schedule.ProjectExpenditure, "项目支出总表", ["项目支出总表"], [14], FundWords, Required: false),
        new(Schedule.Appropriation, "财政拨款收支总表", ["政府预算拨款收支总表", "财政拨款收支总表"], [], "", Required: false),
        new(Schedule.Functional, "一般公共预算支出表（按功能分类）", ["一般公共预算支出表（按功能分类）"], [3], SubjectWords,
            Required: true),
        new(Schedule.Economic, "一般公共预算支出表（按经济分类）", ["一般公共预算支出表（按经济分类）"], [3], SubjectWords,
            Required: false),
        new(Schedule.ThreePublic, "三公经费支出表", ["一般公共预算三公经费支出表", "财政拨款三公经费支出表"], [6, 18],
            ThreePublicWords, Required: true),
        new(Schedule.GovernmentFund, "政府性基金预算支出表", ["政府性基金预算支出表"], [3], SubjectWords, Required: false),
        new(Schedule.StateCapital, "国有资本经营预算支出表", ["国有资本经营预算支出表"], [3], SubjectWords, Required: false),
        new(Schedule.Performance, "整体支出绩效目标表", ["整体支出绩效目标表"], [], "", Required: true, TitleIsSuffix: true),
    ];

    /// <summary>The spec whose title the normalized line is, if any.</summary>
    public static TableSpec? ForTitle(string normalizedLine) =>
        All.FirstOrDefault(s => s.Titles.Any(t => s.TitleIsSuffix
            ? normalizedLine.EndsWith(t, StringComparison.Ordinal) && normalizedLine.Length <= t.Length + 40
            : normalizedLine == t));

    /// <summary>True for a two-sided (income | expenditure) table read as label–amount pairs.</summary>
    public bool IsPaired => Schedule is Schedule.Summary or Schedule.Appropriation;
}
