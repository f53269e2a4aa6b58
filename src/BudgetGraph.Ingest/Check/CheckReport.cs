using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BudgetGraph.Ingest.Check;

/// <summary>
/// One reconciliation finding: a published figure against the sum (or the other printing) it should
/// equal. Amounts in 万元. <see cref="Items"/> names the codes or rows summed.
/// </summary>
public sealed record CheckEntry(
    string Rule,
    string Table,
    string Subject,
    IReadOnlyList<string> Items,
    decimal PublishedAmount,
    decimal ComputedAmount,
    decimal Difference,
    decimal Tolerance,
    int Line);

/// <summary>One of the statements of a <see cref="CheckConflict"/>, as printed; amounts in 万元 (null: not stated).</summary>
/// <param name="Amount">The earlier year's amount.</param>
/// <param name="LaterAmount">The document's own year's amount, when the statement gives it.</param>
/// <param name="Change">The change from the earlier year to the document's year.</param>
/// <param name="FirstLine">The statement's first line when it spans several.</param>
public sealed record ConflictingStatement(string PrintedLabel, decimal? Amount, decimal? LaterAmount, decimal? Change, string Table, int? FirstLine, int Line);

/// <summary>
/// Two or more statements of one document that give different figures for one thing of one earlier year
/// (<c>StatedAmounts</c>' rule). Both are kept in the warehouse and neither is chosen, so this is a finding about the
/// document, not a failure of the import: it is reported but does not change <c>check</c>'s exit code.
/// </summary>
/// <param name="Subject">What the statements are about (<c>ProjectCategory</c>, <c>Project</c>, <c>TotalExpenditure</c>…).</param>
/// <param name="Label">The conformed label they share.</param>
/// <param name="Year">The earlier year they are about.</param>
/// <param name="DocumentYear">The year of the document that states them.</param>
public sealed record CheckConflict(string Subject, string Label, int Year, int DocumentYear, IReadOnlyList<ConflictingStatement> Statements)
{
    /// <summary>
    /// The finding in words, e.g. "政府投资项目 (ProjectCategory, 2022): the 2023 document states two different
    /// figures — 第二部分 lines 127–129: change -6,995 万元; 表X line 247: 2022 44,382 万元, 2023 37,837 万元, change -6,545 万元.
    /// Both are kept; neither is chosen."
    /// </summary>
    public string Describe()
    {
        static string Wan(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture) + " 万元";
        string One(ConflictingStatement s)
        {
            var lines = s.FirstLine is { } first && first < s.Line ? $"lines {first}–{s.Line}" : $"line {s.Line}";
            var figures = new List<string>();
            if (s.Amount is { } earlier) figures.Add($"{Year} {Wan(earlier)}");
            if (s.LaterAmount is { } later) figures.Add($"{DocumentYear} {Wan(later)}");
            if (s.Change is { } change) figures.Add($"change {Wan(change)}");
            return $"{s.Table} {lines}: {string.Join(", ", figures)}";
        }
        var count = Statements.Count == 2 ? "two" : Statements.Count.ToString(CultureInfo.InvariantCulture);
        return $"{Label} ({Subject}, {Year}): the {DocumentYear} document states {count} different figures — "
               + string.Join("; ", Statements.Select(One)) + (Statements.Count == 2 ? ". Both are kept; neither is chosen." : ". All are kept; none is chosen.");
    }
}

/// <summary>The reconciliation of one department-year (<see cref="Conflicts"/>: those of its own documents).</summary>
public sealed record CheckReport(
    string Department,
    string DepartmentCode,
    int Year,
    decimal? TotalExpenditure,
    IReadOnlyList<CheckEntry> Discrepancies,
    IReadOnlyList<CheckEntry> RoundingResiduals,
    IReadOnlyList<CheckConflict> Conflicts)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The reports as the JSON array <c>budgetgraph check --json</c> prints.</summary>
    public static string ToJson(IEnumerable<CheckReport> reports) => JsonSerializer.Serialize(reports.ToList(), Json);
}
