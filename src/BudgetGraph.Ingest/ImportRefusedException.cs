namespace BudgetGraph.Ingest;

/// <summary>
/// A document the importer will not load. The message names the file, the 1-based line and what
/// was expected there, e.g. <c>000.txt: line 912: expected 6 amounts in 支出总表, found 4</c>; a refusal
/// about the file as a whole (a PDF without a text layer) names no line. In a PDF the line is one of the lines its
/// text layer is rebuilt into, which a reader of the PDF cannot count: the message names the page first,
/// e.g. <c>x.pdf: page 9 (line 412 of its text layer): expected …</c>. A refused document changes nothing in the
/// warehouse.
/// </summary>
public sealed class ImportRefusedException : Exception
{
    /// <summary>A refusal at a line.</summary>
    public ImportRefusedException(string file, int line, string expected)
        : base($"{file}: line {line}: expected {expected}")
    {
        File = file;
        Line = line;
        Expected = expected;
    }

    private ImportRefusedException(string file, int line, int page, string expected)
        : base($"{file}: page {page} (line {line} of its text layer): expected {expected}")
    {
        File = file;
        Line = line;
        Page = page;
        Expected = expected;
    }

    private ImportRefusedException(string file, string expected)
        : base($"{file}: expected {expected}")
    {
        File = file;
        Expected = expected;
    }

    /// <summary>A refusal of the file as a whole (<see cref="Line"/> is 0), e.g. a PDF that has no text layer.</summary>
    public static ImportRefusedException WholeFile(string file, string expected) => new(file, expected);

    /// <summary>
    /// This refusal with the page of its line when <paramref name="source"/> is a PDF (the readers that refuse see
    /// only lines; the page is the document's). Anything else comes back as it is.
    /// </summary>
    public ImportRefusedException OnPageOf(SourceDocument? source) =>
        Page is null && source?.PageOf(Line) is { } page ? new ImportRefusedException(File, Line, page, Expected) : this;

    /// <summary>The file name (no directory).</summary>
    public string File { get; }
    /// <summary>The 1-based line the problem was found at; 0 when the refusal is about the whole file.</summary>
    public int Line { get; }
    /// <summary>The page of <see cref="Line"/> in a PDF; null for text and for a refusal of the whole file.</summary>
    public int? Page { get; }
    /// <summary>What was expected there.</summary>
    public string Expected { get; }
}
