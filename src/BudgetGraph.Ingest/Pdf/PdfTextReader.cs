using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace BudgetGraph.Ingest.Pdf;

/// <summary>
/// Turns a PDF's text layer into the lines a text extraction of the same document has, each with its page
/// and box, so that one reader imports a document from its text and from its PDF alike.
/// <list type="bullet">
/// <item>Rows: letters whose baselines lie within a third of the font size of each other are one row; rows run
/// top to bottom, pages in order: a table continued on the next page reads on as one, the header rows the
/// page repeats dropped (the PDF has no page furniture telling the table reader a page began).</item>
/// <item>Cells: within a row, a gap wider than <see cref="CellGap"/> em, or a vertical ruling line of the page
/// between two letters, ends a cell; a narrower gap wider than <see cref="WordGap"/> em is a space inside it.</item>
/// <item>Columns: cells are set at the column their left edge is at (half an em a column, CJK letters two
/// columns wide, as a monospaced text extraction lays them out), at least two spaces apart, so columns are
/// separated by several spaces and words inside a cell by one.</item>
/// <item>Blank cells: in a document with a ruled table that prints zero as nothing (a blank cell among amounts),
/// every ruled table comes out tab-separated with every cell of its grid, blank ones included, as the
/// tab-layout extractions have it; spaces could not show the blank, and the amounts after it would fall into
/// the wrong columns.</item>
/// <item>Each line also keeps its cells with their left and right edges (<see cref="SourceLine.Cells"/>).</item>
/// </list>
/// The PDF's own running headers and page numbers, where it prints any, are kept as lines (the text reader
/// skips them in text extractions too). Nothing is reordered; nothing is dropped besides whitespace and a
/// continued table's header rows repeated at the top of a page (see <see cref="RepeatedHeaderRows"/>).
/// </summary>
public static class PdfTextReader
{
    /// <summary>A gap between letters of a row wider than this many ems separates two cells.</summary>
    public const double CellGap = 0.8;

    /// <summary>A gap wider than this many ems (a space is a quarter em) is a space between two words of a cell.</summary>
    public const double WordGap = 0.15;

    /// <summary>Letters whose baselines differ by at most this many ems are on one row.</summary>
    public const double BaselineTolerance = 0.33;

    /// <summary>Reads the lines of the PDF; refuses an encrypted, unreadable or image-only (scanned) PDF.</summary>
    public static IReadOnlyList<SourceLine> Read(string fileName, byte[] bytes)
    {
        var lines = new List<PageLine>();
        IReadOnlyList<PageLine> previous = [];
        var pages = 0;
        var imagePages = 0;
        var letters = 0;
        try
        {
            using var document = PdfDocument.Open(bytes);
            pages = document.NumberOfPages;
            for (var number = 1; number <= pages; number++)
            {
                var page = document.GetPage(number);
                var text = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
                letters += text.Count;
                if (text.Count == 0 && page.NumberOfImages > 0) imagePages++;
                var pageLines = PageLines(page, text).ToList();
                lines.AddRange(pageLines.Skip(RepeatedHeaderRows(previous, pageLines)));
                previous = pageLines;
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw ImportRefusedException.WholeFile(fileName,
                "a PDF that can be read without a password, but it is encrypted; import an unprotected copy or its text");
        }
        catch (Exception e) when (e is not ImportRefusedException and not OutOfMemoryException)
        {
            // PdfPig reports damage with several exception types (PdfDocumentFormatException, InvalidOperationException,
            // ArgumentException, …): whichever it is, the file is not a PDF the importer can read.
            throw ImportRefusedException.WholeFile(fileName, "a readable PDF, but its structure is damaged and it cannot be parsed");
        }
        if (letters == 0)
        {
            throw ImportRefusedException.WholeFile(fileName, imagePages > 0
                ? $"a PDF with a text layer, but its {Pages(pages)} only images and no text (a scan); import the PDF the department published, or its text"
                : $"a PDF with a text layer, but its {Pages(pages)} no text");
        }
        // One layout for the whole document, as a text extraction has: when some table prints zero as nothing,
        // every ruled table comes out tab-separated with all its cells; otherwise every row is spaced.
        return lines.Any(l => l.BlankAmountTable) ? TabLines(lines) : [.. lines.Select(l => l.Line)];
    }

    /// <summary>
    /// The lines of a tab-layout document, each ruled table row one line however many lines its cells wrap onto,
    /// each cell's text whole, as the tab-layout extractions print them: in each column, a cell's text joins the
    /// text above it in that column unless a horizontal rule crossing the column lies between them. A line left
    /// with no text of its own (all of it joined upward) is dropped.
    /// </summary>
    private static List<SourceLine> TabLines(List<PageLine> lines)
    {
        var result = new List<SourceLine>();
        for (var i = 0; i < lines.Count;)
        {
            if (lines[i].Grid is null) { result.Add(lines[i].Line); i++; continue; }
            var run = lines.Skip(i).TakeWhile(l => l.Table is not null && ReferenceEquals(l.Table, lines[i].Table)).ToList();
            var table = run[0].Table!;
            var cells = run.Select(l => l.Grid!.ToArray()).ToList();
            var merged = run.Select(l => l.Line).ToList();
            var owner = new int?[table.Columns.Count];
            for (var k = 0; k < run.Count; k++)
            {
                for (var c = 0; c < cells[k].Length; c++)
                {
                    if (cells[k][c].Length == 0) continue;
                    var mid = (table.Columns[c] + table.Columns[Math.Min(c + 1, table.Columns.Count - 1)]) / 2;
                    if (owner[c] is { } o && !table.Horizontal.Any(h => h.X0 < mid && h.X1 > mid && h.Y < run[o].Baseline && h.Y > run[k].Baseline))
                    {
                        cells[o][c] = JoinWrapped(cells[o][c], cells[k][c]);
                        cells[k][c] = "";
                        merged[o] = merged[o] with { Box = merged[o].Box!.Value.Union(run[k].Line.Box!.Value), Cells = [.. merged[o].Cells, .. run[k].Line.Cells] };
                    }
                    else
                    {
                        owner[c] = k;
                    }
                }
            }
            for (var k = 0; k < run.Count; k++)
                if (cells[k].Any(c => c.Length > 0)) result.Add(merged[k] with { Text = string.Join('\t', cells[k]) });
            i += run.Count;
        }
        return result;
    }

    /// <summary>A cell's text wrapped onto the next line, joined: without a space, except between two Latin letters or digits.</summary>
    private static string JoinWrapped(string first, string rest) =>
        first.Length == 0 ? rest : rest.Length == 0 ? first
        : char.IsAsciiLetterOrDigit(first[^1]) && char.IsAsciiLetterOrDigit(rest[0]) ? first + " " + rest : first + rest;

    private static string Pages(int pages) => pages == 1 ? "page holds" : $"{pages} pages hold";

    /// <summary>The rows of one page, top to bottom, as lines.</summary>
    private static IEnumerable<PageLine> PageLines(Page page, List<Letter> letters)
    {
        var upright = letters.Where(l => l.TextOrientation == TextOrientation.Horizontal).ToList();
        if (upright.Count == 0) yield break;
        var (rules, horizontal) = Rules(page);
        var em = Median(upright.Select(l => l.PointSize));
        var left = upright.Min(l => l.StartBaseLine.X);
        var rows = Rows(upright);
        var bounds = rows.Select(r => Crossing(rules, r)).ToList();
        for (var i = 0; i < rows.Count;)
        {
            // A ruled table: consecutive rows each crossed by two or more vertical rules.
            var end = i;
            while (end < rows.Count && bounds[end].Count >= 2) end++;
            var table = end > i ? Enumerable.Range(i, end - i).ToList() : [i];
            var columns = Merge(table.SelectMany(r => bounds[r]));
            var grid = table.Select(r => GridRow(GridCells(rows[r], bounds[r]), bounds[r], columns)).ToList();
            var blankAmounts = end > i && HasBlankAmount(grid);
            var ruled = end > i ? new RuledTable(columns, horizontal) : null;
            for (var k = 0; k < table.Count; k++)
            {
                var row = rows[table[k]];
                var cells = new List<PdfCell>();
                var line = new SourceLine(Compose(row, rules, em, left, cells), page.Number, Box(row)) { Cells = cells };
                yield return new PageLine(line, ruled is null ? null : grid[k], blankAmounts, cells.Any(c => IsAmount(c.Text)))
                {
                    Table = ruled, Baseline = row[0].StartBaseLine.Y,
                };
            }
            i = table[^1] + 1;
        }
    }

    /// <summary>
    /// A line of a page (spaced), its cells tab-separated when it is a row of a ruled table, whether that table
    /// prints zero as nothing and whether the line holds an amount.
    /// </summary>
    private sealed record PageLine(SourceLine Line, string[]? Grid, bool BlankAmountTable, bool HasAmount)
    {
        public bool Ruled => Grid is not null;
        /// <summary>The ruled table the line is a row of.</summary>
        public RuledTable? Table { get; init; }
        /// <summary>The line's baseline (points from the page's bottom).</summary>
        public double Baseline { get; init; }

        public string Words { get; } = string.Join(' ', Line.Text.Split([' ', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// How many rows at the top of a page repeat the column headers of the ruled table the previous page ends with
    /// (a table continued on the next page repeats its header rows there, as browsers print a table's head). They
    /// are dropped: the table then reads on as one, as in a text extraction without page breaks, and no header
    /// words can be taken for the rest of the row name above them. Header rows are the table's rows before its
    /// first row with an amount; the repeated ones must be the same words in the same order.
    /// </summary>
    private static int RepeatedHeaderRows(IReadOnlyList<PageLine> previous, List<PageLine> page)
    {
        if (previous.Count == 0 || !previous[^1].Ruled) return 0;
        var start = previous.Count - 1;
        while (start > 0 && previous[start - 1].Ruled) start--;
        var header = previous.Skip(start).TakeWhile(l => !l.HasAmount).Select(l => l.Words).ToList();
        var repeated = 0;
        while (repeated < header.Count && repeated < page.Count && page[repeated].Ruled && page[repeated].Words == header[repeated]) repeated++;
        return repeated == header.Count ? repeated : 0;
    }

    /// <summary>
    /// A ruled row's cells set in the table's columns (the borders of all its rows): a cell spanning several
    /// columns (a header over 类/款/项) is in the first of them, the others blank.
    /// </summary>
    private static string[] GridRow(List<string> cells, List<double> bounds, List<double> columns)
    {
        var line = new string[Math.Max(0, columns.Count - 1)];
        Array.Fill(line, "");
        for (var c = 0; c < cells.Count; c++)
        {
            var column = columns.FindIndex(x => Math.Abs(x - bounds[c]) <= RuleMerge);
            if (column >= 0 && column < line.Length) line[column] = cells[c];
        }
        return line;
    }

    /// <summary>
    /// True when the table prints a zero as nothing: a row with amounts leaves blank, after a cell it fills, a
    /// column of amounts, or a cell between two amounts.
    /// </summary>
    private static bool HasBlankAmount(List<string[]> grid)
    {
        // Codes (208, 2080501) are digits too: a column is one of amounts when some cell of it is printed as one
        // (with a separator or decimals, or "-").
        var amountColumns = grid.SelectMany(row => row.Select((cell, c) => (cell, c)))
            .Where(x => x.cell == "-" || IsAmount(x.cell) && x.cell.Any(ch => ch is ',' or '.')).Select(x => x.c).ToHashSet();
        return grid.Where(row => row.Any(IsAmount)).Any(row => Enumerable.Range(0, row.Length).Any(c => row[c].Length == 0
            && (amountColumns.Contains(c) && row.Take(c).Any(x => x.Length > 0) || row.Take(c).Any(IsAmount) && row.Skip(c).Any(IsAmount))));
    }

    private static bool IsAmount(string cell) =>
        cell.Any(char.IsAsciiDigit) && cell.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or ' ' or '-');

    /// <summary>
    /// The texts of a ruled row's cells, one per pair of adjacent rules (words one space apart); an empty list
    /// when a letter lies outside the outer rules (the row is not in the grid after all).
    /// </summary>
    private static List<string> GridCells(List<Letter> row, List<double> bounds)
    {
        if (bounds.Count < 2 || row.Any(l => Center(l) < bounds[0] || Center(l) > bounds[^1])) return [];
        var cells = new List<string>();
        for (var c = 0; c + 1 < bounds.Count; c++)
        {
            var text = new StringBuilder();
            Letter? previous = null;
            foreach (var letter in row.Where(l => Center(l) >= bounds[c] && Center(l) < bounds[c + 1]))
            {
                if (previous is not null && letter.StartBaseLine.X - previous.EndBaseLine.X > WordGap * letter.PointSize) text.Append(' ');
                text.Append(letter.Value);
                previous = letter;
            }
            cells.Add(text.ToString());
        }
        return cells;
    }

    private static double Center(Letter l) => (l.StartBaseLine.X + l.EndBaseLine.X) / 2;

    /// <summary>Rules closer than this (points) are one column border (cells draw their borders separately).</summary>
    private const double RuleMerge = 1.5;

    /// <summary>The x of the vertical rules crossing the row's letters (half an em above the baseline), left to right.</summary>
    private static List<double> Crossing(List<Rule> rules, List<Letter> row)
    {
        var y = row[0].StartBaseLine.Y + row[0].PointSize * 0.35;
        return Merge(rules.Where(r => r.Y0 <= y && r.Y1 >= y).Select(r => r.X));
    }

    private static List<double> Merge(IEnumerable<double> xs)
    {
        var merged = new List<double>();
        foreach (var x in xs.Order())
            if (merged.Count == 0 || x - merged[^1] > RuleMerge) merged.Add(x);
        return merged;
    }

    /// <summary>Groups letters into rows by baseline, top row first.</summary>
    private static List<List<Letter>> Rows(List<Letter> letters)
    {
        var rows = new List<List<Letter>>();
        List<Letter>? row = null;
        double baseline = 0;
        foreach (var letter in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X))
        {
            var y = letter.StartBaseLine.Y;
            if (row is null || baseline - y > BaselineTolerance * Math.Max(letter.PointSize, row[0].PointSize))
            {
                row = [];
                rows.Add(row);
                baseline = y;
            }
            row.Add(letter);
        }
        foreach (var r in rows) r.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        return rows;
    }

    /// <summary>The row as text: cells at their columns, at least two spaces apart; words inside a cell one space apart.</summary>
    private static string Compose(List<Letter> row, List<Rule> rules, double pageEm, double left, List<PdfCell> cells)
    {
        var cell = new StringBuilder();
        var cellStart = row[0].StartBaseLine.X;
        var em = Median(row.Select(l => l.PointSize));
        var y0 = row.Min(l => l.StartBaseLine.Y);
        var y1 = row.Max(l => l.StartBaseLine.Y) + em * 0.5;
        var text = new StringBuilder();
        var width = 0; // display columns written so far
        Letter? previous = null;
        foreach (var letter in row)
        {
            if (previous is not null)
            {
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                var ruled = rules.Any(r => r.X >= previous.EndBaseLine.X - 1 && r.X <= letter.StartBaseLine.X + 1 && r.Y0 <= y1 && r.Y1 >= y0);
                if (ruled || gap > CellGap * em)
                {
                    cells.Add(new PdfCell(cell.ToString(), cellStart, previous.EndBaseLine.X));
                    cell.Clear();
                    cellStart = letter.StartBaseLine.X;
                    var column = (int)Math.Round((letter.StartBaseLine.X - left) / (pageEm / 2));
                    Pad(text, ref width, Math.Max(column, width + 2));
                }
                else if (gap > WordGap * em)
                {
                    Pad(text, ref width, width + 1);
                    cell.Append(' ');
                }
            }
            else
            {
                Pad(text, ref width, (int)Math.Round((letter.StartBaseLine.X - left) / (pageEm / 2)));
            }
            text.Append(letter.Value);
            cell.Append(letter.Value);
            width += letter.Value.Sum(DisplayWidth);
            previous = letter;
        }
        cells.Add(new PdfCell(cell.ToString(), cellStart, previous!.EndBaseLine.X));
        return text.ToString();
    }

    private static void Pad(StringBuilder text, ref int width, int column)
    {
        if (column > width) text.Append(' ', column - width);
        width = Math.Max(width, column);
    }

    /// <summary>Columns a character takes in a monospaced extraction: two for CJK and full-width forms, one otherwise.</summary>
    private static int DisplayWidth(char c) => c >= '\u2E80' && c <= '\uA4CF' || c >= '\uAC00' && c <= '\uD7A3' || c >= '\uF900' && c <= '\uFAFF'
        || c >= '\uFE30' && c <= '\uFE4F' || c >= '\uFF00' && c <= '\uFF60' || c >= '\uFFE0' && c <= '\uFFE6' || c is '—' or '“' or '”' ? 2 : 1;

    private static PdfBox Box(List<Letter> row) => row.Select(l => new PdfBox(l.BoundingBox.Left, l.BoundingBox.Bottom, l.BoundingBox.Right, l.BoundingBox.Top))
        .Aggregate((a, b) => a.Union(b));

    /// <summary>A vertical ruling line of the page (a table's column border).</summary>
    private readonly record struct Rule(double X, double Y0, double Y1);

    /// <summary>A ruled table of a page: its column borders and the page's horizontal rules.</summary>
    private sealed record RuledTable(List<double> Columns, List<HorizontalRule> Horizontal);

    /// <summary>A horizontal ruling line of the page (a table's row border).</summary>
    private readonly record struct HorizontalRule(double Y, double X0, double X1);

    /// <summary>
    /// Ruling lines: stroked or filled subpaths at most 2 pt thick and more than twice as long (browsers draw
    /// cell borders as thin filled rectangles, other producers stroke lines).
    /// </summary>
    private static (List<Rule> Vertical, List<HorizontalRule> Horizontal) Rules(Page page)
    {
        var rules = new List<Rule>();
        var horizontal = new List<HorizontalRule>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked) continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not PdfRectangle r) continue;
                if (r.Width <= 2 && r.Height > 2 * r.Width && r.Height >= 2)
                    rules.Add(new Rule((r.Left + r.Right) / 2, r.Bottom, r.Top));
                else if (r.Height <= 2 && r.Width > 2 * r.Height && r.Width >= 2)
                    horizontal.Add(new HorizontalRule((r.Bottom + r.Top) / 2, r.Left, r.Right));
            }
        }
        return (rules, horizontal);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 10 : sorted[sorted.Count / 2];
    }
}
