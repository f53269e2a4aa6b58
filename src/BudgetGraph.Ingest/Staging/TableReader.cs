using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Reads the 表格部分 of a budget into <see cref="StagedTable"/>s. Tables are recognised by their
/// titles (numbering differs between documents); a repeated title is a page break of the same table.
/// After a title, lines made only of the table's header words are page headers; other text lines are
/// kept as the start of a wrapped row name until the line with the row's amounts.
/// </summary>
internal sealed partial class TableReader(string file, string department)
{
    private readonly string _department = Names.Normalize(department);
    private readonly Dictionary<Schedule, StagedTable> _tables = [];
    private readonly List<(int Line, string Text)> _performanceLines = [];
    private TableSpec? _spec;
    private StagedTable? _table;
    private bool _headerMode;
    private readonly List<string> _pending = [];
    private string? _number;
    private int _numberLine;

    [GeneratedRegex(@"^表([0-9]+)$")]
    private static partial Regex TableNumber();

    /// <summary>Lines of the performance table, for <see cref="PerformanceReader"/>.</summary>
    public IReadOnlyList<(int Line, string Text)> PerformanceLines => _performanceLines;

    /// <summary>Reads lines [start, end) (0-based indexes into <paramref name="lines"/>).</summary>
    public Dictionary<Schedule, StagedTable> Read(IReadOnlyList<string> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            var lineNo = i + 1;
            var raw = lines[i];
            var norm = Names.Normalize(raw);
            if (norm.Length == 0) continue;

            var number = TableNumber().Match(norm);
            if (number.Success) { _number = "表" + number.Groups[1].Value; _numberLine = lineNo; continue; }

            var spec = TableSpec.ForTitle(norm);
            if (spec is not null)
            {
                StartPage(spec, norm, lineNo);
                continue;
            }
            if (_spec is null || IsMeta(norm)) continue;
            if (_spec.Schedule == Schedule.Performance) { _performanceLines.Add((lineNo, raw)); continue; }
            if (_spec.IsPaired) ReadPairs(lineNo, raw);
            else ReadRow(lineNo, raw);
        }
        return _tables;
    }

    private void StartPage(TableSpec spec, string title, int lineNo)
    {
        if (_spec is not null && _spec != spec) FinishTable(lineNo);
        _spec = spec;
        if (!_tables.TryGetValue(spec.Schedule, out var table))
        {
            var number = _number is not null && lineNo - _numberLine <= 4 ? _number : null;
            table = new StagedTable(spec.Schedule, title, number, lineNo);
            _tables[spec.Schedule] = table;
        }
        _table = table;
        _number = null;
        _headerMode = true;
        _pending.Clear();
    }

    private void FinishTable(int lineNo)
    {
        if (_spec is { Columns.Length: > 0 } && _table is { Rows.Count: 0 })
            throw new ImportRefusedException(file, lineNo, $"data rows in {_table.Citation} before this line");
    }

    /// <summary>Lines that belong to the page furniture of a table, never to its rows.</summary>
    private static bool IsMeta(string norm) =>
        norm.StartsWith("部门名称", StringComparison.Ordinal) || norm.StartsWith("单位名称", StringComparison.Ordinal)
        || norm.StartsWith("单位：", StringComparison.Ordinal) || norm.StartsWith("注：", StringComparison.Ordinal)
        || norm.StartsWith("本套报表", StringComparison.Ordinal) || norm.StartsWith("备注", StringComparison.Ordinal)
        || norm.StartsWith("---", StringComparison.Ordinal) || norm.StartsWith("--", StringComparison.Ordinal);

    private void ReadPairs(int lineNo, string raw)
    {
        if (raw.Contains("预算数", StringComparison.Ordinal)) return; // the column header "项目 2023 年预算数 …"
        var pairs = new List<(string, Amount)>();
        var label = new List<string>();
        foreach (var token in Tokenizer.Tokenize(Names.StripMarkup(raw)))
        {
            if (!token.IsNumber) { label.Add(token.Text); continue; }
            if (label.Count == 0)
                throw new ImportRefusedException(file, lineNo,
                    $"a row name before the amount {token.Text} in {_table!.Citation}");
            pairs.Add((string.Join(' ', label), token.Number!.Value));
            label.Clear();
        }
        if (pairs.Count > 0) _table!.Rows.Add(new StagedRow(lineNo, pairs[0].Item1, [.. pairs.Select(p => p.Item2)]) { Pairs = pairs });
    }

    private void ReadRow(int lineNo, string raw)
    {
        var spec = _spec!;
        var table = _table!;
        var tokens = Tokenizer.Tokenize(Names.StripMarkup(raw));
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
            var label = string.Join(' ', labelTokens.Select(t => t.Text));
            // A wrapped name ends on the amounts line without text of its own (a leading code may remain).
            if (!labelTokens.Any(t => !t.IsNumber) && _pending.Count > 0)
                label = (label + " " + string.Join("", _pending)).Trim();
            label = CompleteDepartmentName(label);
            table.Columns = take;
            table.Rows.Add(new StagedRow(lineNo, label, [.. tokens.Skip(tokens.Count - take).Select(t => t.Number!.Value)]));
            _pending.Clear();
            _headerMode = false;
            return;
        }
        if (_headerMode && IsHeader(tokens, spec)) return;
        // Too few amounts: a row cut short. (A lone number without text is kept as text: it may be the
        // code of a wrapped row, " 2010399" above its name.)
        if (tail >= 2 || (tail == 1 && hasText))
        {
            var expected = width != 0 ? width : spec.Columns.Min();
            throw new ImportRefusedException(file, lineNo, $"{expected} amounts in {table.Citation}, found {tail}");
        }
        _pending.Add(string.Join(' ', tokens.Select(t => t.Text)));
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
            var amounts = tokens.Skip(runs[r].Start).Take(runs[r].Length).Select(t => t.Number!.Value).ToList();
            table.Rows.Add(new StagedRow(lineNo, labels[r], amounts) { Flattened = true });
        }
        _pending.Clear();
        _headerMode = false;
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

    /// <summary>True when every text word of the line is part of the table's column-header words.</summary>
    private static bool IsHeader(List<Token> tokens, TableSpec spec)
    {
        var vocabulary = Names.Normalize(spec.Vocabulary);
        return tokens.Where(t => !t.IsNumber).Select(t => Names.Normalize(t.Text)).Where(w => w.Length > 0)
            .All(w => vocabulary.Contains(w, StringComparison.Ordinal));
    }

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

    /// <summary>Ends reading: the last table must have rows; required tables must be present.</summary>
    public void Finish(int lastLine)
    {
        FinishTable(lastLine);
        foreach (var spec in TableSpec.All.Where(s => s.Required && !_tables.ContainsKey(s.Schedule)))
            throw new ImportRefusedException(file, lastLine, $"a table titled {spec.Name}, but the document ends without one");
    }
}
