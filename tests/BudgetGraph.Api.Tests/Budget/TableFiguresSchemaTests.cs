using System.Text.Json;
using BudgetGraph.Ingest.Conform;
using BudgetGraph.Ingest.Load;
using BudgetGraph.Warehouse;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>The shared corpus's budgets (../shared/corpus/*.txt) imported into a warehouse of their own; fails when the corpus is missing.</summary>
public sealed class CorpusWarehouseFixture : WarehouseFixture
{
    /// <summary>The corpus beside the repository.</summary>
    public static string CorpusDirectory
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
            if (!Directory.Exists(dir)) dir = "/work/shared/corpus";
            if (!Directory.Exists(dir)) throw new DirectoryNotFoundException("the corpus (../shared/corpus) is missing");
            return dir;
        }
    }

    /// <inheritdoc />
    protected override async Task LoadAsync(DbContextOptions<WarehouseDbContext> options)
    {
        var files = Directory.GetFiles(CorpusDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        await new WarehouseImporter(() => new WarehouseDbContext(options)).ImportAsync(files);
    }
}

/// <summary>
/// Issue 13: the table figures of the national template and of consolidated (汇总) budgets, and the department kind and
/// level read from the document, come back through the schema with the printed values, in any unit, with their source.
/// </summary>
public sealed class TableFiguresSchemaTests(CorpusWarehouseFixture warehouse) : IClassFixture<CorpusWarehouseFixture>
{
    private static string Code(string name) => DepartmentRegistry.For(name).Code;

    private static JsonElement Row(JsonElement list, Func<JsonElement, bool> match) => list.EnumerateArray().Single(match);

    private static bool Is(JsonElement e, string property, string value) => e.GetProperty(property).GetString() == value;

    [Fact]
    public async Task National_template_tables_come_back_as_printed()
    {
        var data = await warehouse.DataAsync($$"""
            { department(code: "{{Code("样例市农业农村局")}}") { kind level unitType
                budget(year: 2023) {
                  incomeBySubject { rowCode rowName fundSource { code } amount(unit: YUAN) source { table line page } }
                  secondLevelProjects { category name functionalCode fundSource { code } amount(unit: YUAN) source { line } }
                  appropriationBySubject { code total(unit: YUAN) generalBudget(unit: YUAN) governmentFund(unit: YUAN) stateCapital source { line } }
                  appropriationIncome { fundSource { code } amount(unit: YUAN) source { line } }
                  basicExpenditureSplit { economicCode economicName total(unit: YUAN) personnel(unit: YUAN) public(unit: YUAN) source { line } }
                  procurementItems { ordinal name category amount(unit: YUAN) wan: amount source { table line } }
                  performanceTasks { name total(unit: YUAN) appropriation(unit: YUAN) other source { line } } } } }
            """);
        var department = data.GetProperty("department");
        Assert.Equal(("CITY_BUREAU", "CITY", "ADMINISTRATIVE"), (department.GetProperty("kind").GetString(), department.GetProperty("level").GetString(), department.GetProperty("unitType").GetString()));
        var budget = department.GetProperty("budget");

        var social = Row(budget.GetProperty("incomeBySubject"), r => Is(r, "rowCode", "208") && Is(r.GetProperty("fundSource"), "code", "gpb"));
        Assert.Equal(("社会保障和就业支出", 4_320_713m, 238), (social.GetProperty("rowName").GetString(), social.GetProperty("amount").GetDecimal(), social.GetProperty("source").GetProperty("line").GetInt32()));
        Assert.Equal("表1-2 部门收入总表", social.GetProperty("source").GetProperty("table").GetString());

        var farmland = Row(budget.GetProperty("secondLevelProjects"), r => Is(r, "name", "高标准农田建设") && Is(r.GetProperty("fundSource"), "code", "total"));
        Assert.Equal(("农业产业发展", "2130153", 35_740_000m, 523), (farmland.GetProperty("category").GetString(), farmland.GetProperty("functionalCode").GetString(),
            farmland.GetProperty("amount").GetDecimal(), farmland.GetProperty("source").GetProperty("line").GetInt32()));

        var agriculture = Row(budget.GetProperty("appropriationBySubject"), r => Is(r, "code", "213"));
        Assert.Equal((128_716_970m, 128_716_970m, 0m, 0m), (agriculture.GetProperty("total").GetDecimal(), agriculture.GetProperty("generalBudget").GetDecimal(),
            agriculture.GetProperty("governmentFund").GetDecimal(), agriculture.GetProperty("stateCapital").GetDecimal()));
        var soe = Row(budget.GetProperty("appropriationIncome"), r => Is(r.GetProperty("fundSource"), "code", "soe"));
        Assert.Equal((10_500_000m, 347), (soe.GetProperty("amount").GetDecimal(), soe.GetProperty("source").GetProperty("line").GetInt32()));

        var wages = Row(budget.GetProperty("basicExpenditureSplit"), r => r.GetProperty("economicCode").GetString() == "301");
        Assert.Equal(("工资福利支出", 13_923_607m, 13_923_607m, 0m, 423), (wages.GetProperty("economicName").GetString(), wages.GetProperty("total").GetDecimal(),
            wages.GetProperty("personnel").GetDecimal(), wages.GetProperty("public").GetDecimal(), wages.GetProperty("source").GetProperty("line").GetInt32()));
        var total = Row(budget.GetProperty("basicExpenditureSplit"), r => r.GetProperty("economicCode").ValueKind == JsonValueKind.Null);
        Assert.Equal((17_348_224m, 15_974_580m, 1_373_644m), (total.GetProperty("total").GetDecimal(), total.GetProperty("personnel").GetDecimal(), total.GetProperty("public").GetDecimal()));

        var items = budget.GetProperty("procurementItems").EnumerateArray().ToList();
        Assert.Equal((1, "高标准农田建设", "工程", 27_870_100m, 2787.01m, 550), (items[0].GetProperty("ordinal").GetInt32(), items[0].GetProperty("name").GetString(),
            items[0].GetProperty("category").GetString(), items[0].GetProperty("amount").GetDecimal(), items[0].GetProperty("wan").GetDecimal(), items[0].GetProperty("source").GetProperty("line").GetInt32()));
        Assert.Equal(("合计", 68_411_000m), (items[^1].GetProperty("name").GetString(), items[^1].GetProperty("amount").GetDecimal()));
        Assert.Equal(items.Count - 1, items.Select(i => i.GetProperty("ordinal")).Count(o => o.ValueKind == JsonValueKind.Number));

        var tasks = budget.GetProperty("performanceTasks").EnumerateArray().ToList();
        Assert.Equal(("基本支出", 17_348_224m, 17_348_224m, 0m), (tasks[0].GetProperty("name").GetString(), tasks[0].GetProperty("total").GetDecimal(),
            tasks[0].GetProperty("appropriation").GetDecimal(), tasks[0].GetProperty("other").GetDecimal()));
        Assert.Equal(("金额合计", 145_182_880m), (tasks[^1].GetProperty("name").GetString(), tasks[^1].GetProperty("total").GetDecimal()));
    }

    [Fact]
    public async Task A_consolidated_budget_lists_its_units_rows_and_the_units_are_departments()
    {
        var data = await warehouse.DataAsync($$"""
            { department(code: "{{Code("深圳市示例区城市管理和综合执法局")}}") { kind level
                budget(year: 2024) {
                  unitIncome { rowCode rowName fundSource { code } amount source { line page } }
                  unitProjectSpending { unitCode unitName category fundSource { code } amount source { line } } } }
              unit: department(code: "{{Code("深圳市示例区环境卫生管理中心")}}") { name kind level unitType supervisingDepartment { name } } }
            """);
        var department = data.GetProperty("department");
        Assert.Equal(("DISTRICT_BUREAU", "DISTRICT"), (department.GetProperty("kind").GetString(), department.GetProperty("level").GetString()));
        var own = Row(department.GetProperty("budget").GetProperty("unitIncome"),
            r => Is(r, "rowName", "深圳市示例区城市管理和综合执法局（本级）") && Is(r.GetProperty("fundSource"), "code", "total"));
        Assert.Equal((48_821m, 309), (own.GetProperty("amount").GetDecimal(), own.GetProperty("source").GetProperty("line").GetInt32()));
        var projects = department.GetProperty("budget").GetProperty("unitProjectSpending");
        var sanitation = Row(projects, r => Is(r, "unitName", "深圳市示例区环境卫生管理中心") && r.GetProperty("category").ValueKind == JsonValueKind.Null
                                            && Is(r.GetProperty("fundSource"), "code", "total"));
        Assert.Equal((4_305m, 432), (sanitation.GetProperty("amount").GetDecimal(), sanitation.GetProperty("source").GetProperty("line").GetInt32()));
        var category = Row(projects, r => r.GetProperty("category").GetString() == "环卫专项作业" && Is(r.GetProperty("fundSource"), "code", "total"));
        Assert.Equal(("深圳市示例区环境卫生管理中心", 4_149m), (category.GetProperty("unitName").GetString(), category.GetProperty("amount").GetDecimal()));

        var unit = data.GetProperty("unit");
        Assert.Equal(("PUBLIC_INSTITUTION", "DISTRICT", "PUBLIC_INSTITUTION", "深圳市示例区城市管理和综合执法局"), (unit.GetProperty("kind").GetString(), unit.GetProperty("level").GetString(),
            unit.GetProperty("unitType").GetString(), unit.GetProperty("supervisingDepartment").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_subdistrict_office_is_one_and_its_merged_summary_gives_the_appropriation_column()
    {
        var data = await warehouse.DataAsync($$"""
            { department(code: "{{Code("深圳市样例区示例街道办事处")}}") { kind level region unitType
                budget(year: 2025) { appropriationBySubject { code name total generalBudget source { table line } }
                  narrativeFigures { kind label amount source { table line } } } } }
            """);
        var department = data.GetProperty("department");
        Assert.Equal(("SUBDISTRICT_OFFICE", "SUBDISTRICT", "样例区", "ADMINISTRATIVE"), (department.GetProperty("kind").GetString(), department.GetProperty("level").GetString(),
            department.GetProperty("region").GetString(), department.GetProperty("unitType").GetString()));
        var general = Row(department.GetProperty("budget").GetProperty("appropriationBySubject"), r => Is(r, "code", "201"));
        Assert.Equal((3692.05m, "表1 收支总表", 183), (general.GetProperty("total").GetDecimal(), general.GetProperty("source").GetProperty("table").GetString(),
            general.GetProperty("source").GetProperty("line").GetInt32()));
        Assert.Equal(JsonValueKind.Null, general.GetProperty("generalBudget").ValueKind);
        var keyProjects = department.GetProperty("budget").GetProperty("narrativeFigures").EnumerateArray().Where(f => Is(f, "kind", "KEY_PROJECT")).ToList();
        Assert.Equal(8, keyProjects.Count);
        Assert.Equal(("社区治理", 8597.64m, "第七部分 重点项目预算绩效情况说明", 136), (keyProjects[0].GetProperty("label").GetString(), keyProjects[0].GetProperty("amount").GetDecimal(),
            keyProjects[0].GetProperty("source").GetProperty("table").GetString(), keyProjects[0].GetProperty("source").GetProperty("line").GetInt32()));
    }
}
