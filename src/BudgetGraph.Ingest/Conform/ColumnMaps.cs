namespace BudgetGraph.Ingest.Conform;

/// <summary>
/// The printed column order of the template's fund-source tables, as fund-source codes
/// (see <c>ReferenceData.FundSources</c>). The conform step maps amounts to fund sources by position.
/// </summary>
internal static class ColumnMaps
{
    /// <summary>收入总表: 收入总计, 一般公共预算拨款 小计 and its four kinds, 基金, 国资, 专户, 单位资金 ×5, 上年结余、结转.</summary>
    public static readonly string[] Income =
    [
        "total", "gpb", "gpb_basic", "gpb_duty", "gpb_special", "gpb_investment", "govfund", "soe", "special_account",
        "unit_business", "unit_operating", "unit_superior", "unit_affiliated", "unit_other", "carryover",
    ];

    /// <summary>基本支出总表: 总计, 政府预算拨款 小计, 一般公共, 基金, 国资, 专户, 单位资金 ×5, 上年结余、结转.</summary>
    public static readonly string[] Basic =
    [
        "total", "gov", "gpb", "govfund", "soe", "special_account", "unit_business", "unit_operating", "unit_superior",
        "unit_affiliated", "unit_other", "carryover",
    ];

    /// <summary>项目支出总表: 总计, 一般公共预算拨款 小计 and its three project kinds, 基金, 国资, 专户, 单位资金 ×5, 上年结余、结转.</summary>
    public static readonly string[] Project =
    [
        "total", "gpb", "gpb_duty", "gpb_special", "gpb_investment", "govfund", "soe", "special_account",
        "unit_business", "unit_operating", "unit_superior", "unit_affiliated", "unit_other", "carryover",
    ];

    /// <summary>Income-side row names of 收支总表 (ordinal prefixes removed) → fund-source code.</summary>
    public static readonly IReadOnlyDictionary<string, string> SummaryIncome = new Dictionary<string, string>
    {
        ["政府预算拨款"] = "gov", ["财政拨款"] = "gov", ["一般公共预算拨款"] = "gpb", ["政府性基金预算拨款"] = "govfund",
        ["国有资本经营预算拨款"] = "soe", ["财政专户管理资金"] = "special_account", ["单位资金"] = "unit",
        ["事业收入"] = "unit_business", ["事业单位经营收入"] = "unit_operating", ["上级补助收入"] = "unit_superior",
        ["附属单位上缴收入"] = "unit_affiliated", ["其他收入"] = "unit_other", ["本年收入合计"] = "current",
        ["上年结余、结转"] = "carryover", ["财政拨款结余、结转"] = "carryover_appropriation",
        ["非财政拨款结余、结转"] = "carryover_other", ["收入总计"] = "total",
    };

    /// <summary>The standard 支出经济分类 类 names, for 基本支出总表 rows a document's economic table does not name.</summary>
    public static readonly IReadOnlyDictionary<string, string> EconomicClasses = new Dictionary<string, string>
    {
        ["工资福利支出"] = "301", ["商品和服务支出"] = "302", ["对个人和家庭的补助"] = "303", ["债务利息及费用支出"] = "307",
        ["资本性支出（基本建设）"] = "309", ["资本性支出"] = "310", ["对企业补助（基本建设）"] = "311", ["对企业补助"] = "312",
        ["对社会保障基金补助"] = "313", ["其他支出"] = "399",
    };
}
