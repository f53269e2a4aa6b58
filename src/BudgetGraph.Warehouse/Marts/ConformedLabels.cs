using System.Linq.Expressions;

namespace BudgetGraph.Warehouse.Marts;

/// <summary>What a label names: the conforming rule depends on it.</summary>
public enum LabelKind
{
    /// <summary>A project category (项目支出类别), or a prior-year statement or narrative figure about one.</summary>
    ProjectCategory,
    /// <summary>A named project or line item, or a prior-year statement about one.</summary>
    Project,
}

/// <summary>
/// The one place where two printed wordings of one thing are mapped to one conformed label. Facts keep the wording
/// their document prints; readers that follow a thing across tables or years (year over year, conflicting
/// statements) match by <see cref="Conform"/>. Two rules, and nothing else:
/// <list type="bullet">
/// <item>A project category's trailing 预算 is the template's word, not part of the name: 第三部分 prints
/// "1.政务综合管理预算 33,416 万元" and the 项目支出总表 prints 004's "资产配置" as "资产配置预算". Only for categories:
/// in a project's or line item's name 预算 can be the thing itself (编制部门预算). 经费 is never stripped: it is often
/// the whole name (聘用人员经费 is not 聘用人员).</item>
/// <item>An explicit synonym list, each entry with the document that shows the two wordings are one thing.</item>
/// </list>
/// The conformed label is the shorter wording; a label the rules do not touch is its own conformed label.
/// </summary>
public static class ConformedLabels
{
    /// <summary>Printed wording → conformed label, for projects and line items. Each entry needs evidence in the documents.</summary>
    private static readonly Dictionary<string, string> ProjectSynonyms = new(StringComparer.Ordinal)
    {
        // 000 (2023) states "深圳市政务云项目（二期）…预算由 30,443 万元减少至 30,000 万元" and lists the line item
        // "深圳市政务云（二期）30,000 万元": one project, one amount.
        ["深圳市政务云项目（二期）"] = "深圳市政务云（二期）",
        // 000 lists "深圳市电子政务网络升级改造一期项目（原深圳市卫生计生光纤专网建设）7,000万元" and states the same project
        // without its former name ("…一期项目…预算由 12,000 万元减少至 7,000 万元").
        ["深圳市电子政务网络升级改造一期项目（原深圳市卫生计生光纤专网建设）"] = "深圳市电子政务网络升级改造一期项目",
        // 001 (2022) lists "深汕政务光纤及其配套设备建设工程 700 万元" and states "深汕政务光纤及其配套设备建设工程项目…减少至 700 万元".
        ["深汕政务光纤及其配套设备建设工程项目"] = "深汕政务光纤及其配套设备建设工程",
    };

    /// <summary>
    /// A project category's conformed name, as an expression the database can evaluate (aggregate groups by it):
    /// the trailing 预算 dropped when at least two characters remain ("预算" alone, or a one-character stem, is not a
    /// name). <see cref="Conform"/> runs the same expression compiled, so the rule is written once.
    /// </summary>
    public static readonly Expression<Func<string, string>> CategoryName = printed =>
        printed.Length >= 4 && printed.Substring(printed.Length - 2, 2) == "预算" ? printed.Substring(0, printed.Length - 2) : printed;

    private static readonly Func<string, string> ConformCategory = CategoryName.Compile();

    /// <summary>The conformed label of a printed wording (whitespace already removed by the importer).</summary>
    public static string Conform(LabelKind kind, string printed) => kind switch
    {
        LabelKind.ProjectCategory => ConformCategory(printed),
        LabelKind.Project when ProjectSynonyms.TryGetValue(printed, out var conformed) => conformed,
        _ => printed,
    };

    /// <summary>True when two printed wordings conform to the same label.</summary>
    public static bool Same(LabelKind kind, string a, string b) => Conform(kind, a) == Conform(kind, b);
}
