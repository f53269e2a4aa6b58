using System.Text.RegularExpressions;
using BudgetGraph.Ingest.Text;
using BudgetGraph.Warehouse.Dimensions;

namespace BudgetGraph.Ingest.Staging;

/// <summary>
/// Whether the document is whole, judged from the document itself (no table is required beyond the two that
/// define a budget): every table its table of contents lists must be printed, and the table it ends with must
/// reach its closing rows — a subject table's 类 rows add up to its total row (within rounding), a 三公 table
/// reaches its 增减 row, a two-sided table its 总计 row. A cut document is refused (file, line, what was
/// expected); absent optional tables are warnings.
/// </summary>
internal static partial class Completeness
{
    [GeneratedRegex(@"^(?<code>[0-9]{3})(?:[^0-9]|$)")]
    private static partial Regex ClassCode();

    public static void Check(StagedDocument doc, TableReader reader, List<(string Number, TableSpec Spec, int Line)> promised, int lastLine)
    {
        foreach (var (number, spec, line) in promised)
        {
            var present = spec.Schedule is { } s ? doc.Tables.ContainsKey(s) : reader.Unplaced.Any(u => u.Name == spec.Name);
            if (!present)
                throw new ImportRefusedException(doc.FileName, lastLine,
                    $"{number} {spec.Name}, which the table of contents lists at line {line}, but the document ends without it");
        }
        // Money the 收支总表 shows for a budget needs that budget's expenditure table: a document without it is cut short.
        var summary = doc.Tables[Schedule.Summary];
        foreach (var (fund, schedule, title) in new[]
                 {
                     ("一般公共预算拨款", Schedule.Functional, "一般公共预算支出表（按功能分类）"), ("政府性基金预算拨款", Schedule.GovernmentFund, "政府性基金预算支出表"),
                     ("国有资本经营预算拨款", Schedule.StateCapital, "国有资本经营预算支出表"),
                 })
        {
            var amount = summary.Rows.SelectMany(r => r.Pairs).FirstOrDefault(p => Names.Normalize(p.Label).TrimEnd('入', '收').EndsWith(fund, StringComparison.Ordinal)).Amount;
            if (amount.WanYuan > 0 && !doc.Tables.ContainsKey(schedule))
                throw new ImportRefusedException(doc.FileName, lastLine,
                    $"a table titled {title} for the {fund} of {amount} 万元 in {summary.Citation}, but the document ends without one");
        }
        foreach (var spec in TableSpec.All.Where(s => s.Schedule is { } schedule && !doc.Tables.ContainsKey(schedule)))
            doc.Warnings.Add($"{doc.FileName}: no table titled {spec.Name}; its figures are not stored");
        foreach (var (name, line) in reader.Unplaced)
            doc.Warnings.Add($"{doc.FileName}: line {line}: {name} is read but not stored (the warehouse has no place for it)");

        if (reader.LastSpec?.Schedule is not { } last || !doc.Tables.TryGetValue(last, out var table)) return;
        var endLine = reader.LastDataLine;
        switch (last)
        {
            case Schedule.Expenditure or Schedule.Functional or Schedule.Economic or Schedule.GovernmentFund or Schedule.StateCapital:
                ClassRows(doc, table, endLine);
                break;
            case Schedule.ThreePublic when !table.Rows.Any(r => Names.Normalize(r.Label).Contains("增减", StringComparison.Ordinal)):
                throw new ImportRefusedException(doc.FileName, endLine, $"the 增减 row of {table.Citation}; the table ends before it");
            case Schedule.Summary or Schedule.Appropriation
                when !table.Rows.Any(r => r.Pairs.Any(p => Names.Normalize(p.Label).EndsWith("总计", StringComparison.Ordinal))):
                throw new ImportRefusedException(doc.FileName, endLine, $"the 总计 row of {table.Citation}; the table ends before it");
        }
    }

    /// <summary>The 类 rows (3-digit codes, or the least indented names) of the last table add up to its total row.</summary>
    private static void ClassRows(StagedDocument doc, StagedTable table, int endLine)
    {
        if (table.Rows.Count == 0) return;
        var total = table.Rows[0];
        var rest = table.Rows.Skip(1).ToList();
        if (rest.Count == 0) return;
        var coded = rest.Where(r => ClassCode().IsMatch(Names.Normalize(r.Label))).ToList();
        var classes = coded.Count > 0 ? coded : rest.Where(r => r.Indent == rest.Min(x => x.Indent)).ToList();
        var decimals = table.Rows.SelectMany(r => r.Amounts).Select(a => a.Decimals).DefaultIfEmpty(0).Max();
        var sum = classes.Sum(r => r.Amounts[0].Yuan);
        if (!Rounding.Within(total.Amounts[0].Yuan, sum, classes.Count, decimals))
            throw new ImportRefusedException(doc.FileName, endLine,
                $"the 类 rows of {table.Citation} to add up to its total {total.Amounts[0]} 万元 (they add up to {Amount.WanFromYuan(sum)} 万元); the table ends at this line");
    }
}
