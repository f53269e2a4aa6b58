using BudgetGraph.Ingest.Text;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Reads the indicator rows of the 整体支出绩效目标表 (一级指标 / 二级指标 / 三级指标 / 目标值).
/// Level 1 and 2 indicators are recognised by the template's names and carried down to the rows
/// below them; a row is a level-3 indicator and its target. In whitespace layouts the target starts
/// at the first word that begins with a comparison or a digit (else it is the last word); cells of
/// tab layouts are taken as printed. The table must reach its 满意度 indicators: a table cut before
/// them means the document is truncated.
/// </summary>
internal static class PerformanceReader
{
    private static readonly string[] Level1 = ["产出指标", "产出", "效益指标", "效益", "满意度指标", "满意度", "成本指标", "成本"];

    private static readonly string[] Level2 =
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
        string l1 = "", l2 = "";
        var reachedSatisfaction = false;
        foreach (var (line, text) in lines.Skip(start + 1))
        {
            var cells = Names.StripMarkup(text).Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            var words = cells.Count > 1 ? cells : [.. cells.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
            while (words.Count > 0)
            {
                var w = Names.Normalize(words[0]);
                if (Skip.Contains(w)) { words.RemoveAt(0); continue; }
                if (Level1.Contains(w) && (l1.Length == 0 || !Level2.Contains(w) || words.Count > 2))
                {
                    l1 = w; l2 = ""; words.RemoveAt(0);
                    if (w.StartsWith("满意度", StringComparison.Ordinal)) reachedSatisfaction = true;
                    if (w.StartsWith("成本", StringComparison.Ordinal)) l2 = w;
                    continue;
                }
                if (Level2.Contains(w)) { l2 = w; words.RemoveAt(0); continue; }
                break;
            }
            if (words.Count < 2 || l1.Length == 0) continue;
            var split = cells.Count > 1 ? words.Count - 1 : TargetStart(words);
            var level3 = string.Concat(string.Concat(words.Take(split)).Where(c => !char.IsWhiteSpace(c)));
            var target = string.Join(" ", words.Skip(split));
            doc.Targets.Add(new StagedTarget(l1, l2, level3, target, line));
        }
        if (!reachedSatisfaction)
            throw new ImportRefusedException(doc.FileName, lastLine,
                "the 满意度 indicators of 整体支出绩效目标表; the table ends before them");
    }

    private static int TargetStart(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
            if ("≥≤><＜＞≧≦".Contains(words[i][0], StringComparison.Ordinal) || char.IsAsciiDigit(words[i][0])) return i;
        return words.Count - 1;
    }
}
