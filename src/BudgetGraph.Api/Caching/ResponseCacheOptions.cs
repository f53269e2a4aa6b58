namespace BudgetGraph.Api.Caching;

/// <summary>Options of the response cache (<see cref="GraphQLResponseCache"/>), bound from <c>Cache</c>.</summary>
public sealed class ResponseCacheOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Cache";

    /// <summary>Whether successful query responses are kept and served from memory (<c>Cache:Enabled</c>).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Most bytes the cache holds (<c>Cache:MaxBytes</c>): response bodies plus a fixed allowance per entry
    /// (<see cref="GraphQLResponseCache.EntryOverhead"/>); the least recently used entries go first.
    /// </summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Largest response body that is cached (<c>Cache:MaxEntryBytes</c>); larger ones are answered but not
    /// kept, so that one huge answer cannot push out everything else.
    /// </summary>
    public long MaxEntryBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>
    /// How long an entry is served, in seconds (<c>Cache:TtlSeconds</c>), in memory and in Redis. Imports through
    /// this server (<c>POST /admin/import</c>; with Redis, through any replica) empty the cache at once; an import by
    /// another process (the CLI writing to the same database) becomes visible after at most this long (with Redis, at
    /// once after deleting the generation key: docs/deployment.md).
    /// </summary>
    public int TtlSeconds { get; set; } = 300;
}
