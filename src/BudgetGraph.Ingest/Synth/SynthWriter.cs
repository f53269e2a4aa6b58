using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using static BudgetGraph.Ingest.Synth.SyntheticWarehouse;

namespace BudgetGraph.Ingest.Synth;

/// <summary>
/// Writes synthetic departments and their department-years (see <see cref="SyntheticWarehouse"/>).
/// Invariants: every figure is derived from exact yuan amounts whose parts add up exactly; each printed
/// figure is the exact amount rounded to the department's published unit on its own; a department-year's
/// figures depend only on (seed, department, year).
/// </summary>
internal sealed class SynthWriter
{
    private const string Table1 = "表1 收支总表", Table2 = "表2 收入总表", Table3 = "表3 支出总表", Table4 = "表4 基本支出总表",
        Table5 = "表5 项目支出总表", Table7 = "表7 一般公共预算支出表（按功能分类）", Table8 = "表8 一般公共预算支出表（按经济分类）",
        Table9 = "表9 一般公共预算“三公”经费支出表", Table10 = "表10 政府性基金预算支出表", Table11 = "表11 国有资本经营预算支出表",
        Table12 = "表12 部门整体支出绩效目标表", Narrative = "文字部分", Part3 = "第三部分 部门预算支出具体情况";

    private static readonly string[] FactColumns = ["Id", "DocumentId", "DepartmentId", "Year", "Schedule", "SourceTable", "SourceLine", "Derived"];
    private static readonly string[] AmountColumns = [.. FactColumns, "StageId", "PublishedDecimals"];

    /// <summary>The fund-source columns of 基本支出总表, in printed order.</summary>
    private static readonly string[] BasicFunds =
        ["total", "gov", "gpb", "govfund", "soe", "special_account", "unit_business", "unit_operating", "unit_superior", "unit_affiliated", "unit_other", "carryover"];

    /// <summary>The fund-source columns of 项目支出总表, in printed order.</summary>
    private static readonly string[] ProjectFunds =
        ["total", "gpb", "gpb_duty", "gpb_special", "gpb_investment", "govfund", "soe", "special_account", "unit_business", "unit_operating",
         "unit_superior", "unit_affiliated", "unit_other", "carryover"];

    private static readonly string[] SummaryFunds =
        ["gov", "gpb", "govfund", "soe", "special_account", "unit", "unit_business", "unit_operating", "unit_superior", "unit_affiliated", "unit_other",
         "current", "carryover", "total"];

    private static readonly string[] IncomeFunds =
        ["total", "gpb", "gpb_basic", "gpb_duty", "gpb_special", "gpb_investment", "govfund", "soe", "special_account", "unit_business", "unit_operating",
         "unit_superior", "unit_affiliated", "unit_other", "carryover"];

    private readonly DbConnection _connection;
    private readonly DbTransaction _tx;
    private readonly SynthOptions _options;
    private readonly Dictionary<string, int> _functional = [], _economic = [];
    private readonly Dictionary<string, BulkTable> _tables = [];
    private readonly Dictionary<string, long> _nextId = [];
    private int? _cityBureau;

    public SynthWriter(DbConnection connection, DbTransaction tx, SynthOptions options)
    {
        _connection = connection;
        _tx = tx;
        _options = options;
    }

    private static readonly (string Table, string[] Columns)[] Tables =
    [
        ("Departments", ["Id", "Code", "Name", "Kind", "Level", "Region", "UnitType", "SupervisingDepartmentId"]),
        ("Documents", ["Id", "FileName", "Title", "DepartmentId", "Year", "Kind", "Sha256", "LineCount"]),
        ("ProjectCategories", ["Id", "DepartmentId", "Year", "Name", "FunctionalSubjectId", "ItemLink"]),
        ("LineItems", ["Id", "ProjectCategoryId", "Name"]),
        ("FunctionalExpenditureFacts", [.. AmountColumns, "FunctionalSubjectId", "TotalYuan", "BasicYuan", "ProjectYuan", "ProcurementYuan"]),
        ("EconomicExpenditureFacts", [.. AmountColumns, "EconomicSubjectId", "TotalYuan", "BasicYuan", "ProjectYuan"]),
        ("BasicExpenditureFacts", [.. AmountColumns, "EconomicSubjectId", "FundSourceId", "AmountYuan"]),
        ("ProjectSpendingFacts", [.. AmountColumns, "ProjectCategoryId", "FundSourceId", "AmountYuan"]),
        ("IncomeFacts", [.. AmountColumns, "FundSourceId", "AmountYuan"]),
        ("BalanceFacts", [.. AmountColumns, "Measure", "AmountYuan"]),
        ("LineItemFacts", [.. AmountColumns, "LineItemId", "AmountYuan"]),
        ("ThreePublicFacts", [.. AmountColumns, "Item", "FundSourceId", "IsChange", "AmountYuan"]),
        ("PerformanceTargetFacts", [.. FactColumns, "Level1", "Level2", "Level3", "Target"]),
        ("DepartmentProfileFacts", [.. FactColumns, "Measure", "Quantity", "Unit"]),
        ("PriorYearStatementFacts", [.. AmountColumns, "Subject", "Label", "AmountYuan", "LaterAmountYuan", "StatedChangeYuan"]),
    ];

    /// <summary>Reads the next free ids, adds missing fiscal years and subjects, and prepares the table writers.</summary>
    public void Prepare()
    {
        foreach (var (table, columns) in Tables)
        {
            _nextId[table] = Scalar(_connection, _tx, $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"") + 1;
            _tables[table] = new BulkTable(_connection, _tx, table, columns);
        }
        var years = new BulkTable(_connection, _tx, "FiscalYears", "Year");
        for (var y = _options.FirstYear - 1; y <= _options.LastYear; y++)
            if (Scalar(_connection, _tx, $"SELECT COUNT(*) FROM \"FiscalYears\" WHERE \"Year\" = {y}") == 0) years.Add(y);
        years.Flush();
        LoadSubjects("FunctionalSubjects", SynthCatalog.Functional, _functional);
        LoadSubjects("EconomicSubjects", SynthCatalog.Economic, _economic);
    }

    private void LoadSubjects(string table, SynthCatalog.Subject[] catalog, Dictionary<string, int> ids)
    {
        using (var command = _connection.CreateCommand())
        {
            command.Transaction = _tx;
            command.CommandText = $"SELECT \"Code\", \"Id\" FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read()) ids[reader.GetString(0)] = reader.GetInt32(1);
        }
        var next = (int)Scalar(_connection, _tx, $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"") + 1;
        using var writer = new BulkTable(_connection, _tx, table, "Id", "Code", "Name", "Level", "ParentId");
        // Parents come before children in the catalogue, so a child's parent id is always known.
        foreach (var s in catalog.Where(s => !ids.ContainsKey(s.Code)))
        {
            var level = s.Code.Length switch { 3 => SubjectLevel.Class, 5 => SubjectLevel.Section, _ => SubjectLevel.Item };
            int? parent = s.Code.Length == 3 ? null : ids[s.Code[..^2]];
            ids[s.Code] = next;
            writer.Add(next++, s.Code, s.Name, level.ToString(), parent);
        }
        writer.Flush();
    }

    private long NextId(string table) => _nextId[table]++;

    private void Row(string table, params object?[] values) => _tables[table].Add(values);

    /// <summary>Writes the buffered rows when there are many, table by table in foreign-key order.</summary>
    private void FlushWhenFull()
    {
        if (_tables.Values.Sum(t => t.Pending) < 50_000) return;
        foreach (var (table, _) in Tables) _tables[table].Flush();
    }

    /// <summary>Flushes every table; returns the number of rows written.</summary>
    public long Finish()
    {
        foreach (var (table, _) in Tables) _tables[table].Flush();
        var rows = _tables.Values.Sum(t => t.Written);
        foreach (var t in _tables.Values) t.Dispose();
        return rows;
    }

    /// <summary>Moves PostgreSQL's identity sequences past the explicitly written ids.</summary>
    public static void ResetSequences(DbConnection connection)
    {
        foreach (var table in Tables.Select(t => t.Table).Concat(["FunctionalSubjects", "EconomicSubjects"]))
            Execute(connection, null,
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"), 1))");
    }

    // ---- departments ------------------------------------------------------------------------------

    private sealed record Profile(DepartmentKind Kind, string Region, int Decimals, long BaseYuan, string Home);

    private Profile ProfileOf(int n)
    {
        var r = SynthRandom.For(_options.Seed, n, 0);
        var roll = r.Below(10);
        var kind = roll < 3 ? DepartmentKind.CityBureau : roll < 7 ? DepartmentKind.DataCenter : DepartmentKind.DistrictBureau;
        var region = kind == DepartmentKind.DistrictBureau ? r.Pick(SynthCatalog.Districts) : "深圳市";
        // Totals from 5 to 500 million yuan, spread evenly over orders of magnitude.
        var baseYuan = (long)(5_000_000 * Math.Pow(100, (r.Next() >> 11) * (1.0 / (1UL << 53))));
        return new Profile(kind, region, r.Chance(0.5) ? 0 : 2, baseYuan, r.Chance(0.6) ? "20103" : "20137");
    }

    /// <summary>The exact total of a department-year, in yuan (also needed by the next year's prior-year statement).</summary>
    private long ExactTotal(int n, Profile p, int year)
    {
        var r = SynthRandom.For(_options.Seed, n, 100_000 + year);
        var growth = 1 + 0.06 * (year - _options.FirstYear);
        return (long)(p.BaseYuan * growth * (0.85 + 0.3 * ((r.Next() >> 11) * (1.0 / (1UL << 53))))) + r.Between(0, 9_999);
    }

    /// <summary>Writes department <paramref name="n"/> and all its years.</summary>
    public void Department(int n)
    {
        var p = ProfileOf(n);
        var id = (int)NextId("Departments");
        var topic = SynthCatalog.Topics[SynthRandom.For(_options.Seed, n, 1).Below(SynthCatalog.Topics.Length)];
        var name = p.Kind switch
        {
            DepartmentKind.CityBureau => $"深圳市{topic}局（合成{n:D5}）",
            DepartmentKind.DataCenter => $"深圳市{topic}服务中心（合成{n:D5}）",
            _ => $"深圳市{p.Region}{topic}局（合成{n:D5}）",
        };
        var level = p.Kind == DepartmentKind.DistrictBureau ? AdministrativeLevel.District : AdministrativeLevel.City;
        var unitType = p.Kind == DepartmentKind.DataCenter ? UnitType.PublicInstitution : UnitType.Administrative;
        Row("Departments", id, DepartmentCode(n), name, p.Kind.ToString(), level.ToString(), p.Region, unitType.ToString(),
            p.Kind == DepartmentKind.DataCenter ? _cityBureau : null);
        if (p.Kind == DepartmentKind.CityBureau) _cityBureau = id;
        for (var year = _options.FirstYear; year <= _options.LastYear; year++) DepartmentYear(n, id, name, p, year);
        FlushWhenFull();
    }

    // ---- one department-year ----------------------------------------------------------------------

    private sealed class Doc
    {
        public required long Id;
        public required int Department;
        public required int Year;
        public required int Decimals;
        public int Line;
        public long Unit => Decimals == 0 ? 10_000 : 100;
        public int NextLine() => Line += 2;

        /// <summary>Rounds exact yuan to the published unit, half away from zero.</summary>
        public long Print(long exact) => exact >= 0 ? (exact + Unit / 2) / Unit * Unit : -((-exact + Unit / 2) / Unit * Unit);
    }

    private object?[] Amount(Doc doc, string table, int year, Schedule schedule, string sourceTable, int line, params object?[] rest) =>
        [NextId(table), doc.Id, doc.Department, year, schedule.ToString(), sourceTable, line, false, ReferenceData.InitialStage, doc.Decimals, .. rest];

    private void AmountRow(Doc doc, string table, Schedule schedule, string sourceTable, int line, params object?[] rest) =>
        Row(table, Amount(doc, table, doc.Year, schedule, sourceTable, line, rest));

    private void DepartmentYear(int n, int departmentId, string name, Profile p, int year)
    {
        var r = SynthRandom.For(_options.Seed, n, year);
        var code = DepartmentCode(n);
        var doc = new Doc { Id = NextId("Documents"), Department = departmentId, Year = year, Decimals = p.Decimals };
        var total = ExactTotal(n, p, year);
        var basic = total * r.Between(15, 40) / 100;
        var project = total - basic;

        // 功能分类: basic on running, pension, medical and housing 项; project on the home 款's business 项.
        var institution = p.Kind == DepartmentKind.DataCenter;
        var basicItems = new List<string>
        {
            p.Home == "20103" ? (institution ? "2010350" : "2010301") : "2013701", "2080505", "2080506",
            institution ? "2101102" : "2101101", "2210201",
        };
        if (r.Chance(0.5)) basicItems.Add(institution ? "2080502" : "2080501");
        if (r.Chance(0.7)) basicItems.Add("2210203");
        var projectItems = new List<string>();
        var business = p.Home == "20103" ? new[] { "2010302", "2010399" } : ["2013702", "2013799"];
        projectItems.Add(business[r.Below(2)]);
        if (r.Chance(0.4)) projectItems.Add(business.First(b => b != projectItems[0]));
        if (r.Chance(0.3)) projectItems.Add("2050803");
        if (r.Chance(0.1)) projectItems.Add("2100410");

        var items = new SortedDictionary<string, (long Basic, long Project, long Procurement)>(StringComparer.Ordinal);
        var run = basic * r.Between(55, 75) / 100;
        var rest = r.Split(basic - run, basicItems.Count - 1);
        items[basicItems[0]] = (run, 0, run * r.Between(0, 10) / 100);
        for (var i = 1; i < basicItems.Count; i++) items[basicItems[i]] = (rest[i - 1], 0, 0);
        var projectShares = r.Split(project, projectItems.Count);
        for (var i = 0; i < projectItems.Count; i++) items[projectItems[i]] = (0, projectShares[i], projectShares[i] * r.Between(0, 40) / 100);

        // Roll 项 up to 款 and 类 (exactly), then print every row rounded on its own.
        var tree = new SortedDictionary<string, (long Basic, long Project, long Procurement)>(StringComparer.Ordinal);
        foreach (var (item, a) in items)
            foreach (var key in new[] { item[..3], item[..5], item })
            {
                var t = tree.GetValueOrDefault(key);
                tree[key] = (t.Basic + a.Basic, t.Project + a.Project, t.Procurement + a.Procurement);
            }
        var procurementTotal = items.Values.Sum(a => a.Procurement);
        foreach (var (schedule, table) in new[] { (Schedule.Expenditure, Table3), (Schedule.Functional, Table7) })
        {
            object? Procurement(long exact) => schedule == Schedule.Expenditure ? doc.Print(exact) : null;
            AmountRow(doc, "FunctionalExpenditureFacts", schedule, table, doc.NextLine(), null, doc.Print(total), doc.Print(basic), doc.Print(project),
                Procurement(procurementTotal));
            // Ordinal code order puts each 类 before its 款 before its 项, as printed.
            foreach (var (key, a) in tree)
                AmountRow(doc, "FunctionalExpenditureFacts", schedule, table, doc.NextLine(), _functional[key], doc.Print(a.Basic + a.Project),
                    doc.Print(a.Basic), doc.Print(a.Project), Procurement(a.Procurement));
        }
        AmountRow(doc, "FunctionalExpenditureFacts", Schedule.GovernmentFund, Table10, doc.NextLine(), null, 0L, 0L, 0L, null);
        AmountRow(doc, "FunctionalExpenditureFacts", Schedule.StateCapital, Table11, doc.NextLine(), null, 0L, 0L, 0L, null);

        // 经济分类 and 基本支出总表.
        var sections = new SortedDictionary<string, (long Basic, long Project)>(StringComparer.Ordinal);
        var basicSections = SynthCatalog.BasicSections.Take(7)
            .Concat(SynthCatalog.BasicSections.Skip(7).Where(_ => r.Chance(0.4))).ToList();
        var basicShares = r.Split(basic, basicSections.Count);
        for (var i = 0; i < basicSections.Count; i++) sections[basicSections[i]] = (basicShares[i], 0);
        var projectSections = SynthCatalog.ProjectSections.Where(_ => r.Chance(0.4)).DefaultIfEmpty("30227").ToList();
        var sectionShares = r.Split(project, projectSections.Count);
        for (var i = 0; i < projectSections.Count; i++)
        {
            var s = sections.GetValueOrDefault(projectSections[i]);
            sections[projectSections[i]] = (s.Basic, s.Project + sectionShares[i]);
        }
        var economic = new SortedDictionary<string, (long Basic, long Project)>(StringComparer.Ordinal);
        foreach (var (key, a) in sections)
            foreach (var k in new[] { key[..3], key })
            {
                var t = economic.GetValueOrDefault(k);
                economic[k] = (t.Basic + a.Basic, t.Project + a.Project);
            }
        AmountRow(doc, "EconomicExpenditureFacts", Schedule.Economic, Table8, doc.NextLine(), null, doc.Print(total), doc.Print(basic), doc.Print(project));
        foreach (var (key, a) in economic)
            AmountRow(doc, "EconomicExpenditureFacts", Schedule.Economic, Table8, doc.NextLine(), _economic[key], doc.Print(a.Basic + a.Project),
                doc.Print(a.Basic), doc.Print(a.Project));
        void BasicRow(int? subject, long exact)
        {
            var line = doc.NextLine();
            foreach (var fund in BasicFunds)
                AmountRow(doc, "BasicExpenditureFacts", Schedule.BasicExpenditure, Table4, line, subject, ReferenceData.FundId(fund),
                    fund is "total" or "gov" or "gpb" ? doc.Print(exact) : 0L);
        }
        BasicRow(null, basic);
        foreach (var (key, a) in economic.Where(e => e.Value.Basic > 0)) BasicRow(_economic[key], a.Basic);

        // Project categories under their 项 (stated links), with line items.
        var names = SynthCatalog.Categories.OrderBy(_ => r.Next()).ToList();
        var categories = new List<(long Id, string Name, long Exact, bool Investment)>();
        foreach (var item in projectItems)
        {
            var count = item == "2050803" ? 1 : 1 + r.Below(2);
            var shares = r.Split(items[item].Project, count);
            for (var i = 0; i < count; i++)
            {
                var categoryName = item == "2050803" ? "培训支出" : names[categories.Count];
                var id = NextId("ProjectCategories");
                Row("ProjectCategories", id, departmentId, year, categoryName, _functional[item], ItemLinkMethod.Stated.ToString());
                categories.Add((id, categoryName, shares[i], categoryName.Contains("政府投资", StringComparison.Ordinal)));
            }
        }
        var investment = categories.Where(c => c.Investment).Sum(c => c.Exact);
        void ProjectRow(long? category, long exact, bool isInvestment, long duty, long invest)
        {
            var line = doc.NextLine();
            foreach (var fund in ProjectFunds)
            {
                var amount = fund switch
                {
                    "total" or "gpb" => doc.Print(exact),
                    "gpb_duty" => doc.Print(category is null ? duty : isInvestment ? 0 : exact),
                    "gpb_investment" => doc.Print(category is null ? invest : isInvestment ? exact : 0),
                    _ => 0L,
                };
                AmountRow(doc, "ProjectSpendingFacts", Schedule.ProjectExpenditure, Table5, line, category, ReferenceData.FundId(fund), amount);
            }
        }
        ProjectRow(null, project, false, project - investment, investment);
        foreach (var c in categories) ProjectRow(c.Id, c.Exact, c.Investment, 0, 0);
        foreach (var c in categories.Where(_ => r.Chance(0.6)))
        {
            var count = 1 + r.Below(3);
            var itemNames = SynthCatalog.LineItems.OrderBy(_ => r.Next()).Take(count).ToList();
            var shares = r.Split(c.Exact * r.Between(50, 90) / 100, count);
            for (var i = 0; i < count; i++)
            {
                var itemId = NextId("LineItems");
                Row("LineItems", itemId, c.Id, itemNames[i]);
                AmountRow(doc, "LineItemFacts", Schedule.Narrative, Part3, doc.NextLine(), itemId, doc.Print(shares[i]));
            }
        }

        // 收支总表, 收入总表: all funds are the general budget's this year, nothing carried over.
        var printedTotal = doc.Print(total);
        foreach (var fund in SummaryFunds)
            AmountRow(doc, "IncomeFacts", Schedule.Summary, Table1, doc.NextLine(), ReferenceData.FundId(fund),
                fund is "gov" or "gpb" or "current" or "total" ? printedTotal : 0L);
        foreach (var measure in new[] { BalanceMeasure.ExpenditureCurrentYear, BalanceMeasure.CarryForward, BalanceMeasure.ExpenditureTotal })
            AmountRow(doc, "BalanceFacts", Schedule.Summary, Table1, doc.NextLine(), measure.ToString(),
                measure == BalanceMeasure.CarryForward ? 0L : printedTotal);
        foreach (var fund in IncomeFunds)
            AmountRow(doc, "IncomeFacts", Schedule.Income, Table2, doc.NextLine(), ReferenceData.FundId(fund), fund switch
            {
                "total" or "gpb" => printedTotal,
                "gpb_basic" => doc.Print(basic),
                "gpb_duty" => doc.Print(project - investment),
                "gpb_investment" => doc.Print(investment),
                _ => 0L,
            });

        // 三公: the prior year's row (stated with the earlier year), this year's, and the change.
        long[] ThreePublic(SynthRandom g)
        {
            var abroad = g.Chance(0.1) ? g.Between(1, 20) * doc.Unit : 0;
            var reception = g.Between(0, 30) * doc.Unit;
            var purchase = g.Chance(0.1) ? g.Between(10, 40) * doc.Unit : 0;
            var operation = g.Between(0, 60) * doc.Unit;
            return [abroad + reception + purchase + operation, abroad, reception, purchase + operation, purchase, operation];
        }
        var prior = ThreePublic(SynthRandom.For(_options.Seed, n, 200_000 + year));
        var current = ThreePublic(SynthRandom.For(_options.Seed, n, 200_000 + year + 1));
        var threePublicItems = Enum.GetValues<ThreePublicItem>();
        var gpb = ReferenceData.FundId("gpb");
        foreach (var (figures, figureYear, change) in new[] { (prior, year - 1, false), (current, year, false), (current.Zip(prior, (c, b) => c - b).ToArray(), year, true) })
        {
            var line = doc.NextLine();
            for (var i = 0; i < threePublicItems.Length; i++)
                Row("ThreePublicFacts", Amount(doc, "ThreePublicFacts", figureYear, Schedule.ThreePublic, Table9, line,
                    threePublicItems[i].ToString(), gpb, change, figures[i]));
        }

        // 绩效目标, profile counts and the narrative's prior-year totals.
        foreach (var (l1, l2, l3, target) in SynthCatalog.Indicators.Where(_ => r.Chance(0.75)))
            Row("PerformanceTargetFacts", NextId("PerformanceTargetFacts"), doc.Id, departmentId, year, Schedule.Performance.ToString(), Table12,
                doc.NextLine(), false, l1, l2, l3, string.Format(CultureInfo.InvariantCulture, target, 1 + r.Below(9)));
        var staff = r.Between(8, 200);
        var profile = new List<(string Measure, long Quantity, string Unit)>
        {
            (institution ? "institution_posts" : "admin_posts", staff + r.Between(0, 10), "人"),
            (institution ? "institution_staff" : "admin_staff", staff, "人"),
            ("retirees", r.Between(0, staff / 4), "人"),
            ("vehicles", r.Between(0, 8), "辆"),
            ("general_equipment_50w", r.Between(0, 80), "台（套）"),
        };
        foreach (var (measure, quantity, unit) in profile)
            Row("DepartmentProfileFacts", NextId("DepartmentProfileFacts"), doc.Id, departmentId, year, Schedule.Narrative.ToString(), Narrative,
                doc.NextLine(), false, measure, quantity, unit);
        var earlier = doc.Print(ExactTotal(n, p, year - 1));
        foreach (var (subject, label) in new[] { (StatementSubject.TotalIncome, "部门预算收入"), (StatementSubject.TotalExpenditure, "部门预算支出") })
            Row("PriorYearStatementFacts", Amount(doc, "PriorYearStatementFacts", year - 1, Schedule.Narrative, Narrative, doc.NextLine(),
                subject.ToString(), label, earlier, printedTotal, printedTotal - earlier));

        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"synthetic|{_options.Seed}|{code}|{year}")));
        Row("Documents", doc.Id, $"synthetic/{code}-{year}.txt", $"{year}年{name}部门预算（合成数据）", departmentId, year,
            DocumentKind.Budget.ToString(), digest, doc.Line + 1);
    }
}
