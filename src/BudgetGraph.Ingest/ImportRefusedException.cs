namespace BudgetGraph.Ingest;

/// <summary>
/// A document the importer will not load. The message names the file, the 1-based line and what
/// was expected there, e.g. <c>000.txt: line 912: expected 6 amounts in 支出总表, found 4</c>; a refusal
/// about the file as a whole (a PDF without a text layer) names no line. A refused document changes
/// nothing in the warehouse.
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

    private ImportRefusedException(string file, string expected)
        : base($"{file}: expected {expected}")
    {
        File = file;
        Expected = expected;
    }

    /// <summary>A refusal of the file as a whole (<see cref="Line"/> is 0), e.g. a PDF that has no text layer.</summary>
    public static ImportRefusedException WholeFile(string file, string expected) => new(file, expected);

    /// <summary>The file name (no directory).</summary>
    public string File { get; }
    /// <summary>The 1-based line the problem was found at; 0 when the refusal is about the whole file.</summary>
    public int Line { get; }
    /// <summary>What was expected there.</summary>
    public string Expected { get; }
}
