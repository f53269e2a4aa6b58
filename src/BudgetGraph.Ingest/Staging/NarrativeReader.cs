using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Reads what a budget's 文字部分 states: 第三部分's project categories ("1.政务综合管理预算 33,416 万元")
/// and their main line items ("政务短信平台工作 1,000 万元"), prior-year statements
/// ("比 2022 年增加 28,709 万元", "预算由 12,000 万元减少至 7,000 万元", "较 2022 年预算增加 18,447 万元"),
/// and the department profile (staff, retirees, vehicles, equipment).
/// </summary>
internal static partial class NarrativeReader
{
    internal const string AmountPattern = @"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?";

    [GeneratedRegex(@"（四）\s*项目支出")]
    private static partial Regex ProjectPart();

    [GeneratedRegex(@"[较比]\s*[0-9]{4}\s*年")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"(?<amt>" + AmountPattern + @")\s*万元")]
    private static partial Regex AmountInWan();

    [GeneratedRegex(@"部门预算(?<what>收入|支出)\s*(?<cur>" + AmountPattern + @")\s*万元[，]\s*[比较]\s*(?<y>[0-9]{4})\s*年(?:年初预算)?(?<dir>增加|减少)\s*(?<chg>" + AmountPattern + @")\s*万元")]
    private static partial Regex TotalChange();

    [GeneratedRegex(@"预算由\s*(?<a>" + AmountPattern + @")\s*万元?\s*(?<dir>减少|增加)至\s*(?<b>" + AmountPattern + @")\s*万元?")]
    private static partial Regex FromTo();

    [GeneratedRegex(@"较\s*(?<y>[0-9]{4})\s*年(?:年初)?预算(?<dir>增加|减少)\s*(?<chg>" + AmountPattern + @")\s*万元")]
    private static partial Regex CategoryChange();

    [GeneratedRegex(@"(?:(?<before>[^，。；：、0-9]{2,30}?)\s*)?(?<y>[0-9]{4})\s*年度?\s*(?<after>[^，。；：、0-9]{0,30}?)预算资金较\s*(?<py>[0-9]{4})\s*年度?\s*(?<dir>增加|减少)\s*(?<chg>" + AmountPattern + @")\s*万元")]
    private static partial Regex GroupChange();

    [GeneratedRegex(@"新增(?=[^。；]*?万元)")]
    private static partial Regex NewProjects();

    [GeneratedRegex(@"\G[、，]?\s*(?:及|和)?(?<name>[^、，。；：]{2,60}?)\s*(?:预算)?\s*(?<amt>" + AmountPattern + @")\s*万元(?!\s*以上)")]
    private static partial Regex NewProjectItem();

    [GeneratedRegex(@"(?<name>[^，。；：]{2,60}?)\s*(?<py>[0-9]{4})\s*年无相关预算[，]\s*(?<y>[0-9]{4})\s*年预算\s*(?<amt>" + AmountPattern + @")\s*万元")]
    private static partial Regex NoPriorBudget();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+是|主要原因(?:是|为)|其中[：]?)")]
    private static partial Regex ClauseLead();

    [GeneratedRegex(@"政府采购(?:项目|预算)(?:(?!政府采购)[^。]){0,40}?(?:共计|总额)\s*(?<total>" + AmountPattern + @")\s*万元[，]\s*其中[：]?\s*(?:政府采购)?货物(?:采购|类项目|预算)?\s*(?<goods>" + AmountPattern + @")\s*万元[、，]\s*(?:政府采购)?工程(?:采购|类项目|预算)?\s*(?<works>" + AmountPattern + @")\s*万元[、，]\s*(?:政府采购)?服务(?:采购|类项目|预算)?\s*(?<services>" + AmountPattern + @")\s*万元")]
    private static partial Regex Procurement();

    [GeneratedRegex(@"机关运行经费\s*(?:财政拨款)?\s*预算\s*(?<amt>" + AmountPattern + @")\s*万元(?:[，]\s*[比较]\s*(?<py>[0-9]{4})\s*年(?:年初)?(?:预算)?(?<dir>增加|减少)\s*(?<chg>" + AmountPattern + @")\s*万元)?")]
    private static partial Regex OperatingFunds();

    /// <summary>Reads the narrative lines [0, end) of a budget into <paramref name="doc"/>.</summary>
    public static void Read(StagedDocument doc, IReadOnlyList<string> lines, int end)
    {
        var all = new JoinedText(lines, 0, end);
        ReadTotals(doc, all);
        ReadProjects(doc, all);
        var parts = Parts(lines, end);
        ReadFigures(doc, all, parts);
        ReadStatements(doc, lines, end, parts);
        ProfileReader.Read(doc, all);

        KeyProjects(doc, lines, end);
        var (start, stop) = Section(lines, end, "第三部分部门预算支出具体情况", "第四部分");
        if (start < 0) return;
        var part3 = new JoinedText(lines, start, stop);
        ReadCategories(doc, part3);
    }

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartHeading();

    /// <summary>The 1-based lines of the narrative's part headings ("第二部分 部门预算收支总体情况"), in order; a table of contents is overridden by the part itself.</summary>
    private static List<(int Line, string Title)> Parts(IReadOnlyList<string> lines, int end)
    {
        var parts = new List<(int, string)>();
        for (var i = 0; i < end; i++)
        {
            var line = Names.StripMarkup(lines[i]).Trim().TrimStart('#', '-', ' ');
            if (PartHeading().IsMatch(line)) parts.Add((i + 1, string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        }
        return parts;
    }

    /// <summary>The last line range [start, stop) that begins with a heading containing <paramref name="heading"/>.</summary>
    internal static (int Start, int Stop) Section(IReadOnlyList<string> lines, int end, string heading, string next)
    {
        var start = -1;
        for (var i = 0; i < end; i++)
            if (Names.Normalize(lines[i]).Contains(heading, StringComparison.Ordinal)) start = i;
        if (start < 0) return (-1, -1);
        var stop = end;
        for (var i = start + 1; i < end; i++)
            if (Names.Normalize(lines[i]).StartsWith(next, StringComparison.Ordinal)) { stop = i; break; }
        return (start, stop);
    }

    private static void ReadTotals(StagedDocument doc, JoinedText text)
    {
        foreach (Match m in TotalChange().Matches(text.Text))
        {
            var subject = m.Groups["what"].Value == "收入" ? StatementSubject.TotalIncome : StatementSubject.TotalExpenditure;
            if (doc.PriorYears.Any(p => p.Subject == subject)) continue;
            var current = Amount.Parse(m.Groups["cur"].Value);
            var change = Signed(m.Groups["chg"].Value, m.Groups["dir"].Value);
            doc.PriorYears.Add(new StagedPriorYear(subject, "部门预算" + m.Groups["what"].Value, int.Parse(m.Groups["y"].Value),
                null, current, change, text.LineAt(m.Index + m.Length - 1)) { FirstLine = text.LineAt(m.Index) });
        }
    }

    private static void ReadProjects(StagedDocument doc, JoinedText text)
    {
        foreach (Match m in FromTo().Matches(text.Text))
        {
            var (label, labelStart) = LabelBefore(text, m.Index);
            if (label.Length == 0) continue;
            var earlier = Amount.Parse(m.Groups["a"].Value);
            if (doc.PriorYears.Any(p => p.Subject == StatementSubject.Project && p.Label == label)) continue;
            doc.PriorYears.Add(new StagedPriorYear(StatementSubject.Project, label, doc.Year - 1, earlier,
                Amount.Parse(m.Groups["b"].Value), null, text.LineAt(m.Index + m.Length - 1)) { FirstLine = text.LineAt(labelStart) });
        }
    }

    /// <summary>The project named before "预算由…": back to the previous clause boundary, cut at 根据/已/预算.</summary>
    private static (string Label, int Start) LabelBefore(JoinedText text, int index)
    {
        var start = text.Text.LastIndexOfAny(['：', '；', '。'], Math.Max(0, index - 1)) + 1;
        var label = text.Printed(start, index - start);
        var trimmed = label.Length - label.TrimStart('，', ' ').Length;
        foreach (var cut in new[] { "根据", "已", "预算" })
        {
            var at = label.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0) label = label[..at];
        }
        label = label.Trim('，', ' ');
        foreach (var prefix in new[] { "主要包括", "新增", "包括" })
            if (label.StartsWith(prefix, StringComparison.Ordinal)) label = label[prefix.Length..];
        return (Names.Printed(label), start + trimmed);
    }

    private static void ReadCategories(StagedDocument doc, JoinedText part3)
    {
        var text = part3.Text;
        var project = ProjectPart().Match(text);
        if (!project.Success) return;
        var items = new List<Match>();
        var from = project.Index;
        for (var k = 1; ; k++)
        {
            var item = new Regex(@"(?<![[0-9].])" + k + @"[.．、]\s*(?<name>[^，。；：]{2,60}?)\s*(?:预算)?\s*(?<amt>" + AmountPattern + @")\s*万元")
                .Match(text, from);
            if (!item.Success) break;
            items.Add(item);
            from = item.Index + item.Length;
        }
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var name = Names.Normalize(item.Groups["name"].Value);
            var amount = Amount.Parse(item.Groups["amt"].Value);
            doc.Categories.Add(new StagedCategory(name, amount, part3.LineAt(item.Index + item.Length - 1)));

            var spanEnd = i + 1 < items.Count ? items[i + 1].Index : text.Length;
            var body = text[(item.Index + item.Length)..spanEnd];
            var offset = item.Index + item.Length;

            var change = CategoryChange().Match(body);
            if (change.Success)
                doc.PriorYears.Add(new StagedPriorYear(StatementSubject.ProjectCategory, name, int.Parse(change.Groups["y"].Value),
                    null, amount, Signed(change.Groups["chg"].Value, change.Groups["dir"].Value),
                    part3.LineAt(offset + change.Index + change.Length - 1)) { FirstLine = part3.LineAt(item.Index) });

            var cut = Comparison().Match(body);
            var items3 = cut.Success ? body[..cut.Index] : body;
            ReadLineItems(doc, part3, name, items3, offset);
        }
    }

    private static void ReadLineItems(StagedDocument doc, JoinedText part3, string category, string body, int offset)
    {
        var previousEnd = 0;
        foreach (Match m in AmountInWan().Matches(body))
        {
            var boundary = Math.Max(previousEnd, body.LastIndexOfAny(['，', '；', '：', '。'], Math.Max(0, m.Index - 1)) + 1);
            if (boundary > m.Index) boundary = previousEnd;
            var name = CleanItemName(part3.Printed(offset + boundary, m.Index - boundary));
            previousEnd = m.Index + m.Length;
            if (name.Length == 0) continue;
            doc.LineItems.Add(new StagedLineItem(category, name, Amount.Parse(m.Groups["amt"].Value),
                part3.LineAt(offset + m.Index + m.Length - 1)) { FirstLine = part3.LineAt(offset + FirstNonSpace(body, boundary)) });
        }
    }

    private static int FirstNonSpace(string text, int from)
    {
        while (from < text.Length && text[from] is '、' or '，' or ' ') from++;
        return from;
    }

    /// <summary>
    /// Named figures stated anywhere in the narrative: changes of a group of projects against the prior year, projects
    /// new this year with their budget, 第四部分's procurement split and 第八部分's 机关运行经费. Each cites the lines
    /// its statement spans, name included.
    /// </summary>
    private static void ReadFigures(StagedDocument doc, JoinedText text, List<(int Line, string Title)> parts)
    {
        var t = text.Text;
        void Figure(NarrativeFigureKind kind, string label, Amount? amount, Amount? change, int? compared, int start, int end)
        {
            var first = text.LineAt(start);
            var part = parts.LastOrDefault(p => p.Line <= first).Title ?? "文字部分";
            doc.Figures.Add(new StagedFigure(kind, label, amount, change, compared, first, text.LineAt(end - 1), part));
        }

        foreach (Match m in GroupChange().Matches(t))
        {
            var name = m.Groups["after"].Length > 0 ? m.Groups["after"] : m.Groups["before"];
            if (name.Length == 0) continue;
            var label = ClauseLead().Replace(Names.Printed(text.Printed(name.Index, name.Length)), "");
            if (label.Length < 2) continue;
            var start = m.Groups["before"].Success ? m.Groups["before"].Index : m.Groups["y"].Index;
            Figure(NarrativeFigureKind.ProjectGroupChange, label, null, Signed(m.Groups["chg"].Value, m.Groups["dir"].Value),
                int.Parse(m.Groups["py"].Value), start, m.Index + m.Length);
        }
        foreach (Match lead in NewProjects().Matches(t))
        {
            var at = lead.Index + lead.Length;
            for (var item = NewProjectItem().Match(t, at); item.Success; item = NewProjectItem().Match(t, at))
            {
                var name = item.Groups["name"];
                var label = Names.Printed(text.Printed(name.Index, name.Length));
                if (NotAnItem.Any(w => label.Contains(w, StringComparison.Ordinal) && w != "预算")) break;
                Figure(NarrativeFigureKind.NewProject, label, Amount.Parse(item.Groups["amt"].Value), null, null, name.Index, item.Index + item.Length);
                at = item.Index + item.Length;
            }
        }
        foreach (Match m in NoPriorBudget().Matches(t))
        {
            var name = m.Groups["name"];
            var printed = Names.Printed(text.Printed(name.Index, name.Length));
            var label = ClauseLead().Replace(printed, "");
            var start = name.Index + printed.Length - label.Length;
            Figure(NarrativeFigureKind.NewProject, label, Amount.Parse(m.Groups["amt"].Value), null, int.Parse(m.Groups["py"].Value),
                Math.Max(name.Index, start), m.Index + m.Length);
        }
        var procurement = Procurement().Match(t);
        if (procurement.Success)
        {
            foreach (var (group, kind, label) in new[]
                     {
                         ("total", NarrativeFigureKind.ProcurementTotal, "政府采购"), ("goods", NarrativeFigureKind.ProcurementGoods, "货物采购"),
                         ("works", NarrativeFigureKind.ProcurementWorks, "工程采购"), ("services", NarrativeFigureKind.ProcurementServices, "服务采购"),
                     })
                Figure(kind, label, Amount.Parse(procurement.Groups[group].Value), null, null, procurement.Index, procurement.Index + procurement.Length);
        }
        var funds = OperatingFunds().Match(t);
        if (funds.Success)
            Figure(NarrativeFigureKind.OperatingFunds, "机关运行经费", Amount.Parse(funds.Groups["amt"].Value),
                funds.Groups["chg"].Success ? Signed(funds.Groups["chg"].Value, funds.Groups["dir"].Value) : null,
                funds.Groups["py"].Success ? int.Parse(funds.Groups["py"].Value) : null, funds.Index, funds.Index + funds.Length);
    }

    /// <summary>Words that make a number a count, not a budget ("覆盖辖区 12 个社区").</summary>
    private static readonly string[] Measures = ["个", "场", "天", "次", "人", "家", "项", "年", "月", "公里", "平方", "%", "％", "亩", "户", "所"];

    /// <summary>
    /// 第七部分's list of key projects: after the header naming 项目名称 and 预算数, each row starts with the project's name
    /// and its budget (in 万元, or 元 when the header says so), then its 绩效目标, which may wrap onto lines of its own.
    /// </summary>
    private static void KeyProjects(StagedDocument doc, IReadOnlyList<string> lines, int end)
    {
        var (start, stop) = Section(lines, end, "第七部分", "第八部分");
        if (start < 0) return;
        var title = string.Join(' ', Names.StripMarkup(lines[start]).Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimStart('#', ' ');
        var header = -1;
        for (var i = start + 1; i < stop && header < 0; i++)
        {
            var norm = Names.Normalize(lines[i]);
            if (norm.Contains("项目名称", StringComparison.Ordinal) && norm.Contains("预算数", StringComparison.Ordinal)) header = i;
        }
        if (header < 0) return;
        var yuanPerUnit = Names.Normalize(lines[header]).Contains("（元）", StringComparison.Ordinal) ? 1 : Amount.YuanPerWan;
        for (var i = header + 1; i < stop; i++)
        {
            var norm = Names.Normalize(lines[i]);
            if (norm.StartsWith("备注", StringComparison.Ordinal)) break;
            var cells = Names.StripMarkup(lines[i]).Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var tokens = cells.Length > 1 ? [.. cells.Select(c => Tokenizer.Tokenize(c) is [{ IsNumber: true } n] ? n : new Token(c, null))] : Tokenizer.Tokenize(Names.StripMarkup(lines[i]));
            if (tokens.Count < 2 || tokens[0].IsNumber || !tokens[1].IsNumber || Tokenizer.IsDashZero(tokens[1].Text)) continue;
            var name = Names.Printed(tokens[0].Text);
            if (name.Length < 2 || name.Any(c => c is '，' or '。' or '、' or '；' or '：')) continue;
            // A short word of measure after the number ("12 个社区。") is a count in a wrapped 绩效目标, not a budget.
            if (tokens.Count > 2 && tokens[2].Text.Length <= 4 && Measures.Any(m => tokens[2].Text.StartsWith(m, StringComparison.Ordinal))) continue;
            doc.Figures.Add(new StagedFigure(NarrativeFigureKind.KeyProject, name, tokens[1].Number!.Value.FromUnit(yuanPerUnit), null, null, i + 1, i + 1, title));
        }
    }

    private static readonly string[] NotAnItem = ["较", "比", "增加", "减少", "增长", "下降", "由", "至", "预算"];

    /// <summary>
    /// Cleans a line-item name: leading list words (主要包括, 、, 及) and the narrative suffix 工作
    /// ("政务短信平台工作" is the item 政务短信平台) are dropped; clauses about changes are not items.
    /// </summary>
    private static string CleanItemName(string raw)
    {
        var name = Names.Printed(raw).TrimStart('、', '，');
        foreach (var prefix in new[] { "主要包括", "具体包括", "包括", "其中", "及", "和" })
            if (name.StartsWith(prefix, StringComparison.Ordinal)) name = name[prefix.Length..];
        name = name.TrimStart('、', '，', '：');
        if (name.EndsWith("工作", StringComparison.Ordinal) && name.Length > 4) name = name[..^2];
        return NotAnItem.Any(w => name.Contains(w, StringComparison.Ordinal)) ? "" : name;
    }

    private static Amount Signed(string amount, string direction)
    {
        var a = Amount.Parse(amount);
        return direction is "减少" or "下降" ? a with { WanYuan = -a.WanYuan } : a;
    }
}
