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

    [GeneratedRegex(@"(?<y>[0-9]{4})\s*年度部门预算执行情况|(?<y>[0-9]{4})\s*年度")]
    private static partial Regex EvaluationYear();

    /// <summary>Stages the file at <paramref name="path"/>.</summary>
    public static StagedDocument Stage(string path) => Stage(Path.GetFileName(path), File.ReadAllBytes(path));

    /// <summary>Stages a document from its bytes: a PDF (told by its header, <c>%PDF-</c>) or UTF-8 text.</summary>
    public static StagedDocument Stage(string fileName, byte[] bytes) => Stage(SourceDocument.Read(fileName, bytes), bytes);

    /// <summary>Stages a document read from <paramref name="bytes"/> (which give its SHA-256); its lines' pages go to provenance.</summary>
    public static StagedDocument Stage(SourceDocument source, byte[] bytes)
    {
        var staged = Stage(source.FileName, source.Texts, bytes);
        staged.Source = source;
        return staged;
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
            var year = FindYear(EvaluationYear(), lines, fileName, "a year (“2024 年度”)");
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

        var tablesStart = -1;
        for (var i = 0; i < lines.Length; i++)
            if (Names.Normalize(lines[i]) == "二、表格部分") tablesStart = i;
        if (tablesStart < 0)
            throw new ImportRefusedException(fileName, lines.Length, "the heading 二、表格部分, but the document ends without it");
        var budgetYear = FindYear(BudgetYear(), lines.Skip(tablesStart).ToArray(), fileName, "a column header “<year> 年预算数” in 收支总表");
        var staged = new StagedDocument
        {
            FileName = fileName, Sha256 = sha, LineCount = lines.Length, Layout = layout, Kind = DocumentKind.Budget,
            Department = department, Year = budgetYear, Title = $"{budgetYear}年{department}部门预算",
            SupervisingDepartment = supervisor is null ? null : Names.Normalize(supervisor.Groups["n"].Value),
        };
        var reader = new TableReader(fileName, department);
        foreach (var (schedule, table) in reader.Read(lines, tablesStart + 1)) staged.Tables[schedule] = table;
        reader.Finish(LastLine(lines));
        PerformanceReader.Read(staged, reader.PerformanceLines, LastLine(lines));
        staged.Decimals = staged.Tables[Schedule.Summary].Rows.SelectMany(r => r.Amounts).Max(a => a.Decimals);
        NarrativeReader.Read(staged, lines, tablesStart);
        return staged;
    }

    private static int LastLine(string[] lines)
    {
        var last = lines.Length;
        while (last > 1 && lines[last - 1].Trim().Length == 0) last--;
        return last;
    }

    private static int FindYear(Regex regex, string[] lines, string file, string expected)
    {
        foreach (var line in lines)
        {
            var m = regex.Match(line);
            if (m.Success) return int.Parse(m.Groups["y"].Value);
        }
        throw new ImportRefusedException(file, lines.Length, expected + ", but the document ends without one");
    }
}
