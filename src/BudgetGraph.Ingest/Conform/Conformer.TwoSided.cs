using BudgetGraph.Ingest.Staging;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Conform;

public sealed partial class Conformer
{
    private readonly List<(Schedule Schedule, StagedTable Table, int Line, string Code, Amount Amount)> _twoSided = [];

    /// <summary>
    /// The expenditure side of 收支总表 and 财政拨款收支总表 prints the functional subjects by name (an ordinal before
    /// each 类, levels by indentation), the same figures as 支出总表 prints by code. Each name is resolved along the
    /// printed order — a 项 under the 款 above it, else a 款 under the 类 above, else a 类 — through the document's own
    /// subjects, the warehouse's and the national list; a name cut by a wrap ("…缴费支") resolves when exactly one
    /// subject at that place starts with it. Unresolved names are warnings, not refusals: the tables by code hold
    /// the same figures.
    /// </summary>
    private async Task TwoSidedSubjectsAsync(SortedDictionary<string, string> functional, CancellationToken ct)
    {
        var known = new Dictionary<string, string>(await db.FunctionalSubjects.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, ct));
        foreach (var (code, name) in functional) known[code] = Names.Normalize(name);
        foreach (var schedule in new[] { Schedule.Summary, Schedule.Appropriation })
        {
            if (!doc.Tables.TryGetValue(schedule, out var table)) continue;
            var path = new string?[3];
            foreach (var row in table.Rows)
                foreach (var (rawLabel, amount) in row.Pairs)
                {
                    var label = Ordinal().Replace(Names.Normalize(rawLabel), "");
                    if (!IsSubjectLabel(label)) continue;
                    var code = Resolve(label, path, known);
                    if (code is null)
                    {
                        doc.Warnings.Add($"{doc.FileName}: line {row.Line}: '{label}' in {table.Citation} is no functional subject the code lists name; not stored");
                        continue;
                    }
                    if (!functional.ContainsKey(code)) functional[code] = known.GetValueOrDefault(code) ?? label;
                    _twoSided.Add((schedule, table, row.Line, code, amount));
                }
        }
    }

    /// <summary>A label of the expenditure side: not a fund source, balance or total row, and a name of a subject's kind.</summary>
    private static bool IsSubjectLabel(string label) =>
        label.Length > 0 && !ColumnMaps.SummaryIncome.ContainsKey(label)
        && !(label.EndsWith("收入", StringComparison.Ordinal) && ColumnMaps.SummaryIncome.ContainsKey(label[..^2]))
        && label is not ("本年支出合计" or "结转下年" or "年终结转结余" or "支出总计" or "本年收入合计" or "收入总计" or "合计")
        && !label.Contains("结余", StringComparison.Ordinal) && !label.Contains("结转", StringComparison.Ordinal);

    private static string? Resolve(string label, string?[] path, Dictionary<string, string> known)
    {
        foreach (var conventions in new[] { false, true })
            for (var level = 2; level >= 0; level--)
            {
                var parent = level == 0 ? null : path[level - 1];
                if (level > 0 && parent is null) continue;
                var code = SubjectCatalogue.Code(true, parent, label, known, conventions);
                if (code is null && conventions)
                {
                    var length = parent is null ? 3 : parent.Length + 2;
                    var prefixed = known.Where(k => k.Key.Length == length && (parent is null || k.Key.StartsWith(parent, StringComparison.Ordinal))
                                                    && k.Value.StartsWith(label, StringComparison.Ordinal)).Select(k => k.Key).ToList();
                    if (prefixed.Count == 1) code = prefixed[0];
                }
                if (code is null) continue;
                path[level] = code;
                for (var l = level + 1; l < path.Length; l++) path[l] = null;
                return code;
            }
        return null;
    }

    /// <summary>The two-sided tables' subject rows: the total only (they print no basic/project split).</summary>
    private void TwoSidedFacts()
    {
        foreach (var (schedule, table, line, code, amount) in _twoSided)
            Add(new FunctionalExpenditureFact
            {
                SourceTable = table.Citation, FunctionalSubject = _functional[code], TotalYuan = amount.Yuan, PublishedDecimals = Decimals(table),
            }, schedule, line);
    }
}
