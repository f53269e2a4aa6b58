using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Performance;

/// <summary>A performance indicator with its target.</summary>
public sealed record PerformanceTargetValue(string Level1, string Level2, string Level3, string Target, SourceRef Source);

/// <summary>A countable fact about the department.</summary>
public sealed record ProfileValue(string Measure, long Quantity, string Unit, SourceRef Source);

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
                (f, s) => new PerformanceTargetValue(f.Level1, f.Level2, f.Level3, f.Target, s)),
            "The performance targets of the year (整体支出绩效目标表), in printed order.");

        var profile = new ObjectType("ProfileMeasure") { Description = "A countable fact about the department: staff, retirees, vehicles, equipment, fixed assets." };
        profile.Field<ProfileValue>("measure", NonNull(Scalars.String), x => x.Measure,
            "Stable code: staff, retired_off, retirees, admin_posts, admin_staff, institution_posts, institution_staff, other_staff, vehicles, general_equipment_50w, special_equipment_100w, equipment_100w, fixed_assets, fixed_assets_value.");
        profile.Field<ProfileValue>("quantity", NonNull(t.Decimal), x => (decimal)x.Quantity, "The count (yuan for fixed_assets_value), exact.");
        profile.Field<ProfileValue>("unit", NonNull(Scalars.String), x => x.Unit, "The unit as published: 人, 辆, 台（套）, 件, 元.");
        profile.Field<ProfileValue>("source", NonNull(t.Source), x => x.Source, "Where it is stated.");
        t.Budget.ResolveAsync("profile", ListOf(profile), ctx => DocumentRows.LoadAsync<DepartmentProfileFact, ProfileValue>(ctx, "profile",
                ctx.ParentAs<BudgetNode>().Key, db => db.Profiles, (f, s) => new ProfileValue(f.Measure, f.Quantity, f.Unit, s)),
            "The department profile the year's documents state (部门基本情况, evaluation report).");
    }
}
