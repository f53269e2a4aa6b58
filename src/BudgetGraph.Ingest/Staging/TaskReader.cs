using BudgetGraph.Ingest.Text;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// The two list tables whose rows are named items with amounts: the task rows of 整体支出绩效目标表 (任务名称, 主要内容,
/// 总额, 其中：财政拨款, 其中：其他资金 — before the indicators) and the rows of 政府采购预算表 (序号, 采购项目, 采购类别,
/// 预算金额). A row is a line whose amounts are printed together at its end (or, for tasks, right after the name); the
/// wrapped rest of a 主要内容 is a line without them and adds nothing. Tab rows keep blank cells as zero.
/// </summary>
internal static class TaskReader
{
    private static readonly string[] Categories = ["货物", "工程", "服务"];

    /// <summary>The task rows between the 任务名称 header and the 年度总体目标 / indicator header.</summary>
    public static void Read(StagedDocument doc, IReadOnlyList<(int Line, string Text)> lines, long unitYuan)
    {
        var started = false;
        foreach (var (line, text) in lines)
        {
            var norm = Names.Normalize(text);
            if (norm.StartsWith("任务名称", StringComparison.Ordinal)) { started = true; continue; }
            if (!started) continue;
            if (norm.StartsWith("年度总体目标", StringComparison.Ordinal) || norm.Contains("一级指标", StringComparison.Ordinal)) return;
            if (Row(text, 3, amountsAfterName: true) is not { } row) continue;
            doc.Tasks.Add(new StagedTask(row.Name, row.Amounts[0].FromUnit(unitYuan), row.Amounts[1].FromUnit(unitYuan), row.Amounts[2].FromUnit(unitYuan), line));
        }
    }

    /// <summary>The rows of 政府采购预算表 (header lines hold no amount and are passed over).</summary>
    public static void ReadProcurement(StagedDocument doc, IReadOnlyList<(int Line, string Text)> lines, long unitYuan)
    {
        foreach (var (line, text) in lines)
        {
            if (Row(text, 1, amountsAfterName: false) is not { } row) continue;
            var words = row.Words;
            int? ordinal = words.Count > 1 && words[0].All(char.IsAsciiDigit) && words[0].Length <= 4 ? int.Parse(words[0]) : null;
            if (ordinal is not null) words = words[1..];
            string? category = words.Count > 1 && Categories.Contains(words[^1]) ? words[^1] : null;
            if (category is not null) words = words[..^1];
            if (words.Count == 0) continue;
            doc.Procurement.Add(new StagedProcurement(ordinal, string.Concat(words), category, row.Amounts[0].FromUnit(unitYuan), line));
        }
    }

    /// <summary>
    /// A line's name words and its <paramref name="count"/> amounts: the last cells of a tab row (blank cells zero), or the
    /// line's last tokens, or (<paramref name="amountsAfterName"/>) the tokens right after its first word. Null otherwise.
    /// </summary>
    private static (List<string> Words, List<Amount> Amounts, string Name)? Row(string text, int count, bool amountsAfterName)
    {
        var stripped = Names.StripMarkup(text);
        if (stripped.Contains('\t', StringComparison.Ordinal))
        {
            var cells = stripped.Split('\t').Select(c => c.Trim()).ToList();
            var last = cells.FindLastIndex(c => c.Length > 0 && Amounts(c) is null);
            var amountCells = cells.Skip(last + 1).ToList();
            if (last < 0 || amountCells.Count < count || !amountCells.Any(c => c.Length > 0)) return null;
            var amounts = amountCells.TakeLast(count).Select(c => c.Length == 0 ? new Amount(0m, 0) : Amounts(c)!.Value).ToList();
            var words = cells.Take(last + 1).Where(c => c.Length > 0).ToList();
            // The name is the first text cell (主要内容 follows it in the task table).
            return (words, amounts, Names.Normalize(count == 3 ? words[0] : string.Concat(words)));
        }
        var tokens = Tokenizer.Tokenize(stripped);
        if (tokens.Count <= count || tokens[0].IsNumber && count == 3) return null;
        if (tokens.TakeLast(count).All(t => t.IsNumber) && !tokens[^(count + 1)].IsNumber || count == 1 && tokens[^1].IsNumber)
        {
            var words = tokens.Take(tokens.Count - count).Select(t => t.Text).ToList();
            return (words, [.. tokens.TakeLast(count).Select(t => t.Number!.Value)], Names.Normalize(count == 3 ? words[0] : string.Concat(words)));
        }
        if (amountsAfterName && tokens.Skip(1).Take(count).All(t => t.IsNumber) && !tokens[0].IsNumber)
            return ([tokens[0].Text], [.. tokens.Skip(1).Take(count).Select(t => t.Number!.Value)], Names.Normalize(tokens[0].Text));
        return null;
    }

    private static Amount? Amounts(string cell)
    {
        var tokens = Tokenizer.Tokenize(cell);
        return tokens.Count == 1 && tokens[0].IsNumber ? tokens[0].Number : null;
    }
}
