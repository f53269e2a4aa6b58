using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Every figure the prose states, by the kind of sentence rather than by its place: "主语 金额 万元", optionally
/// followed by its change ("，比 2023 年减少 3,577 万元") and the percentage printed with it ("，下降 5.7%"), or by a share
/// ("，占 92.8%"). A change stated after the sentence that gave the amount ("…等。较 2023 年预算减少 1,791 万元，下降
/// 18.4%") belongs to the figure that heads its numbered item. The subject is the clause before the amount, without
/// list numbers, years, the department's own name and the words around it (其中, 主要包括, 预算数为); a clause with no
/// subject of its own ("2024 年预算数 0 万元") takes the heading before it ("1.因公出国（境）费用。"); the national
/// template's "…（类）…（款）行政运行（项）" names the 项.
/// </summary>
internal static partial class NarrativeReader
{
    /// <summary>An amount in 万元 that is a budget, not a threshold ("单位价值 50 万元以上").</summary>
    [GeneratedRegex(@"(?<amt>" + AmountPattern + @")\s*万元(?!\s*(?:以上|以下|左右))")]
    private static partial Regex StatedAmount();

    private const string ChangeBody = @"[比较]\s*(?<y>[0-9]{4})\s*年度?(?:年初)?(?:预算数?)?\s*(?<dir>增加|减少)\s*(?<chg>" + AmountPattern + @")\s*万元";

    [GeneratedRegex(@"\G[，]?\s*" + ChangeBody)]
    private static partial Regex ChangeAfter();

    [GeneratedRegex(ChangeBody)]
    private static partial Regex AnyChange();

    [GeneratedRegex(@"\G[，]?\s*(?<dir>增长|下降|增加|减少)\s*(?<pct>[0-9]+(?:\.[0-9]+)?)\s*[%％]")]
    private static partial Regex PercentAfter();

    [GeneratedRegex(@"\G[，]?\s*占(?:比)?[^，。；0-9%％]{0,12}?(?<pct>[0-9]+(?:\.[0-9]+)?)\s*[%％]")]
    private static partial Regex ShareAfter();

    /// <summary>Where a numbered item begins ("1.", "（二）", "三、").</summary>
    [GeneratedRegex(@"(?<![0-9.,])[0-9]{1,2}[.．、](?![0-9])|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^(?:[0-9]{1,2}[.．、](?![0-9])|（[一二三四五六七八九十0-9]+）|[一二三四五六七八九十]+、)")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"[0-9]{4}\s*年度?")]
    private static partial Regex YearMention();

    /// <summary>A heading line: a part, a numbered heading or a markdown heading, with no amount of its own.</summary>
    [GeneratedRegex(@"^(?:#+|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")]
    private static partial Regex HeadingLine();

    /// <summary>How often a line must recur to be a running header rather than text (a heading may be printed twice, in the contents too).</summary>
    private const int RunningHeaderRepeats = 3;

    /// <summary>True when the line ends with the punctuation that ends a sentence or a clause (。，、；：！？, full or half width).</summary>
    private static bool EndsClause(string line) => line[^1] is '。' or '，' or '、' or '；' or '：' or '！' or '？' or ',' or ';' or ':' or '!' or '?';

    private sealed class Stated(string label, int subjectStart)
    {
        public string Label { get; } = label;
        public int SubjectStart { get; } = subjectStart;
        public int End { get; set; }
        public Amount? Amount { get; init; }
        public Amount? Change { get; set; }
        public int? ComparedYear { get; set; }
        public (decimal, int, NarrativeComparison)? Percent { get; set; }
        public string? BaseLabel { get; set; }

        /// <summary>Takes the change <paramref name="change"/> states and the percentage printed right after it ("，下降 5.7%").</summary>
        public void Changed(Match change, string text)
        {
            Change = Signed(change.Groups["chg"].Value, change.Groups["dir"].Value);
            ComparedYear = int.Parse(change.Groups["y"].Value, CultureInfo.InvariantCulture);
            End = change.Index + change.Length;
            var percent = PercentAfter().Match(text, End);
            if (!percent.Success) return;
            Percent = (Percentage(percent), Decimals(percent), NarrativeComparison.PriorYear);
            End = percent.Index + percent.Length;
        }
    }

    /// <summary>Reads every stated figure of the narrative lines [0, end) as <see cref="NarrativeFigureKind.Statement"/>.</summary>
    private static void ReadStatements(StagedDocument doc, IReadOnlyList<string> lines, int end, List<(int Line, string Title)> parts)
    {
        // A heading ends where its line ends: the next line's sentence is not its continuation. A running header (a
        // line printed again and again, at the top of each page) is page furniture: a sentence reads on across it. A
        // line ending in a clause's punctuation is the tail of a wrapped sentence however often it recurs (the units of
        // a 汇总 budget describe their 公用支出 in the same words, wrapped alike): a header or footer never ends so.
        var prepared = new string[end];
        var repeated = Enumerable.Range(0, end).Select(i => lines[i].Trim()).Where(l => l.Length > 0 && !EndsClause(l))
            .GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() >= RunningHeaderRepeats).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < end; i++)
        {
            var line = Names.StripMarkup(lines[i]).Trim();
            prepared[i] = repeated.Contains(lines[i].Trim()) && !line.Contains("万元", StringComparison.Ordinal) ? ""
                : HeadingLine().IsMatch(line) && !line.Contains("万元", StringComparison.Ordinal) && !line.EndsWith('。') ? lines[i].TrimEnd() + "。"
                : lines[i];
        }
        var text = new JoinedText(prepared, 0, end);
        var t = text.Text;
        var stated = new List<Stated>();
        var consumed = new List<(int Start, int End)>();
        var previousEnd = 0;
        foreach (Match m in StatedAmount().Matches(t))
        {
            if (m.Index < previousEnd) continue;
            var (label, start) = Subject(doc, text, previousEnd, m.Index);
            if (label.Length == 0) { previousEnd = m.Index + m.Length; continue; }
            var s = new Stated(label, start) { Amount = Amount.Parse(m.Groups["amt"].Value), End = m.Index + m.Length };
            var change = ChangeAfter().Match(t, s.End);
            if (change.Success)
            {
                consumed.Add((change.Index, change.Index + change.Length));
                s.Changed(change, t);
            }
            else if (ShareAfter().Match(t, s.End) is { Success: true } share)
            {
                s.Percent = (Percentage(share), Decimals(share), NarrativeComparison.ShareOfWhole);
                // The whole: the nearest figure before it that is not itself a share ("收入预算 …，其中：…占 92.8%").
                s.BaseLabel = stated.LastOrDefault(p => p.Percent is not { Item3: NarrativeComparison.ShareOfWhole })?.Label;
                s.End = share.Index + share.Length;
            }
            stated.Add(s);
            previousEnd = s.End;
        }
        // A change of its own sentence belongs to the figure its clause names ("政务综合管理项目经费较 2023 年…"), or else to
        // the figure that heads its numbered item ("1.城管综合管理预算 7,950 万元，…。较 2023 年预算减少 1,791 万元").
        foreach (Match c in AnyChange().Matches(t))
        {
            if (consumed.Any(r => r.Start <= c.Index && c.Index < r.End)) continue;
            var itemStart = ItemMarker().Matches(t[..c.Index]).LastOrDefault()?.Index ?? 0;
            var inItem = stated.Where(s => s.End > itemStart && s.End <= c.Index).ToList();
            var clauseStart = t.LastIndexOfAny(Boundaries, Math.Max(0, c.Index - 1)) + 1;
            var (named, _) = CleanSubject(doc, text.Printed(clauseStart, c.Index - clauseStart));
            var head = (named.Length >= 2 ? inItem.FirstOrDefault(s => Names.Normalize(named).StartsWith(Names.Normalize(s.Label), StringComparison.Ordinal)) : null)
                       ?? inItem.FirstOrDefault();
            if (head is null) continue;
            var target = head.Change is null ? head : new Stated(head.Label, head.SubjectStart);
            target.Changed(c, t);
            if (target != head) stated.Add(target);
        }
        foreach (var s in stated)
        {
            var first = text.LineAt(s.SubjectStart);
            var part = parts.LastOrDefault(p => p.Line <= first).Title ?? "文字部分";
            doc.Figures.Add(new StagedFigure(NarrativeFigureKind.Statement, s.Label, s.Amount, s.Change, s.ComparedYear, first, text.LineAt(s.End - 1), part)
            {
                Percent = s.Percent, BaseLabel = s.BaseLabel,
            });
        }
    }

    private static decimal Percentage(Match m)
    {
        var value = decimal.Parse(m.Groups["pct"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return m.Groups["dir"].Value is "下降" or "减少" ? -value : value;
    }

    private static int Decimals(Match m) => m.Groups["pct"].Value.IndexOf('.', StringComparison.Ordinal) is var dot and >= 0 ? m.Groups["pct"].Length - dot - 1 : 0;

    /// <summary>The subject of the amount at <paramref name="at"/>: its clause, cleaned; else the clause before it.</summary>
    private static (string Label, int Start) Subject(StagedDocument doc, JoinedText text, int floor, int at)
    {
        var t = text.Text;
        var boundary = Math.Max(floor, t.LastIndexOfAny(Boundaries, Math.Max(0, at - 1)) + 1);
        if (boundary > at) boundary = floor;
        var (label, offset) = CleanSubject(doc, text.Printed(boundary, at - boundary));
        if (label.Length >= 2) return (label, boundary + offset);
        // No subject of its own: the clause before ("1.因公出国（境）费用。2024 年预算数 0 万元").
        var before = boundary - 1;
        if (before <= floor) return ("", at);
        var start = Math.Max(floor, t.LastIndexOfAny(Boundaries, Math.Max(0, before - 1)) + 1);
        (label, offset) = CleanSubject(doc, text.Printed(start, before - start));
        return label.Length >= 2 ? (label, start + offset) : ("", at);
    }

    private static readonly char[] Boundaries = ['，', '。', '；', '：', '、'];

    private static readonly string[] LeadWords = ["其中", "主要包括", "具体包括", "支出包括", "包括", "及", "和", "共计"];

    [GeneratedRegex(@"(?:数为|数|为|共计|总额|合计|[0-9]+\s*个|\s)+$")]
    private static partial Regex TrailingWords();

    /// <summary>A clause reduced to its subject, and the offset in the clause where the subject begins.</summary>
    private static (string Label, int Offset) CleanSubject(StagedDocument doc, string clause)
    {
        var offset = 0;
        var s = clause;
        void Cut(int n) { offset += n; s = s[n..]; }
        for (var changed = true; changed;)
        {
            changed = false;
            var trimmed = s.TrimStart(' ', '，', '、', '：', '；', '-', '*', '•', '·');
            if (trimmed.Length != s.Length) { Cut(s.Length - trimmed.Length); changed = true; }
            if (LeadingMarker().Match(s) is { Success: true } marker) { Cut(marker.Length); changed = true; }
            // An opening bracket that is no list number opens an aside ("（其中公务用车购置费 0 万元"); quotation marks stay.
            else if (s.StartsWith('（')) { Cut(1); changed = true; }
            foreach (var w in LeadWords)
                if (s.StartsWith(w, StringComparison.Ordinal) && s.Length > w.Length) { Cut(w.Length); changed = true; break; }
        }
        // A year splits the clause: the subject is what follows it, or what precedes it when nothing does.
        if (YearMention().Matches(s).LastOrDefault() is { } year)
        {
            var after = TrailingWords().Replace(s[(year.Index + year.Length)..], "").Trim();
            after = after.EndsWith("预算", StringComparison.Ordinal) && after.Length == 2 ? "" : after;
            if (after.Length >= 2) { Cut(year.Index + year.Length); s = s.TrimStart(); }
            else s = s[..year.Index];
        }
        // The national template names the 项 last: "…（类）…（款）行政单位离退休（项）".
        var item = s.IndexOf("（项）", StringComparison.Ordinal);
        if (item > 0)
        {
            var from = s.LastIndexOf("（款）", item, StringComparison.Ordinal) is var k and >= 0 ? k + 3 : 0;
            Cut(from);
            s = s[..(item - from)];
        }
        if (s.StartsWith(doc.Department, StringComparison.Ordinal) && s.Length > doc.Department.Length && s[doc.Department.Length] != '（')
            Cut(doc.Department.Length);
        s = TrailingWords().Replace(s.TrimStart(), "");
        // "涉及预算资金 54,428 万元" has no subject of its own: it is the clause before ("所有项目支出预算纳入部门预算绩效管理").
        if (s.StartsWith("涉及", StringComparison.Ordinal)) return ("", offset);
        var label = Names.Printed(s);
        return label == "预算" || label.Length > 60 ? ("", offset) : (label, offset);
    }
}
