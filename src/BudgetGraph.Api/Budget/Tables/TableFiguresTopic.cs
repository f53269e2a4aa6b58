using BudgetGraph.Api.Budget.Budgets;
using BudgetGraph.Api.Budget.Income;
using BudgetGraph.Api.Budget.Provenance;
using BudgetGraph.Api.Budget.Schema;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Api.Budget.Schema.Gql;

namespace BudgetGraph.Api.Budget.Tables;

/// <summary>
/// The table figures of the national template and of consolidated (汇总) budgets, as printed: <c>Budget.incomeBySubject</c>,
/// <c>unitIncome</c>, <c>unitProjectSpending</c>, <c>secondLevelProjects</c>, <c>appropriationIncome</c>,
/// <c>appropriationBySubject</c>, <c>basicExpenditureSplit</c>, <c>procurementItems</c> and <c>performanceTasks</c>. Every
/// money field takes the <c>unit</c> argument; every row has its <c>source</c>.
/// </summary>
internal static class TableFiguresTopic
{
    public static void Configure(BudgetTypes t)
    {
        IncomeRows(t);
        ProjectRows(t);
        Appropriation(t);
        var split = new ObjectType("BasicExpenditureSplit") { Description = "A row of 一般公共预算基本支出表: basic expenditure of the general budget by economic subject, split into 人员经费 and 公用经费." };
        split.Field<BasicSplitLine>("economicCode", Scalars.String, x => x.EconomicCode, "The economic subject's code (类 or 款); null for the 合计 row.");
        split.Field<BasicSplitLine>("economicName", Scalars.String, x => x.EconomicName, "The subject's name; null for the 合计 row.");
        split.Amount<BasicSplitLine>(t, "total", x => x.TotalYuan, true, "合计.");
        split.Amount<BasicSplitLine>(t, "personnel", x => x.PersonnelYuan, true, "人员经费.");
        split.Amount<BasicSplitLine>(t, "public", x => x.PublicYuan, true, "公用经费.");
        split.Field<BasicSplitLine>("source", NonNull(t.Source), x => x.Source, "Where the row is printed.");
        t.Budget.ResolveAsync("basicExpenditureSplit", ListOf(split), ctx => DocumentRows.LoadAsync<BasicExpenditureSplitFact, BasicSplitLine>(ctx,
                "basic-split", ctx.ParentAs<BudgetNode>().Key, TableRows.BasicSplits, TableRows.BasicSplit),
            "一般公共预算基本支出表 (national template) in printed order; empty when the document does not print it.");

        var item = new ObjectType("ProcurementItem") { Description = "A row of 政府采购预算表 as printed." };
        item.Field<ProcurementItemLine>("ordinal", Scalars.Int, x => x.Ordinal, "The printed 序号; null for 合计.");
        item.Field<ProcurementItemLine>("name", NonNull(Scalars.String), x => x.Name, "The 采购项目 as printed, or 合计.");
        item.Field<ProcurementItemLine>("category", Scalars.String, x => x.Category, "The 采购类别 as printed (货物, 工程, 服务); null when not printed.");
        item.Amount<ProcurementItemLine>(t, "amount", x => x.AmountYuan, true, "预算金额.");
        item.Field<ProcurementItemLine>("source", NonNull(t.Source), x => x.Source, "Where the row is printed.");
        t.Budget.ResolveAsync("procurementItems", ListOf(item), ctx => DocumentRows.LoadAsync<ProcurementItemFact, ProcurementItemLine>(ctx,
                "procurement-items", ctx.ParentAs<BudgetNode>().Key, TableRows.ProcurementItems, TableRows.ProcurementItem),
            "政府采购预算表's rows (the 合计 row included) in printed order; empty when the document does not print it.");

        var task = new ObjectType("PerformanceTask") { Description = "A task (任务) of 整体支出绩效目标表 with its funding." };
        task.Field<PerformanceTaskLine>("name", NonNull(Scalars.String), x => x.Name, "The 任务名称 as printed (基本支出, a project category, or 金额合计).");
        task.Amount<PerformanceTaskLine>(t, "total", x => x.TotalYuan, true, "总额.");
        task.Amount<PerformanceTaskLine>(t, "appropriation", x => x.AppropriationYuan, true, "其中：财政拨款.");
        task.Amount<PerformanceTaskLine>(t, "other", x => x.OtherYuan, true, "其中：其他资金.");
        task.Field<PerformanceTaskLine>("source", NonNull(t.Source), x => x.Source, "Where the row is printed.");
        t.Budget.ResolveAsync("performanceTasks", ListOf(task), ctx => DocumentRows.LoadAsync<PerformanceTaskFact, PerformanceTaskLine>(ctx,
                "performance-tasks", ctx.ParentAs<BudgetNode>().Key, TableRows.PerformanceTasks, TableRows.PerformanceTask),
            "The task rows of 整体支出绩效目标表 with their funding, in printed order.");
    }

    /// <summary>The fund-source column, the amount (with <c>unit</c>) and the source of a row of a fund-source table.</summary>
    private static void FundColumn(ObjectType type, BudgetTypes t)
    {
        type.Field<IFundColumn>("fundSource", NonNull(t.FundSource), x => x.FundSource, "The fund-source column.");
        type.Amount<IFundColumn>(t, "amount", x => x.AmountYuan, true, "The amount.");
        type.Field<IFundColumn>("source", NonNull(t.Source), x => x.Source, "Where it is printed.");
    }

    private static void IncomeRows(BudgetTypes t)
    {
        var line = new ObjectType("IncomeRowLine") { Description = "Income from one fund source in one row of 收入总表 printed by row: a functional subject, or a unit of a 汇总 budget." };
        line.Field<IncomeRowLine>("rowCode", NonNull(Scalars.String), x => x.RowCode, "The subject's code, or the unit's department code.");
        line.Field<IncomeRowLine>("rowName", NonNull(Scalars.String), x => x.RowName, "The subject's or the unit's name as published.");
        FundColumn(line, t);
        t.Budget.ResolveAsync("incomeBySubject", ListOf(line), ctx => DocumentRows.LoadAsync<IncomeFact, IncomeRowLine>(ctx, "income-by-subject",
                ctx.ParentAs<BudgetNode>().Key, TableRows.IncomeBySubject, TableRows.SubjectIncome),
            "收入总表's rows by functional subject (national template) × fund source, in printed order; empty when it prints none.");
        t.Budget.ResolveAsync("unitIncome", ListOf(line), ctx => DocumentRows.LoadAsync<IncomeFact, IncomeRowLine>(ctx, "unit-income",
                ctx.ParentAs<BudgetNode>().Key, TableRows.UnitIncome, TableRows.UnitIncomeLine),
            "收入总表's rows of the subordinate units of a consolidated (汇总) budget × fund source; empty for a single unit's budget.");
        var appropriation = new ObjectType("AppropriationIncome") { Description = "The income side of 财政拨款收支总表 (or of a merged 收支总表's 其中：财政拨款 column)." };
        appropriation.Field<IncomeLine>("fundSource", NonNull(t.FundSource), x => x.FundSource, "The fund source (财政拨款 and its budgets, 本年收入合计, 上年结余、结转, 收入总计).");
        appropriation.Amount<IncomeLine>(t, "amount", x => x.AmountYuan, true, "The amount.");
        appropriation.Field<IncomeLine>("source", NonNull(t.Source), x => x.Source, "Where it is printed.");
        t.Budget.ResolveAsync("appropriationIncome", ListOf(appropriation), ctx => DocumentRows.LoadAsync<IncomeFact, IncomeLine>(ctx, "appropriation-income",
                ctx.ParentAs<BudgetNode>().Key, TableRows.AppropriationIncome, IncomeLine.Projection),
            "The income side of 财政拨款收支总表, in printed order.");
    }

    private static void ProjectRows(BudgetTypes t)
    {
        var unit = new ObjectType("UnitProjectSpending") { Description = "Project spending of one fund source in 项目支出总表's rows of a unit of a 汇总 budget." };
        unit.Field<UnitProjectLine>("unitCode", NonNull(Scalars.String), x => x.UnitCode, "The unit's department code.");
        unit.Field<UnitProjectLine>("unitName", NonNull(Scalars.String), x => x.UnitName, "The unit's name as published.");
        unit.Field<UnitProjectLine>("category", Scalars.String, x => x.Category, "The project category printed under the unit; null for the unit's own row.");
        FundColumn(unit, t);
        t.Budget.ResolveAsync("unitProjectSpending", ListOf(unit), ctx => DocumentRows.LoadAsync<ProjectSpendingFact, UnitProjectLine>(ctx, "unit-projects",
                ctx.ParentAs<BudgetNode>().Key, TableRows.UnitProjects, TableRows.UnitProject),
            "项目支出总表's rows of the subordinate units of a consolidated (汇总) budget and the categories under them, in printed order.");

        var second = new ObjectType("SecondLevelProject") { Description = "Project spending of one fund source of a 二级项目 (national 项目支出表), under its 一级项目 (the category)." };
        second.Field<SecondLevelProjectLine>("category", NonNull(Scalars.String), x => x.Category, "The 一级项目 (project category) it is printed under.");
        second.Field<SecondLevelProjectLine>("name", NonNull(Scalars.String), x => x.Name, "The 二级项目's name as printed.");
        second.Field<SecondLevelProjectLine>("functionalCode", Scalars.String, x => x.SubjectCode, "The 功能分类 项 the row prints.");
        FundColumn(second, t);
        t.Budget.ResolveAsync("secondLevelProjects", ListOf(second), ctx => DocumentRows.LoadAsync<ProjectSpendingFact, SecondLevelProjectLine>(ctx, "second-level-projects",
                ctx.ParentAs<BudgetNode>().Key, TableRows.SecondLevelProjects, TableRows.SecondLevelProject),
            "The 二级项目 rows of the national template's 项目支出表 × fund source, in printed order.");
    }

    private static void Appropriation(BudgetTypes t)
    {
        var line = new ObjectType("AppropriationSubject") { Description = "A functional subject on the expenditure side of 财政拨款收支总表 (or of a merged 收支总表's 其中：财政拨款 column)." };
        line.Field<AppropriationLine>("code", NonNull(Scalars.String), x => x.SubjectCode, "The functional subject's code.");
        line.Field<AppropriationLine>("name", NonNull(Scalars.String), x => x.SubjectName, "The subject's name.");
        line.Amount<AppropriationLine>(t, "total", x => x.TotalYuan, true, "The appropriation in all (合计 / 财政拨款).");
        line.Amount<AppropriationLine>(t, "generalBudget", x => x.GeneralBudgetYuan, false, "一般公共预算, where the table prints the budgets apart.");
        line.Amount<AppropriationLine>(t, "governmentFund", x => x.GovernmentFundYuan, false, "政府性基金预算, where printed apart.");
        line.Amount<AppropriationLine>(t, "stateCapital", x => x.StateCapitalYuan, false, "国有资本经营预算, where printed apart.");
        line.Field<AppropriationLine>("source", NonNull(t.Source), x => x.Source, "Where it is printed.");
        t.Budget.ResolveAsync("appropriationBySubject", ListOf(line), ctx => DocumentRows.LoadAsync<FunctionalExpenditureFact, AppropriationLine>(ctx, "appropriation-subjects",
                ctx.ParentAs<BudgetNode>().Key, TableRows.AppropriationSubjects, TableRows.AppropriationSubject),
            "The expenditure side of 财政拨款收支总表 by functional subject, in printed order.");
    }
}
