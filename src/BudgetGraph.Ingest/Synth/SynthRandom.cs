namespace BudgetGraph.Ingest.Synth;

/// <summary>
/// A small deterministic generator (SplitMix64): the same seed gives the same sequence on every
/// platform and runtime, unlike <see cref="Random"/> whose algorithm is not part of its contract.
/// One instance per department-year (seeded from the run's seed, the department and the year), so a
/// department-year's figures do not depend on how many others are generated.
/// </summary>
internal sealed class SynthRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for a (seed, a, b) triple.</summary>
    public static SynthRandom For(int seed, int a, int b) =>
        new(Mix((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ Mix((ulong)(uint)a << 32 | (uint)b)));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>A uniform integer in [0, n).</summary>
    public int Below(int n) => (int)(Next() % (ulong)n);

    /// <summary>A uniform integer in [min, max].</summary>
    public long Between(long min, long max) => min + (long)(Next() % (ulong)(max - min + 1));

    /// <summary>True with probability <paramref name="p"/> (0..1).</summary>
    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    /// <summary>One element of a list.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>
    /// Splits <paramref name="total"/> yuan into <paramref name="parts"/> positive exact shares (weights
    /// 1..10 each), so the shares always add up to the total exactly.
    /// </summary>
    public long[] Split(long total, int parts)
    {
        var weights = new long[parts];
        long sum = 0;
        for (var i = 0; i < parts; i++) sum += weights[i] = Between(1, 10);
        var shares = new long[parts];
        long given = 0;
        for (var i = 0; i < parts - 1; i++) given += shares[i] = total * weights[i] / sum;
        shares[parts - 1] = total - given;
        return shares;
    }
}
