namespace BudgetGraph.Ingest;

/// <summary>
/// A document the importer will not load. The message names the file, the 1-based line and what
/// was expected there, e.g. <c>000.txt: line 912: expected 6 amounts in 支出总表, found 4</c>.
/// A refused document changes nothing in the warehouse.
/// </summary>
public sealed class ImportRefusedException(string file, int line, string expected)
    : Exception($"{file}: line {line}: expected {expected}")
{
    /// <summary>The file name (no directory).</summary>
    public string File { get; } = file;
    /// <summary>The 1-based line the problem was found at.</summary>
    public int Line { get; } = line;
    /// <summary>What was expected there.</summary>
    public string Expected { get; } = expected;
}
