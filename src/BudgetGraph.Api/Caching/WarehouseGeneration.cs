namespace BudgetGraph.Api.Caching;

/// <summary>
/// A counter of the warehouse's changes made by this process: every writer (the admin import endpoint)
/// calls <see cref="Advance"/> once it has written, and whatever keeps answers derived from the warehouse
/// (the <see cref="GraphQLResponseCache"/>) drops what it computed under an earlier generation.
/// </summary>
/// <remarks>
/// A reader captures <see cref="Current"/> before it reads the warehouse and keeps its answer only while the
/// generation is unchanged, so an answer computed while an import ran is never kept as current.
/// </remarks>
public sealed class WarehouseGeneration
{
    private long _current;

    /// <summary>The current generation (0 at start).</summary>
    public long Current => Interlocked.Read(ref _current);

    /// <summary>Raised after every <see cref="Advance"/>, with the new generation.</summary>
    public event Action<long>? Advanced;

    /// <summary>Records that the warehouse changed; returns the new generation.</summary>
    public long Advance()
    {
        var generation = Interlocked.Increment(ref _current);
        Advanced?.Invoke(generation);
        return generation;
    }
}
