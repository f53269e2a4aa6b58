using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Income;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.Tables;

/// <summary>A row's amount in one fund-source column, with its source.</summary>
public interface IFundColumn
{
    /// <summary>The fund-source column.</summary>
    FundSourceValue FundSource { get; }
    /// <summary>The amount, yuan.</summary>
    long AmountYuan { get; }
    /// <summary>Where it is printed.</summary>
    SourceRef Source { get; }
}

/// <summary>Income of one fund source in one row of a table printed by row (subject, or unit of a 汇总 budget).</summary>
public sealed record IncomeRowLine(string RowCode, string RowName, FundSourceValue FundSource, long AmountYuan, SourceRef Source) : IFundColumn;

/// <summary>Project spending of one fund source in a unit's row (or a category under it) of a 汇总 budget.</summary>
public sealed record UnitProjectLine(string UnitCode, string UnitName, string? Category, FundSourceValue FundSource, long AmountYuan, SourceRef Source) : IFundColumn;

/// <summary>Project spending of one fund source of a 二级项目.</summary>
public sealed record SecondLevelProjectLine(string Category, string Name, string? SubjectCode, FundSourceValue FundSource, long AmountYuan, SourceRef Source) : IFundColumn;

/// <summary>One subject row of 财政拨款收支总表's expenditure side.</summary>
public sealed record AppropriationLine(string SubjectCode, string SubjectName, long TotalYuan, long? GeneralBudgetYuan, long? GovernmentFundYuan,
    long? StateCapitalYuan, SourceRef Source);

/// <summary>One row of 一般公共预算基本支出表.</summary>
public sealed record BasicSplitLine(string? EconomicCode, string? EconomicName, long TotalYuan, long PersonnelYuan, long PublicYuan, SourceRef Source);

/// <summary>One row of 政府采购预算表.</summary>
public sealed record ProcurementItemLine(int? Ordinal, string Name, string? Category, long AmountYuan, SourceRef Source);

/// <summary>One task row of 整体支出绩效目标表.</summary>
public sealed record PerformanceTaskLine(string Name, long TotalYuan, long AppropriationYuan, long OtherYuan, SourceRef Source);

/// <summary>
/// What each table-figure field reads: the rows of a fact table (a set) and their projection, the same on both engines.
/// Every set is read by department-year of the stating document (<c>DocumentRowReader</c>), in fact-id (printed) order.
/// </summary>
public static class TableRows
{
    /// <summary>收入总表's rows by functional subject (national template).</summary>
    public static IQueryable<IncomeFact> IncomeBySubject(WarehouseDbContext db) => db.Incomes.Where(f => f.FunctionalSubjectId != null);

    /// <summary>The projection of <see cref="IncomeBySubject"/>.</summary>
    public static readonly Expression<Func<IncomeFact, SourceRef, IncomeRowLine>> SubjectIncome = (f, s) =>
        new IncomeRowLine(f.FunctionalSubject!.Code, f.FunctionalSubject.Name,
            new FundSourceValue(f.FundSource!.Code, f.FundSource.Name, f.FundSource.Parent!.Code), f.AmountYuan, s);

    /// <summary>收入总表's rows of the subordinate units of a 汇总 budget.</summary>
    public static IQueryable<IncomeFact> UnitIncome(WarehouseDbContext db) => db.Incomes.Where(f => f.UnitId != null);

    /// <summary>The projection of <see cref="UnitIncome"/>.</summary>
    public static readonly Expression<Func<IncomeFact, SourceRef, IncomeRowLine>> UnitIncomeLine = (f, s) =>
        new IncomeRowLine(f.Unit!.Code, f.Unit.Name, new FundSourceValue(f.FundSource!.Code, f.FundSource.Name, f.FundSource.Parent!.Code), f.AmountYuan, s);

    /// <summary>The income side of 财政拨款收支总表 (projected by <see cref="IncomeLine.Projection"/>).</summary>
    public static IQueryable<IncomeFact> AppropriationIncome(WarehouseDbContext db) => db.Incomes.Where(f => f.Schedule == Schedule.Appropriation);

    /// <summary>项目支出总表's rows of the units of a 汇总 budget and the categories under them.</summary>
    public static IQueryable<ProjectSpendingFact> UnitProjects(WarehouseDbContext db) => db.ProjectSpendings.Where(f => f.UnitId != null && f.LineItemId == null);

    /// <summary>The projection of <see cref="UnitProjects"/>.</summary>
    public static readonly Expression<Func<ProjectSpendingFact, SourceRef, UnitProjectLine>> UnitProject = (f, s) =>
        new UnitProjectLine(f.Unit!.Code, f.Unit.Name, f.ProjectCategory!.Name,
            new FundSourceValue(f.FundSource!.Code, f.FundSource.Name, f.FundSource.Parent!.Code), f.AmountYuan, s);

    /// <summary>The 二级项目 rows of the national 项目支出表.</summary>
    public static IQueryable<ProjectSpendingFact> SecondLevelProjects(WarehouseDbContext db) => db.ProjectSpendings.Where(f => f.LineItemId != null);

    /// <summary>The projection of <see cref="SecondLevelProjects"/>.</summary>
    public static readonly Expression<Func<ProjectSpendingFact, SourceRef, SecondLevelProjectLine>> SecondLevelProject = (f, s) =>
        new SecondLevelProjectLine(f.ProjectCategory!.Name, f.LineItem!.Name, f.LineItem.FunctionalSubject!.Code,
            new FundSourceValue(f.FundSource!.Code, f.FundSource.Name, f.FundSource.Parent!.Code), f.AmountYuan, s);

    /// <summary>The expenditure side of 财政拨款收支总表 by functional subject.</summary>
    public static IQueryable<FunctionalExpenditureFact> AppropriationSubjects(WarehouseDbContext db) =>
        db.FunctionalExpenditures.Where(f => f.Schedule == Schedule.Appropriation && f.FunctionalSubjectId != null);

    /// <summary>The projection of <see cref="AppropriationSubjects"/>.</summary>
    public static readonly Expression<Func<FunctionalExpenditureFact, SourceRef, AppropriationLine>> AppropriationSubject = (f, s) =>
        new AppropriationLine(f.FunctionalSubject!.Code, f.FunctionalSubject.Name, f.TotalYuan, f.GeneralBudgetYuan, f.GovernmentFundYuan, f.StateCapitalYuan, s);

    /// <summary>一般公共预算基本支出表.</summary>
    public static IQueryable<BasicExpenditureSplitFact> BasicSplits(WarehouseDbContext db) => db.BasicExpenditureSplits;

    /// <summary>The projection of <see cref="BasicSplits"/>.</summary>
    public static readonly Expression<Func<BasicExpenditureSplitFact, SourceRef, BasicSplitLine>> BasicSplit = (f, s) =>
        new BasicSplitLine(f.EconomicSubject!.Code, f.EconomicSubject.Name, f.TotalYuan, f.PersonnelYuan, f.PublicYuan, s);

    /// <summary>政府采购预算表.</summary>
    public static IQueryable<ProcurementItemFact> ProcurementItems(WarehouseDbContext db) => db.ProcurementItems;

    /// <summary>The projection of <see cref="ProcurementItems"/>.</summary>
    public static readonly Expression<Func<ProcurementItemFact, SourceRef, ProcurementItemLine>> ProcurementItem = (f, s) =>
        new ProcurementItemLine(f.Ordinal, f.Name, f.Category, f.AmountYuan, s);

    /// <summary>The task rows of 整体支出绩效目标表.</summary>
    public static IQueryable<PerformanceTaskFact> PerformanceTasks(WarehouseDbContext db) => db.PerformanceTasks;

    /// <summary>The projection of <see cref="PerformanceTasks"/>.</summary>
    public static readonly Expression<Func<PerformanceTaskFact, SourceRef, PerformanceTaskLine>> PerformanceTask = (f, s) =>
        new PerformanceTaskLine(f.Name, f.TotalYuan, f.AppropriationYuan, f.OtherYuan, s);
}
