using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Warehouse;

/// <summary>
/// The star schema. Provider-neutral: no provider-specific column types or SQL; the host picks
/// SQLite or PostgreSQL and the matching migrations assembly (see <c>WarehouseProvider</c>).
/// Every set is an <see cref="IQueryable{T}"/> for set-based queries.
/// </summary>
public class WarehouseDbContext(DbContextOptions<WarehouseDbContext> options) : DbContext(options)
{
    /// <summary>Departments.</summary>
    public DbSet<Department> Departments => Set<Department>();
    /// <summary>Fiscal years.</summary>
    public DbSet<FiscalYear> FiscalYears => Set<FiscalYear>();
    /// <summary>支出功能分类.</summary>
    public DbSet<FunctionalSubject> FunctionalSubjects => Set<FunctionalSubject>();
    /// <summary>支出经济分类.</summary>
    public DbSet<EconomicSubject> EconomicSubjects => Set<EconomicSubject>();
    /// <summary>Project categories per department-year.</summary>
    public DbSet<ProjectCategory> ProjectCategories => Set<ProjectCategory>();
    /// <summary>Line items of project categories.</summary>
    public DbSet<LineItem> LineItems => Set<LineItem>();
    /// <summary>Fund sources (seeded).</summary>
    public DbSet<FundSource> FundSources => Set<FundSource>();
    /// <summary>Stages (seeded).</summary>
    public DbSet<Stage> Stages => Set<Stage>();
    /// <summary>Source documents.</summary>
    public DbSet<Document> Documents => Set<Document>();

    /// <summary>Expenditure by functional subject.</summary>
    public DbSet<FunctionalExpenditureFact> FunctionalExpenditures => Set<FunctionalExpenditureFact>();
    /// <summary>General-budget expenditure by economic subject.</summary>
    public DbSet<EconomicExpenditureFact> EconomicExpenditures => Set<EconomicExpenditureFact>();
    /// <summary>Basic expenditure by economic subject × fund source.</summary>
    public DbSet<BasicExpenditureFact> BasicExpenditures => Set<BasicExpenditureFact>();
    /// <summary>Project spending by category × fund source.</summary>
    public DbSet<ProjectSpendingFact> ProjectSpendings => Set<ProjectSpendingFact>();
    /// <summary>Income by fund source.</summary>
    public DbSet<IncomeFact> Incomes => Set<IncomeFact>();
    /// <summary>Expenditure-side totals of 收支总表.</summary>
    public DbSet<BalanceFact> Balances => Set<BalanceFact>();
    /// <summary>Line items.</summary>
    public DbSet<LineItemFact> LineItemAmounts => Set<LineItemFact>();
    /// <summary>三公 expenses.</summary>
    public DbSet<ThreePublicFact> ThreePublics => Set<ThreePublicFact>();
    /// <summary>Performance targets.</summary>
    public DbSet<PerformanceTargetFact> PerformanceTargets => Set<PerformanceTargetFact>();
    /// <summary>Execution amounts.</summary>
    public DbSet<ExecutionFact> Executions => Set<ExecutionFact>();
    /// <summary>Execution and control rates.</summary>
    public DbSet<ExecutionRateFact> ExecutionRates => Set<ExecutionRateFact>();
    /// <summary>Department profile counts.</summary>
    public DbSet<DepartmentProfileFact> Profiles => Set<DepartmentProfileFact>();
    /// <summary>Prior-year figures stated in later documents.</summary>
    public DbSet<PriorYearStatementFact> PriorYearStatements => Set<PriorYearStatementFact>();
    /// <summary>一般公共预算基本支出表: basic expenditure by economic subject split into 人员经费 and 公用经费.</summary>
    public DbSet<BasicExpenditureSplitFact> BasicExpenditureSplits => Set<BasicExpenditureSplitFact>();
    /// <summary>政府采购预算表's items.</summary>
    public DbSet<ProcurementItemFact> ProcurementItems => Set<ProcurementItemFact>();
    /// <summary>整体支出绩效目标表's tasks with their funding.</summary>
    public DbSet<PerformanceTaskFact> PerformanceTasks => Set<PerformanceTaskFact>();

    /// <summary>The conformed figures mart: the one published figure per department × year × stage × node (see <see cref="Marts.BudgetFigures"/>).</summary>
    public DbSet<Marts.BudgetFigure> BudgetFigures => Set<Marts.BudgetFigure>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WarehouseDbContext).Assembly);
}
