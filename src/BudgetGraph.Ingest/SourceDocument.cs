using System.Text;
using BudgetGraph.Ingest.Pdf;

namespace BudgetGraph.Ingest;

/// <summary>How a source document reached the importer.</summary>
public enum SourceKind
{
    /// <summary>UTF-8 text (an extraction of the published document).</summary>
    Text,
    /// <summary>The published PDF, read from its text layer.</summary>
    Pdf,
}

/// <summary>A rectangle on a PDF page in points, PDF user space (origin bottom-left): x0 &lt; x1, y0 &lt; y1.</summary>
public readonly record struct PdfBox(double X0, double Y0, double X1, double Y1)
{
    /// <summary>The smallest box holding both.</summary>
    public PdfBox Union(PdfBox other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));
}

/// <summary>A cell of a PDF row: its text and the left and right edges of its letters, in points.</summary>
public sealed record PdfCell(string Text, double X0, double X1);

/// <summary>
/// One line of a source document: its text and, for a PDF, the 1-based page it was printed on, the box of its
/// letters and its cells with their positions (a blank cell prints nothing, so only positions can place the
/// cells after it under their column headers). Text documents have none of these.
/// </summary>
public sealed record SourceLine(string Text, int? Page = null, PdfBox? Box = null)
{
    /// <summary>The cells of a PDF row, left to right; empty for text.</summary>
    public IReadOnlyList<PdfCell> Cells { get; init; } = [];
}

/// <summary>
/// What the importer reads: a document as lines of text, whatever it came as. A PDF's text layer is rebuilt
/// into the same kind of lines a text extraction has (columns separated by several spaces), each remembering
/// its page and box, so that one reader imports both and provenance can name the page.
/// </summary>
public sealed class SourceDocument
{
    private SourceDocument(string fileName, SourceKind kind, IReadOnlyList<SourceLine> lines)
    {
        FileName = fileName;
        Kind = kind;
        Lines = lines;
        Texts = [.. lines.Select(l => l.Text)];
    }

    /// <summary>The file name (no directory).</summary>
    public string FileName { get; }

    /// <summary>Text or PDF.</summary>
    public SourceKind Kind { get; }

    /// <summary>The lines with their pages and boxes; line n (1-based) is <c>Lines[n - 1]</c>.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>The lines' texts.</summary>
    public string[] Texts { get; }

    /// <summary>The page of 1-based line <paramref name="line"/>, or null (text documents, or a line out of range).</summary>
    public int? PageOf(int line) => line >= 1 && line <= Lines.Count ? Lines[line - 1].Page : null;

    /// <summary>The box of 1-based line <paramref name="line"/>, or null.</summary>
    public PdfBox? BoxOf(int line) => line >= 1 && line <= Lines.Count ? Lines[line - 1].Box : null;

    /// <summary>True when the bytes start with a PDF header (<c>%PDF-</c>, possibly after a few bytes of junk, as readers allow).</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>
    /// Reads a document from its bytes: a PDF (told by its header bytes, whatever the file is called) from its
    /// text layer, anything else as UTF-8 text. Refuses (<see cref="ImportRefusedException"/>) text that is not
    /// UTF-8 and a PDF without a usable text layer.
    /// </summary>
    /// <param name="fileName">The file name (no directory), for messages and provenance.</param>
    /// <param name="bytes">The document.</param>
    /// <param name="declaredPdf">True when the sender declared a PDF (a Content-Type): then anything else is refused.</param>
    public static SourceDocument Read(string fileName, byte[] bytes, bool declaredPdf = false)
    {
        if (IsPdf(bytes)) return new SourceDocument(fileName, SourceKind.Pdf, PdfTextReader.Read(fileName, bytes));
        if (declaredPdf || fileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            throw ImportRefusedException.WholeFile(fileName, "a PDF (a file that starts with %PDF-), but it is not one");
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportRefusedException(fileName, 1, "UTF-8 text");
        }
        return FromText(fileName, text);
    }

    /// <summary>A text document from its text (lines split at LF and CRLF).</summary>
    public static SourceDocument FromText(string fileName, string text) =>
        new(fileName, SourceKind.Text, [.. Text.SourceLines.Split(text).Select(l => new SourceLine(l))]);
}
