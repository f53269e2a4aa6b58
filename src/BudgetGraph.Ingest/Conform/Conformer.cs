using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Staging;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Conform;

/// <summary>
/// The CONFORM step: turns a <see cref="StagedDocument"/> into dimension rows (looked up, or created
/// when new) and fact rows, replacing the facts the same department-year's document stated before.
/// Runs inside the caller's transaction; dimension lookups are set-based (one query per dimension).
/// </summary>
public sealed partial class Conformer(WarehouseDbContext db, StagedDocument doc)
{
    private Department _department = null!;
    private Document _document = null!;
    private Dictionary<string, FunctionalSubject> _functional = [];
    private Dictionary<string, EconomicSubject> _economic = [];
    private readonly Dictionary<string, ProjectCategory> _categories = [];
    private readonly List<Fact> _facts = [];

    [GeneratedRegex(@"^(?<code>[0-9]+)(?<name>.*)$")]
    private static partial Regex CodeAndName();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[0-9]+[.．、]?)")]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"(?<y>[0-9]{4})年")]
    private static partial Regex RowYear();

    /// <summary>Number of facts the document produced.</summary>
    public int FactCount => _facts.Count;

    /// <summary>True when the document replaced an earlier import of the same department-year.</summary>
    public bool Replaced { get; private set; }

    /// <summary>The department's code.</summary>
    public string DepartmentCode => _department.Code;

    /// <summary>The department's id (after <see cref="RunAsync"/> has saved).</summary>
    public int DepartmentId => _department.Id;

    /// <summary>Conforms and adds everything to the context, then saves.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        _department = await DepartmentAsync(ct);
        await YearsAsync(ct);
        _document = await DocumentAsync(ct);

        if (doc.Kind == DocumentKind.Budget)
        {
            await SubjectsAsync(ct);
            await UnitsAsync(ct);
            Summary(Schedule.Summary);
            Summary(Schedule.Appropriation);
            TwoSidedFacts();
            Income();
            Functional(Schedule.Expenditure);
            Functional(Schedule.Functional);
            Functional(Schedule.GovernmentFund);
            Functional(Schedule.StateCapital);
            Economic();
            Basic();
            BasicSplit();
            ProcurementItems();
            PerformanceTasks();
            await ProjectsAsync(ct);
            ThreePublicTable();
            Targets();
            PriorYears();
        }
        else
        {
            Execution();
        }
        Figures();
        Profile();
        db.AddRange(_facts);
        // The importer turns automatic change detection off (WarehouseImporter.LoadAsync): the property changes made to
        // tracked rows (a department's supervisor, a re-imported document's file name, a line item's subject) are found here.
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    // ---------------------------------------------------------------- dimensions

    private async Task<Department> DepartmentAsync(CancellationToken ct)
    {
        var entry = DepartmentRegistry.For(doc.Department);
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == entry.Code, ct);
        Department? supervisor = null;
        var supervisorEntry = entry.SupervisorCode is not null
            ? DepartmentRegistry.Known.Single(e => e.Code == entry.SupervisorCode)
            : doc.SupervisingDepartment is not null && DepartmentRegistry.For(doc.SupervisingDepartment).Code != entry.Code
                ? DepartmentRegistry.For(doc.SupervisingDepartment) : null;
        if (supervisorEntry is not null)
            supervisor = await db.Departments.SingleOrDefaultAsync(d => d.Code == supervisorEntry.Code, ct)
                         ?? db.Departments.Add(NewDepartment(supervisorEntry, null)).Entity;
        if (department is null) return db.Departments.Add(NewDepartment(entry, supervisor)).Entity;
        department.SupervisingDepartment ??= supervisor;
        return department;
    }

    private static Department NewDepartment(DepartmentRegistry.Entry e, Department? supervisor) => new()
    {
        Code = e.Code, Name = e.Name, Kind = e.Kind, Level = e.Level, Region = e.Region, UnitType = e.UnitType,
        SupervisingDepartment = supervisor,
    };

    private async Task YearsAsync(CancellationToken ct)
    {
        var years = new HashSet<int> { doc.Year };
        foreach (var p in doc.PriorYears) years.Add(p.Year);
        if (doc.Tables.TryGetValue(Schedule.ThreePublic, out var three))
            foreach (var r in three.Rows)
                if (RowYear().Match(Names.Normalize(r.Label)) is { Success: true } m) years.Add(int.Parse(m.Groups["y"].Value));
        var existing = await db.FiscalYears.Where(y => years.Contains(y.Year)).Select(y => y.Year).ToListAsync(ct);
        db.FiscalYears.AddRange(years.Except(existing).Order().Select(y => new FiscalYear { Year = y }));
    }

    private async Task<Document> DocumentAsync(CancellationToken ct)
    {
        var existing = _department.Id == 0 ? null : await db.Documents.SingleOrDefaultAsync(
            d => d.DepartmentId == _department.Id && d.Year == doc.Year && d.Kind == doc.Kind, ct);
        if (existing is null)
            return db.Documents.Add(new Document
            {
                FileName = doc.FileName, Title = doc.Title, Department = _department, Year = doc.Year, Kind = doc.Kind,
                Sha256 = doc.Sha256, LineCount = doc.LineCount,
            }).Entity;
        Replaced = true;
        var id = existing.Id;
        // Re-import: the department-year's facts from this document are replaced (set-based deletes).
        await db.FunctionalExpenditures.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.EconomicExpenditures.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.BasicExpenditures.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.ProjectSpendings.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.Incomes.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.Balances.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.LineItemAmounts.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.ThreePublics.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.PerformanceTargets.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.Executions.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.ExecutionRates.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.Profiles.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.PriorYearStatements.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.BasicExpenditureSplits.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.ProcurementItems.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await db.PerformanceTasks.Where(f => f.DocumentId == id).ExecuteDeleteAsync(ct);
        await DeleteFiguresAsync(id, ct);
        existing.FileName = doc.FileName;
        existing.Title = doc.Title;
        existing.Sha256 = doc.Sha256;
        existing.LineCount = doc.LineCount;
        return existing;
    }

    /// <summary>Looks up (one query per code list) or creates every subject the document's tables print.</summary>
    private async Task SubjectsAsync(CancellationToken ct)
    {
        await ResolveNamesAsync(ct);
        var functional = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var schedule in new[] { Schedule.Expenditure, Schedule.Functional, Schedule.GovernmentFund, Schedule.StateCapital })
            if (doc.Tables.TryGetValue(schedule, out var t))
                foreach (var r in t.Rows)
                    if (!IsUnitRow(Names.Normalize(r.Label)) && SubjectOf(t, r, [3, 5, 7]) is { } s) KeepLongest(functional, s.Code, s.Name);
        // The national 收入总表 prints its rows by subject too.
        if (doc.Tables.TryGetValue(Schedule.Income, out var incomeTable))
            foreach (var r in incomeTable.Rows)
                if (CodeAndName().Match(Names.Normalize(r.Label)) is { Success: true } m && m.Groups["code"].Length is 3 or 5 or 7 && m.Groups["name"].Length > 0)
                    KeepLongest(functional, m.Groups["code"].Value, m.Groups["name"].Value);
        var economic = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var schedule in new[] { Schedule.Economic, Schedule.BasicEconomic })
            if (doc.Tables.TryGetValue(schedule, out var e))
                foreach (var r in e.Rows)
                    if (!IsUnitRow(Names.Normalize(r.Label)) && SubjectOf(e, r, [3, 5]) is { } s) KeepLongest(economic, s.Code, s.Name);
        await TwoSidedSubjectsAsync(functional, ct);

        var fCodes = functional.Keys.ToList();
        _functional = await db.FunctionalSubjects.Where(s => fCodes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        // Sorted codes put every 类 before its 款 and 项, so parents exist when children are created.
        foreach (var (code, name) in functional)
        {
            if (_functional.ContainsKey(code)) continue;
            _functional[code] = db.FunctionalSubjects.Add(new FunctionalSubject
            {
                Code = code, Name = name, Level = code.Length switch { 3 => SubjectLevel.Class, 5 => SubjectLevel.Section, _ => SubjectLevel.Item },
                Parent = code.Length > 3 ? _functional.GetValueOrDefault(code[..^2]) : null,
            }).Entity;
        }
        // The standard 类 codes too: 基本支出总表 may name a 类 the economic table does not print.
        var eCodes = economic.Keys.Concat(ColumnMaps.EconomicClasses.Values).Distinct().ToList();
        _economic = await db.EconomicSubjects.Where(s => eCodes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        foreach (var (code, name) in economic)
        {
            if (_economic.ContainsKey(code)) continue;
            _economic[code] = db.EconomicSubjects.Add(new EconomicSubject
            {
                Code = code, Name = name, Level = code.Length == 3 ? SubjectLevel.Class : SubjectLevel.Section,
                Parent = code.Length > 3 ? _economic.GetValueOrDefault(code[..3]) : null,
            }).Entity;
        }
    }

    /// <summary>
    /// Subject tables printed with names only (no codes; levels shown by indentation) get their codes from the
    /// national code list (<see cref="SubjectCatalogue"/>, and the subjects the warehouse already knows): each
    /// row's level is its indentation's rank among the table's indentations; a name not found at that level is
    /// looked for one level deeper, then shallower. A name the lists do not have is refused.
    /// </summary>
    private async Task ResolveNamesAsync(CancellationToken ct)
    {
        Dictionary<string, string>? knownFunctional = null, knownEconomic = null;
        foreach (var (schedule, functional) in new[] { (Schedule.Expenditure, true), (Schedule.Functional, true), (Schedule.GovernmentFund, true),
                     (Schedule.StateCapital, true), (Schedule.Economic, false) })
        {
            if (!doc.Tables.TryGetValue(schedule, out var table)) continue;
            var rows = table.Rows.Select((r, i) => (Row: r, Index: i, Label: Names.Normalize(r.Label)))
                .Where(x => !IsDepartmentRow(x.Label) && !IsUnitRow(x.Label)).ToList();
            if (rows.Count == 0 || rows.All(x => CodeAndName().IsMatch(x.Label))) continue;
            var known = functional
                ? knownFunctional ??= await db.FunctionalSubjects.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, ct)
                : knownEconomic ??= await db.EconomicSubjects.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, ct);
            var indents = rows.Select(x => x.Row.Indent).Distinct().Order().ToList();
            var deepest = functional ? 2 : 1;
            var path = new string?[deepest + 1];
            foreach (var (row, index, label) in rows)
            {
                if (CodeAndName().IsMatch(label)) continue;
                var printed = Math.Min(indents.IndexOf(row.Indent), deepest);
                string? code = null;
                var level = printed;
                foreach (var candidate in new[] { printed, printed + 1, printed - 1, printed - 2 }.Where(l => l >= 0 && l <= deepest))
                {
                    var parent = candidate == 0 ? null : path[candidate - 1];
                    if (candidate > 0 && parent is null) continue;
                    code = SubjectCatalogue.Code(functional, parent, label, known);
                    if (code is null) continue;
                    level = candidate;
                    break;
                }
                if (code is null)
                    throw new ImportRefusedException(doc.FileName, row.Line,
                        $"a subject of the national {(functional ? "functional" : "economic")} classification named '{label}' under {path.Take(printed).LastOrDefault(p => p is not null) ?? "no 类"} for the row of {table.Citation}");
                path[level] = code;
                for (var l = level + 1; l <= deepest; l++) path[l] = null;
                table.Rows[index] = row with { Label = code + label };
            }
        }
    }

    /// <summary>
    /// A subject printed in several tables keeps its longest printing: a name wrapped at a page header can
    /// lose a fragment that looks like a column header ("支出"), never gain one.
    /// </summary>
    private static void KeepLongest(SortedDictionary<string, string> names, string code, string name)
    {
        if (!names.TryGetValue(code, out var known) || known.Length < name.Length) names[code] = name;
    }

    /// <summary>The subject code and name of a row, or null for the department total row; refuses anything else.</summary>
    private (string Code, string Name)? SubjectOf(StagedTable table, StagedRow row, int[] lengths)
    {
        var label = Names.Normalize(row.Label);
        if (IsDepartmentRow(label)) return null;
        var m = CodeAndName().Match(label);
        if (!m.Success || !lengths.Contains(m.Groups["code"].Length) || m.Groups["name"].Length == 0)
            throw new ImportRefusedException(doc.FileName, row.Line,
                $"a subject code of {string.Join(", ", lengths)} digits and its name, or the department's name, at the start of the row in {table.Citation}, found '{row.Label}'");
        return (m.Groups["code"].Value, m.Groups["name"].Value);
    }

    /// <summary>The department's total row: its name, or 合计/总计 in tables that print no unit column.</summary>
    private bool IsDepartmentRow(string normalizedLabel) => normalizedLabel == doc.Department || normalizedLabel is "合计" or "总计";

    private HashSet<string>? _units;

    /// <summary>
    /// A row of one unit of a consolidated (汇总) budget: the 收入总表 prints one row per unit below the department's;
    /// those names head the unit's rows in the other tables. The warehouse stores the department's figures.
    /// </summary>
    private bool IsUnitRow(string normalizedLabel)
    {
        _units ??= doc.Tables.TryGetValue(Schedule.Income, out var income)
            ? [.. income.Rows.Select(r => Names.Normalize(r.Label)).Where(l => !IsDepartmentRow(l) && !CodeAndName().IsMatch(l))]
            : [];
        return _units.Contains(normalizedLabel);
    }

    // ---------------------------------------------------------------- facts

    private T Add<T>(T fact, Schedule schedule, int line, int? year = null, bool derived = false) where T : Fact
    {
        fact.Document = _document;
        fact.Department = _department;
        fact.Year = year ?? doc.Year;
        fact.Schedule = schedule;
        fact.SourceLine = line;
        if (doc.Source?.BoxOf(line) is { } box)
        {
            (fact.SourcePage, fact.SourceX0, fact.SourceY0, fact.SourceX1, fact.SourceY1) = (doc.Source.PageOf(line),
                (int)Math.Floor(box.X0), (int)Math.Floor(box.Y0), (int)Math.Ceiling(box.X1), (int)Math.Ceiling(box.Y1));
        }
        fact.Derived = derived;
        if (fact is AmountFact a && a.StageId == 0) a.StageId = ReferenceData.InitialStage;
        _facts.Add(fact);
        return fact;
    }

    /// <summary>A table's published precision: the most decimals any of its amounts is printed with (004's 三公 table prints 16.5).</summary>
    private int Decimals(StagedTable table) => Decimals(table.Rows.SelectMany(r => r.Amounts));

    private int Decimals(IEnumerable<Amount> amounts) => Math.Max(doc.Decimals, amounts.Select(a => a.Decimals).DefaultIfEmpty(0).Max());

    /// <summary>
    /// The income side (by fund source) and the expenditure side's totals of a two-sided table: 收支总表, or 财政拨款收支总表
    /// (stored under its own schedule). A merged 收支总表's 其中：财政拨款 column is stored as the 财政拨款收支总表's.
    /// </summary>
    private void Summary(Schedule schedule)
    {
        if (!doc.Tables.TryGetValue(schedule, out var table)) return;
        var extraColumns = ExtraColumns(table);
        foreach (var row in table.Rows)
            for (var p = 0; p < row.Pairs.Count; p++)
            {
                var (rawLabel, amount) = row.Pairs[p];
                var label = Ordinal().Replace(Names.Normalize(rawLabel), "");
                var dec = Decimals(table);
                if (ColumnMaps.SummaryIncome.TryGetValue(label, out var fund)
                    || label.EndsWith("收入", StringComparison.Ordinal) && ColumnMaps.SummaryIncome.TryGetValue(label[..^2], out fund))
                    Add(new IncomeFact { SourceTable = table.Citation, FundSourceId = ReferenceData.FundId(fund), AmountYuan = amount.Yuan, PublishedDecimals = dec },
                        schedule, row.Line);
                else if (label switch { "本年支出合计" => BalanceMeasure.ExpenditureCurrentYear, "结转下年" or "年终结转结余" => BalanceMeasure.CarryForward, "支出总计" => BalanceMeasure.ExpenditureTotal, _ => (BalanceMeasure?)null } is { } measure)
                {
                    Add(new BalanceFact { SourceTable = table.Citation, Measure = measure, AmountYuan = amount.Yuan, PublishedDecimals = dec },
                        schedule, row.Line);
                    var extras = p < row.PairExtras.Count ? row.PairExtras[p] : [];
                    for (var i = 0; i < Math.Min(extraColumns.Count, extras.Count); i++)
                        Add(new BalanceFact
                        {
                            SourceTable = table.Citation, Measure = measure, AmountYuan = extras[i].Yuan, PublishedDecimals = dec,
                            FundSourceId = extraColumns[i] == "approp" ? null : ReferenceData.FundId(extraColumns[i]),
                        }, extraColumns[i] == "approp" ? Schedule.Appropriation : schedule, row.Line);
                }
            }
    }

    private readonly Dictionary<string, Department> _unitDepartments = [];

    /// <summary>
    /// The subordinate units of a consolidated (汇总) budget, as departments supervised by this one: looked up by their
    /// code, or created with the kind and level their names state.
    /// </summary>
    private async Task UnitsAsync(CancellationToken ct)
    {
        IsUnitRow("");
        if (_units!.Count == 0) return;
        var entries = _units.Select(u => (Name: u, Entry: DepartmentRegistry.For(u))).ToList();
        var codes = entries.Select(e => e.Entry.Code).ToList();
        var known = await db.Departments.Where(d => codes.Contains(d.Code)).ToDictionaryAsync(d => d.Code, ct);
        foreach (var (name, entry) in entries)
            _unitDepartments[name] = known.GetValueOrDefault(entry.Code) ?? db.Departments.Add(NewDepartment(entry, _department)).Entity;
    }

    /// <summary>
    /// 收入总表: by fund source (the Shenzhen template's 15 columns, or the columns its header names), the department's
    /// row, the row of each unit of a 汇总 budget (<see cref="IncomeFact.UnitId"/>) and the national template's rows by
    /// functional subject (<see cref="IncomeFact.FunctionalSubjectId"/>).
    /// </summary>
    private void Income()
    {
        if (!doc.Tables.TryGetValue(Schedule.Income, out var table)) return;
        var columns = table.Columns == ColumnMaps.Income.Length ? ColumnMaps.Income : ColumnMaps.FromHeader(table.Header, table.Columns)
            ?? throw new ImportRefusedException(doc.FileName, table.TitleLine,
                $"a header naming the {table.Columns} fund-source columns of {table.Citation}, found '{table.Header}'");
        foreach (var row in table.Rows)
        {
            var label = Names.Normalize(row.Label);
            Department? unit = null;
            FunctionalSubject? subject = null;
            if (!IsDepartmentRow(label))
            {
                if (IsUnitRow(label)) unit = _unitDepartments[label];
                else if (CodeAndName().Match(label) is { Success: true } m && _functional.TryGetValue(m.Groups["code"].Value, out var s)) subject = s;
                else throw new ImportRefusedException(doc.FileName, row.Line, $"the department's row in {table.Citation}, found '{row.Label}'");
            }
            for (var i = 0; i < columns.Length; i++)
                Add(new IncomeFact
                {
                    SourceTable = table.Citation, FundSourceId = ReferenceData.FundId(columns[i]), AmountYuan = row.Amounts[i].Yuan, PublishedDecimals = Decimals(table),
                    Unit = unit, FunctionalSubject = subject,
                }, Schedule.Income, row.Line);
        }
    }

    private void Functional(Schedule schedule)
    {
        if (!doc.Tables.TryGetValue(schedule, out var table)) return;
        foreach (var row in table.Rows)
        {
            if (IsUnitRow(Names.Normalize(row.Label))) continue;
            var subject = SubjectOf(table, row, [3, 5, 7]);
            var a = row.Amounts.Select(x => x.Yuan).ToArray();
            var fact = new FunctionalExpenditureFact
            {
                SourceTable = table.Citation, FunctionalSubject = subject is null ? null : _functional[subject.Value.Code],
                TotalYuan = a[0], BasicYuan = a[1], ProjectYuan = a[2], PublishedDecimals = Decimals(table),
            };
            var extras = ColumnMaps.ExpenditureExtras(table.Header, a.Length);
            var procurement = 0;
            for (var i = 0; i < extras.Length && 3 + i < a.Length; i++)
                switch (extras[i])
                {
                    case "operating": fact.OperatingYuan = a[3 + i]; break;
                    case "subsidy": fact.SubsidyToAffiliatesYuan = a[3 + i]; break;
                    case "remittance": fact.RemittanceYuan = a[3 + i]; break;
                    default:
                        if (procurement == 0) fact.ProcurementYuan = a[3 + i];
                        else if (procurement == 1) fact.ProcurementSmeYuan = a[3 + i];
                        else fact.ProcurementMicroYuan = a[3 + i];
                        procurement++;
                        break;
                }
            Add(fact, schedule, row.Line);
        }
    }

    private void Economic()
    {
        if (!doc.Tables.TryGetValue(Schedule.Economic, out var table)) return;
        foreach (var row in table.Rows)
        {
            if (IsUnitRow(Names.Normalize(row.Label))) continue;
            var subject = SubjectOf(table, row, [3, 5]);
            Add(new EconomicExpenditureFact
            {
                SourceTable = table.Citation, EconomicSubject = subject is null ? null : _economic[subject.Value.Code],
                TotalYuan = row.Amounts[0].Yuan, BasicYuan = row.Amounts[1].Yuan, ProjectYuan = row.Amounts[2].Yuan,
                PublishedDecimals = Decimals(table),
            }, Schedule.Economic, row.Line);
        }
    }

    /// <summary>基本支出总表 prints names only: resolve them through the economic table's names, else the standard 类 names (derived).</summary>
    private void Basic()
    {
        if (!doc.Tables.TryGetValue(Schedule.BasicExpenditure, out var table)) return;
        var byName = _economic.Values.GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.OrderBy(s => s.Code, StringComparer.Ordinal).First());
        foreach (var row in table.Rows)
        {
            var label = Names.Normalize(row.Label);
            EconomicSubject? subject = null;
            var derived = false;
            if (!IsDepartmentRow(label))
            {
                if (!byName.TryGetValue(label, out subject))
                {
                    if (!ColumnMaps.EconomicClasses.TryGetValue(label, out var code))
                        throw new ImportRefusedException(doc.FileName, row.Line,
                            $"an economic subject named in 一般公共预算支出表（按经济分类） for the row of {table.Citation}, found '{row.Label}'");
                    subject = _economic.GetValueOrDefault(code) ?? (_economic[code] = db.EconomicSubjects.Add(
                        new EconomicSubject { Code = code, Name = label, Level = SubjectLevel.Class }).Entity);
                    derived = true;
                }
            }
            for (var i = 0; i < ColumnMaps.Basic.Length; i++)
                Add(new BasicExpenditureFact
                {
                    SourceTable = table.Citation, EconomicSubject = subject, FundSourceId = ReferenceData.FundId(ColumnMaps.Basic[i]),
                    AmountYuan = row.Amounts[i].Yuan, PublishedDecimals = Decimals(table),
                }, Schedule.BasicExpenditure, row.Line, derived: derived);
        }
    }
}
