using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BudgetGraph.Api.Caching;
using BudgetGraph.Api.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Documents;

/// <summary>Options of automatic persisted queries, bound from <c>GraphQL:PersistedQueries</c>.</summary>
public sealed class PersistedQueryOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:PersistedQueries";

    /// <summary>Whether requests may name their document by hash.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Most characters of query text kept (the least recently used go first). A client whose hash was
    /// evicted gets <c>PersistedQueryNotFound</c> and sends the text again, as Apollo clients do.
    /// </summary>
    public long MaxStoredCharacters { get; set; } = 8_000_000;
}

/// <summary>
/// The store of automatic persisted queries (Apollo's protocol, version 1): query texts by the lowercase
/// hexadecimal SHA-256 of their UTF-8 bytes. In memory and bounded: it is a cache that clients refill. With Redis
/// (<see cref="RedisShare"/>), texts are also stored there, so a hash registered through one replica runs through any.
/// </summary>
/// <remarks>
/// A hash names one text forever, so a text found anywhere is current: no invalidation is needed. A text read from
/// Redis is used only if its SHA-256 is the hash asked for (what Redis holds is not trusted to be what was stored).
/// When Redis cannot be reached, the store answers from memory alone (an unknown hash: the client sends the text again).
/// </remarks>
public sealed class PersistedQueryStore : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly RedisShare? _shared;

    /// <summary>Creates the store with the configured size.</summary>
    public PersistedQueryStore(IOptions<PersistedQueryOptions> options)
    {
        Options = options.Value;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, Options.MaxStoredCharacters) });
    }

    /// <summary>Creates the store with Redis behind its memory, shared by the replicas.</summary>
    public PersistedQueryStore(IOptions<PersistedQueryOptions> options, RedisShare shared)
        : this(options)
    {
        _shared = shared;
    }

    /// <summary>The options.</summary>
    public PersistedQueryOptions Options { get; }

    /// <summary>The stored text of a hash, from memory or else from Redis, or null.</summary>
    public async ValueTask<string?> FindAsync(string sha256Hash)
    {
        var hash = sha256Hash.ToLowerInvariant();
        var text = _cache.Get<string>(hash);
        if (text is not null || _shared is null)
        {
            return text;
        }

        try
        {
            text = await _shared.FindPersistedQueryAsync(hash);
        }
        catch (Exception e) when (RedisShare.IsOutage(e))
        {
            _shared.ReportOutage("persisted queries", e);
            return null;
        }

        if (text is null || PersistedQueries.Sha256Hex(text) != hash)
        {
            return null;
        }

        Remember(hash, text);
        return text;
    }

    /// <summary>Stores a text under its hash (verified by <see cref="PersistedQueries.ResolveAsync"/>), with Redis there too.</summary>
    public void Store(string sha256Hash, string query)
    {
        var hash = sha256Hash.ToLowerInvariant();
        Remember(hash, query);
        if (_shared is { } shared)
        {
            shared.Forget("persisted queries", () => shared.StorePersistedQueryAsync(hash, query));
        }
    }

    private void Remember(string hash, string query) =>
        _cache.Set(hash, query, new MemoryCacheEntryOptions { Size = Math.Max(1, query.Length) });

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}

/// <summary>
/// Apollo's automatic persisted queries over <c>extensions.persistedQuery</c>
/// (<c>{ "version": 1, "sha256Hash": "…" }</c>): a hash alone runs the stored text, or answers
/// <c>PersistedQueryNotFound</c> (so the client retries with the text); a hash with the text is checked
/// against the text's SHA-256 and stored once the document proves valid.
/// </summary>
public static class PersistedQueries
{
    /// <summary>Apollo's message for an unknown hash; Apollo clients look for it word for word.</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";

    /// <summary>Apollo's message when the server does not support persisted queries.</summary>
    public const string NotSupportedMessage = "PersistedQueryNotSupported";

    /// <summary>What a request's persisted-query extension amounts to.</summary>
    /// <param name="Query">The document text to run (null with an error).</param>
    /// <param name="HashToStore">The hash to store <see cref="Query"/> under once it proves valid.</param>
    /// <param name="Error">A GraphQL request error (not found / not supported): status by media type.</param>
    /// <param name="Refusal">A malformed extension or a wrong hash: 400 whatever the media type.</param>
    public readonly record struct Resolution(string? Query, string? HashToStore, RequestError? Error, RequestRefusal? Refusal);

    /// <summary>Resolves the document text of a request, by its persisted-query extension when it has one.</summary>
    public static async ValueTask<Resolution> ResolveAsync(GraphQLHttpRequest request, PersistedQueryStore store)
    {
        if (request.Extensions is not { } extensions || !extensions.TryGetProperty("persistedQuery", out var persisted)
            || persisted.ValueKind == JsonValueKind.Null)
        {
            return new Resolution(request.Query, null, null, null);
        }

        if (!store.Options.Enabled)
        {
            return new Resolution(null, null, Error(NotSupportedMessage, ErrorCodes.PersistedQueryNotSupported), null);
        }

        if (persisted.ValueKind != JsonValueKind.Object
            || !persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number)
        {
            return Refuse("extensions.persistedQuery must be an object with \"version\": 1 and a \"sha256Hash\" string.");
        }

        if (!version.TryGetInt32(out var number) || number != 1)
        {
            return Refuse($"Persisted query version {version.GetRawText()} is not supported; this server supports version 1.");
        }

        if (!persisted.TryGetProperty("sha256Hash", out var hashElement) || hashElement.ValueKind != JsonValueKind.String
            || hashElement.GetString() is not { Length: 64 } hash || !hash.All(char.IsAsciiHexDigit))
        {
            return Refuse("extensions.persistedQuery.sha256Hash must be the SHA-256 of the query as 64 hexadecimal digits.");
        }

        if (request.Query is { } query)
        {
            return string.Equals(Sha256Hex(query), hash, StringComparison.OrdinalIgnoreCase)
                ? new Resolution(query, hash, null, null)
                : Refuse("extensions.persistedQuery.sha256Hash does not match the SHA-256 of the query text.");
        }

        return await store.FindAsync(hash) is { } stored
            ? new Resolution(stored, null, null, null)
            : new Resolution(null, null, Error(NotFoundMessage, ErrorCodes.PersistedQueryNotFound), null);
    }

    /// <summary>The lowercase hexadecimal SHA-256 of a text's UTF-8 bytes (the hash Apollo clients send).</summary>
    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static RequestError Error(string message, string code) => new(message, code);

    private static Resolution Refuse(string message) =>
        new(null, null, null, RequestRefusal.Create(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message));
}
