using System.Text;
using BudgetGraph.Ingest.Text;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Reads the indicator rows of the 整体支出绩效目标表 (一级指标 / 二级指标 / 三级指标 / 目标值).
/// Level-1 and level-2 indicators are recognised by the template's names; a row is a level-3
/// indicator and its target. Tab layouts print one row per line, cells as printed. Whitespace
/// layouts wrap long cells over several lines; <see cref="ColumnRows"/> reassembles them.
/// The table must reach its 满意度 indicators: a table cut before them means the document is truncated.
/// </summary>
/// <remarks>
/// Text conventions (the same in every layout): level 3 is the printed text with all whitespace
/// removed (the extractor puts spaces around Latin letters and digits: "深 i 您" → "深i您");
/// the target keeps the spaces printed within one line ("≤10 秒"), and a line break inside a cell
/// adds nothing — Chinese text wraps without a space — except between two Latin letters or digits,
/// where the wrap stood for a space. Every row is recorded at the line where it ends.
/// </remarks>
internal static class PerformanceReader
{
    private static readonly string[] Level1Names = ["产出指标", "产出", "效益指标", "效益", "满意度指标", "满意度", "成本指标", "成本"];

    private static readonly string[] Level2Names =
    [
        "数量指标", "数量", "质量指标", "质量", "时效指标", "时效", "成本指标", "经济效益指标", "经济效益", "社会效益指标", "社会效益",
        "生态效益指标", "生态效益", "可持续影响指标", "可持续影响", "服务对象满意度指标", "服务对象满意度", "其他满意度指标", "其他满意度",
    ];

    private static readonly string[] Skip = ["年度绩效指标", "年度绩效指", "标", "指标", "一级指标"];

    /// <summary>Reads the lines after the "一级指标 … 目标值" header into <paramref name="doc"/>.</summary>
    public static void Read(StagedDocument doc, IReadOnlyList<(int Line, string Text)> lines, int lastLine)
    {
        var start = lines.ToList().FindIndex(l => Names.Normalize(l.Text).Contains("一级指标", StringComparison.Ordinal));
        if (start < 0)
            throw new ImportRefusedException(doc.FileName, lastLine, "the indicator header (一级指标 二级指标 三级指标 目标值) of 整体支出绩效目标表");
        var labels = new Labels();
        var rows = doc.Layout == Layout.MarkdownTables
            ? CellRows(lines.Skip(start + 1), labels, Level3Columns(lines[start].Text))
            : ColumnRows(lines.Skip(start + 1), labels);
        if (!labels.ReachedSatisfaction)
            throw new ImportRefusedException(doc.FileName, lastLine,
                "the 满意度 indicators of 整体支出绩效目标表; the table ends before them");
        // A level-2 label printed on a 不涉及 row is a cell of that one row: the rows after it belong to the next label.
        var oneRowLabels = rows.Where(r => Level3Text(r.Level3) == "不涉及").Select(r => r.FirstLine).ToHashSet();
        foreach (var row in rows)
        {
            var (l1, l2) = labels.Resolve(row.Level1, row.Level2, row.FirstLine, oneRowLabels);
            doc.Targets.Add(new StagedTarget(l1, l2, Level3Text(row.Level3), TargetText(row.Target), row.LastLine));
        }
    }

    /// <summary>A row being assembled: its level-3 and target fragments, one per printed line.</summary>
    private sealed class Row(string level1, string level2, int firstLine)
    {
        public string Level1 { get; } = level1;
        public string Level2 { get; } = level2;
        public int FirstLine { get; } = firstLine;
        public int LastLine { get; set; } = firstLine;
        public List<string> Level3 { get; } = [];
        public List<string> Target { get; } = [];
    }

    // ---- tab layouts (001, 003): one row per line ------------------------------------------------

    /// <summary>
    /// Tab layouts: labels are taken from any cell but the last; the last cell is the target and the
    /// cells between are level 3 (003 splits the level-3 column in two). A cell holding two
    /// paragraphs (001: &lt;p&gt;indicator&lt;/p&gt; &lt;p&gt;target&lt;/p&gt;) is two cells. A row holds at
    /// most as many level-3 cells as the header spans (<paramref name="level3Columns"/>, 003's 三级|指标) when it
    /// prints every column, else one (003 drops the split column after its page break): cells left of them that
    /// are no label are what the extractor read in a label column (003: "文儿长后", "任云效 血指称" — a label cell
    /// read as noise) and are not part of the indicator.
    /// </summary>
    private static List<Row> CellRows(IEnumerable<(int Line, string Text)> lines, Labels labels, (int Cells, int Level3) header)
    {
        var rows = new List<Row>();
        foreach (var (line, text) in lines)
        {
            var raw = Names.StripMarkup(text).Split('\t').Select(c => c.Trim()).ToList();
            while (raw.Count > 0 && raw[^1].Length == 0) raw.RemoveAt(raw.Count - 1);
            var level3Cells = raw.Count >= header.Cells ? header.Level3 : 1;
            var cells = Names.StripMarkup(text.Replace("</p>", "\t", StringComparison.Ordinal)).Split('\t')
                .Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            for (var i = 0; i < cells.Count - 1; i++)
                if (labels.Take(Names.Normalize(cells[i]), cells.Count - 1 - i, line)) cells.RemoveAt(i--);
            if (cells.Count > level3Cells + 1 && !text.Contains("</p>", StringComparison.Ordinal))
                cells.RemoveRange(0, cells.Count - level3Cells - 1);
            if (cells.Count == 0) continue;
            var row = new Row(labels.Level1, labels.Level2, line);
            if (cells.Count == 1)
            {
                // Not seen in the sources: one cell left. Split it as a whitespace line would be.
                var (l3, target) = Columns.SplitPair(cells[0]) ?? (cells[0], "");
                row.Level3.Add(l3);
                row.Target.Add(target);
            }
            else
            {
                row.Level3.AddRange(cells.Take(cells.Count - 1));
                row.Target.Add(cells[^1]);
            }
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The header's cell count and how many cells its level-3 column spans (between 二级指标 and 目标值).</summary>
    private static (int Cells, int Level3) Level3Columns(string header)
    {
        var cells = Names.StripMarkup(header).Split('\t').Select(Names.Normalize).ToList();
        while (cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        var level2 = cells.FindIndex(c => c.StartsWith("二级", StringComparison.Ordinal));
        var target = cells.FindIndex(c => c.StartsWith("目标值", StringComparison.Ordinal));
        return (cells.Count, level2 >= 0 && target > level2 + 1 ? target - level2 - 1 : 1);
    }

    // ---- whitespace layouts (000, 004): cells wrapped over several lines --------------------------

    /// <summary>
    /// Whitespace layouts. A line holds labels, then either two cells (indicator and target,
    /// see <see cref="Columns.SplitPair"/>) or one cell, or one line of a cell that wraps. Which
    /// cell a one-cell line belongs to is read from the layout:
    /// <list type="bullet">
    /// <item>a label line ends the row before it;</item>
    /// <item>an indicator printed alone takes the next line as its target, unless the indicator
    /// line is full (as wide as the level-3 column): then the next line continues it;</item>
    /// <item>after a target printed beside its indicator, a line continues the target only if that
    /// target line is full (it wrapped); after a target printed on lines of its own, a line that
    /// fits the target column continues it (such targets also break lines on purpose: 000
    /// 1647–1653, 004 1474–1478);</item>
    /// <item>a line starts a new row when it holds two cells (a space between two Chinese
    /// characters, or a short indicator followed by a number), is wider than the target column,
    /// or is printed directly above the next line with no blank line between: the extractor
    /// prints side by side cells of one row on consecutive lines (004 1456/1457, 1519/1520), so
    /// the upper one is an indicator;</item>
    /// <item>a one-cell line wider than the level-3 column is an indicator glued to its target
    /// (004 1538): the first column's width is the indicator, the rest the target.</item>
    /// </list>
    /// Column widths are measured from the table itself (<see cref="Columns"/>).
    /// </summary>
    private static List<Row> ColumnRows(IEnumerable<(int Line, string Text)> lines, Labels labels)
    {
        // Strip the labels first: they set the levels and end rows, and the rest is what is measured.
        var items = new List<(int Line, string Text, bool Labelled, string L1, string L2)>();
        foreach (var (line, text) in lines)
        {
            var words = Names.StripMarkup(text).Split(' ', '\t', '\u3000').Where(w => w.Length > 0).ToList();
            var labelled = false;
            while (words.Count > 0 && labels.Take(Names.Normalize(words[0]), words.Count - 1, line))
            {
                words.RemoveAt(0);
                labelled = true;
            }
            items.Add((line, string.Join(' ', words), labelled, labels.Level1, labels.Level2));
        }
        var columns = Columns.Measure(items.Where(i => i.Text.Length > 0).Select(i => i.Text));

        var rows = new List<Row>();
        Row? row = null;
        var inLevel3 = false;      // the last fragment went to level 3
        var lastFull = false;      // …and filled its column, so the cell wraps onto the next line
        var targetBeside = false;  // the row's target began beside its indicator
        for (var k = 0; k < items.Count; k++)
        {
            var (line, text, labelled, l1, l2) = items[k];
            if (labelled) row = null;
            if (text.Length == 0) continue;
            var aboveNext = k + 1 < items.Count && items[k + 1].Line == line + 1 && items[k + 1].Text.Length > 0 && !items[k + 1].Labelled;

            if (row is not null && inLevel3 && (lastFull || row.Target.Count == 0))
            {
                if (lastFull) { row.Level3.Add(text); lastFull = columns.Level3Full(text); }
                else { row.Target.Add(text); inLevel3 = false; lastFull = columns.TargetFull(text); targetBeside = false; }
                row.LastLine = line;
                continue;
            }
            if (row is not null && !inLevel3 && ContinuesTarget(text, aboveNext, lastFull, targetBeside, columns))
            {
                row.Target.Add(text);
                row.LastLine = line;
                lastFull = columns.TargetFull(text);
                continue;
            }

            row = new Row(l1, l2, line);
            rows.Add(row);
            // Two cells side by side, and right below them a short fragment that is no cell of its own: the indicator
            // wrapped inside its cell ("道路清扫保 ≥1850 万平方米" / "洁面积", as a PDF's words are placed).
            if (aboveNext && Columns.SplitPair(text) is ({ } wrapped, { } beside) && columns.WrapOfIndicator(items[k + 1].Text))
            {
                row.Level3.Add(wrapped);
                row.Target.Add(beside);
                targetBeside = true;
                inLevel3 = true;
                lastFull = true;
                continue;
            }
            var pair = aboveNext ? null : Columns.SplitPair(text) ?? columns.SplitGlued(text);
            if (pair is ({ } level3, { } target))
            {
                row.Level3.Add(level3);
                row.Target.Add(target);
                targetBeside = true;
                inLevel3 = columns.Level3Full(level3);
                lastFull = inLevel3 || columns.TargetFull(target);
            }
            else
            {
                row.Level3.Add(text);
                inLevel3 = true;
                lastFull = columns.Level3Full(text);
            }
        }
        return rows;
    }

    /// <summary>Whether a one-cell line after a target line is more of that target (see <see cref="ColumnRows"/>).</summary>
    private static bool ContinuesTarget(string text, bool aboveNext, bool lastFull, bool targetBeside, Columns columns)
    {
        if (targetBeside && !lastFull) return false;
        if (aboveNext || Columns.HasCellGap(text) || columns.TooWideForTarget(text)) return false;
        // "承诺时限内办结率 100%" after a finished target is a row; "域不少于 50 平方公里，全区" inside a
        // wrapped target fills its column.
        return Columns.SplitPair(text) is null || columns.TargetFull(text);
    }

    /// <summary>Widths of the table's level-3 and target columns, measured from the lines that show them.</summary>
    private sealed class Columns
    {
        private const string Comparisons = "≥≤><＜＞≧≦";

        /// <summary>A wrap leaves less than one full-width character of room at the end of a line.</summary>
        private const int Slack = 2;

        private int Level3Width { get; init; }
        private int TargetWidth { get; init; }

        /// <summary>
        /// The level-3 column is as wide as the widest indicator text (a line holding no comparison:
        /// indicators have none, so a glued indicator-and-target line is not counted); the target
        /// column as wide as the widest target printed beside its indicator. Measured, not fixed:
        /// 000's columns are 18 and about 8 characters wide, 004's 23 and 13. A table whose
        /// indicators never wrap counts its widest indicator as full; a one-cell line right after
        /// that indicator would then be read as its continuation.
        /// </summary>
        public static Columns Measure(IEnumerable<string> texts)
        {
            int level3 = 0, target = 0;
            foreach (var text in texts)
            {
                if (SplitPair(text) is ({ } l3, { } t))
                {
                    level3 = Math.Max(level3, Width(l3));
                    target = Math.Max(target, Width(t));
                }
                else if (text.IndexOfAny(Comparisons.ToCharArray()) < 0) level3 = Math.Max(level3, Width(text));
            }
            return new Columns { Level3Width = level3, TargetWidth = target };
        }

        public bool Level3Full(string text) => Width(text) >= Level3Width - Slack;

        public bool TargetFull(string text) => Width(text) >= TargetWidth - Slack;

        public bool TooWideForTarget(string text) => Width(text) > TargetWidth + Slack;

        /// <summary>A one-cell line wider than the level-3 column: the indicator's first line and the target, glued.</summary>
        public (string, string)? SplitGlued(string text)
        {
            if (Width(text) <= Level3Width) return null;
            var width = 0;
            for (var i = 0; i < text.Length; i++)
            {
                width += Width(text[i]);
                if (width > Level3Width) return (text[..i], text[i..].Trim());
            }
            return null;
        }

        /// <summary>Whether a space separates two Chinese characters: the gap between two cells (spaces inside a cell only ever border Latin letters or digits).</summary>
        public static bool HasCellGap(string text) => CellGap(text) >= 0;

        /// <summary>A line that can only be the rest of an indicator wrapped in its cell: one cell, no comparison, no wider than the column.</summary>
        public bool WrapOfIndicator(string text) =>
            SplitPair(text) is null && !HasCellGap(text) && text.IndexOfAny(Comparisons.ToCharArray()) < 0 && !text.Any(char.IsAsciiDigit) && Width(text) <= Level3Width;

        /// <summary>
        /// Splits a line into indicator and target: at a space between two Chinese characters, else
        /// before the last word that starts with a comparison or a digit; null for a one-cell line.
        /// </summary>
        public static (string, string)? SplitPair(string text)
        {
            var gap = CellGap(text);
            if (gap < 0)
            {
                for (var i = text.Length - 1; i > 0; i--)
                    if (text[i - 1] == ' ' && (Comparisons.Contains(text[i], StringComparison.Ordinal) || char.IsAsciiDigit(text[i]))) { gap = i - 1; break; }
            }
            return gap <= 0 ? null : (text[..gap].Trim(), text[(gap + 1)..].Trim());
        }

        private static int CellGap(string text)
        {
            for (var i = 1; i < text.Length - 1; i++)
                if (text[i] == ' ' && Width(text[i - 1]) == 2 && Width(text[i + 1]) == 2) return i;
            return -1;
        }

        /// <summary>Printed width: Chinese characters and full-width forms 2, others 1, spaces 0 (the extractor adds them).</summary>
        private static int Width(string text) => text.Sum(Width);

        private static int Width(char c) => c == ' ' ? 0 : c >= '\u2E80' || c is >= '\u2018' and <= '\u201D' ? 2 : 1;
    }

    // ---- levels -----------------------------------------------------------------------------------

    /// <summary>
    /// The level-1 and level-2 labels as they are printed. A label cell spans its rows and is printed
    /// vertically centred, so it can come after the first rows it names (003: 数量指标 on its third
    /// row, 产出指标 on its fourth, 效益指标 on its fourth). Therefore: rows before the table's first
    /// label take the first one printed after them, and a row's level 1 is the printed level-1 label
    /// of its level 2's family (经济效益指标 belongs to 效益指标 even when 效益指标 is printed below it).
    /// </summary>
    private sealed class Labels
    {
        private readonly List<(int Line, string Name)> _level1 = [];
        private readonly List<(int Line, string Name)> _level2 = [];

        public string Level1 { get; private set; } = "";
        public string Level2 { get; private set; } = "";
        public bool ReachedSatisfaction { get; private set; }

        /// <summary>Takes <paramref name="word"/> as a label (or a header word to skip); false for anything else.</summary>
        public bool Take(string word, int following, int line)
        {
            if (Skip.Contains(word)) return true;
            if (Level1Names.Contains(word) && (Level1.Length == 0 || !Level2Names.Contains(word) || following > 1))
            {
                if (Family(Level2) != Family(word)) Level2 = "";
                Level1 = word;
                _level1.Add((line, word));
                if (Family(word) == "满意度") ReachedSatisfaction = true;
                // "成本指标" is printed in the level-2 column too (003); a bare "成本" has no level 2 (000, 001, 004).
                if (Family(word) == "成本" && Level2Names.Contains(word)) Level2 = word;
                return true;
            }
            if (!Level2Names.Contains(word)) return false;
            Level2 = word;
            _level2.Add((line, word));
            return true;
        }

        /// <summary>The levels of a row that began at <paramref name="line"/> with the labels then current.</summary>
        public (string, string) Resolve(string level1, string level2, int line, IReadOnlySet<int> oneRowLabels)
        {
            var from = _level2.LastOrDefault(l => l.Line <= line);
            if (level2.Length > 0 && from.Name == level2 && from.Line != line && oneRowLabels.Contains(from.Line)
                && _level2.FirstOrDefault(l => l.Line > line) is { Name: not null } next && Family(next.Name) == Family(level2))
                level2 = next.Name;
            if (level2.Length == 0 && _level2.Count > 0 && _level2[0].Line > line && (level1.Length == 0 || Family(level1) == Family(_level2[0].Name)))
                level2 = _level2[0].Name;
            var family = Family(level2.Length > 0 ? level2 : level1);
            var printed = _level1.FirstOrDefault(l => Family(l.Name) == family).Name;
            if (printed is not null && family.Length > 0) level1 = printed;
            else if (level1.Length == 0) level1 = _level1.FirstOrDefault(l => l.Line > line).Name ?? "";
            return (level1, level2);
        }

        private static string Family(string label) =>
            label.Length == 0 ? ""
            : label.StartsWith("产出", StringComparison.Ordinal) || label.StartsWith("数量", StringComparison.Ordinal)
              || label.StartsWith("质量", StringComparison.Ordinal) || label.StartsWith("时效", StringComparison.Ordinal) ? "产出"
            : label.StartsWith("成本", StringComparison.Ordinal) ? "成本"
            : label.Contains("满意度", StringComparison.Ordinal) ? "满意度"
            : "效益";
    }

    // ---- text -------------------------------------------------------------------------------------

    private static string Level3Text(IEnumerable<string> fragments) =>
        string.Concat(string.Concat(fragments).Where(c => !char.IsWhiteSpace(c)));

    private static string TargetText(IReadOnlyList<string> fragments)
    {
        var sb = new StringBuilder();
        foreach (var fragment in fragments.Select(f => string.Join(' ', f.Split(' ', StringSplitOptions.RemoveEmptyEntries))))
        {
            if (sb.Length > 0 && fragment.Length > 0 && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(fragment[0])) sb.Append(' ');
            sb.Append(fragment);
        }
        return sb.ToString();
    }
}
