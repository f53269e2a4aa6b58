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

    /// <summary>
    /// The columns of a table whose column count does not fix the order (the national template's 收入总表 and
    /// 项目支出表): the fund sources in the order their header words are printed. Null when the header does not
    /// name exactly <paramref name="count"/> columns.
    /// </summary>
    public static string[]? FromHeader(string header, int count)
    {
        (string Word, string Code)[] words =
        [
            ("收入总计", "total"), ("总计", "total"), ("合计", "total"), ("上年结余、结转", "carryover"), ("上年结转", "carryover"),
            ("一般公共预算拨款", "gpb"), ("政府性基金预算拨款", "govfund"), ("国有资本经营预算拨款", "soe"), ("财政专户管理资金", "special_account"),
            ("事业单位经营收入", "unit_operating"), ("事业收入", "unit_business"), ("上级补助收入", "unit_superior"),
            ("附属单位上缴收入", "unit_affiliated"), ("其他收入", "unit_other"), ("单位资金", "unit"),
        ];
        var found = new List<(int Index, string Code)>();
        var rest = header;
        foreach (var (word, code) in words)
        {
            var index = rest.IndexOf(word, StringComparison.Ordinal);
            if (index < 0 || found.Any(f => f.Code == code)) continue;
            found.Add((index, code));
            rest = rest[..index] + new string('\u0000', word.Length) + rest[(index + word.Length)..];
        }
        return found.Count == count ? [.. found.OrderBy(f => f.Index).Select(f => f.Code)] : null;
    }

    /// <summary>
    /// The meaning of 支出总表's columns after 支出总计/基本支出/项目支出: "operating", "subsidy", "remittance" (事业单位经营支出,
    /// 对附属单位补助支出, 上缴上级支出) in the order the header prints them, then "procurement" ×3 when the header has
    /// 政府采购 columns. Headers broken into fragments fall back to the template's order.
    /// </summary>
    public static string[] ExpenditureExtras(string header, int count)
    {
        var extras = count - 3;
        var kindWords = header.Contains("经营支出", StringComparison.Ordinal) || header.Contains("上缴上级", StringComparison.Ordinal)
                        || header.Contains("附属单位补助", StringComparison.Ordinal);
        // Six columns are procurement unless the header names the three kinds and no procurement (the template's default).
        var procurement = extras >= 6 || header.Contains("采购", StringComparison.Ordinal) || (extras == 3 && !kindWords) ? 3 : 0;
        var kinds = extras - procurement;
        (string Word, string Key)[] words = [("事业单位经营支出", "operating"), ("对附属单位补助支出", "subsidy"), ("上缴上级支出", "remittance")];
        var order = words.Select(w => (Index: header.IndexOf(w.Word, StringComparison.Ordinal), w.Key)).ToList();
        var keys = order.All(o => o.Index >= 0) ? order.OrderBy(o => o.Index).Select(o => o.Key).ToList() : words.Select(w => w.Key).ToList();
        return [.. keys.Take(Math.Max(0, kinds)), .. Enumerable.Repeat("procurement", procurement)];
    }

    /// <summary>Income-side row names of 收支总表 (ordinal prefixes removed) → fund-source code.</summary>
    public static readonly IReadOnlyDictionary<string, string> SummaryIncome = new Dictionary<string, string>
    {
        ["政府预算拨款"] = "gov", ["财政拨款"] = "gov", ["一般公共预算拨款"] = "gpb", ["政府性基金预算拨款"] = "govfund",
        ["国有资本经营预算拨款"] = "soe", ["财政专户管理资金"] = "special_account", ["单位资金"] = "unit",
        ["事业收入"] = "unit_business", ["事业单位经营收入"] = "unit_operating", ["上级补助收入"] = "unit_superior",
        ["附属单位上缴收入"] = "unit_affiliated", ["其他收入"] = "unit_other", ["本年收入合计"] = "current",
        ["上年结余、结转"] = "carryover", ["上年结转"] = "carryover", ["一般公共预算拨款收入"] = "gpb",
        ["政府性基金预算拨款收入"] = "govfund", ["国有资本经营预算拨款收入"] = "soe", ["财政专户管理资金收入"] = "special_account", ["财政拨款结余、结转"] = "carryover_appropriation",
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
