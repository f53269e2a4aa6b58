using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Caching;

/// <summary>
/// The key of a cached response: the SHA-256 of the request's query text, operation name and variables
/// (see <see cref="GraphQLResponseCache.KeyOf"/>). 32 bytes whatever the request's size.
/// </summary>
/// <param name="High">The hash's first 16 bytes.</param>
/// <param name="Low">The hash's last 16 bytes.</param>
public readonly record struct ResponseCacheKey(UInt128 High, UInt128 Low);

/// <summary>A cached response: the body as written (UTF-8 JSON) and its ETag (<see cref="Http.HttpCaching.ETagOf"/>).</summary>
/// <param name="Body">The response body; never modified once cached.</param>
/// <param name="ETag">The body's weak ETag.</param>
public sealed record CachedResponse(byte[] Body, string ETag);

/// <summary>What <see cref="GraphQLResponseCache.LookupAsync"/> found.</summary>
/// <param name="Hit">The cached response, or null.</param>
/// <param name="Ticket">What to keep an executed response under (<see cref="GraphQLResponseCache.Keep"/>); null when the
/// cache cannot be used for this request (Redis configured but unreachable): execute and keep nothing.</param>
public readonly record struct CacheLookup(CachedResponse? Hit, GenerationTicket? Ticket);

/// <summary>
/// Serialized bodies of successful query responses, by request, in memory: the warehouse changes only when
/// documents are imported, so a repeated query (a dashboard, a chart, a comparison re-run) is answered
/// without executing it or touching the database.
/// </summary>
/// <remarks>
/// <para>
/// What may be kept is decided by the caller (<see cref="Http.HotChocolateFrontDoor"/>): query operations whose
/// response is status 200 with data and no errors. The body of such a response depends only on the schema,
/// the warehouse and the request's document, operation name and variables — neither the response media type
/// nor the method (GET, HEAD, POST) changes its bytes — so those three are the key. The key is the text as
/// received, not a normalized form: texts differing only in whitespace miss, which costs an execution, never
/// a wrong answer. Variables are hashed as re-serialized JSON (whitespace and escapes normalized, property
/// order kept as sent, since the order in which input fields arrive is part of the request).
/// </para>
/// <para>
/// Bounded: at most <see cref="ResponseCacheOptions.MaxBytes"/>, counting each entry's body plus
/// <see cref="EntryOverhead"/>, so hostile requests that all miss cannot grow it (keys are fixed-size hashes);
/// the least recently used entries are evicted first, and bodies over
/// <see cref="ResponseCacheOptions.MaxEntryBytes"/> are not kept. Entries expire after
/// <see cref="ResponseCacheOptions.TtlSeconds"/> (measured on the injected <see cref="TimeProvider"/>), and
/// every <see cref="WarehouseGeneration.Advance"/> empties the cache.
/// </para>
/// <para>
/// Thread-safe: one lock guards the map and the recency list; lookups and stores are O(1). Concurrent
/// misses of the same key all execute and store; the last store wins, and every stored body is complete.
/// </para>
/// <para>
/// With Redis (<see cref="RedisShare"/>; the requests go through <see cref="LookupAsync"/> and <see cref="Keep"/>), this
/// memory is the first level and Redis the second, shared by the replicas: bodies are stored there under the shared
/// generation token they were computed under, so a token replaced by an import is never looked up again (its entries
/// expire). See <see cref="WarehouseGeneration"/> for why no replica answers from before an import once it answered.
/// </para>
/// </remarks>
public sealed class GraphQLResponseCache
{
    /// <summary>The bytes each entry is counted for beyond its body: key, ETag, list node and map slot.</summary>
    public const int EntryOverhead = 256;

    private sealed class Entry(ResponseCacheKey key, CachedResponse response, long generation, long expires)
    {
        public ResponseCacheKey Key { get; } = key;
        public CachedResponse Response { get; } = response;
        public long Generation { get; } = generation;
        public long Expires { get; } = expires;
        public long Size => Response.Body.Length + EntryOverhead;
    }

    private readonly ResponseCacheOptions _options;
    private readonly WarehouseGeneration _generation;
    private readonly RedisShare? _shared;
    private readonly TimeProvider _time;
    private readonly long _ttlTicks;
    private readonly Lock _lock = new();
    private readonly Dictionary<ResponseCacheKey, LinkedListNode<Entry>> _entries = [];
    /// <summary>Most recently used first.</summary>
    private readonly LinkedList<Entry> _recency = new();
    private long _bytes;

    /// <summary>Creates the cache; it empties itself whenever <paramref name="generation"/> advances.</summary>
    public GraphQLResponseCache(IOptions<ResponseCacheOptions> options, WarehouseGeneration generation, TimeProvider time)
    {
        _options = options.Value;
        _generation = generation;
        _time = time;
        _ttlTicks = (long)Math.Min(long.MaxValue / 2.0, (double)_options.TtlSeconds * time.TimestampFrequency);
        generation.Advanced += _ => Clear();
    }

    /// <summary>Creates the cache with Redis as its second level, shared by the replicas.</summary>
    public GraphQLResponseCache(IOptions<ResponseCacheOptions> options, WarehouseGeneration generation, TimeProvider time, RedisShare shared)
        : this(options, generation, time)
    {
        _shared = shared;
    }

    /// <summary>
    /// Looks a request up as the server does: captures the generation (with Redis, after reading the shared token), then
    /// this process's memory, then Redis. <paramref name="fresh"/> (the client asked
    /// for an answer computed now) skips both levels but still gives the ticket to keep the new answer under.
    /// </summary>
    public async ValueTask<CacheLookup> LookupAsync(ResponseCacheKey key, bool fresh)
    {
        if (await _generation.ObserveAsync() is not { } ticket)
        {
            return new CacheLookup(null, null);
        }

        if (fresh)
        {
            return new CacheLookup(null, ticket);
        }

        if (Find(key) is { } hit)
        {
            return new CacheLookup(hit, ticket);
        }

        if (_shared is null || ticket.SharedToken is not { } token)
        {
            return new CacheLookup(null, ticket);
        }

        byte[]? body;
        try
        {
            body = await _shared.FindResponseAsync(token, key);
        }
        catch (Exception e) when (RedisShare.IsOutage(e))
        {
            _shared.ReportOutage("the response cache", e);
            return new CacheLookup(null, ticket);
        }

        if (body is null)
        {
            return new CacheLookup(null, ticket);
        }

        // Computed by a replica after it read this token, so as current as anything under the token. Not copied into this
        // process's memory: a request that read a token before an import may take it after a request that read the new
        // one (tokens have no order), and memory entries must come only from executions started after their capture.
        return new CacheLookup(new CachedResponse(body, Http.HttpCaching.ETagOf(body)), ticket);
    }

    /// <summary>
    /// Keeps an executed response (see <see cref="Store"/>) under the ticket <see cref="LookupAsync"/> gave before it was
    /// executed; with Redis, also there, under the ticket's token (not awaited).
    /// </summary>
    public void Keep(ResponseCacheKey key, GenerationTicket ticket, CachedResponse response)
    {
        if (Store(key, ticket.Generation, response) && _shared is not null && ticket.SharedToken is { } token)
        {
            var ttl = TimeSpan.FromSeconds(_options.TtlSeconds);
            _shared.Forget("the response cache", () => _shared.StoreResponseAsync(token, key, response.Body, ttl));
        }
    }

    /// <summary>Whether the cache is on (<see cref="ResponseCacheOptions.Enabled"/>).</summary>
    public bool Enabled => _options.Enabled;

    /// <summary>The warehouse generation now; pass it to <see cref="Store"/> for a response computed from here on.</summary>
    public long Generation => _generation.Current;

    /// <summary>How many responses are cached.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The bytes counted against <see cref="ResponseCacheOptions.MaxBytes"/>.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    /// <summary>
    /// The key of a request: SHA-256 over a JSON array of a format version, the query text, the operation
    /// name (or null) and the variables (or null). Writing them as JSON strings and values delimits them, so
    /// no two different requests share the hashed bytes.
    /// </summary>
    public static ResponseCacheKey KeyOf(string query, string? operationName, JsonElement? variables)
    {
        var buffer = new ArrayBufferWriter<byte>(query.Length + 256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(1);
            writer.WriteStringValue(query);
            writer.WriteStringValue(operationName);
            if (variables is { } value)
            {
                value.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndArray();
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return new ResponseCacheKey(BinaryPrimitives.ReadUInt128LittleEndian(hash[..16]), BinaryPrimitives.ReadUInt128LittleEndian(hash[16..]));
    }

    /// <summary>The cached response of a key, or null when there is none that is current and unexpired.</summary>
    public CachedResponse? Find(ResponseCacheKey key)
    {
        var now = _time.GetTimestamp();
        var generation = _generation.Current;
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            if (node.Value.Generation != generation || now >= node.Value.Expires)
            {
                Remove(node);
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Response;
        }
    }

    /// <summary>
    /// Keeps a response under its key, unless its body is over the per-entry limit or the warehouse changed
    /// since <paramref name="generation"/> (read from <see cref="Generation"/> before executing): then the
    /// response may reflect the old data and is not kept. Evicts the least recently used entries to stay
    /// within <see cref="ResponseCacheOptions.MaxBytes"/>. Returns whether it was kept.
    /// </summary>
    public bool Store(ResponseCacheKey key, long generation, CachedResponse response)
    {
        var size = response.Body.Length + (long)EntryOverhead;
        if (response.Body.Length > _options.MaxEntryBytes || size > _options.MaxBytes)
        {
            return false;
        }

        var expires = _time.GetTimestamp() + _ttlTicks;
        lock (_lock)
        {
            // Checked under the lock: an Advance after this point clears the entry again (Clear takes the lock).
            if (generation != _generation.Current)
            {
                return false;
            }

            if (_entries.TryGetValue(key, out var existing))
            {
                Remove(existing);
            }

            var node = _recency.AddFirst(new Entry(key, response, generation, expires));
            _entries[key] = node;
            _bytes += size;
            while (_bytes > _options.MaxBytes && _recency.Last is { } oldest)
            {
                Remove(oldest);
            }

            return true;
        }
    }

    /// <summary>Drops every entry.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _recency.Clear();
            _bytes = 0;
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
        _bytes -= node.Value.Size;
    }
}
