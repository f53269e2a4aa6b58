using System.Linq.Expressions;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.GraphSchema.Performance;

/// <summary>A performance indicator with its target.</summary>
public sealed record PerformanceTargetValue(string Level1, string Level2, string Level3, string Target, SourceRef Source)
{
    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<PerformanceTargetFact, SourceRef, PerformanceTargetValue>> Projection = (f, s) =>
        new PerformanceTargetValue(f.Level1, f.Level2, f.Level3, f.Target, s);
}

/// <summary>A countable fact about the department.</summary>
public sealed record ProfileValue(string Measure, long Quantity, string Unit, SourceRef Source)
{
    /// <summary>The unit the documents print money measures of the profile in.</summary>
    public const string MoneyUnit = "元";

    /// <summary>The projection from the fact.</summary>
    public static readonly Expression<Func<DepartmentProfileFact, SourceRef, ProfileValue>> Projection = (f, s) => new ProfileValue(f.Measure, f.Quantity, f.Unit, s);
}
