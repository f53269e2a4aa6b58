namespace BudgetGraph.Ingest.Text;

/// <summary>
/// What the published rounding allows. Each printed figure is within half a unit of its exact value
/// (the unit is 1 万元 for whole-万元 documents, 0.01 万元 for two-decimal ones), so a published total
/// and the sum of n published terms can differ by up to (n + 1) / 2 units without any error in the data.
/// </summary>
public static class Rounding
{
    /// <summary>The printed unit in yuan for a number of decimals of 万元.</summary>
    public static long UnitYuan(int decimals) => decimals switch { <= 0 => 10_000L, 1 => 1_000L, 2 => 100L, 3 => 10L, _ => 1L };

    /// <summary>The largest difference, in yuan, rounding explains between a figure and a sum of <paramref name="terms"/> terms.</summary>
    public static long ToleranceYuan(int terms, int decimals) => (terms + 1) * UnitYuan(decimals) / 2;

    /// <summary>True when <paramref name="published"/> and <paramref name="sum"/> differ by no more than rounding allows.</summary>
    public static bool Within(long published, long sum, int terms, int decimals) =>
        Math.Abs(published - sum) <= ToleranceYuan(terms, decimals);
}
