using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.Expenditures;

/// <summary>The procurement columns of a 支出总表 row.</summary>
public sealed record ProcurementValue(string? Code, string? Name, long? Total, long? Sme, long? Micro, SourceRef Source)
{
    /// <summary>The 支出总表 rows with procurement columns.</summary>
    public static IQueryable<FunctionalExpenditureFact> Rows(WarehouseDbContext db) =>
        db.FunctionalExpenditures.Where(f => f.Schedule == Schedule.Expenditure && f.ProcurementYuan != null);

    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<FunctionalExpenditureFact, SourceRef, ProcurementValue>> Projection = (f, s) =>
        new ProcurementValue(f.FunctionalSubject!.Code, f.FunctionalSubject.Name, f.ProcurementYuan, f.ProcurementSmeYuan, f.ProcurementMicroYuan, s);

    /// <summary>The department's total row first, then rows by code.</summary>
    public static List<ProcurementValue> InOrder(IEnumerable<ProcurementValue> rows) => rows.OrderBy(r => r.Code is null ? "" : r.Code, StringComparer.Ordinal).ToList();
}
