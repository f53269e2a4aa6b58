using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Performance;

/// <summary><c>Budget.performanceTargets</c> (整体支出绩效目标表) and <c>Budget.profile</c> (staff, vehicles, equipment, assets).</summary>
internal static class PerformanceTopic
{
    public static void Configure(BudgetTypes t)
    {
        var target = new ObjectType("PerformanceTarget") { Description = "A performance indicator (绩效指标) and its target value, as published." };
        target.Field<PerformanceTargetValue>("level1", NonNull(Scalars.String), x => x.Level1, "一级指标, e.g. 产出.");
        target.Field<PerformanceTargetValue>("level2", NonNull(Scalars.String), x => x.Level2, "二级指标, e.g. 数量.");
        target.Field<PerformanceTargetValue>("level3", NonNull(Scalars.String), x => x.Level3, "三级指标.");
        target.Field<PerformanceTargetValue>("target", NonNull(Scalars.String), x => x.Target, "目标值, as printed (e.g. ≥15G).");
        target.Field<PerformanceTargetValue>("source", NonNull(t.Source), x => x.Source, "Where it is printed.");
        t.Budget.ResolveAsync("performanceTargets", ListOf(target), ctx => DocumentRows.LoadAsync<PerformanceTargetFact, PerformanceTargetValue>(ctx,
                "performance", ctx.ParentAs<BudgetNode>().Key, db => db.PerformanceTargets,
                PerformanceTargetValue.Projection),
            "The performance targets of the year (整体支出绩效目标表), in printed order.");

        var profile = new ObjectType("ProfileMeasure") { Description = "A countable fact about the department: staff, retirees, vehicles, equipment, fixed assets." };
        profile.Field<ProfileValue>("measure", NonNull(Scalars.String), x => x.Measure,
            "Stable code: staff, retired_off, retirees, admin_posts, admin_staff, institution_posts, institution_staff, other_staff, vehicles, general_equipment_50w, special_equipment_100w, equipment_100w, fixed_assets, fixed_assets_value.");
        profile.Field<ProfileValue>("quantity", NonNull(t.Decimal), x => (decimal)x.Quantity, "The count (yuan for fixed_assets_value), exact.");
        profile.Amount<ProfileValue>(t, "amount", x => x.Unit == MoneyUnit ? x.Quantity : null, false,
            "For a money measure (fixed_assets_value), the amount in `unit` like every money field; null for counts.");
        profile.Field<ProfileValue>("unit", NonNull(Scalars.String), x => x.Unit, "The unit as published: 人, 辆, 台（套）, 件, 元.");
        profile.Field<ProfileValue>("source", NonNull(t.Source), x => x.Source, "Where it is stated.");
        t.Budget.ResolveAsync("profile", ListOf(profile), ctx => ProfileAsync(ctx, ctx.ParentAs<BudgetNode>().Key),
            "The department profile the year's documents state (部门基本情况, evaluation report).");
        t.Budget.ResolveAsync("fixedAssetsValue", t.Decimal, async ctx =>
                (await ProfileAsync(ctx, ctx.ParentAs<BudgetNode>().Key)).FirstOrDefault(p => p.Measure == "fixed_assets_value" && p.Unit == MoneyUnit) is { } v
                    ? Amounts.In(v.Quantity, Amounts.Unit(ctx)) : (decimal?)null,
                "The book value of the fixed assets (固定资产总额) the year's documents state, in `unit` (万元 by default) like every money field; null when not stated.")
            .Arg("unit", t.AmountUnit, AmountUnit.WanYuan, "The unit of the returned amount (万元 by default, as published).");
    }

    /// <summary>The unit the documents print money measures of the profile in.</summary>
    private const string MoneyUnit = "元";

    private static async Task<IReadOnlyList<ProfileValue>> ProfileAsync(GraphQL.Execution.ResolveContext ctx, DepartmentYear key) =>
        await DocumentRows.LoadAsync<DepartmentProfileFact, ProfileValue>(ctx, "profile", key, db => db.Profiles,
            ProfileValue.Projection);
}
