using System.Globalization;
using System.Text;

namespace BudgetGraph.Ingest.Tests;

/// <summary>
/// A small budget of the template written by the test, with one kind of variation the corpus README lists switched on
/// at a time, so that each axis is proved on a document the importer was not built on. The figures are the same in
/// every variant (in yuan, whole 万元 so that every unit prints them exactly); only the way they are printed varies.
/// The document has the two tables that define a budget (收支总表, 支出总表) and a short narrative.
/// </summary>
public sealed record SyntheticBudget
{
    public const string Department = "深圳市样例区合成事务中心";

    /// <summary>The document's unit: 万元 with two decimals (the default), 万元 whole with separators, or 元 with two decimals.</summary>
    public string Unit { get; init; } = "万元2";

    /// <summary>How a zero is printed: "0.00" (default with decimals), "-", "0".</summary>
    public string? Zero { get; init; }

    /// <summary>
    /// How codes are printed: "joined" (code and name in one cell, default), "column" (a code cell, then the name),
    /// "none" (names only, indented by level: 1, 5 and 9 spaces), "split" (markdown only).
    /// </summary>
    public string Codes { get; init; } = "joined";

    /// <summary>Digits and commas full-width in the figures' cells.</summary>
    public bool FullWidth { get; init; }

    /// <summary>A page break inside 支出总表: page number, running header, the table's header repeated.</summary>
    public string? PageBreak { get; init; }

    /// <summary>Every line followed by a blank line.</summary>
    public bool BlankLines { get; init; }

    /// <summary>How tables are numbered: "表1" (default), "表1-1", or "" (not numbered).</summary>
    public string Numbering { get; init; } = "表1";

    /// <summary>Long names wrapped with their rest on the next line.</summary>
    public bool WrappedNames { get; init; }

    /// <summary>
    /// Markdown headings ("## 部门支出总表", its number on a line before), a blank line after every line outside the tables,
    /// tab-separated rows; with it, <see cref="Codes"/> may be "split" (类, 款 and 项 in three cells) and <see cref="Zero"/> "" (blank).
    /// </summary>
    public bool Markdown { get; init; }

    /// <summary>支出总表 with the columns 事业单位经营支出, 对附属单位补助支出 and 上缴上级支出 after 项目支出 (zero here).</summary>
    public bool ExtraColumns { get; init; }

    /// <summary>
    /// 支出总表 with the 政府采购 columns (小计, 其中：面向中小企业, 其中：面向小型、微型企业) after the extra columns: half of
    /// every project's money bought, all of it from small enterprises, none from micro ones.
    /// </summary>
    public bool ProcurementColumns { get; init; }

    /// <summary>A merged 收支总表: its expenditure side prints 合计 and 其中：财政拨款 (no 财政拨款收支总表 is printed).</summary>
    public bool MergedSummary { get; init; }

    /// <summary>支出总表's header cells broken into fragments over two lines ("科目编码" / "及名称").</summary>
    public bool HeaderFragments { get; init; }

    /// <summary>The tables in another order: 一般公共预算支出表 before 支出总表 (numbers follow the order).</summary>
    public bool Reordered { get; init; }

    /// <summary>Stray spaces inside the figures ("1, 530. 00"), as some extractions print them.</summary>
    public bool StraySpaces { get; init; }

    /// <summary>What follows a page break inside 支出总表: nothing more (default), "续表" (续表（支出总表）), or "title" (title and 部门名称 line again).</summary>
    public string? Continued { get; init; }

    /// <summary>The department (a 街道办事处, a 事业单位, a bureau: its kind comes from its name).</summary>
    public string Name { get; init; } = Department;

    /// <summary>The 支出总表 rows: code, name, basic and project in yuan.</summary>
    public static readonly (string Code, string Name, long Basic, long Project)[] Items =
    [
        ("2010301", "行政运行", 15_300_000, 0),
        ("2010302", "一般行政管理事务", 0, 12_340_000),
        ("2080505", "机关事业单位基本养老保险缴费支出", 3_270_000, 0),
        ("2120501", "城乡社区环境卫生", 970_000, 45_560_000),
    ];

    private static readonly Dictionary<string, string> Names = new()
    {
        ["201"] = "一般公共服务支出", ["20103"] = "政府办公厅（室）及相关机构事务",
        ["208"] = "社会保障和就业支出", ["20805"] = "行政事业单位养老支出",
        ["212"] = "城乡社区支出", ["21205"] = "城乡社区环境卫生",
    };

    /// <summary>Every printed row of 支出总表: each 类, 款 and 项 with its total, basic and project, in yuan.</summary>
    public static IReadOnlyList<(string Code, string Name, long Total, long Basic, long Project)> Rows()
    {
        var rows = new List<(string, string, long, long, long)>();
        foreach (var group in Items.GroupBy(i => i.Code[..3]))
        {
            rows.Add((group.Key, Names[group.Key], group.Sum(i => i.Basic + i.Project), group.Sum(i => i.Basic), group.Sum(i => i.Project)));
            foreach (var section in group.GroupBy(i => i.Code[..5]))
            {
                rows.Add((section.Key, Names[section.Key], section.Sum(i => i.Basic + i.Project), section.Sum(i => i.Basic), section.Sum(i => i.Project)));
                rows.AddRange(section.Select(i => (i.Code, i.Name, i.Basic + i.Project, i.Basic, i.Project)));
            }
        }
        return rows;
    }

    public static long Total => Items.Sum(i => i.Basic + i.Project);

    private string Number(long yuan)
    {
        if (yuan == 0 && Zero is not null) return Zero;
        var text = Unit switch
        {
            "万元" => (yuan / 10_000m).ToString("#,0", CultureInfo.InvariantCulture),
            "元" => yuan.ToString("#,0.00", CultureInfo.InvariantCulture),
            _ => (yuan / 10_000m).ToString("0.00", CultureInfo.InvariantCulture),
        };
        if (StraySpaces) text = text.Replace(",", ", ", StringComparison.Ordinal).Replace(".", ". ", StringComparison.Ordinal);
        return FullWidth ? new string([.. text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c == ',' ? '，' : c)]) : text;
    }

    private string UnitName => Unit == "元" ? "元" : "万元";


    private IEnumerable<string> Title(int n, string title)
    {
        if (Numbering.Length > 0) yield return Numbering == "表1-1" ? $"表{n}-1" : $"表{n}";
        yield return Markdown ? "## " + title : title;
    }

    private string Subject(string code, string name) => Codes switch
    {
        "column" => $"{code} {name}",
        "none" => new string(' ', code.Length == 3 ? 1 : code.Length == 5 ? 5 : 9) + name,
        "split" => string.Join('\t', code[..3], code.Length > 3 ? code[3..5] : "", code.Length > 5 ? code[5..] : "", name),
        _ when Markdown => $"{code}\t{name}",
        _ => code + name,
    };

    private string Cells(params string[] cells) => string.Join(Markdown ? "\t" : " ", cells.Where(c => Markdown || c.Length > 0));

    /// <summary>A table of expenditure by subject (支出总表 and its 一般公共预算 twin): the department's row, then 类, 款, 项.</summary>
    private void Table(List<string> lines, int number, string title, IReadOnlyList<(string Code, string Name, long Total, long Basic, long Project)> rows, string? pageBreak)
    {
        var heading = Title(number, title).ToList();
        var extra = ExtraColumns && !title.StartsWith("一般公共预算", StringComparison.Ordinal);
        var procurement = ProcurementColumns && extra;
        var zeros = extra ? " " + string.Join(' ', Enumerable.Repeat(Number(0), 3)) : "";
        string Bought(long project) => procurement ? $" {Number(project / 2)} {Number(project / 2)} {Number(0)}" : "";
        lines.AddRange(heading);
        var unitLine = Markdown ? new[] { $"部门名称：{Name}", $"单位：{UnitName}" } : [$"部门名称：{Name} 单位：{UnitName}"];
        lines.AddRange(unitLine);
        string[] header = Markdown
            ? [Codes == "split" ? "科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出" : "科目编码\t科目名称\t合计\t基本支出\t项目支出", .. Codes == "split" ? new[] { "类\t款\t项\t\t\t\t" } : []]
            : HeaderFragments
                ? [$"预算单位 {(Codes == "none" ? "科目名称" : "科目编码")} 支出总计 基本支出 项目支出{(extra ? " 事业单位经 对附属单位 上缴上级支出" : "")}",
                   $"{(Codes == "none" ? "" : "及名称")}{(extra ? " 营支出 补助支出" : "")}".Trim()]
                : [$"预算单位 {(Codes == "none" ? "科目名称" : "科目编码及名称")} 支出总计 基本支出 项目支出{(extra ? " 事业单位经营支出 对附属单位补助支出 上缴上级支出" : "")}"];
        if (procurement) header = [header[0] + " 2025 年政府采购项目", "小计 其中：面向中小企业政府采购项目 其中：面向小型、微型企业政府采购项目"];
        lines.AddRange(header);
        var blanks = Markdown ? Codes == "split" ? 4 : 2 : 1;
        lines.Add(Cells([Markdown ? "合计" : Name, .. Enumerable.Repeat("", blanks - 1), Number(Total), Number(Items.Sum(i => i.Basic)), Number(Items.Sum(i => i.Project))]) + zeros + Bought(Items.Sum(i => i.Project)));
        for (var k = 0; k < rows.Count; k++)
        {
            var r = rows[k];
            if (k == rows.Count / 2 && pageBreak is not null)
            {
                lines.Add(pageBreak switch { "第N页" => "第 2 页", "—N—" => "— 2 —", _ => "\f" });
                if (pageBreak == "header") lines.Add($"        2025 年{Name}部门预算");
                if (Continued == "续表") lines.Add($"续表（{title}）");
                if (Continued == "title") lines.AddRange([.. heading, .. unitLine]);
                lines.AddRange(header);
            }
            var amounts = Cells(Number(r.Total), Number(r.Basic), Number(r.Project)) + zeros + Bought(r.Project);
            if (WrappedNames && r.Name.Length > 10) lines.AddRange([Subject(r.Code, r.Name[..8]), r.Name[8..] + " " + amounts]);
            else lines.Add(Cells(Subject(r.Code, r.Name), amounts));
        }
    }

    /// <summary>The document's text.</summary>
    public string Write()
    {
        var rows = Rows();
        var total = Number(Total);
        var wan = (Total / 10_000m).ToString("#,0.00", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            Markdown ? $"# 2025 年{Name}部门预算" : $"2025 年{Name}部门预算",
            Markdown ? "## 一、文字部分" : "一、文字部分",
            Markdown ? "### 第一部分 部门概况" : "第一部分 部门概况",
            $"{Name}负责辖区公共服务。",
            Markdown ? "### 第二部分 部门预算收支总体情况" : "第二部分 部门预算收支总体情况",
            $"2025 年{Name}部门预算收入 {wan} 万元，部门预算支出 {wan} 万元。",
            Markdown ? "## 二、表格部分" : "二、表格部分",
        };
        lines.AddRange(Title(1, "收支总表"));
        lines.AddRange(Markdown ? [$"部门名称：{Name}", $"单位：{UnitName}"] : [$"部门名称：{Name} 单位：{UnitName}"]);
        lines.Add(Markdown ? "收        入\t\t支        出\t" : "收 入 支 出");
        lines.Add(Markdown ? "项    目\t2025 年预算数\t项    目\t2025 年预算数" : MergedSummary ? "项 目 2025 年预算数 项 目 合计 其中：财政拨款" : "项 目 2025 年预算数 项 目 2025 年预算数");
        // With a merged 收支总表 every expenditure figure is printed twice: all the money here is 财政拨款.
        string Spent(long yuan) => MergedSummary ? Number(yuan) + " " + Number(yuan) : Number(yuan);
        var income = new List<(string, string)>
        {
            ("一、财政拨款", total), ("1.一般公共预算拨款", total), ("2.政府性基金预算拨款", Number(0)), ("3.国有资本经营预算拨款", Number(0)),
            ("二、财政专户管理资金", Number(0)), ("三、单位资金", Number(0)),
        };
        var classes = rows.Where(x => x.Code.Length == 3).Select(x => x.Code).ToList();
        var expenditure = rows.Where(r => r.Code.Length <= 5)
            .Select(r => (r.Code.Length == 3 ? $"{"一二三四"[classes.IndexOf(r.Code)]}、{r.Name}" : r.Name, Spent(r.Total))).ToList();
        for (var k = 0; k < Math.Max(income.Count, expenditure.Count); k++)
        {
            var (il, ia) = k < income.Count ? income[k] : ("", "");
            var (el, ea) = k < expenditure.Count ? expenditure[k] : ("", "");
            lines.Add(Cells(il, ia, el, ea));
        }
        lines.Add(Cells("本年收入合计", total, "本年支出合计", Spent(Total)));
        lines.Add(Cells("上年结余、结转", Number(0), "结转下年", Spent(0)));
        lines.Add(Cells("收入总计", total, "支出总计", Spent(Total)));
        if (Reordered)
        {
            Table(lines, 2, "一般公共预算支出表（按功能分类）", rows, null);
            Table(lines, 3, Markdown ? "部门支出总表" : "支出总表", rows, PageBreak);
        }
        else
        {
            Table(lines, 2, Markdown ? "部门支出总表" : "支出总表", rows, PageBreak);
            Table(lines, 3, "一般公共预算支出表（按功能分类）", rows, null);
        }
        if (BlankLines) return string.Join("\n\n", lines) + "\n";
        // Markdown: a blank line after every line that is no table row.
        return Markdown ? string.Concat(lines.Select(l => l.Contains('\t', StringComparison.Ordinal) ? l + "\n" : l + "\n\n")) : string.Join('\n', lines) + "\n";
    }
}
