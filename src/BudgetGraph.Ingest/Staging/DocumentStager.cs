using System.Security.Cryptography;
using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// The READ and STAGE steps: decodes a document, detects its layout and kind, finds department and
/// year, and copies its tables and narrative statements faithfully into a <see cref="StagedDocument"/>.
/// Refuses (with <see cref="ImportRefusedException"/>) anything it cannot read completely.
/// </summary>
public static partial class DocumentStager
{
    [GeneratedRegex(@"(?:部门名称|单位名称)\s*[：:]?\s*(?<n>[^\s\t]+?(?:\s*[（(]本级[)）])?)(?:\s|$)")]
    private static partial Regex DepartmentLine();

    [GeneratedRegex(@"主管部门\s+(?<n>\S+)")]
    private static partial Regex SupervisorLine();

    [GeneratedRegex(@"(?<y>[0-9]{4})\s*年预算数")]
    private static partial Regex BudgetYear();

    [GeneratedRegex(@"^\s*#*\s*(?<y>[0-9]{4})\s*年.{2,60}部门预算\s*$")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(?<y>[0-9]{4})\s*年度部门预算执行情况|(?<y>[0-9]{4})\s*年度")]
    private static partial Regex EvaluationYear();

    /// <summary>
    /// The largest document imported (4 MiB): budgets of the template are tens of kilobytes as text, a few megabytes
    /// as PDF. The one limit of `budgetgraph import` and of the admin endpoint.
    /// </summary>
    public const int MaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>Stages the file at <paramref name="path"/>; refuses a file over <see cref="MaxDocumentBytes"/> before reading it.</summary>
    public static StagedDocument Stage(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxDocumentBytes) throw TooLarge(Path.GetFileName(path), length);
        return Stage(Path.GetFileName(path), File.ReadAllBytes(path));
    }

    private static ImportRefusedException TooLarge(string fileName, long length) =>
        new(fileName, 1, $"a document of at most {MaxDocumentBytes} bytes (4 MiB), found {length} bytes");

    /// <summary>Stages a document from its bytes: a PDF (told by its header, <c>%PDF-</c>) or UTF-8 text.</summary>
    public static StagedDocument Stage(string fileName, byte[] bytes) =>
        bytes.Length > MaxDocumentBytes ? throw TooLarge(fileName, bytes.Length) : Stage(SourceDocument.Read(fileName, bytes), bytes);

    /// <summary>Stages a document read from <paramref name="bytes"/> (which give its SHA-256); its lines' pages go to provenance.</summary>
    public static StagedDocument Stage(SourceDocument source, byte[] bytes)
    {
        try
        {
            var staged = Stage(source.FileName, source.Texts, bytes);
            staged.Source = source;
            return staged;
        }
        catch (ImportRefusedException refused) when (refused.OnPageOf(source) is var onPage && onPage != refused)
        {
            throw onPage;
        }
    }

    private static StagedDocument Stage(string fileName, string[] lines, byte[] bytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var head = string.Concat(lines.Take(12).Select(Names.Normalize));
        var isEvaluation = head.Contains("绩效评价报告", StringComparison.Ordinal);
        var layout = isEvaluation ? Layout.Prose
            : lines.Count(l => l.Contains('\t', StringComparison.Ordinal)) > 20 || lines.Count(l => l.StartsWith('#')) > 5
                ? Layout.MarkdownTables : Layout.WhitespaceColumns;

        var departmentMatch = lines.Select((l, i) => (Match: DepartmentLine().Match(Names.StripMarkup(l)), Line: i))
            .FirstOrDefault(x => x.Match.Success);
        if (departmentMatch.Match is null)
            throw new ImportRefusedException(fileName, lines.Length, "a line 部门名称：<department>, but the document ends without one");
        var department = Names.Normalize(departmentMatch.Match.Groups["n"].Value);
        var supervisor = lines.Select(l => SupervisorLine().Match(Names.StripMarkup(l))).FirstOrDefault(m => m.Success);

        if (isEvaluation)
        {
            var year = FindYear(EvaluationYear(), lines, fileName, "a year (“2024 年度”)")!.Value;
            var doc = new StagedDocument
            {
                FileName = fileName, Sha256 = sha, LineCount = lines.Length, Layout = layout, Kind = DocumentKind.Evaluation,
                Department = department, Year = year, Title = $"{year}年度{department}部门整体绩效评价报告", Decimals = 2,
                SupervisingDepartment = supervisor is null ? null : Names.Normalize(supervisor.Groups["n"].Value),
            };
            doc.NarrativeCitation = "部门整体绩效评价报告";
            EvaluationReader.Read(doc, lines);
            return doc;
        }

        var tablesStart = TablesStart(lines);
        if (tablesStart < 0)
            throw new ImportRefusedException(fileName, lines.Length, "the heading 二、表格部分 or a table titled 收支总表 with its 单位 line, but the document ends without it");
        var budgetYear = FindYear(BudgetYear(), lines.Skip(tablesStart).ToArray(), fileName, null)
                         ?? FindYear(TitleYear(), lines.Take(60).ToArray(), fileName, "a column header “<year> 年预算数” in 收支总表");
        var staged = new StagedDocument
        {
            FileName = fileName, Sha256 = sha, LineCount = lines.Length, Layout = layout, Kind = DocumentKind.Budget,
            Department = department, Year = budgetYear!.Value, Title = $"{budgetYear}年{department}部门预算",
            SupervisingDepartment = supervisor is null ? null : Names.Normalize(supervisor.Groups["n"].Value),
        };
        var reader = new TableReader(fileName, department, staged);
        foreach (var (schedule, table) in reader.Read(lines, tablesStart)) staged.Tables[schedule] = table;
        reader.Finish(LastLine(lines));
        Completeness.Check(staged, reader, Promised(lines, tablesStart), LastLine(lines));
        if (staged.Tables.TryGetValue(Schedule.Performance, out var performance))
        {
            PerformanceReader.Read(staged, reader.PerformanceLines, LastLine(lines));
            TaskReader.Read(staged, reader.PerformanceLines, performance.UnitYuan);
        }
        if (staged.Tables.TryGetValue(Schedule.Procurement, out var procurement))
            TaskReader.ReadProcurement(staged, reader.ProcurementLines, procurement.UnitYuan);
        staged.Decimals = Math.Min(4, staged.Tables[Schedule.Summary].Rows.SelectMany(r => r.Amounts).Select(a => a.Decimals).DefaultIfEmpty(0).Max());
        NarrativeReader.Read(staged, lines, tablesStart);
        return staged;
    }

    /// <summary>
    /// Where the tables begin: after the last heading 二、表格部分 (the first one may be the table of contents'),
    /// else at the first title of a table followed within a few lines by its 部门名称 / 单位 line (a table of
    /// contents lists titles without them).
    /// </summary>
    private static int TablesStart(string[] lines)
    {
        for (var i = lines.Length - 1; i >= 0; i--)
            if (Names.Normalize(lines[i]) == "二、表格部分") return i + 1;
        for (var i = 0; i < lines.Length; i++)
        {
            var norm = Names.Normalize(lines[i]);
            if (norm.Length == 0 || TableSpec.ForTitle(norm) is null) continue;
            var next = lines.Skip(i + 1).Select(Names.Normalize).Where(l => l.Length > 0).Take(6);
            if (!next.Any(l => l.StartsWith("部门名称", StringComparison.Ordinal) || l.StartsWith("单位名称", StringComparison.Ordinal) || l.Contains("单位：", StringComparison.Ordinal)))
                continue;
            // Start at the table's number when it is printed on the line before the title.
            for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
                if (Names.Normalize(lines[j]) is { Length: > 0 } before)
                    return TableSpec.NumberOf(before) == before ? j : i;
            return i;
        }
        return -1;
    }

    /// <summary>The tables a table of contents before the tables lists ("表 9 财政拨款“三公”经费支出表"), with their lines.</summary>
    private static List<(string Number, TableSpec Spec, int Line)> Promised(string[] lines, int tablesStart)
    {
        var promised = new List<(string, TableSpec, int)>();
        for (var i = 0; i < tablesStart && i < lines.Length; i++)
        {
            var norm = Names.Normalize(lines[i]);
            if (TableSpec.NumberOf(norm) is { } number && norm.Length > number.Length && TableSpec.ForTitle(norm) is { Continuation: false } title)
                promised.Add((number, title.Spec, i + 1));
        }
        return promised;
    }

    private static int LastLine(string[] lines)
    {
        var last = lines.Length;
        while (last > 1 && lines[last - 1].Trim().Length == 0) last--;
        return last;
    }

    private static int? FindYear(Regex regex, string[] lines, string file, string? expected)
    {
        foreach (var line in lines)
        {
            var m = regex.Match(line);
            if (m.Success) return int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return expected is null ? null : throw new ImportRefusedException(file, lines.Length, expected + ", but the document ends without one");
    }
}
