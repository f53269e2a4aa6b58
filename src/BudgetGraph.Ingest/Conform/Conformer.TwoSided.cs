using BudgetGraph.Ingest.Staging;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;
using Microsoft.EntityFrameworkCore;

namespace BudgetGraph.Ingest.Conform;

public sealed partial class Conformer
{
    private readonly List<(Schedule Schedule, StagedTable Table, int Line, string Code, Amount Amount, IReadOnlyList<Amount> Extras)> _twoSided = [];

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
                for (var p = 0; p < row.Pairs.Count; p++)
                {
                    var (rawLabel, amount) = row.Pairs[p];
                    var label = Ordinal().Replace(Names.Normalize(rawLabel), "");
                    if (!IsSubjectLabel(label)) continue;
                    var code = Resolve(label, path, known);
                    if (code is null)
                    {
                        doc.Warnings.Add($"{doc.FileName}: line {row.Line}: '{label}' in {table.Citation} is no functional subject the code lists name; not stored");
                        continue;
                    }
                    if (!functional.ContainsKey(code)) functional[code] = known.GetValueOrDefault(code) ?? label;
                    _twoSided.Add((schedule, table, row.Line, code, amount, p < row.PairExtras.Count ? row.PairExtras[p] : []));
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
        foreach (var (schedule, table, line, code, amount, extras) in _twoSided)
        {
            var fact = Add(new FunctionalExpenditureFact
            {
                SourceTable = table.Citation, FunctionalSubject = _functional[code], TotalYuan = amount.Yuan, PublishedDecimals = Decimals(table),
            }, schedule, line);
            var columns = ExtraColumns(table);
            for (var i = 0; i < Math.Min(columns.Count, extras.Count); i++)
                switch (columns[i])
                {
                    case "gpb": fact.GeneralBudgetYuan = extras[i].Yuan; break;
                    case "govfund": fact.GovernmentFundYuan = extras[i].Yuan; break;
                    case "soe": fact.StateCapitalYuan = extras[i].Yuan; break;
                    default:
                        Add(new FunctionalExpenditureFact
                        {
                            SourceTable = table.Citation, FunctionalSubject = _functional[code], TotalYuan = extras[i].Yuan, PublishedDecimals = Decimals(table),
                        }, Schedule.Appropriation, line);
                        break;
                }
        }
    }

    /// <summary>
    /// What the amounts after a two-sided table's first column are, from its column headers: "approp" for a merged 收支总表's
    /// 其中：财政拨款 (stored as the 财政拨款收支总表 the document does not print separately), else the three budgets
    /// (一般公共预算, 政府性基金预算, 国有资本经营预算) in the order the header prints them.
    /// </summary>
    private List<string> ExtraColumns(StagedTable table)
    {
        var header = table.Header;
        if (header.Contains("其中：财政拨款", StringComparison.Ordinal))
            return table.Schedule == Schedule.Summary && !doc.Tables.ContainsKey(Schedule.Appropriation) ? ["approp"] : [];
        (string Word, string Key)[] words = [("一般公共预算", "gpb"), ("政府性基金预算", "govfund"), ("国有资本经营预算", "soe")];
        var found = words.Select(w => (Index: header.IndexOf(w.Word, StringComparison.Ordinal), w.Key)).Where(x => x.Index >= 0).ToList();
        return found.Count == words.Length ? [.. found.OrderBy(x => x.Index).Select(x => x.Key)] : [];
    }
}
