using BudgetGraph.Ingest.Check;
using BudgetGraph.Warehouse.Dimensions;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// Each kind of variation the corpus README lists, on a small synthetic budget (<see cref="SyntheticBudget"/>) with
/// that one variation: the document imports, every row of its 支出总表 is stored with its printed total, basic and
/// project, and check finds no discrepancy. The same figures whatever the printing.
/// </summary>
public class SyntheticVariationTests
{
    public static TheoryData<string> Variations() =>
    [
        "baseline", "unit 万元 whole", "unit 元", "zero -", "zero 0", "codes column", "full-width digits",
        "page 第N页", "page —N—", "page header", "blank lines", "numbered 表1-1", "not numbered", "wrapped names",
        "continued 续表", "heading repeated", "markdown tabs", "markdown split codes", "markdown blank zero", "markdown stray spaces",
        "markdown 元 full-width", "街道办事处", "names indented", "extra columns", "names indented, extra columns, wrapped",
        "procurement columns", "merged summary", "header fragments", "header fragments, extra columns", "reordered",
    ];

    private static SyntheticBudget For(string variation) => variation switch
    {
        "baseline" => new(),
        "unit 万元 whole" => new() { Unit = "万元", Zero = "-" },
        "unit 元" => new() { Unit = "元" },
        "zero -" => new() { Zero = "-" },
        "zero 0" => new() { Zero = "0" },
        "codes column" => new() { Codes = "column" },
        "full-width digits" => new() { FullWidth = true },
        "page 第N页" => new() { PageBreak = "第N页" },
        "page —N—" => new() { PageBreak = "—N—" },
        "page header" => new() { PageBreak = "header" },
        "blank lines" => new() { BlankLines = true },
        "numbered 表1-1" => new() { Numbering = "表1-1" },
        "not numbered" => new() { Numbering = "" },
        "wrapped names" => new() { WrappedNames = true },
        "continued 续表" => new() { PageBreak = "第N页", Continued = "续表" },
        "heading repeated" => new() { PageBreak = "—N—", Continued = "title" },
        "markdown tabs" => new() { Markdown = true },
        "markdown split codes" => new() { Markdown = true, Codes = "split" },
        "markdown blank zero" => new() { Markdown = true, Codes = "split", Zero = "" },
        "markdown stray spaces" => new() { Markdown = true, Codes = "split", Zero = "", StraySpaces = true },
        "markdown 元 full-width" => new() { Markdown = true, Codes = "split", Zero = "", Unit = "元", FullWidth = true },
        "街道办事处" => new() { Name = "深圳市样例区合成街道办事处" },
        "names indented" => new() { Codes = "none", Unit = "万元", Zero = "0" },
        "extra columns" => new() { ExtraColumns = true },
        "procurement columns" => new() { ExtraColumns = true, ProcurementColumns = true, Unit = "万元", Zero = "-" },
        "merged summary" => new() { MergedSummary = true },
        "header fragments" => new() { HeaderFragments = true },
        "header fragments, extra columns" => new() { HeaderFragments = true, ExtraColumns = true, PageBreak = "—N—" },
        "reordered" => new() { Reordered = true, Numbering = "表1-1" },
        "names indented, extra columns, wrapped" => new() { Codes = "none", ExtraColumns = true, WrappedNames = true },
        _ => throw new ArgumentOutOfRangeException(nameof(variation)),
    };

    [Theory]
    [MemberData(nameof(Variations))]
    public async Task TheSyntheticBudgetImportsWithEveryFigure(string variation)
    {
        using var warehouse = new TestWarehouse();
        await warehouse.ImportAsync(warehouse.WriteSource("synthetic.txt", For(variation).Write()));
        await using var db = warehouse.Create();
        var expected = SyntheticBudget.Rows().Select(r => (r.Code, r.Total, r.Basic, r.Project)).ToList();
        foreach (var schedule in new[] { Schedule.Expenditure, Schedule.Functional })
        {
            var stored = await db.FunctionalExpenditures.AsNoTracking().Include(f => f.FunctionalSubject)
                .Where(f => f.Schedule == schedule && f.FunctionalSubject != null).ToListAsync();
            Assert.Equal(expected, stored.OrderBy(f => f.SourceLine).Select(f => (f.FunctionalSubject!.Code, f.TotalYuan, f.BasicYuan, f.ProjectYuan)));
        }
        if (For(variation).ProcurementColumns)
        {
            var bought = await db.FunctionalExpenditures.AsNoTracking().Include(f => f.FunctionalSubject)
                .Where(f => f.Schedule == Schedule.Expenditure && f.FunctionalSubject != null).OrderBy(f => f.SourceLine).ToListAsync();
            Assert.Equal(expected.Select(r => (r.Code, (long?)r.Project / 2, (long?)r.Project / 2, (long?)0)),
                bought.Select(f => (f.FunctionalSubject!.Code, f.ProcurementYuan, f.ProcurementSmeYuan, f.ProcurementMicroYuan)));
        }
        if (For(variation).MergedSummary)
        {
            // The 其中：财政拨款 column is the 财政拨款收支总表 the document does not print: each 类 and 款 with its figure.
            var appropriation = await db.FunctionalExpenditures.AsNoTracking().Include(f => f.FunctionalSubject)
                .Where(f => f.Schedule == Schedule.Appropriation && f.FunctionalSubject != null).ToListAsync();
            Assert.Equal(expected.Where(r => r.Code.Length <= 5).Select(r => (r.Code, r.Total)),
                appropriation.OrderBy(f => f.SourceLine).Select(f => (f.FunctionalSubject!.Code, f.TotalYuan)));
        }
        var total = Assert.Single(db.FunctionalExpenditures.Where(f => f.Schedule == Schedule.Expenditure && f.FunctionalSubjectId == null));
        Assert.Equal(SyntheticBudget.Total, total.TotalYuan);
        // The department's kind and level from its name: a 街道办事处 is a subdistrict office, a …中心 a 事业单位, both of a 区.
        var department = Assert.Single(db.Departments);
        Assert.Equal((For(variation).Name, variation == "街道办事处" ? DepartmentKind.SubdistrictOffice : DepartmentKind.PublicInstitution),
            (department.Name, department.Kind));
        var found = (await new Reconciler(db).RunAsync()).SelectMany(r => r.Discrepancies).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found.Select(d => $"{d.Rule} line {d.Line}: {string.Join(", ", d.Items)}")));
    }
}
