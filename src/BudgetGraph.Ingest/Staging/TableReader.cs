using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Reads the 表格部分 of a budget into <see cref="StagedTable"/>s. Tables are recognised by their titles
/// (numbering and order differ between documents); a repeated title, or "续表（…）", is a page break of the
/// table being read, while a title seen again after other tables is a table printed twice (kept once, flagged).
/// After a title, lines made only of header words are page headers; page numbers ("— 7 —", "第 7 页") and
/// running headers are furniture. A text line without amounts is part of a wrapped row name: the start of the
/// next row's name when that row prints no text of its own (or the line starts with a subject code), else the
/// rest of the previous row's name. Each table's unit ("单位：元" / "单位：万元") converts its amounts to 万元.
/// </summary>
internal sealed partial class TableReader(string file, string department, StagedDocument doc)
{
    private readonly string _department = Names.Normalize(department);
    private readonly Dictionary<Schedule, StagedTable> _tables = [];
    private readonly List<(int Line, string Text)> _performanceLines = [];
    private TableSpec? _spec;
    private StagedTable? _table;
    private bool _headerMode;
    private bool _skipping;
    private readonly List<(string Text, int Indent, int Line)> _pending = [];
    private string? _number;
    private int _numberLine;
    private int _lastDataLine;
    private readonly HashSet<StagedTable> _declaredEmpty = [];
    private bool _previousAligned;

    [GeneratedRegex(@"\S {2,}\S")]
    private static partial Regex AlignedColumns();

    /// <summary>A note saying the table has no rows ("故本表为空表", "本表无数据", "本表本年无发生额").</summary>
    private static bool DeclaresEmpty(string norm) =>
        norm.Contains("空表", StringComparison.Ordinal) || norm.Contains("无数据", StringComparison.Ordinal)
        || norm.Contains("无发生额", StringComparison.Ordinal) || norm.Contains("没有使用", StringComparison.Ordinal);

    [GeneratedRegex(@"^表[0-9]+(?:[-－—][0-9]+)?$")]
    private static partial Regex TableNumber();

    // "— 7 —", "- 7 -", "第 7 页", "第7页共20页", "7/20", and a page number alone ("7"; codes have at least 3 digits).
    [GeneratedRegex(@"^(?:[—–－-]+[0-9]+[—–－-]+|第[0-9]+页(?:[，,]?共[0-9]+页)?|[0-9]+/[0-9]+|[0-9]{1,2})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"单位[：:]\s*(?<u>万元|元)")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"^[0-9]{3}")]
    private static partial Regex LeadingCode();

    /// <summary>Lines of the performance table, for <see cref="PerformanceReader"/>.</summary>
    public IReadOnlyList<(int Line, string Text)> PerformanceLines => _performanceLines;

    private readonly List<(int Line, string Text)> _procurementLines = [];

    /// <summary>Lines of the 政府采购预算表, for <see cref="ProcurementReader"/>.</summary>
    public IReadOnlyList<(int Line, string Text)> ProcurementLines => _procurementLines;

    /// <summary>The recognised tables without a place in the warehouse, by name, with their title line.</summary>
    public List<(string Name, int Line)> Unplaced { get; } = [];

    /// <summary>The line of the last row read (the last line of the tables).</summary>
    public int LastDataLine => _lastDataLine;

    /// <summary>The schedule of the table read last.</summary>
    public TableSpec? LastSpec => _spec;

    /// <summary>Reads lines [start, end) (0-based indexes into <paramref name="lines"/>).</summary>
    public Dictionary<Schedule, StagedTable> Read(IReadOnlyList<string> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            var lineNo = i + 1;
            var raw = lines[i].Replace("\f", "", StringComparison.Ordinal);
            var norm = Names.Normalize(raw);
            if (norm.Length == 0) continue;
            if (IsFurniture(norm))
            {
                // A new page may repeat the column headers without the title.
                _headerMode = true;
                continue;
            }

            if (TableNumber().IsMatch(norm)) { _number = TableSpec.NumberOf(norm); _numberLine = lineNo; continue; }

            if (TableSpec.ForTitle(norm) is { } title)
            {
                StartPage(title.Spec, TableSpec.NumberOf(norm) ?? (_number is not null && lineNo - _numberLine <= 4 ? _number : null), norm, lineNo, title.Continuation);
                continue;
            }
            if (_spec is null || _skipping) continue;
            if (UnitLine().Match(norm) is { Success: true } unit && _table is not null && _table.Rows.Count == 0)
                _table.UnitYuan = unit.Groups["u"].Value == "元" ? 1 : Amount.YuanPerWan;
            if (_table is not null && DeclaresEmpty(norm)) _declaredEmpty.Add(_table);
            if (IsMeta(norm)) continue;
            if (_spec.Schedule == Schedule.Performance) { _performanceLines.Add((lineNo, raw)); continue; }
            if (_spec.Schedule == Schedule.Procurement) { if (!_skipping) _procurementLines.Add((lineNo, raw)); continue; }
            if (_table is null) continue;
            if (_spec.IsPaired) ReadPairs(lineNo, raw);
            else ReadRow(lineNo, raw);
        }
        FlushPending();
        foreach (var table in _tables.Values)
            for (var r = 0; r < table.Rows.Count; r++)
                table.Rows[r] = table.Rows[r] with { Label = CompleteDepartmentName(table.Rows[r].Label) };
        return _tables;
    }

    /// <summary>Page numbers and running headers (the document's title repeated at the top of each page).</summary>
    private bool IsFurniture(string norm) =>
        PageNumber().IsMatch(norm)
        || ((norm.EndsWith("部门预算", StringComparison.Ordinal) || norm.EndsWith("单位预算", StringComparison.Ordinal))
            && norm.Contains(_department, StringComparison.Ordinal) && norm.Length <= _department.Length + 12);

    private void StartPage(TableSpec spec, string? number, string title, int lineNo, bool continuation)
    {
        FlushPending();
        // An empty table followed by the next one is printed empty ("本表无数据"); only the last table can be cut.
        var same = _spec == spec && !_skipping;
        _spec = spec;
        _skipping = false;
        _number = null;
        _headerMode = true;
        if (spec.Schedule is not { } schedule)
        {
            if (!same) Unplaced.Add((spec.Name, lineNo));
            _table = null;
            return;
        }
        if (_tables.TryGetValue(schedule, out var table))
        {
            // The title again while reading the table: a page break. After other tables: the table printed twice.
            if (!same && !continuation)
            {
                doc.Warnings.Add($"{file}: line {lineNo}: {table.Citation} is printed twice (first at line {table.TitleLine}); the second copy is not stored");
                table.PrintedTwiceAt = lineNo;
                _skipping = true;
            }
            _table = table;
            return;
        }
        _table = _tables[schedule] = new StagedTable(schedule, title.Length > 0 ? StripNumber(title) : spec.Name, number, lineNo);
    }

    private static string StripNumber(string title)
    {
        var number = TableSpec.NumberOf(title);
        return number is null ? title : title[number.Length..];
    }

    private void FinishTable(int lineNo)
    {
        if (_spec is { Columns.Length: > 0 } && _table is { Rows.Count: 0 } && !_skipping && !_declaredEmpty.Contains(_table))
            throw new ImportRefusedException(file, lineNo, $"data rows in {_table.Citation} before this line");
    }

    /// <summary>Lines that belong to the page furniture of a table, never to its rows.</summary>
    private static bool IsMeta(string norm) =>
        norm.StartsWith("部门名称", StringComparison.Ordinal) || norm.StartsWith("单位名称", StringComparison.Ordinal)
        || norm.StartsWith("单位：", StringComparison.Ordinal) || norm.StartsWith("注：", StringComparison.Ordinal)
        || norm.StartsWith("本套报表", StringComparison.Ordinal) || norm.StartsWith("备注", StringComparison.Ordinal)
        || norm.StartsWith("--", StringComparison.Ordinal) || norm.StartsWith("本部门", StringComparison.Ordinal)
        || norm.StartsWith("本表", StringComparison.Ordinal) || norm.StartsWith("说明：", StringComparison.Ordinal);

    private Amount InUnit(Amount a) => a.FromUnit(_table!.UnitYuan);

    private void ReadPairs(int lineNo, string raw)
    {
        var norm = Names.Normalize(raw);
        // Column headers: "项目 2023 年预算数 …", "收 入 支 出", "预算数".
        if (norm.Contains("预算数", StringComparison.Ordinal) || norm.StartsWith("项目", StringComparison.Ordinal) || norm.StartsWith("收入支出", StringComparison.Ordinal)
            || norm == "合计其中：财政拨款" || norm.StartsWith("一般公共预算", StringComparison.Ordinal) && !norm.Contains("拨款", StringComparison.Ordinal))
        {
            // The column headers name what a pair's further amounts are (其中：财政拨款, or the three budgets).
            if (_table!.Rows.Count == 0) _table.Header += norm;
            return;
        }
        var pairs = new List<(string, Amount)>();
        var extras = new List<List<Amount>>();
        if (raw.Contains('\t', StringComparison.Ordinal))
        {
            // Cells: a label cell, then its amount cells (a blank amount cell is zero).
            var cells = Names.StripMarkup(raw).Split('\t').Select(c => c.Trim()).ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                if (cells[c].Length == 0 || Cell(cells[c]) is not null) continue;
                var amount = c + 1 < cells.Count ? Cell(cells[c + 1]) ?? new Amount(0m, 0) : new Amount(0m, 0);
                pairs.Add((cells[c], InUnit(amount)));
                // Further amount cells up to the next label cell belong to this pair (blank cells are zero).
                var more = new List<Amount>();
                for (var k = c + 2; k < cells.Count && (cells[k].Length == 0 || Cell(cells[k]) is not null); k++)
                    more.Add(InUnit(cells[k].Length == 0 ? new Amount(0m, 0) : Cell(cells[k])!.Value));
                extras.Add(more);
            }
        }
        else
        {
            var label = new List<string>();
            var lastWasNumber = false;
            foreach (var token in Tokenizer.Tokenize(Names.StripMarkup(raw)))
            {
                if (!token.IsNumber) { label.Add(token.Text); lastWasNumber = false; continue; }
                // A second amount after a label's amount is the next column of the same row (合计 | 其中：财政拨款).
                if (lastWasNumber && label.Count == 0) { extras[^1].Add(InUnit(token.Number!.Value)); continue; }
                if (label.Count == 0)
                    throw new ImportRefusedException(file, lineNo,
                        $"a row name before the amount {token.Text} in {_table!.Citation}");
                pairs.Add((string.Join(' ', label), InUnit(token.Number!.Value)));
                extras.Add([]);
                label.Clear();
                lastWasNumber = true;
            }
        }
        if (pairs.Count > 0)
        {
            _table!.Rows.Add(new StagedRow(lineNo, pairs[0].Item1, [.. pairs.Select(p => p.Item2)]) { Pairs = pairs, PairExtras = extras });
            _lastDataLine = lineNo;
        }
    }

    /// <summary>The amount a whole cell holds, or null when the cell is text (blank cells are handled by the caller).</summary>
    private static Amount? Cell(string cell)
    {
        var tokens = Tokenizer.Tokenize(cell);
        return tokens.Count == 1 && tokens[0].IsNumber ? tokens[0].Number : null;
    }

    private void ReadRow(int lineNo, string raw)
    {
        var spec = _spec!;
        var table = _table!;
        var stripped = Names.StripMarkup(raw);
        if (stripped.Contains('\t', StringComparison.Ordinal) && BlankAmountCells(stripped) is { } cellRow)
        {
            AddRow(lineNo, raw, cellRow.Label, cellRow.Amounts);
            return;
        }
        var tokens = Tokenizer.Tokenize(stripped);
        if (tokens.Count == 0) return;
        var runs = Runs(tokens);
        var width = table.Columns;

        var wide = runs.Where(r => width == 0 ? spec.Columns.Contains(r.Length) : r.Length == width).ToList();
        if (wide.Count >= 2)
        {
            ReadFlattened(lineNo, tokens, wide);
            return;
        }

        var tail = tokens[^1].IsNumber ? runs[^1].Length : 0;
        var hasText = tokens.Any(t => !t.IsNumber);
        if (tail >= spec.Columns.Min())
        {
            var take = width != 0 ? width : spec.Columns.Contains(tail) ? tail : spec.Columns.Where(c => c <= tail).Max();
            if (tail < take)
                throw new ImportRefusedException(file, lineNo, $"{take} amounts in {table.Citation}, found {tail}");
            var labelTokens = tokens.Take(tokens.Count - take).ToList();
            AddRow(lineNo, raw, string.Join(' ', labelTokens.Select(t => t.Text)), [.. tokens.Skip(tokens.Count - take).Select(t => t.Number!.Value)]);
            return;
        }
        if (_headerMode && IsHeader(tokens))
        {
            if (table.Rows.Count == 0) table.Header += Names.Normalize(raw);
            return;
        }
        // Too few amounts: a row cut short. (A lone number without text is kept as text: it may be the
        // code of a wrapped row, " 2010399" above its name.)
        if (tail >= 2 || (tail == 1 && hasText))
        {
            var expected = width != 0 ? width : spec.Columns.Min();
            throw new ImportRefusedException(file, lineNo, $"{expected} amounts in {table.Citation}, found {tail}");
        }
        _pending.Add((string.Join(' ', tokens.Select(t => t.Text)), Indent(raw), lineNo));
    }

    /// <summary>
    /// A tab-separated row read cell by cell, for the national template's tables: codes split into 类/款/项 cells
    /// (the header prints "类 款 项"; the code cells precede the name, or follow it in 项目支出表), and zero printed
    /// as a blank cell. Every cell after the label is an amount, blank ones zero. Null when the row is neither
    /// (it is read as words then).
    /// </summary>
    private (string Label, List<Amount> Amounts)? BlankAmountCells(string line)
    {
        var cells = line.Split('\t').Select(c => c.Trim()).ToList();
        var header = _table!.Header;
        var codeColumns = header.Contains("类款项", StringComparison.Ordinal) ? 3 : header.Contains("类款", StringComparison.Ordinal) ? 2 : 0;
        static bool Digits(string c, int length) => c.Length == length && c.All(char.IsAsciiDigit);
        static bool Text(string c) => c.Length > 0 && Cell(c) is null;
        List<string>? codes = null;
        string? name = null;
        var first = -1;
        if (codeColumns > 0 && cells.Count > codeColumns + 1)
        {
            if (Text(cells[0]) && cells.Skip(1).Take(codeColumns).All(c => c.Length == 0 || c.All(char.IsAsciiDigit)))
                (name, codes, first) = (cells[0], cells.Skip(1).Take(codeColumns).ToList(), codeColumns + 1);
            else if (Digits(cells[0], 3) && cells.Skip(1).Take(codeColumns - 1).All(c => c.Length == 0 || Digits(c, 2)) && Text(cells[codeColumns]))
                (name, codes, first) = (cells[codeColumns], cells.Take(codeColumns).ToList(), codeColumns + 1);
        }
        if (first < 0)
        {
            first = cells.FindIndex(c => c.Length > 0 && Cell(c) is not null);
            if (first < 0 || !cells.Skip(first).Any(c => c.Length == 0)) return null;
            name = string.Join(' ', cells.Take(first).Where(c => c.Length > 0));
            codes = [];
        }
        var amountCells = cells.Skip(first).ToList();
        if (amountCells.Any(c => c.Length > 0 && Cell(c) is null)) return null;
        var width = _table.Columns != 0 ? _table.Columns : _spec!.Columns.Where(c => c <= amountCells.Count).DefaultIfEmpty(0).Max();
        if (width == 0) width = amountCells.Count;
        // Trailing blank cells beyond the table's width are the line's own padding.
        while (amountCells.Count > width && amountCells[^1].Length == 0) amountCells.RemoveAt(amountCells.Count - 1);
        while (amountCells.Count < width) amountCells.Add("");
        var code = string.Concat(codes!);
        var label = code.Length > 0 ? code + " " + name : name!;
        return (label, [.. amountCells.Select(c => c.Length == 0 ? new Amount(0m, 0) : Cell(c)!.Value)]);
    }

    private static int Indent(string raw)
    {
        var n = 0;
        foreach (var c in raw)
        {
            if (c == ' ' || c == '\u00a0') n++;
            else if (c == '\u3000') n += 2;
            else if (c == '\t') n += 4;
            else break;
        }
        return n;
    }

    /// <summary>
    /// Adds a data row. Pending text lines (a name wrapped over lines without amounts) start this row's name
    /// when this row prints no text of its own, when they start with a subject code, when no row precedes
    /// them, or when single-spaced and indented deeper than this row (a name wrapped to the margin); otherwise they finish the previous row's name (the rest printed below its amounts).
    /// </summary>
    private void AddRow(int lineNo, string raw, string label, List<Amount> amounts)
    {
        var table = _table!;
        var indent = Indent(raw);
        var ownText = Names.Normalize(label).Any(c => !char.IsAsciiDigit(c));
        if (_pending.Count > 0)
        {
            var pendingText = string.Join("", _pending.Select(p => p.Text));
            // Single-spaced rows of names indented by level wrap a long name to the margin: a fragment indented deeper
            // than the row after it starts that row (aligned columns print the rest below instead, deeper than the next row).
            var wrappedToMargin = !_previousAligned && !AlignedColumns().IsMatch(raw.Trim()) && _pending[0].Indent > indent;
            var startsRow = !ownText || LeadingCode().IsMatch(Names.Normalize(_pending[0].Text)) || table.Rows.Count == 0 || wrappedToMargin;
            if (startsRow)
            {
                indent = _pending[0].Indent;
                label = ownText ? pendingText + label : (label + " " + pendingText).Trim();
            }
            else if (_previousAligned)
            {
                // Column-aligned layouts print the rest of a long name below its amounts.
                var previous = table.Rows[^1];
                table.Rows[^1] = previous with { Label = previous.Label + pendingText };
            }
            // Otherwise the lines were a page's repeated header fragments between two rows.
            _pending.Clear();
        }
        table.Columns = amounts.Count;
        table.Rows.Add(new StagedRow(lineNo, label, [.. amounts.Select(InUnit)]) { Indent = indent });
        _previousAligned = AlignedColumns().IsMatch(raw.Trim());
        _headerMode = false;
        _lastDataLine = lineNo;
    }

    /// <summary>Text left pending when a table ends finishes the last row's name.</summary>
    private void FlushPending()
    {
        if (_pending.Count > 0 && _previousAligned && _table is { Rows.Count: > 0 } table && !_skipping)
            table.Rows[^1] = table.Rows[^1] with { Label = table.Rows[^1].Label + string.Join("", _pending.Select(p => p.Text)) };
        _pending.Clear();
    }

    /// <summary>
    /// A table printed as one line (003's 项目支出总表): each run of amounts is a row; the text between
    /// two runs finishes the previous row's name while that name is incomplete (unbalanced parenthesis,
    /// or a proper prefix of the department name) and starts the next one.
    /// </summary>
    private void ReadFlattened(int lineNo, List<Token> tokens, List<(int Start, int Length)> runs)
    {
        var table = _table!;
        var labels = new List<string>();
        var previousEnd = 0;
        foreach (var run in runs)
        {
            var between = tokens.Skip(previousEnd).Take(run.Start - previousEnd).Select(t => t.Text).ToList();
            if (labels.Count == 0)
            {
                // Before the first run: page header words, then the start of the department's name.
                var first = between.FindLastIndex(t => _department.StartsWith(Names.Normalize(t), StringComparison.Ordinal)
                                                      && Names.Normalize(t).Length >= 2);
                labels.Add(first >= 0 ? string.Join("", between.Skip(first)) : between.LastOrDefault() ?? "");
            }
            else
            {
                var k = 0;
                while (k < between.Count && Incomplete(labels[^1])) labels[^1] += between[k++];
                labels.Add(string.Join("", between.Skip(k)));
            }
            previousEnd = run.Start + run.Length;
        }
        foreach (var rest in tokens.Skip(previousEnd).Select(t => t.Text))
            if (Incomplete(labels[^1])) labels[^1] += rest;
        table.Columns = runs[0].Length;
        for (var r = 0; r < runs.Count; r++)
        {
            var amounts = tokens.Skip(runs[r].Start).Take(runs[r].Length).Select(t => InUnit(t.Number!.Value)).ToList();
            table.Rows.Add(new StagedRow(lineNo, labels[r], amounts) { Flattened = true });
        }
        _pending.Clear();
        _headerMode = false;
        _lastDataLine = lineNo;
    }

    private bool Incomplete(string label)
    {
        var norm = Names.Normalize(label);
        var open = norm.Count(c => c == '（') - norm.Count(c => c == '）');
        return open > 0 || (norm.Length > 0 && norm != _department && _department.StartsWith(norm, StringComparison.Ordinal));
    }

    /// <summary>A wrapped department-row name that ends with the department's name is that name.</summary>
    private string CompleteDepartmentName(string label)
    {
        var norm = Names.Normalize(label);
        return norm.EndsWith(_department, StringComparison.Ordinal) && norm != _department ? _department : label;
    }

    /// <summary>The header words of every table the importer reads, in one vocabulary.</summary>
    private static readonly string Vocabulary = Names.Normalize(string.Concat(TableSpec.All.Select(s => s.Vocabulary)));

    /// <summary>True when every text word of the line is part of the tables' column-header words.</summary>
    private static bool IsHeader(List<Token> tokens) =>
        tokens.Where(t => !t.IsNumber).Select(t => Names.Normalize(t.Text)).Where(w => w.Length > 0)
            .All(w => Vocabulary.Contains(w, StringComparison.Ordinal) || w is "收入" or "支出" or "年预算数" or "预算数");

    private static List<(int Start, int Length)> Runs(List<Token> tokens)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < tokens.Count;)
        {
            if (!tokens[i].IsNumber) { i++; continue; }
            var j = i;
            while (j < tokens.Count && tokens[j].IsNumber) j++;
            runs.Add((i, j - i));
            i = j;
        }
        return runs;
    }

    /// <summary>Ends reading: the last table must have rows; the tables that define a budget must be present.</summary>
    public void Finish(int lastLine)
    {
        FinishTable(lastLine);
        foreach (var spec in TableSpec.All.Where(s => s.Required && !_tables.ContainsKey(s.Schedule!.Value)))
            throw new ImportRefusedException(file, lastLine, $"a table titled {spec.Name}, but the document ends without one");
        if (!_tables.ContainsKey(Schedule.Expenditure) && !_tables.ContainsKey(Schedule.Functional))
            throw new ImportRefusedException(file, lastLine, "a table titled 支出总表 or 一般公共预算支出表, but the document ends without one");
    }
}
