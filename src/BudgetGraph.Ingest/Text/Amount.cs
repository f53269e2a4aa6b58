using System.Globalization;

namespace BudgetGraph.Ingest.Text;

/// <summary>
/// A published amount in 万元 with the number of decimals it was printed with. Exact: the value
/// is a decimal; <see cref="Yuan"/> is the integer-yuan value stored in the warehouse.
/// </summary>
public readonly record struct Amount(decimal WanYuan, int Decimals)
{
    /// <summary>Yuan per 万元.</summary>
    public const long YuanPerWan = 10_000;

    /// <summary>The amount in integer yuan (exact for up to four decimals of 万元).</summary>
    public long Yuan => decimal.ToInt64(WanYuan * YuanPerWan);

    /// <summary>Parses one numeric token as printed (thousands separators; a final ",dd" group of two digits is a decimal comma).</summary>
    public static Amount Parse(string token)
    {
        var negative = token.StartsWith('-');
        var body = negative ? token[1..] : token;
        var decimals = 0;
        var lastSep = body.LastIndexOfAny(['.', ',']);
        string integral = body, fraction = "";
        // A separator followed by one or two digits is the decimal point: "492.42", "40,980,57" (decimal comma).
        if (lastSep >= 0 && body.Length - lastSep - 1 is 1 or 2)
        {
            integral = body[..lastSep];
            fraction = body[(lastSep + 1)..];
            decimals = fraction.Length;
        }
        var digits = integral.Replace(",", "", StringComparison.Ordinal) + (decimals > 0 ? "." + fraction : "");
        var value = decimal.Parse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new Amount(negative ? -value : value, decimals);
    }

    /// <summary>The amount as 万元 when it was printed in a unit of <paramref name="yuanPerUnit"/> yuan (1 for 元; exact: four more decimals).</summary>
    public Amount FromUnit(long yuanPerUnit) => yuanPerUnit == YuanPerWan ? this : new Amount(WanYuan * yuanPerUnit / YuanPerWan, Decimals + 4);

    /// <summary>The amount for integer yuan, printed with <paramref name="decimals"/> decimals of 万元.</summary>
    public static decimal WanFromYuan(long yuan) => yuan / (decimal)YuanPerWan;

    /// <inheritdoc />
    public override string ToString() => WanYuan.ToString(CultureInfo.InvariantCulture);
}
