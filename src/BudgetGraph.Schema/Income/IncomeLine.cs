using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.Income;

/// <summary>A fund source (资金来源) of the fixed tree 收入总计 → 本年收入 → 政府预算拨款 → ….</summary>
public sealed record FundSourceValue(string Code, string Name, string? ParentCode);

/// <summary>Income of one fund source as printed.</summary>
public sealed record IncomeLine(FundSourceValue FundSource, Schedule Schedule, long AmountYuan, SourceRef Source)
{
    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<IncomeFact, SourceRef, IncomeLine>> Projection = (f, s) =>
        new IncomeLine(new FundSourceValue(f.FundSource!.Code, f.FundSource.Name, f.FundSource.Parent!.Code), f.Schedule, f.AmountYuan, s);

    /// <summary>
    /// The department's own rows of 收入总表 and 收支总表: rows by subject or by unit, and 财政拨款收支总表's, are listed by
    /// the table-figure fields, not as the department's income.
    /// </summary>
    public static IQueryable<IncomeFact> OwnRows(WarehouseDbContext db) =>
        db.Incomes.Where(f => f.UnitId == null && f.FunctionalSubjectId == null && (f.Schedule == Schedule.Income || f.Schedule == Schedule.Summary));

    /// <summary>One line per fund source of the document's own year: the 收入总表 when printed, else the 收支总表.</summary>
    public static List<IncomeLine> PerFundSource(IEnumerable<IncomeLine> rows) =>
        rows.Where(r => r.Source.FactYear == r.Source.DocumentYear)
            .GroupBy(r => r.FundSource.Code)
            .Select(g => g.OrderBy(r => r.Schedule == Schedule.Income ? 0 : 1).First())
            .ToList();
}
