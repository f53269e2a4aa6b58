using BudgetGraph.GraphSchema.Budgets;
using BudgetGraph.GraphSchema.Income;
using BudgetGraph.GraphSchema.Tables;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Facts;
using GreenDonut;
using HotChocolate.Types;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.GraphSchema.Tables;

/// <summary>The fund-source column, the amount (with <c>unit</c>) and the source of a row of a fund-source table.</summary>
internal static class FundColumnFields
{
    public static void FundColumn<T>(this IObjectTypeDescriptor<T> descriptor) where T : IFundColumn
    {
        descriptor.Field<T, NonNullType<FundSourceType>>("fundSource", x => x.FundSource, "The fund-source column.");
        descriptor.Amount<T>("amount", x => x.AmountYuan, true, "The amount.");
        descriptor.Field<T, NonNullType<SourceType>>("source", x => x.Source, "Where it is printed.");
    }
}

/// <summary>IncomeRowLine.</summary>
public sealed class IncomeRowLineType : ObjectType<IncomeRowLine>
{
    protected override void Configure(IObjectTypeDescriptor<IncomeRowLine> descriptor)
    {
        descriptor.Name("IncomeRowLine")
            .Description("Income from one fund source in one row of 收入总表 printed by row: a functional subject, or a unit of a 汇总 budget.").BindFieldsExplicitly();
        descriptor.Field<IncomeRowLine, NonNullType<StringType>>("rowCode", x => x.RowCode, "The subject's code, or the unit's department code.");
        descriptor.Field<IncomeRowLine, NonNullType<StringType>>("rowName", x => x.RowName, "The subject's or the unit's name as published.");
        descriptor.FundColumn();
    }
}

/// <summary>AppropriationIncome.</summary>
public sealed class AppropriationIncomeType : ObjectType<IncomeLine>
{
    protected override void Configure(IObjectTypeDescriptor<IncomeLine> descriptor)
    {
        descriptor.Name("AppropriationIncome").Description("The income side of 财政拨款收支总表 (or of a merged 收支总表's 其中：财政拨款 column).").BindFieldsExplicitly();
        descriptor.Field<IncomeLine, NonNullType<FundSourceType>>("fundSource", x => x.FundSource,
            "The fund source (财政拨款 and its budgets, 本年收入合计, 上年结余、结转, 收入总计).");
        descriptor.Amount<IncomeLine>("amount", x => x.AmountYuan, true, "The amount.");
        descriptor.Field<IncomeLine, NonNullType<SourceType>>("source", x => x.Source, "Where it is printed.");
    }
}

/// <summary>UnitProjectSpending.</summary>
public sealed class UnitProjectSpendingType : ObjectType<UnitProjectLine>
{
    protected override void Configure(IObjectTypeDescriptor<UnitProjectLine> descriptor)
    {
        descriptor.Name("UnitProjectSpending").Description("Project spending of one fund source in 项目支出总表's rows of a unit of a 汇总 budget.").BindFieldsExplicitly();
        descriptor.Field<UnitProjectLine, NonNullType<StringType>>("unitCode", x => x.UnitCode, "The unit's department code.");
        descriptor.Field<UnitProjectLine, NonNullType<StringType>>("unitName", x => x.UnitName, "The unit's name as published.");
        descriptor.Field<UnitProjectLine, StringType>("category", x => x.Category, "The project category printed under the unit; null for the unit's own row.");
        descriptor.FundColumn();
    }
}

/// <summary>SecondLevelProject.</summary>
public sealed class SecondLevelProjectType : ObjectType<SecondLevelProjectLine>
{
    protected override void Configure(IObjectTypeDescriptor<SecondLevelProjectLine> descriptor)
    {
        descriptor.Name("SecondLevelProject")
            .Description("Project spending of one fund source of a 二级项目 (national 项目支出表), under its 一级项目 (the category).").BindFieldsExplicitly();
        descriptor.Field<SecondLevelProjectLine, NonNullType<StringType>>("category", x => x.Category, "The 一级项目 (project category) it is printed under.");
        descriptor.Field<SecondLevelProjectLine, NonNullType<StringType>>("name", x => x.Name, "The 二级项目's name as printed.");
        descriptor.Field<SecondLevelProjectLine, StringType>("functionalCode", x => x.SubjectCode, "The 功能分类 项 the row prints.");
        descriptor.FundColumn();
    }
}

/// <summary>AppropriationSubject.</summary>
public sealed class AppropriationSubjectType : ObjectType<AppropriationLine>
{
    protected override void Configure(IObjectTypeDescriptor<AppropriationLine> descriptor)
    {
        descriptor.Name("AppropriationSubject")
            .Description("A functional subject on the expenditure side of 财政拨款收支总表 (or of a merged 收支总表's 其中：财政拨款 column).").BindFieldsExplicitly();
        descriptor.Field<AppropriationLine, NonNullType<StringType>>("code", x => x.SubjectCode, "The functional subject's code.");
        descriptor.Field<AppropriationLine, NonNullType<StringType>>("name", x => x.SubjectName, "The subject's name.");
        descriptor.Amount<AppropriationLine>("total", x => x.TotalYuan, true, "The appropriation in all (合计 / 财政拨款).");
        descriptor.Amount<AppropriationLine>("generalBudget", x => x.GeneralBudgetYuan, false, "一般公共预算, where the table prints the budgets apart.");
        descriptor.Amount<AppropriationLine>("governmentFund", x => x.GovernmentFundYuan, false, "政府性基金预算, where printed apart.");
        descriptor.Amount<AppropriationLine>("stateCapital", x => x.StateCapitalYuan, false, "国有资本经营预算, where printed apart.");
        descriptor.Field<AppropriationLine, NonNullType<SourceType>>("source", x => x.Source, "Where it is printed.");
    }
}

/// <summary>BasicExpenditureSplit.</summary>
public sealed class BasicExpenditureSplitType : ObjectType<BasicSplitLine>
{
    protected override void Configure(IObjectTypeDescriptor<BasicSplitLine> descriptor)
    {
        descriptor.Name("BasicExpenditureSplit")
            .Description("A row of 一般公共预算基本支出表: basic expenditure of the general budget by economic subject, split into 人员经费 and 公用经费.")
            .BindFieldsExplicitly();
        descriptor.Field<BasicSplitLine, StringType>("economicCode", x => x.EconomicCode, "The economic subject's code (类 or 款); null for the 合计 row.");
        descriptor.Field<BasicSplitLine, StringType>("economicName", x => x.EconomicName, "The subject's name; null for the 合计 row.");
        descriptor.Amount<BasicSplitLine>("total", x => x.TotalYuan, true, "合计.");
        descriptor.Amount<BasicSplitLine>("personnel", x => x.PersonnelYuan, true, "人员经费.");
        descriptor.Amount<BasicSplitLine>("public", x => x.PublicYuan, true, "公用经费.");
        descriptor.Field<BasicSplitLine, NonNullType<SourceType>>("source", x => x.Source, "Where the row is printed.");
    }
}

/// <summary>ProcurementItem.</summary>
public sealed class ProcurementItemType : ObjectType<ProcurementItemLine>
{
    protected override void Configure(IObjectTypeDescriptor<ProcurementItemLine> descriptor)
    {
        descriptor.Name("ProcurementItem").Description("A row of 政府采购预算表 as printed.").BindFieldsExplicitly();
        descriptor.Field<ProcurementItemLine, IntType>("ordinal", x => x.Ordinal, "The printed 序号; null for 合计.");
        descriptor.Field<ProcurementItemLine, NonNullType<StringType>>("name", x => x.Name, "The 采购项目 as printed, or 合计.");
        descriptor.Field<ProcurementItemLine, StringType>("category", x => x.Category, "The 采购类别 as printed (货物, 工程, 服务); null when not printed.");
        descriptor.Amount<ProcurementItemLine>("amount", x => x.AmountYuan, true, "预算金额.");
        descriptor.Field<ProcurementItemLine, NonNullType<SourceType>>("source", x => x.Source, "Where the row is printed.");
    }
}

/// <summary>PerformanceTask.</summary>
public sealed class PerformanceTaskType : ObjectType<PerformanceTaskLine>
{
    protected override void Configure(IObjectTypeDescriptor<PerformanceTaskLine> descriptor)
    {
        descriptor.Name("PerformanceTask").Description("A task (任务) of 整体支出绩效目标表 with its funding.").BindFieldsExplicitly();
        descriptor.Field<PerformanceTaskLine, NonNullType<StringType>>("name", x => x.Name, "The 任务名称 as printed (基本支出, a project category, or 金额合计).");
        descriptor.Amount<PerformanceTaskLine>("total", x => x.TotalYuan, true, "总额.");
        descriptor.Amount<PerformanceTaskLine>("appropriation", x => x.AppropriationYuan, true, "其中：财政拨款.");
        descriptor.Amount<PerformanceTaskLine>("other", x => x.OtherYuan, true, "其中：其他资金.");
        descriptor.Field<PerformanceTaskLine, NonNullType<SourceType>>("source", x => x.Source, "Where the row is printed.");
    }
}

/// <summary>
/// The table figures of the national template and of consolidated (汇总) budgets, as printed (the sets and projections
/// are the shared <see cref="TableRows"/>).
/// </summary>
public sealed class BudgetTableFields : ObjectTypeExtension<BudgetNode>
{
    protected override void Configure(IObjectTypeDescriptor<BudgetNode> descriptor)
    {
        descriptor.Name("Budget").BindFieldsExplicitly();
        descriptor.Field("incomeBySubject").Type<NonNullType<ListType<NonNullType<IncomeRowLineType>>>>()
            .Description("收入总表's rows by functional subject (national template) × fund source, in printed order; empty when it prints none.")
            .Resolve(async ctx => await ctx.RowsAsync<IncomeBySubjectByDepartmentYearDataLoader, IncomeRowLine>());
        descriptor.Field("unitIncome").Type<NonNullType<ListType<NonNullType<IncomeRowLineType>>>>()
            .Description("收入总表's rows of the subordinate units of a consolidated (汇总) budget × fund source; empty for a single unit's budget.")
            .Resolve(async ctx => await ctx.RowsAsync<UnitIncomeByDepartmentYearDataLoader, IncomeRowLine>());
        descriptor.Field("appropriationIncome").Type<NonNullType<ListType<NonNullType<AppropriationIncomeType>>>>()
            .Description("The income side of 财政拨款收支总表, in printed order.")
            .Resolve(async ctx => await ctx.RowsAsync<AppropriationIncomeByDepartmentYearDataLoader, IncomeLine>());
        descriptor.Field("unitProjectSpending").Type<NonNullType<ListType<NonNullType<UnitProjectSpendingType>>>>()
            .Description("项目支出总表's rows of the subordinate units of a consolidated (汇总) budget and the categories under them, in printed order.")
            .Resolve(async ctx => await ctx.RowsAsync<UnitProjectsByDepartmentYearDataLoader, UnitProjectLine>());
        descriptor.Field("secondLevelProjects").Type<NonNullType<ListType<NonNullType<SecondLevelProjectType>>>>()
            .Description("The 二级项目 rows of the national template's 项目支出表 × fund source, in printed order.")
            .Resolve(async ctx => await ctx.RowsAsync<SecondLevelProjectsByDepartmentYearDataLoader, SecondLevelProjectLine>());
        descriptor.Field("appropriationBySubject").Type<NonNullType<ListType<NonNullType<AppropriationSubjectType>>>>()
            .Description("The expenditure side of 财政拨款收支总表 by functional subject, in printed order.")
            .Resolve(async ctx => await ctx.RowsAsync<AppropriationSubjectsByDepartmentYearDataLoader, AppropriationLine>());
        descriptor.Field("basicExpenditureSplit").Type<NonNullType<ListType<NonNullType<BasicExpenditureSplitType>>>>()
            .Description("一般公共预算基本支出表 (national template) in printed order; empty when the document does not print it.")
            .Resolve(async ctx => await ctx.RowsAsync<BasicSplitsByDepartmentYearDataLoader, BasicSplitLine>());
        descriptor.Field("procurementItems").Type<NonNullType<ListType<NonNullType<ProcurementItemType>>>>()
            .Description("政府采购预算表's rows (the 合计 row included) in printed order; empty when the document does not print it.")
            .Resolve(async ctx => await ctx.RowsAsync<ProcurementItemsByDepartmentYearDataLoader, ProcurementItemLine>());
        descriptor.Field("performanceTasks").Type<NonNullType<ListType<NonNullType<PerformanceTaskType>>>>()
            .Description("The task rows of 整体支出绩效目标表 with their funding, in printed order.")
            .Resolve(async ctx => await ctx.RowsAsync<PerformanceTasksByDepartmentYearDataLoader, PerformanceTaskLine>());
    }
}

/// <summary>收入总表's rows by subject, by department-year.</summary>
public sealed class IncomeBySubjectByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<IncomeFact, IncomeRowLine>(factory, scheduler, options, TableRows.IncomeBySubject, TableRows.SubjectIncome);

/// <summary>收入总表's rows by unit, by department-year.</summary>
public sealed class UnitIncomeByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<IncomeFact, IncomeRowLine>(factory, scheduler, options, TableRows.UnitIncome, TableRows.UnitIncomeLine);

/// <summary>财政拨款收支总表's income side, by department-year.</summary>
public sealed class AppropriationIncomeByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<IncomeFact, IncomeLine>(factory, scheduler, options, TableRows.AppropriationIncome, IncomeLine.Projection);

/// <summary>项目支出总表's unit rows, by department-year.</summary>
public sealed class UnitProjectsByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<ProjectSpendingFact, UnitProjectLine>(factory, scheduler, options, TableRows.UnitProjects, TableRows.UnitProject);

/// <summary>二级项目 rows, by department-year.</summary>
public sealed class SecondLevelProjectsByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<ProjectSpendingFact, SecondLevelProjectLine>(factory, scheduler, options, TableRows.SecondLevelProjects, TableRows.SecondLevelProject);

/// <summary>财政拨款收支总表's expenditure side, by department-year.</summary>
public sealed class AppropriationSubjectsByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<FunctionalExpenditureFact, AppropriationLine>(factory, scheduler, options, TableRows.AppropriationSubjects, TableRows.AppropriationSubject);

/// <summary>一般公共预算基本支出表, by department-year.</summary>
public sealed class BasicSplitsByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<BasicExpenditureSplitFact, BasicSplitLine>(factory, scheduler, options, TableRows.BasicSplits, TableRows.BasicSplit);

/// <summary>政府采购预算表, by department-year.</summary>
public sealed class ProcurementItemsByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<ProcurementItemFact, ProcurementItemLine>(factory, scheduler, options, TableRows.ProcurementItems, TableRows.ProcurementItem);

/// <summary>整体支出绩效目标表's tasks, by department-year.</summary>
public sealed class PerformanceTasksByDepartmentYearDataLoader(IDbContextFactory<WarehouseDbContext> factory, IBatchScheduler scheduler, DataLoaderOptions options)
    : DocumentRowsDataLoader<PerformanceTaskFact, PerformanceTaskLine>(factory, scheduler, options, TableRows.PerformanceTasks, TableRows.PerformanceTask);
