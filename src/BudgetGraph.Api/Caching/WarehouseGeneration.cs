namespace BudgetGraph.Api.Caching;

/// <summary>What a reader captured before reading the warehouse: the local generation and, with Redis, the shared token.</summary>
/// <param name="Generation">The local generation (<see cref="WarehouseGeneration.Current"/>).</param>
/// <param name="SharedToken">The shared generation token read from Redis, or null without Redis.</param>
public readonly record struct GenerationTicket(long Generation, string? SharedToken);

/// <summary>
/// A counter of the warehouse's changes: every writer (the admin import endpoint) calls <see cref="AdvanceAsync"/>
/// once it has written, and whatever keeps answers derived from the warehouse (the <see cref="GraphQLResponseCache"/>)
/// drops what it computed under an earlier generation.
/// </summary>
/// <remarks>
/// <para>
/// A reader captures <see cref="Current"/> before it reads the warehouse and keeps its answer only while the
/// generation is unchanged, so an answer computed while an import ran is never kept as current.
/// </para>
/// <para>
/// With Redis (<see cref="RedisShare"/>), the replicas share a generation token, replaced by every import on any
/// replica after its transaction committed. A reader first reads the token (<see cref="ObserveAsync"/>); when it differs
/// from the last one this process saw, the local generation advances, which empties this process's cache. Why this is
/// exact, not eventually right: a request that starts after an import answered reads that import's token (or a later
/// one), because Redis is one linearizable server; so it either advances the local generation itself, or finds it
/// advanced by a reader that read the same token — and that read, hence every capture of the generation since, came
/// after the import committed. The cache keeps in memory only responses executed after their capture (never copies of
/// Redis entries), so nothing it holds under the current generation predates the import. The token and the local
/// generation are switched together under one lock. (Pub/sub would tell the other replicas too, but asynchronously: a request arriving before the
/// message could still be answered from the old cache. HybridCache's tag invalidation, in 11.0.0, reads a tag's
/// invalidation time from the second level once per process and keeps it, so another replica's RemoveByTagAsync does
/// not reach this process's first level before the entry expires.)
/// </para>
/// </remarks>
public sealed class WarehouseGeneration
{
    private readonly RedisShare? _shared;
    private readonly Lock _lock = new();
    private long _current;
    private string? _observed;

    /// <summary>A generation of this process alone (no Redis).</summary>
    public WarehouseGeneration()
    {
    }

    /// <summary>A generation shared with the other replicas through Redis.</summary>
    public WarehouseGeneration(RedisShare shared)
    {
        _shared = shared;
    }

    /// <summary>The current generation (0 at start).</summary>
    public long Current => Interlocked.Read(ref _current);

    /// <summary>Whether the generation is shared through Redis.</summary>
    public bool IsShared => _shared is not null;

    /// <summary>Raised after every <see cref="Advance"/>, with the new generation.</summary>
    public event Action<long>? Advanced;

    /// <summary>Records that the warehouse changed, in this process only; returns the new generation.</summary>
    public long Advance()
    {
        var generation = Interlocked.Increment(ref _current);
        Advanced?.Invoke(generation);
        return generation;
    }

    /// <summary>
    /// Records that the warehouse changed, for every replica: with Redis a new shared token (then this process takes it),
    /// else <see cref="Advance"/>. When Redis cannot be reached the change is recorded here only and logged: the other
    /// replicas keep their cached answers up to <c>Cache:TtlSeconds</c>.
    /// </summary>
    public async Task<long> AdvanceAsync()
    {
        if (_shared is null)
        {
            return Advance();
        }

        try
        {
            return Take(await _shared.PublishGenerationAsync()).Generation;
        }
        catch (Exception e) when (RedisShare.IsOutage(e))
        {
            _shared.ReportUnannouncedImport(e);
            return Advance();
        }
    }

    /// <summary>
    /// What a reader captures before reading the warehouse. Without Redis, <see cref="Current"/>. With Redis, the shared
    /// token, the local generation advanced first if the token is new to this process; null when Redis cannot be reached:
    /// then nothing cached (here or in Redis) is known to be current, and the reader must execute and keep nothing.
    /// </summary>
    public async ValueTask<GenerationTicket?> ObserveAsync()
    {
        if (_shared is null)
        {
            return new GenerationTicket(Current, null);
        }

        string token;
        try
        {
            token = await _shared.ReadGenerationAsync();
        }
        catch (Exception e) when (RedisShare.IsOutage(e))
        {
            _shared.ReportOutage("the warehouse generation", e);
            return null;
        }

        return Take(token);
    }

    private GenerationTicket Take(string token)
    {
        lock (_lock)
        {
            if (token != _observed)
            {
                _observed = token;
                Advance();
            }

            return new GenerationTicket(Current, token);
        }
    }
}
