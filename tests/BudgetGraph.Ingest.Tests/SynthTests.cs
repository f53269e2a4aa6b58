using BudgetGraph.Ingest.Check;
using BudgetGraph.Ingest.Synth;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary><c>budgetgraph synth</c>'s generator: structure of a department-year, determinism, reconciliation.</summary>
public class SynthTests
{
    private static async Task<SynthResult> SynthAsync(TestWarehouse warehouse, SynthOptions options)
    {
        await using var db = warehouse.Create();
        return await SyntheticWarehouse.GenerateAsync(db, options);
    }

    [Fact]
    public async Task EachDepartmentYearHasTheTablesOfARealBudget()
    {
        using var warehouse = new TestWarehouse();
        var result = await SynthAsync(warehouse, new SynthOptions(Departments: 4, Years: 3, Seed: 7));
        Assert.Equal((4, 12), (result.Departments, result.DepartmentYears));

        await using var db = warehouse.Create();
        Assert.Equal(["syn00001", "syn00002", "syn00003", "syn00004"], await db.Departments.OrderBy(d => d.Code).Select(d => d.Code).ToListAsync());
        Assert.All(await db.Departments.ToListAsync(), d => Assert.EndsWith($"（合成{d.Code[3..]}）", d.Name));
        var documents = await db.Documents.ToListAsync();
        Assert.Equal(12, documents.Count);
        Assert.All(documents, d =>
        {
            Assert.StartsWith("synthetic/", d.FileName);
            Assert.EndsWith("部门预算（合成数据）", d.Title);
            Assert.Equal(DocumentKind.Budget, d.Kind);
            Assert.InRange(d.Year, 2022, 2024);
        });
        Assert.Equal(result.Rows, await CountRowsAsync(db));

        foreach (var doc in documents)
        {
            var functional = await db.FunctionalExpenditures.Where(f => f.DocumentId == doc.Id).Include(f => f.FunctionalSubject).ToListAsync();
            foreach (var schedule in new[] { Schedule.Expenditure, Schedule.Functional })
            {
                var rows = functional.Where(f => f.Schedule == schedule).ToList();
                Assert.Single(rows, r => r.FunctionalSubjectId is null);
                // A full 类 → 款 → 项 tree: every level printed, every 项 under a printed 款.
                Assert.Equal([SubjectLevel.Class, SubjectLevel.Section, SubjectLevel.Item],
                    rows.Where(r => r.FunctionalSubject is not null).Select(r => r.FunctionalSubject!.Level).Distinct().Order());
                Assert.All(rows.Where(r => r.FunctionalSubject?.Level == SubjectLevel.Item),
                    r => Assert.Contains(rows, p => p.FunctionalSubject?.Code == r.FunctionalSubject!.Code[..5]));
            }
            // 基本支出总表 prints every fund-source column of every row; 项目支出总表 likewise per category.
            var basicRows = await db.BasicExpenditures.Where(f => f.DocumentId == doc.Id).GroupBy(f => f.SourceLine).Select(g => g.Count()).ToListAsync();
            Assert.All(basicRows, count => Assert.Equal(12, count));
            var categories = await db.ProjectCategories.Include(c => c.FunctionalSubject)
                .Where(c => c.DepartmentId == doc.DepartmentId && c.Year == doc.Year).ToListAsync();
            Assert.NotEmpty(categories);
            Assert.All(categories, c => Assert.Equal((ItemLinkMethod.Stated, SubjectLevel.Item), (c.ItemLink, c.FunctionalSubject!.Level)));
            Assert.Equal((categories.Count + 1) * 14, await db.ProjectSpendings.CountAsync(f => f.DocumentId == doc.Id));
            Assert.InRange(await db.EconomicExpenditures.CountAsync(f => f.DocumentId == doc.Id), 10, 45);
            Assert.Equal(29, await db.Incomes.CountAsync(f => f.DocumentId == doc.Id));
            Assert.Equal(18, await db.ThreePublics.CountAsync(f => f.DocumentId == doc.Id));
            // Prior-year figures: stated about the year before the document's.
            var statements = await db.PriorYearStatements.Where(f => f.DocumentId == doc.Id).ToListAsync();
            Assert.Equal(2, statements.Count);
            Assert.All(statements, s => Assert.Equal((doc.Year - 1, s.LaterAmountYuan - s.AmountYuan), (s.Year, s.StatedChangeYuan)));
        }
        Assert.True(await db.LineItemAmounts.AnyAsync());
        // Data centers are supervised by a city bureau written before them.
        Assert.All(await db.Departments.Where(d => d.Kind == DepartmentKind.DataCenter && d.SupervisingDepartmentId != null).ToListAsync(),
            d => Assert.True(d.SupervisingDepartmentId < d.Id));
    }

    private static async Task<long> CountRowsAsync(Warehouse.WarehouseDbContext db) =>
        await db.Departments.CountAsync() + await db.Documents.CountAsync() + await db.ProjectCategories.CountAsync() + await db.LineItems.CountAsync()
        + await db.FunctionalExpenditures.CountAsync() + await db.EconomicExpenditures.CountAsync() + await db.BasicExpenditures.CountAsync()
        + await db.ProjectSpendings.CountAsync() + await db.Incomes.CountAsync() + await db.Balances.CountAsync() + await db.LineItemAmounts.CountAsync()
        + await db.ThreePublics.CountAsync() + await db.PerformanceTargets.CountAsync() + await db.Profiles.CountAsync()
        + await db.PriorYearStatements.CountAsync();

    [Fact]
    public async Task TheSameSeedWritesTheSameRowsAndAnotherSeedOthers()
    {
        using var a = new TestWarehouse();
        using var b = new TestWarehouse();
        using var c = new TestWarehouse();
        await SynthAsync(a, new SynthOptions(3, 2, Seed: 42));
        await SynthAsync(b, new SynthOptions(3, 2, Seed: 42));
        await SynthAsync(c, new SynthOptions(3, 2, Seed: 43));
        Assert.Equal(a.Checksum(), b.Checksum());
        Assert.NotEqual(a.Checksum(), c.Checksum());
    }

    [Fact]
    public async Task CheckFindsOnlyThePlantedRoundingResiduals()
    {
        using var warehouse = new TestWarehouse();
        await SynthAsync(warehouse, new SynthOptions(Departments: 6, Years: 3, Seed: 3));
        await using var db = warehouse.Create();
        var reports = await new Reconciler(db).RunAsync();
        Assert.Equal(18, reports.Count);
        Assert.All(reports, r => Assert.Empty(r.Discrepancies));
        // Independent rounding of each printed figure leaves residuals in most department-years (by chance not in all).
        Assert.InRange(reports.Count(r => r.RoundingResiduals.Count > 0), reports.Count / 2, reports.Count);
        Assert.Contains(reports.SelectMany(r => r.RoundingResiduals), e => e.Rule == "类 = Σ款 = Σ项");
    }

    [Fact]
    public async Task SynthesizingOnTopOfTheRealDocumentsKeepsThemAndRefusesASecondRun()
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(Sources.Pingshan2023);
        await SynthAsync(warehouse, new SynthOptions(2, 1));
        await using (var db = warehouse.Create())
        {
            Assert.Equal(["psqzsj", "syn00001", "syn00002"], await db.Departments.OrderBy(d => d.Code).Select(d => d.Code).ToListAsync());
            // The real document's subjects are reused, not duplicated.
            Assert.Equal(await db.FunctionalSubjects.Select(s => s.Code).Distinct().CountAsync(), await db.FunctionalSubjects.CountAsync());
        }
        var before = warehouse.Checksum();
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => SynthAsync(warehouse, new SynthOptions(2, 1)));
        Assert.Equal("The warehouse already holds synthetic departments (syn00001…); synthesize into a new database.", e.Message);
        Assert.Equal(before, warehouse.Checksum());
    }
}
