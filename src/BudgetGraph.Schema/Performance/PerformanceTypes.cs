using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Performance;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Performance;

/// <summary>PerformanceTarget.</summary>
public sealed class PerformanceTargetType : ObjectType<PerformanceTargetValue>
{
    protected override void Configure(IObjectTypeDescriptor<PerformanceTargetValue> descriptor)
    {
        descriptor.Name("PerformanceTarget").Description("A performance indicator (绩效指标) and its target value, as published.").BindFieldsExplicitly();
        descriptor.Field<PerformanceTargetValue, NonNullType<StringType>>("level1", x => x.Level1, "一级指标, e.g. 产出.");
        descriptor.Field<PerformanceTargetValue, NonNullType<StringType>>("level2", x => x.Level2, "二级指标, e.g. 数量.");
        descriptor.Field<PerformanceTargetValue, NonNullType<StringType>>("level3", x => x.Level3, "三级指标.");
        descriptor.Field<PerformanceTargetValue, NonNullType<StringType>>("target", x => x.Target, "目标值, as printed (e.g. ≥15G).");
        descriptor.Field<PerformanceTargetValue, NonNullType<SourceType>>("source", x => x.Source, "Where it is printed.");
    }
}

/// <summary>ProfileMeasure.</summary>
public sealed class ProfileMeasureType : ObjectType<ProfileValue>
{
    protected override void Configure(IObjectTypeDescriptor<ProfileValue> descriptor)
    {
        descriptor.Name("ProfileMeasure").Description("A countable fact about the department: staff, retirees, vehicles, equipment, fixed assets.").BindFieldsExplicitly();
        descriptor.Field<ProfileValue, NonNullType<StringType>>("measure", x => x.Measure,
            "Stable code: staff, retired_off, retirees, admin_posts, admin_staff, institution_posts, institution_staff, other_staff, vehicles, general_equipment_50w, special_equipment_100w, equipment_100w, fixed_assets, fixed_assets_value.");
        descriptor.Field<ProfileValue, NonNullType<DecimalScalar>>("quantity", x => (decimal)x.Quantity, "The count (yuan for fixed_assets_value), exact.");
        descriptor.Amount<ProfileValue>("amount", x => x.Unit == ProfileValue.MoneyUnit ? x.Quantity : null, false,
            "For a money measure (fixed_assets_value), the amount in `unit` like every money field; null for counts.");
        descriptor.Field<ProfileValue, NonNullType<StringType>>("unit", x => x.Unit, "The unit as published: 人, 辆, 台（套）, 件, 元.");
        descriptor.Field<ProfileValue, NonNullType<SourceType>>("source", x => x.Source, "Where it is stated.");
    }
}

/// <summary><c>Budget.performanceTargets</c>, <c>Budget.profile</c> and <c>Budget.fixedAssetsValue</c>.</summary>
public sealed class BudgetPerformanceFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("performanceTargets").Type<NonNullType<ListType<NonNullType<PerformanceTargetType>>>>()
            .Description("The performance targets of the year (整体支出绩效目标表), in printed order.")
            .Resolve(async ctx => await ctx.RowsAsync<PerformanceTargetsByDepartmentYearDataLoader, PerformanceTargetValue>());
        descriptor.Field("profile").Type<NonNullType<ListType<NonNullType<ProfileMeasureType>>>>()
            .Description("The department profile the year's documents state (部门基本情况, evaluation report).")
            .Resolve(async ctx => await ctx.RowsAsync<ProfileByDepartmentYearDataLoader, ProfileValue>());
        descriptor.Field("fixedAssetsValue").Type<DecimalScalar>()
            .Description("The book value of the fixed assets (固定资产总额) the year's documents state, in `unit` (万元 by default) like every money field; null when not stated.")
            .UnitArgument()
            .Resolve(async ctx => (await ctx.RowsAsync<ProfileByDepartmentYearDataLoader, ProfileValue>())
                .FirstOrDefault(p => p.Measure == "fixed_assets_value" && p.Unit == ProfileValue.MoneyUnit) is { } v ? Amounts.In(v.Quantity, ctx.Unit()) : (decimal?)null);
    }
}

/// <summary>Performance targets by department-year.</summary>
public sealed class PerformanceTargetsByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<PerformanceTargetFact, PerformanceTargetValue>(factory, scheduler, options, db => db.PerformanceTargets, PerformanceTargetValue.Projection);

/// <summary>Profile measures by department-year.</summary>
public sealed class ProfileByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<DepartmentProfileFact, ProfileValue>(factory, scheduler, options, db => db.Profiles, ProfileValue.Projection);
