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
/// top to bottom, pages in order (a table continued on the next page simply continues, its repeated header
/// rows included, as in the text extractions; the table reader drops them).</item>
/// <item>Cells: within a row, a gap wider than <see cref="CellGap"/> em, or a vertical ruling line of the page
/// between two letters, ends a cell; a narrower gap wider than <see cref="WordGap"/> em is a space inside it.</item>
/// <item>Columns: cells are set at the column their left edge is at (half an em a column, CJK letters two
/// columns wide, as a monospaced text extraction lays them out), at least two spaces apart, so columns are
/// separated by several spaces and words inside a cell by one.</item>
/// </list>
/// The PDF's own running headers and page numbers, where it prints any, are kept as lines (the text reader
/// skips them in text extractions too). Nothing is dropped or reordered besides whitespace.
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
        var lines = new List<SourceLine>();
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
                lines.AddRange(PageLines(page, text));
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
        return lines;
    }

    private static string Pages(int pages) => pages == 1 ? "page holds" : $"{pages} pages hold";

    /// <summary>The rows of one page, top to bottom, as lines.</summary>
    private static IEnumerable<SourceLine> PageLines(Page page, List<Letter> letters)
    {
        var horizontal = letters.Where(l => l.TextOrientation == TextOrientation.Horizontal).ToList();
        if (horizontal.Count == 0) yield break;
        var rules = VerticalRules(page);
        var em = Median(horizontal.Select(l => l.PointSize));
        var left = horizontal.Min(l => l.StartBaseLine.X);
        foreach (var row in Rows(horizontal))
        {
            var cells = new List<PdfCell>();
            yield return new SourceLine(Compose(row, rules, em, left, cells), page.Number, Box(row)) { Cells = cells };
        }
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

    /// <summary>
    /// Vertical ruling lines: stroked or filled subpaths at most 2 pt wide and taller than they are wide
    /// (browsers draw cell borders as thin filled rectangles, other producers stroke lines).
    /// </summary>
    private static List<Rule> VerticalRules(Page page)
    {
        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked) continue;
            foreach (var subpath in path)
            {
                if (subpath.GetBoundingRectangle() is not PdfRectangle r) continue;
                if (r.Width <= 2 && r.Height > 2 * r.Width && r.Height >= 2)
                    rules.Add(new Rule((r.Left + r.Right) / 2, r.Bottom, r.Top));
            }
        }
        return rules;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 10 : sorted[sorted.Count / 2];
    }
}
