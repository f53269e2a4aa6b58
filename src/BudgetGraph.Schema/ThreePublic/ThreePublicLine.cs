using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.ThreePublic;

/// <summary>A 三公 figure.</summary>
public sealed record ThreePublicLine(ThreePublicItem Item, string Budget, int Year, int StageId, bool IsChange, long AmountYuan, SourceRef Source)
{
    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<ThreePublicFact, SourceRef, ThreePublicLine>> Projection = (f, s) =>
        new ThreePublicLine(f.Item, f.FundSource!.Code, f.Year, f.StageId, f.IsChange, f.AmountYuan, s);
}
