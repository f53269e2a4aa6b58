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
