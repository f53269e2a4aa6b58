namespace BudgetGraph.GraphSchema;

/// <summary>The unit an amount is returned in. 万元 is the unit every source document publishes in.</summary>
public enum AmountUnit
{
    /// <summary>元.</summary>
    Yuan,
    /// <summary>万元 = 10,000 元 (the published unit, and the default).</summary>
    WanYuan,
    /// <summary>亿元 = 100,000,000 元.</summary>
    YiYuan,
}

/// <summary>
/// Exact money conversions. The warehouse stores integer yuan; the API returns <see cref="decimal"/>
/// values divided by a power of ten, which is always exact (no binary floating point anywhere).
/// </summary>
public static class Amounts
{
    /// <summary>Yuan per unit.</summary>
    public static long YuanPer(AmountUnit unit) => unit switch
    {
        AmountUnit.Yuan => 1L,
        AmountUnit.WanYuan => 10_000L,
        AmountUnit.YiYuan => 100_000_000L,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown amount unit."),
    };

    /// <summary>An amount of yuan in <paramref name="unit"/>, exactly (decimal division by a power of ten).</summary>
    public static decimal In(long yuan, AmountUnit unit) => yuan / (decimal)YuanPer(unit);

    /// <summary>Nullable variant of <see cref="In(long, AmountUnit)"/>.</summary>
    public static decimal? In(long? yuan, AmountUnit unit) => yuan is { } y ? In(y, unit) : null;

    /// <summary>An amount given in <paramref name="unit"/> as yuan (may have a fraction when finer than 1 yuan).</summary>
    public static decimal ToYuan(decimal amount, AmountUnit unit) => amount * YuanPer(unit);
}
