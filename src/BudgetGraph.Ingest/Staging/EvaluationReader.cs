using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Configurations;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Reads a performance evaluation report (prose): initial, adjusted and actual budget with the
/// execution rate; procurement; 三公 budget and actuals; daily operating funds; staff and assets.
/// The sentence giving initial, adjusted and actual budget is required: a report without it is refused.
/// </summary>
internal static partial class EvaluationReader
{
    private const string A = NarrativeReader.AmountPattern;

    [GeneratedRegex(@"年初预算\s*(?<ini>" + A + @")\s*万元[，]\s*年中调整后预算数为\s*(?<adj>" + A + @")\s*万元[，]\s*全年实际支出(?:预算数)?\s*(?<act>" + A + @")\s*万元[，]\s*其中：\s*基本支出\s*(?<basic>" + A + @")\s*万元[，、]\s*项目支出\s*(?<proj>" + A + @")\s*万元[，]\s*[0-9]{4}\s*年度预算执行率为\s*(?<rate>" + A + @")%")]
    private static partial Regex Execution();

    [GeneratedRegex(@"年初预算收入\s*(?<ini>" + A + @")\s*万元[，]\s*其中：\s*基本支出\s*(?<basic>" + A + @")\s*万元[，、]\s*项目支出\s*(?<proj>" + A + @")\s*万元")]
    private static partial Regex Initial();

    [GeneratedRegex(@"政府采购预算数\s*(?<ini>" + A + @")\s*万元[，]\s*实际完成采购预算\s*(?<act>" + A + @")\s*万元[，]\s*政府采购预算执行率为\s*(?<rate>" + A + @")%")]
    private static partial Regex Procurement();

    [GeneratedRegex(@"日常公用经费年初预算数为\s*(?<ini>" + A + @")\s*万元[，]\s*年中调整预算数为\s*(?<adj>" + A + @")\s*万元[，]\s*全年实际支出数为\s*(?<act>" + A + @")\s*万元[，]\s*日常公用经费控制率为\s*(?<rate>" + A + @")%")]
    private static partial Regex Daily();

    [GeneratedRegex(@"三公""?经费年初预算数为\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex ThreePublicInitial();
    [GeneratedRegex(@"因公出国（境）经费[^。；]*?年初预算为\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex AbroadInitial();
    [GeneratedRegex(@"公务接待费\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex ReceptionInitial();
    [GeneratedRegex(@"公务用车购置及运行维护费\s*(?<v>" + A + @")\s*万元[；]\s*调整\s*后预算数为\s*(?<adj>" + A + @")\s*万元")]
    private static partial Regex VehiclesInitial();
    [GeneratedRegex(@"公务车购置及运行维护费实际支出\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex VehiclesActual();
    [GeneratedRegex(@"公务接待费实际支出\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex ReceptionActual();
    [GeneratedRegex(@"因公出国（境）经费实际支出\s*(?<v>" + A + @")\s*万元")]
    private static partial Regex AbroadActual();
    [GeneratedRegex(@"三公""?经费总计支\s*出\s*(?<v>" + A + @")\s*万元[，]\s*""?三公""?经费控制率为\s*(?<rate>" + A + @")%")]
    private static partial Regex ThreePublicActual();

    [GeneratedRegex(@"拥有固定资产\s*(?<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s*件[，]\s*原值合计\s*(?<v>" + A + @")\s*万元[，]\s*实际在用\s*(?<use>" + A + @")\s*万元[，]\s*固定资产利用率\s*(?<rate>" + A + @")%")]
    private static partial Regex FixedAssets();
    [GeneratedRegex(@"绩效监控覆盖率\s*(?<rate>" + A + @")%")]
    private static partial Regex MonitoringCoverage();
    [GeneratedRegex(@"年度预算金额\s*(?<adj>" + A + @")\s*万元[，]\s*全年预算执行数\s*(?<act>" + A + @")\s*万元[。，]\s*年度预算资金总体执行率达\s*(?<rate>" + A + @")%")]
    private static partial Regex ExecutionRestated();
    [GeneratedRegex(@"评价评分\s*(?<score>[0-9]+(?:\.[0-9]+)?)\s*分[，]\s*绩效评级为\s*""?(?<grade>[^""。，；\s]+)""?")]
    private static partial Regex Score();

    // The figures every one of which must lie inside a statement the reader knows: money, stated rates, head counts.
    [GeneratedRegex(@"(?<![0-9.,])(?:" + A + @")\s*万元")]
    private static partial Regex MoneyFigure();
    [GeneratedRegex(@"率(?:为|达到|达|是)?\s*(?:" + A + @")\s*%")]
    private static partial Regex RateFigure();
    [GeneratedRegex(@"(?<![0-9.,])[0-9]+\s*人")]
    private static partial Regex HeadCount();
    [GeneratedRegex(@"[0-9][0-9,.]*")]
    private static partial Regex FigureDigits();

    // The report's outline: 一、 / （一） / 1. / （1）, each numbered 1, 2, 3 … under its parent heading.
    [GeneratedRegex(@"^(?:(?<l0>[一二三四五六七八九十]+)、|（(?<l1>[一二三四五六七八九十]+)）|(?<l2>[0-9]{1,2})[.．](?![0-9])|（(?<l3>[0-9]{1,2})）)")]
    private static partial Regex OutlineNumber();

    /// <summary>
    /// Reads the report. It is held to the standard of a budget: it is refused — never imported in part — when its
    /// outline skips a number (a heading line lost), when a money figure, a stated rate or a head count stands outside
    /// every statement the reader knows (a sentence cut or a line lost), when the execution sentence is missing, or
    /// when it ends before its closing score (a report cut short).
    /// </summary>
    public static void Read(StagedDocument doc, IReadOnlyList<string> lines)
    {
        CheckOutline(doc.FileName, lines);
        var text = new JoinedText(lines, 0, lines.Count);
        var t = text.Text;
        var read = new List<Match>();
        int End(Match m) => text.LineAt(m.Index + m.Length - 1);
        Match Use(Match m)
        {
            if (m.Success) read.Add(m);
            return m;
        }
        // A figure cites the lines from its sentence's start to its own unit ("万元", "%"), not to the sentence's end.
        int Through(Group g)
        {
            var end = g.Index + g.Length;
            while (end < t.Length && (t[end] == ' ' || t[end] == '万' || t[end] == '元' || t[end] == '%')) end++;
            return text.LineAt(end - 1);
        }
        int First(Match m) => text.LineAt(m.Index);
        void Add(ExecutionMeasure measure, int stage, Group g, Match m) =>
            doc.Executions.Add(new StagedExecution(measure, stage, Amount.Parse(g.Value), Through(g)) { FirstLine = First(m) });
        void Rate(ExecutionMeasure measure, Group g, Match m) =>
            doc.Rates.Add(new StagedRate(measure, BasisPoints(g.Value), Through(g)) { FirstLine = First(m) });
        void Three(ThreePublicItem item, int stage, Group g, Match m) =>
            doc.ThreePublic.Add(new StagedThreePublic(item, stage, Amount.Parse(g.Value), Through(g)) { FirstLine = First(m) });

        var execution = Use(Execution().Match(t));
        if (!execution.Success)
            throw new ImportRefusedException(doc.FileName, LastLine(lines),
                "a sentence stating 年初预算, 年中调整后预算数, 全年实际支出 and 预算执行率, but the report ends without one");
        Add(ExecutionMeasure.Total, ReferenceData.InitialStage, execution.Groups["ini"], execution);
        Add(ExecutionMeasure.Total, ReferenceData.AdjustedStage, execution.Groups["adj"], execution);
        Add(ExecutionMeasure.Total, ReferenceData.ActualStage, execution.Groups["act"], execution);
        Add(ExecutionMeasure.Basic, ReferenceData.ActualStage, execution.Groups["basic"], execution);
        Add(ExecutionMeasure.Project, ReferenceData.ActualStage, execution.Groups["proj"], execution);
        Rate(ExecutionMeasure.Total, execution.Groups["rate"], execution);

        var initial = Use(Initial().Match(t));
        if (initial.Success)
        {
            Add(ExecutionMeasure.Basic, ReferenceData.InitialStage, initial.Groups["basic"], initial);
            Add(ExecutionMeasure.Project, ReferenceData.InitialStage, initial.Groups["proj"], initial);
        }
        var procurement = Use(Procurement().Match(t));
        if (procurement.Success)
        {
            Add(ExecutionMeasure.Procurement, ReferenceData.InitialStage, procurement.Groups["ini"], procurement);
            Add(ExecutionMeasure.Procurement, ReferenceData.ActualStage, procurement.Groups["act"], procurement);
            Rate(ExecutionMeasure.Procurement, procurement.Groups["rate"], procurement);
        }
        var daily = Use(Daily().Match(t));
        if (daily.Success)
        {
            Add(ExecutionMeasure.DailyOperations, ReferenceData.InitialStage, daily.Groups["ini"], daily);
            Add(ExecutionMeasure.DailyOperations, ReferenceData.AdjustedStage, daily.Groups["adj"], daily);
            Add(ExecutionMeasure.DailyOperations, ReferenceData.ActualStage, daily.Groups["act"], daily);
            Rate(ExecutionMeasure.DailyOperations, daily.Groups["rate"], daily);
        }

        var threeInitial = Use(ThreePublicInitial().Match(t));
        if (threeInitial.Success)
        {
            Three(ThreePublicItem.Total, ReferenceData.InitialStage, threeInitial.Groups["v"], threeInitial);
            // The items of the initial 三公 budget follow in the same paragraph.
            var offset = threeInitial.Index + threeInitial.Length;
            var abroad = Use(AbroadInitial().Match(t, offset));
            if (abroad.Success) Three(ThreePublicItem.Abroad, ReferenceData.InitialStage, abroad.Groups["v"], abroad);
            var reception = Use(ReceptionInitial().Match(t, offset));
            if (reception.Success) Three(ThreePublicItem.Reception, ReferenceData.InitialStage, reception.Groups["v"], reception);
            var vehicles = Use(VehiclesInitial().Match(t, offset));
            if (vehicles.Success)
            {
                Three(ThreePublicItem.Vehicles, ReferenceData.InitialStage, vehicles.Groups["v"], vehicles);
                Three(ThreePublicItem.Total, ReferenceData.AdjustedStage, vehicles.Groups["adj"], vehicles);
            }
        }
        foreach (var (regex, item) in new[] { (VehiclesActual(), ThreePublicItem.Vehicles), (ReceptionActual(), ThreePublicItem.Reception), (AbroadActual(), ThreePublicItem.Abroad) })
        {
            var m = Use(regex.Match(t));
            if (m.Success) Three(item, ReferenceData.ActualStage, m.Groups["v"], m);
        }
        var threeActual = Use(ThreePublicActual().Match(t));
        if (threeActual.Success)
        {
            Three(ThreePublicItem.Total, ReferenceData.ActualStage, threeActual.Groups["v"], threeActual);
            Rate(ExecutionMeasure.ThreePublic, threeActual.Groups["rate"], threeActual);
        }

        var assets = Use(FixedAssets().Match(t));
        if (assets.Success)
        {
            doc.Profile.Add(new StagedProfile("fixed_assets_in_use_value", Amount.Parse(assets.Groups["use"].Value).Yuan, "元", End(assets)));
            Rate(ExecutionMeasure.FixedAssets, assets.Groups["rate"], assets);
        }
        var coverage = Use(MonitoringCoverage().Match(t));
        if (coverage.Success) Rate(ExecutionMeasure.PerformanceMonitoring, coverage.Groups["rate"], coverage);
        var restated = Use(ExecutionRestated().Match(t));
        if (restated.Success) CheckRestated(doc.FileName, restated, execution, End(restated));

        read.AddRange(ProfileReader.Read(doc, text));
        CheckFiguresRead(doc.FileName, text, read);

        var score = Score().Match(t);
        if (!score.Success)
            throw new ImportRefusedException(doc.FileName, LastLine(lines),
                "the closing score (“…评价评分 97.62 分，绩效评级为“优”。”), but the report ends without one");
        doc.Score = new StagedScore(decimal.Parse(score.Groups["score"].Value, CultureInfo.InvariantCulture), score.Groups["grade"].Value, End(score));
        CheckHeadingsStated(doc, lines, t);
        ReadStatements(doc, lines, "主要履职情况", EvaluationStatementKind.Output);
        ReadStatements(doc, lines, "效果性", EvaluationStatementKind.Outcome);
    }

    /// <summary>
    /// The numbered items one level below the heading containing <paramref name="heading"/> (主要履职情况's "1." items,
    /// 效果性's "（1）" items), each up to the next item or the next heading at the heading's level or above.
    /// </summary>
    private static void ReadStatements(StagedDocument doc, IReadOnlyList<string> lines, string heading, EvaluationStatementKind kind)
    {
        var outline = Outline(lines);
        var at = outline.FindIndex(h => h.Level < 3 && Names.Normalize(lines[h.Index]).Contains(heading, StringComparison.Ordinal));
        if (at < 0) return;
        var parent = outline[at].Level;
        for (var k = at + 1; k < outline.Count && outline[k].Level > parent; k++)
        {
            if (outline[k].Level != parent + 1) continue;
            var next = outline.Skip(k + 1).FirstOrDefault(h => h.Level <= parent + 1);
            var end = next.Index > 0 ? next.Index : lines.Count;
            while (end > outline[k].Index + 1 && lines[end - 1].Trim().Length == 0) end--;
            var text = new JoinedText(lines, outline[k].Index, end);
            var printed = OutlineNumber().Replace(Names.Printed(text.Printed(0, text.Text.Length)), "");
            doc.Statements.Add(new StagedStatement(kind, outline[k].Number, printed, outline[k].Index + 1, end));
        }
    }

    /// <summary>The report's numbered headings in order: (0-based line index, level 0–3, number).</summary>
    private static List<(int Index, int Level, int Number)> Outline(IReadOnlyList<string> lines)
    {
        var outline = new List<(int Index, int Level, int Number)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var m = OutlineNumber().Match(Names.Normalize(lines[i]));
            if (!m.Success) continue;
            var level = Enumerable.Range(0, 4).First(l => m.Groups["l" + l].Success);
            var value = m.Groups["l" + level].Value;
            outline.Add((i, level, level <= 1 ? ChineseNumber(value) : int.Parse(value, CultureInfo.InvariantCulture)));
        }
        return outline;
    }

    /// <summary>Refuses the report when a heading's number does not follow the previous one under the same parent.</summary>
    private static void CheckOutline(string file, IReadOnlyList<string> lines)
    {
        var last = new int[4];
        foreach (var (index, level, number) in Outline(lines))
        {
            if (number != last[level] + 1)
                throw new ImportRefusedException(file, index + 1,
                    $"heading number {Numbered(level, last[level] + 1)} of the report's outline (after {(last[level] == 0 ? "its parent heading" : Numbered(level, last[level]))}), found {Numbered(level, number)}");
            last[level] = number;
            for (var deeper = level + 1; deeper < 4; deeper++) last[deeper] = 0;
        }
    }

    private static string Numbered(int level, int n) => level switch
    {
        0 => ChineseNumeral(n) + "、",
        1 => "（" + ChineseNumeral(n) + "）",
        2 => n + ".",
        _ => "（" + n + "）",
    };

    private const string Digits = "一二三四五六七八九";

    /// <summary>一 … 九十九.</summary>
    private static int ChineseNumber(string s)
    {
        var ten = s.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0) return Digits.IndexOf(s[0], StringComparison.Ordinal) + 1;
        var tens = ten == 0 ? 1 : Digits.IndexOf(s[0], StringComparison.Ordinal) + 1;
        var units = ten == s.Length - 1 ? 0 : Digits.IndexOf(s[^1], StringComparison.Ordinal) + 1;
        return tens * 10 + units;
    }

    private static string ChineseNumeral(int n) => n switch
    {
        < 10 => Digits[n - 1].ToString(),
        10 => "十",
        < 20 => "十" + Digits[n - 11],
        < 100 => Digits[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : Digits[n % 10 - 1].ToString()),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Every money figure, stated rate and head count must lie inside a statement the reader read: one outside
    /// them is the remains of a sentence cut by a lost line (or a statement the reader does not know), and
    /// importing the report without it would lose a figure silently.
    /// </summary>
    private static void CheckFiguresRead(string file, JoinedText text, List<Match> read)
    {
        var figures = MoneyFigure().Matches(text.Text).Concat(RateFigure().Matches(text.Text)).Concat(HeadCount().Matches(text.Text))
            .OrderBy(f => f.Index);
        foreach (var f in figures)
        {
            // Prose never wraps inside a number: digits running on across a line break are two numbers joined by a
            // missing line ("43" + "71 人" when the line between them is lost).
            var digits = FigureDigits().Match(f.Value);
            var (first, last) = (text.LineAt(f.Index + digits.Index), text.LineAt(f.Index + digits.Index + digits.Length - 1));
            if (first != last)
                throw new ImportRefusedException(file, first,
                    $"a figure printed on one line, found “{digits.Value}” running on from line {first} into line {last} (a line missing between them?)");
            if (read.Any(r => r.Index <= f.Index && f.Index + f.Length <= r.Index + r.Length)) continue;
            throw new ImportRefusedException(file, text.LineAt(f.Index),
                $"“{f.Value}” inside a complete statement the report reader knows, found it outside every one (a sentence cut short or a line missing)");
        }
    }

    /// <summary>
    /// What a heading of the report's template promises: the statement that section exists to give. A section whose
    /// statement is absent lost it (a line dropped in a sentence with a single figure leaves no figure behind).
    /// </summary>
    private static readonly (string Heading, string Statement, Func<StagedDocument, string, bool> Stated)[] Promises =
    [
        ("政府采购执行情况", "政府采购预算数 … 万元，实际完成采购预算 … 万元，政府采购预算执行率为 …%", (d, _) => d.Rates.Any(r => r.Measure == ExecutionMeasure.Procurement)),
        ("人员管理", "编制数 … 人，实有在编人数 … 人", (d, t) => d.Profile.Any(p => p.Measure is "admin_staff" or "institution_staff")
            && d.Profile.Any(p => p.Measure is "admin_posts" or "institution_posts")
            && (!t.Contains("其他人员", StringComparison.Ordinal) || d.Profile.Any(p => p.Measure == "other_staff"))),
        ("固定资产利用率", "拥有固定资产 … 件，原值合计 … 万元，实际在用 … 万元，固定资产利用率 …%", (d, _) => d.Rates.Any(r => r.Measure == ExecutionMeasure.FixedAssets)),
        ("经济性", "“三公”经费总计支出 … 万元，“三公”经费控制率为 …%, with each item's actual and 日常公用经费控制率",
            (d, _) => d.Rates.Any(r => r.Measure == ExecutionMeasure.ThreePublic) && d.Rates.Any(r => r.Measure == ExecutionMeasure.DailyOperations)
                 && d.ThreePublic.Count(t => t.StageId == ReferenceData.ActualStage && t.Item != ThreePublicItem.Total) == 3),
        ("全面实施预算绩效管理", "绩效监控覆盖率 …%", (d, _) => d.Rates.Any(r => r.Measure == ExecutionMeasure.PerformanceMonitoring)),
    ];

    private static void CheckHeadingsStated(StagedDocument doc, IReadOnlyList<string> lines, string text)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = Names.Normalize(lines[i]);
            if (!OutlineNumber().IsMatch(line)) continue;
            foreach (var (heading, statement, stated) in Promises)
                if (line.Contains(heading, StringComparison.Ordinal) && !stated(doc, text))
                    throw new ImportRefusedException(doc.FileName, i + 1, $"the statement “{statement}” in the section {line}, found none");
        }
    }

    /// <summary>效率性 restates the adjusted budget, the actual and the rate: they must equal the execution sentence's.</summary>
    private static void CheckRestated(string file, Match restated, Match execution, int line)
    {
        foreach (var (group, name) in new[] { ("adj", "年中调整后预算数"), ("act", "全年实际支出"), ("rate", "预算执行率") })
        {
            var again = decimal.Parse(restated.Groups[group].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var first = decimal.Parse(execution.Groups[group].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            if (again != first)
                throw new ImportRefusedException(file, line, $"the restated {name} equal to the execution sentence's {execution.Groups[group].Value}, found {restated.Groups[group].Value}");
        }
    }

    private static int LastLine(IReadOnlyList<string> lines)
    {
        var last = lines.Count;
        while (last > 1 && lines[last - 1].Trim().Length == 0) last--;
        return last;
    }

    /// <summary>"96.25" (percent) → 9625 hundredths of a percent.</summary>
    private static int BasisPoints(string percent) =>
        decimal.ToInt32(decimal.Parse(percent, CultureInfo.InvariantCulture) * 100);
}
