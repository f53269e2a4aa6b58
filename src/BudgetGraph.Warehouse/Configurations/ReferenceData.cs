using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Warehouse.Configurations;

/// <summary>
/// Fixed dimension rows seeded by the model (and so by every migration): stages and fund sources.
/// Ids are part of the schema contract: never renumber, only append.
/// </summary>
public static class ReferenceData
{
    /// <summary>Stage ids.</summary>
    public const int InitialStage = 1, AdjustedStage = 2, ActualStage = 3;

    /// <summary>The stages.</summary>
    public static IReadOnlyList<Stage> Stages { get; } =
    [
        new() { Id = InitialStage, Code = "INITIAL", Name = "年初预算" },
        new() { Id = AdjustedStage, Code = "ADJUSTED", Name = "调整预算" },
        new() { Id = ActualStage, Code = "ACTUAL", Name = "实际支出" },
    ];

    /// <summary>The fund-source tree: 收入总计 = 本年收入 + 上年结余、结转; 本年收入 = 政府预算拨款 + 财政专户 + 单位资金.</summary>
    public static IReadOnlyList<FundSource> FundSources { get; } =
    [
        Fund(1, "total", "收入总计", null),
        Fund(2, "current", "本年收入", 1),
        Fund(3, "gov", "政府预算拨款", 2),
        Fund(4, "gpb", "一般公共预算拨款", 3),
        Fund(5, "gpb_basic", "基本支出拨款", 4),
        Fund(6, "gpb_duty", "履职类项目拨款", 4),
        Fund(7, "gpb_special", "财政专项资金拨款", 4),
        Fund(8, "gpb_investment", "政府投资项目拨款", 4),
        Fund(9, "govfund", "政府性基金预算拨款", 3),
        Fund(10, "soe", "国有资本经营预算拨款", 3),
        Fund(11, "special_account", "财政专户管理资金", 2),
        Fund(12, "unit", "单位资金", 2),
        Fund(13, "unit_business", "事业收入", 12),
        Fund(14, "unit_operating", "事业单位经营收入", 12),
        Fund(15, "unit_superior", "上级补助收入", 12),
        Fund(16, "unit_affiliated", "附属单位上缴收入", 12),
        Fund(17, "unit_other", "其他收入", 12),
        Fund(18, "carryover", "上年结余、结转", 1),
        Fund(19, "carryover_appropriation", "财政拨款结余、结转", 18),
        Fund(20, "carryover_other", "非财政拨款结余、结转", 18),
    ];

    /// <summary>Id of the fund source with the given code; throws for an unknown code (a programming error).</summary>
    public static int FundId(string code) =>
        FundSources.FirstOrDefault(f => f.Code == code)?.Id
        ?? throw new ArgumentException($"Unknown fund source code '{code}'.", nameof(code));

    private static FundSource Fund(int id, string code, string name, int? parent) =>
        new() { Id = id, Code = code, Name = name, ParentId = parent };
}
