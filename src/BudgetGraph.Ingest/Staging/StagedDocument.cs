using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Ingest.Staging;

/// <summary>How the text of a document is laid out (decided by <see cref="DocumentStager"/>).</summary>
public enum Layout
{
    /// <summary>Whitespace-separated columns, page headers repeated, long names wrapped (000, 004).</summary>
    WhitespaceColumns,
    /// <summary>Markdown headings with tab-separated table rows (001, 003).</summary>
    MarkdownTables,
    /// <summary>Prose only, figures inside sentences (002).</summary>
    Prose,
}

/// <summary>
/// One printed table row, copied faithfully: the label text (wrapped lines joined) and the amounts
/// in printed order. <see cref="Line"/> is the line the amounts were printed on.
/// </summary>
public sealed record StagedRow(int Line, string Label, IReadOnlyList<Amount> Amounts)
{
    /// <summary>True when the row was cut out of a table printed as one flattened line (003's 项目支出总表).</summary>
    public bool Flattened { get; init; }
    /// <summary>Leading whitespace of the row's first line: names printed without codes are indented by level.</summary>
    public int Indent { get; init; }
    /// <summary>For two-sided tables (收支总表): the (label, amount) pairs of the line, left to right.</summary>
    public IReadOnlyList<(string Label, Amount Amount)> Pairs { get; init; } = [];
    /// <summary>
    /// For two-sided tables: per pair (same index), the amounts printed after its first one, left to right — a merged
    /// 收支总表's 其中：财政拨款, a national 财政拨款收支总表's 一般公共预算 / 政府性基金预算 / 国有资本经营预算 (blank cells zero).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Amount>> PairExtras { get; init; } = [];
}

/// <summary>A printed table, recognised by its title, with its data rows (page headers removed).</summary>
public sealed class StagedTable(Schedule schedule, string title, string? number, int titleLine)
{
    /// <summary>What the table is.</summary>
    public Schedule Schedule { get; } = schedule;
    /// <summary>The title as printed (normalized).</summary>
    public string Title { get; } = title;
    /// <summary>The printed number ("表3"), when the document prints one.</summary>
    public string? Number { get; } = number;
    /// <summary>The line of the first title.</summary>
    public int TitleLine { get; } = titleLine;
    /// <summary>Data rows in printed order.</summary>
    public List<StagedRow> Rows { get; } = [];
    /// <summary>Column count of the data rows (fixed by the first row).</summary>
    public int Columns { get; set; }
    /// <summary>Yuan per printed unit: 10,000 for 万元 (the default), 1 for 元. Amounts are converted to 万元 when read.</summary>
    public long UnitYuan { get; set; } = Amount.YuanPerWan;
    /// <summary>The column-header words printed above the first data row (normalized, concatenated).</summary>
    public string Header { get; set; } = "";
    /// <summary>The line where the table was printed a second time, if it was (the second copy is not stored).</summary>
    public int? PrintedTwiceAt { get; set; }
    /// <summary>How facts cite the table: "表3 支出总表", or the title alone when unnumbered.</summary>
    public string Citation => Number is null ? Title : $"{Number} {Title}";
}

/// <summary>A project category named in 第三部分 with its amount.</summary>
public sealed record StagedCategory(string Name, Amount Amount, int Line);

/// <summary>A line item named in 第三部分 under a category.</summary>
public sealed record StagedLineItem(string Category, string Name, Amount Amount, int Line)
{
    /// <summary>The line the statement begins on, when before <see cref="Line"/>.</summary>
    public int? FirstLine { get; init; }
}

/// <summary>A prior-year statement of the narrative.</summary>
public sealed record StagedPriorYear(StatementSubject Subject, string Label, int Year, Amount? Earlier, Amount? Later,
    Amount? Change, int Line)
{
    /// <summary>The line the statement begins on, when before <see cref="Line"/>.</summary>
    public int? FirstLine { get; init; }
}

/// <summary>A count about the department (staff, vehicles, …).</summary>
public sealed record StagedProfile(string Measure, long Quantity, string Unit, int Line);

/// <summary>An execution amount of an evaluation report.</summary>
public sealed record StagedExecution(ExecutionMeasure Measure, int StageId, Amount Amount, int Line)
{
    /// <summary>The line the statement begins on, when before <see cref="Line"/>.</summary>
    public int? FirstLine { get; init; }
}

/// <summary>A rate stated by an evaluation report, in hundredths of a percent.</summary>
public sealed record StagedRate(ExecutionMeasure Measure, int BasisPoints, int Line)
{
    /// <summary>The line the statement begins on, when before <see cref="Line"/>.</summary>
    public int? FirstLine { get; init; }
}

/// <summary>A 三公 figure stated in prose (evaluation reports).</summary>
public sealed record StagedThreePublic(ThreePublicItem Item, int StageId, Amount Amount, int Line)
{
    /// <summary>The line the statement begins on, when before <see cref="Line"/>.</summary>
    public int? FirstLine { get; init; }
}

/// <summary>A row of 政府采购预算表: 序号 (when printed), 采购项目, 采购类别 (when printed), 预算金额; or its 合计 row.</summary>
public sealed record StagedProcurement(int? Ordinal, string Name, string? Category, Amount Amount, int Line);

/// <summary>A task row of 整体支出绩效目标表 with its funding: 总额, 其中：财政拨款, 其中：其他资金.</summary>
public sealed record StagedTask(string Name, Amount Total, Amount Appropriation, Amount Other, int Line);

/// <summary>A performance indicator row.</summary>
public sealed record StagedTarget(string Level1, string Level2, string Level3, string Target, int Line);

/// <summary>
/// The faithful copy of one source document (the STAGE step's output): what the document is,
/// its tables by title, and what the narrative states. Nothing here is looked up or derived yet.
/// </summary>
public sealed partial class StagedDocument
{
    /// <summary>File name without directory.</summary>
    public required string FileName { get; init; }
    /// <summary>SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }
    /// <summary>The document as read (text or PDF): the page and box of each line, for provenance.</summary>
    public SourceDocument? Source { get; set; }
    /// <summary>Number of lines.</summary>
    public int LineCount { get; init; }
    /// <summary>Detected layout.</summary>
    public Layout Layout { get; init; }
    /// <summary>Budget or evaluation report.</summary>
    public DocumentKind Kind { get; init; }
    /// <summary>Department name (normalized).</summary>
    public required string Department { get; init; }
    /// <summary>Supervising department (主管部门) as printed, if any (normalized).</summary>
    public string? SupervisingDepartment { get; init; }
    /// <summary>Fiscal year.</summary>
    public int Year { get; init; }
    /// <summary>Title composed from year, department and kind.</summary>
    public required string Title { get; init; }
    /// <summary>Decimals of 万元 the document publishes (0 or 2).</summary>
    public int Decimals { get; set; }
    /// <summary>Tables by schedule.</summary>
    public Dictionary<Schedule, StagedTable> Tables { get; } = [];
    /// <summary>第三部分's project categories.</summary>
    public List<StagedCategory> Categories { get; } = [];
    /// <summary>第三部分's line items.</summary>
    public List<StagedLineItem> LineItems { get; } = [];
    /// <summary>Prior-year statements.</summary>
    public List<StagedPriorYear> PriorYears { get; } = [];
    /// <summary>Profile counts.</summary>
    public List<StagedProfile> Profile { get; } = [];
    /// <summary>Execution amounts (evaluation reports).</summary>
    public List<StagedExecution> Executions { get; } = [];
    /// <summary>Rates (evaluation reports).</summary>
    public List<StagedRate> Rates { get; } = [];
    /// <summary>三公 figures from prose (evaluation reports).</summary>
    public List<StagedThreePublic> ThreePublic { get; } = [];
    /// <summary>What the import should tell its user: tables absent, tables printed twice, rows without a place.</summary>
    public List<string> Warnings { get; } = [];
    /// <summary>Performance indicators.</summary>
    public List<StagedTarget> Targets { get; } = [];
    /// <summary>政府采购预算表's rows.</summary>
    public List<StagedProcurement> Procurement { get; } = [];
    /// <summary>整体支出绩效目标表's task rows.</summary>
    public List<StagedTask> Tasks { get; } = [];
    /// <summary>The section title the narrative facts cite.</summary>
    public string NarrativeCitation { get; set; } = "第三部分 部门预算支出具体情况";
}
