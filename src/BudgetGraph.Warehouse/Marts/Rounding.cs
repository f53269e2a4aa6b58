namespace BudgetGraph.Warehouse.Marts;

/// <summary>
/// The rounding tolerance, the one place it is defined. Each published figure is rounded to half a unit of its
/// precision, so a sum of n printed terms may differ from a printed total by up to (n + 1) / 2 units: within that the
/// difference is rounding, beyond it the document does not itemise the rest. <see cref="ToleranceSql"/> is the same
/// rule as SQL for the mart's statement.
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

    /// <summary><see cref="ToleranceYuan"/> over SQL integer expressions (integer division on SQLite and PostgreSQL alike).</summary>
    public static string ToleranceSql(string terms, string decimals) =>
        $"(({terms}) + 1) * (CASE WHEN {decimals} <= 0 THEN 10000 WHEN {decimals} = 1 THEN 1000 WHEN {decimals} = 2 THEN 100 WHEN {decimals} = 3 THEN 10 ELSE 1 END) / 2";
}
