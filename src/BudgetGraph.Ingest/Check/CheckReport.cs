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

/// <summary>The reconciliation of one department-year.</summary>
public sealed record CheckReport(
    string Department,
    string DepartmentCode,
    int Year,
    decimal? TotalExpenditure,
    IReadOnlyList<CheckEntry> Discrepancies,
    IReadOnlyList<CheckEntry> RoundingResiduals)
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
