using BudgetGraph.Ingest.Synth;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Marts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// The figures mart's functional nodes are exactly the total and 类/款/项 rows of each department-year's chosen
/// functional schedule, after import, re-import, synth and the migration's backfill.
/// </summary>
public class BudgetFiguresTests
{
    /// <summary>A row of the table, or the printed row it must copy.</summary>
    private sealed record Row(int DepartmentId, int Year, string? Code, long Total, long? Basic, long? Project, int Decimals, long? FactId);

    /// <summary>
    /// The rule, stated over the facts independently of the SQL: the 支出总表's rows when it lists any subject, else
    /// the 一般公共预算支出表（按功能分类）'s when it does; the total row of that schedule, else of the other (支出总表 first).
    /// </summary>
    private static async Task<List<Row>> ExpectedAsync(WarehouseDbContext db)
    {
        var facts = await db.FunctionalExpenditures.Where(f => f.Schedule == Schedule.Expenditure || f.Schedule == Schedule.Functional)
            .Select(f => new
            {
                f.Schedule, SubjectId = f.FunctionalSubjectId,
                Row = new Row(f.DepartmentId, f.Year, f.FunctionalSubject!.Code, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals, f.Id),
            })
            .ToListAsync();
        var expected = new List<Row>();
        foreach (var year in facts.GroupBy(f => (f.Row.DepartmentId, f.Row.Year)))
        {
            Schedule[] order = [Schedule.Expenditure, Schedule.Functional];
            var listing = order.Cast<Schedule?>().FirstOrDefault(s => year.Any(f => f.Schedule == s && f.SubjectId is not null));
            var total = year.Where(f => f.SubjectId is null)
                .OrderBy(f => f.Schedule == listing ? 0 : 1).ThenBy(f => Array.IndexOf(order, f.Schedule)).ThenBy(f => f.Row.FactId).FirstOrDefault();
            if (total is not null)
            {
                expected.Add(total.Row with { Code = null });
            }
            expected.AddRange(year.Where(f => f.Schedule == listing && f.SubjectId is not null).Select(f => f.Row));
        }
        return Sorted(expected);
    }

    /// <summary>The mart's functional nodes: the initial budget's total and 类/款/项 rows printed in a functional schedule.</summary>
    private static IQueryable<BudgetFigure> Functional(WarehouseDbContext db) => db.BudgetFigures.Where(f => f.StageId == 1
        && (f.Kind == FigureKind.Total || f.Kind == FigureKind.Class || f.Kind == FigureKind.Section || f.Kind == FigureKind.Item)
        && (f.Schedule == Schedule.Expenditure || f.Schedule == Schedule.Functional));

    private static async Task<List<Row>> ActualAsync(WarehouseDbContext db) => Sorted(await Functional(db)
        .Select(f => new Row(f.DepartmentId, f.Year, f.Code, f.TotalYuan, f.BasicYuan, f.ProjectYuan, f.PublishedDecimals, f.FactId))
        .ToListAsync());

    private static List<Row> Sorted(IEnumerable<Row> rows) => rows.OrderBy(r => r.DepartmentId).ThenBy(r => r.Year).ThenBy(r => r.Code ?? "", StringComparer.Ordinal).ToList();

    private static async Task AssertConsistentAsync(TestWarehouse warehouse)
    {
        await using var db = warehouse.Create();
        var expected = await ExpectedAsync(db);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await ActualAsync(db));
    }

    [Fact]
    public async Task The_five_documents_give_each_department_year_its_chosen_schedules_class_rows()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.All);
        await AssertConsistentAsync(warehouse);
        await using var db = warehouse.Create();
        // Four budgets, each with a total row; the evaluation report prints no functional schedule.
        Assert.Equal(4, await Functional(db).CountAsync(f => f.Code == null));
        // 001 prints 表3 支出总表 with totals only: its 类 rows and total come from the functional table, though 表3 prints a total too.
        var dataCenter2022 = await Functional(db).Where(f => f.Year == 2022 && f.Department!.Code == "szdsj")
            .Select(f => new { f.Code, f.Schedule }).ToListAsync();
        Assert.Contains(dataCenter2022, f => f.Code is not null);
        Assert.All(dataCenter2022, f => Assert.Equal(Schedule.Functional, f.Schedule));
        Assert.True(await db.FunctionalExpenditures.AnyAsync(f => f.Year == 2022 && f.Department!.Code == "szdsj" && f.Schedule == Schedule.Expenditure
            && f.FunctionalSubjectId == null));
        // Elsewhere the 支出总表 lists subjects and is chosen.
        Assert.All(await Functional(db).Where(f => f.Year != 2022).Select(f => f.Schedule).ToListAsync(),
            s => Assert.Equal(Schedule.Expenditure, s));
    }

    [Fact]
    public async Task A_reimport_with_another_class_amount_replaces_the_department_years_rows()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.Pingshan2023, Sources.DataCenter2023);
        var text = File.ReadAllText(Sources.Pingshan2023);
        const string printed = "201 一般公共服务支出 29,173 1,282 27,891 5,304 112 0";
        Assert.Contains(printed, text);
        var path = warehouse.WriteSource("004_amended.txt", text.Replace(printed, "201 一般公共服务支出 29,174 1,283 27,891 5,304 112 0"));
        var result = Assert.Single(await warehouse.ImportAsync(path));
        Assert.True(result.Replaced);
        await AssertConsistentAsync(warehouse);
        await using var db = warehouse.Create();
        var row = await Functional(db).SingleAsync(f => f.Department!.Code == "psqzsj" && f.Code == "201");
        Assert.Equal((291_740_000L, 12_830_000L, 278_910_000L), (row.TotalYuan, row.BasicYuan, row.ProjectYuan));
        // Nothing of the replaced facts is left behind.
        var factIds = await db.FunctionalExpenditures.Select(f => f.Id).ToListAsync();
        Assert.All(await Functional(db).Select(f => f.FactId).ToListAsync(), id => Assert.Contains(id!.Value, factIds));
    }

    [Fact]
    public async Task The_refresh_follows_the_choice_when_a_department_years_schedules_change()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.Pingshan2023, Sources.DataCenter2023);
        await using var db = warehouse.Create();
        var pingshan = await db.Departments.Where(d => d.Code == "psqzsj").Select(d => d.Id).SingleAsync();
        var scope = new[] { new DepartmentYearKey(pingshan, 2023) };
        async Task<List<(string? Code, Schedule Schedule)>> ChosenAsync() => (await Functional(db).Where(f => f.DepartmentId == pingshan)
            .Select(f => new { f.Code, f.Schedule }).ToListAsync()).Select(f => (f.Code, f.Schedule)).ToList();
        var others = await db.BudgetFigures.Where(f => f.DepartmentId != pingshan).Select(f => f.Id).OrderBy(id => id).ToListAsync();
        Assert.All(await ChosenAsync(), f => Assert.Equal(Schedule.Expenditure, f.Schedule));

        // Without the 支出总表's subject rows, the functional table's 类 rows and its own total row.
        await db.FunctionalExpenditures.Where(f => f.DepartmentId == pingshan && f.Schedule == Schedule.Expenditure && f.FunctionalSubjectId != null).ExecuteDeleteAsync();
        await db.RefreshBudgetFiguresAsync(scope);
        var chosen = await ChosenAsync();
        Assert.Contains(chosen, f => f.Code == "201");
        Assert.All(chosen, f => Assert.Equal(Schedule.Functional, f.Schedule));
        await AssertConsistentAsync(warehouse);

        // Without that total row, the 支出总表's total stands in.
        await db.FunctionalExpenditures.Where(f => f.DepartmentId == pingshan && f.Schedule == Schedule.Functional && f.FunctionalSubjectId == null).ExecuteDeleteAsync();
        await db.RefreshBudgetFiguresAsync(scope);
        chosen = await ChosenAsync();
        Assert.Equal(Schedule.Expenditure, chosen.Single(f => f.Code is null).Schedule);
        Assert.All(chosen.Where(f => f.Code is not null), f => Assert.Equal(Schedule.Functional, f.Schedule));
        await AssertConsistentAsync(warehouse);

        // No schedule lists subjects: only the total row.
        await db.FunctionalExpenditures.Where(f => f.DepartmentId == pingshan && f.FunctionalSubjectId != null).ExecuteDeleteAsync();
        await db.RefreshBudgetFiguresAsync(scope);
        Assert.Equal([(null, Schedule.Expenditure)], await ChosenAsync());
        await AssertConsistentAsync(warehouse);
        // The other department-year was outside the scope and kept its rows.
        Assert.Equal(others, await db.BudgetFigures.Where(f => f.DepartmentId != pingshan).Select(f => f.Id).OrderBy(id => id).ToListAsync());
    }

    [Fact]
    public async Task Synth_fills_the_table_for_everything_it_wrote()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.Pingshan2023);
        await using (var db = warehouse.Create())
        {
            await SyntheticWarehouse.GenerateAsync(db, new SynthOptions(Departments: 5, Years: 3, Seed: 4));
        }
        await AssertConsistentAsync(warehouse);
        await using var check = warehouse.Create();
        // 5 × 3 synthetic department-years and the real one, each with its total row.
        Assert.Equal(16, await Functional(check).CountAsync(f => f.Code == null));
    }

    [Fact]
    public async Task The_migration_backfills_the_table_from_facts_already_loaded()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.All);
        await using var db = warehouse.Create();
        var before = await ActualAsync(db);
        Assert.NotEmpty(before);
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var created = migrations.Single(m => m.EndsWith("_BudgetFiguresMart", StringComparison.Ordinal));
        // Back to the migration before the table, then up again: the facts stay, the table is rebuilt from them.
        await migrator.MigrateAsync(migrations[migrations.IndexOf(created) - 1]);
        Assert.Equal(5, await db.Documents.CountAsync());
        await migrator.MigrateAsync();
        Assert.Equal(before, await ActualAsync(db));
        Assert.Equal(await ExpectedAsync(db), await ActualAsync(db));
    }

    [Fact]
    public async Task Category_figures_are_the_department_own_rows_never_a_unit_or_second_level_project_row()
    {
        // chengguan 2024 is a consolidated (汇总) budget: its 项目支出总表 prints each unit's categories under the unit.
        // nongye 2023 prints the national 项目支出表, with 二级项目 rows under each category.
        using var warehouse = new TestWarehouse();
        // With the seeds, whose line items hang under their categories.
        await warehouse.ImportAsync([.. Sources.All, Path.Combine(CorpusTests.CorpusDirectory, "shiliqu-chengguan-2024.txt"),
            Path.Combine(CorpusTests.CorpusDirectory, "yangli-nongye-2023.txt")]);
        await using var db = warehouse.Create();
        var rows = await db.ProjectSpendings.Where(f => f.ProjectCategoryId != null && f.FundSourceId == 1)
            .Select(f => new { f.Id, f.Schedule, f.ProjectCategoryId, Unit = f.UnitId != null, LineItem = f.LineItemId != null }).ToListAsync();
        // Guards: both kinds of part rows are there to be left out.
        Assert.Contains(rows, r => r.Unit);
        Assert.Contains(rows, r => r.LineItem);
        var own = rows.Where(r => !r.Unit && !r.LineItem).ToList();
        var figures = await db.BudgetFigures.Where(f => f.Kind == FigureKind.ProjectCategory).Select(f => f.FactId!.Value).ToListAsync();
        // One figure per category the department prints itself, from that row (the 项目支出总表's first, else the narrative's).
        Assert.Equal(own.GroupBy(r => r.ProjectCategoryId)
            .Select(g => g.OrderBy(r => r.Schedule == Schedule.ProjectExpenditure ? 0 : 1).ThenBy(r => r.Id).First().Id).Order(), figures.Order());
        Assert.DoesNotContain(rows.Where(r => r.Unit || r.LineItem), r => figures.Contains(r.Id));
        // A line item hangs under a category figure of its department-year, or is not a figure (chengguan's narrative
        // names items of categories it prints per unit only).
        var nodes = await db.BudgetFigures.Select(f => new { f.DepartmentId, f.Year, f.StageId, f.Kind, f.Path, f.ParentPath }).ToListAsync();
        var lineItems = nodes.Where(n => n.Kind == FigureKind.LineItem).ToList();
        Assert.NotEmpty(lineItems);
        Assert.All(lineItems, i => Assert.Contains(nodes, c => c.Kind == FigureKind.ProjectCategory && c.DepartmentId == i.DepartmentId && c.Year == i.Year
            && c.StageId == i.StageId && c.Path == i.ParentPath));
        Assert.Equal(12, await db.LineItemAmounts.CountAsync(f => f.Department!.Code == "d8a433f61"));
    }

    [Fact]
    public void The_latest_backfill_is_a_frozen_copy_of_the_current_statement()
    {
        // A change of the rule must come with a migration that rebuilds the mart of warehouses already loaded.
        using var warehouse = new TestWarehouse();
        using var db = warehouse.Create();
        // Every migration that rebuilds the mart is named …BudgetFiguresMart (the first created it).
        var last = db.Database.GetMigrations().Last(m => m.EndsWith("BudgetFiguresMart", StringComparison.Ordinal));
        var sql = string.Join("\n", db.GetService<IMigrationsAssembly>().CreateMigration(
                db.GetService<IMigrationsAssembly>().Migrations[last], db.Database.ProviderName!).UpOperations
            .OfType<Microsoft.EntityFrameworkCore.Migrations.Operations.SqlOperation>().Select(o => o.Sql));
        static string Words(string s) => string.Join(' ', s.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Words(BudgetFigures.RefreshAllSql), Words(sql));
    }

    [Fact]
    public async Task Residual_nodes_reconcile_every_parent_whose_children_do_not_add_up()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.All);
        await using var db = warehouse.Create();
        var figures = await db.BudgetFigures.Select(f => new { f.DepartmentId, f.Year, f.StageId, f.Kind, f.Path, f.ParentPath, f.TotalYuan, f.ChildrenYuan, f.ToleranceYuan, f.Name })
            .ToListAsync();
        foreach (var parent in figures)
        {
            var children = figures.Where(c => c.DepartmentId == parent.DepartmentId && c.Year == parent.Year && c.StageId == parent.StageId && c.ParentPath == parent.Path).ToList();
            if (children.Count > 0)
            {
                Assert.True(parent.TotalYuan == children.Sum(c => c.TotalYuan), $"{parent.Path}: {parent.TotalYuan} ≠ Σ {children.Sum(c => c.TotalYuan)}");
            }
        }
        // 000 项 2010399: categories 91,220 against the published 91,221 — a rounding residual of 1 万元 within 3 万元.
        var residual = figures.Single(f => f.Path == "2010399/R" && f.Year == 2023);
        Assert.Equal((FigureKind.RoundingResidual, 10_000L, 912_200_000L, 30_000L, "四舍五入差额"), (residual.Kind, residual.TotalYuan, residual.ChildrenYuan!.Value, residual.ToleranceYuan!.Value, residual.Name));
    }
}
