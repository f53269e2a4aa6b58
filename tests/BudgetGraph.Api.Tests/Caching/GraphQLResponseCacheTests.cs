using System.Text;
using System.Text.Json;
using BudgetGraph.Api.Caching;
using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Tests.Caching;

/// <summary>A clock that moves only when told to (for expiry without sleeping).</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _ticks = TimeSpan.TicksPerDay;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

/// <summary>The cache itself: keys, expiry, the generation, the size bounds and eviction.</summary>
public sealed class GraphQLResponseCacheTests
{
    private readonly ManualTimeProvider _time = new();
    private readonly WarehouseGeneration _generation = new();

    private GraphQLResponseCache Create(long maxBytes = 1 << 20, long maxEntryBytes = 1 << 20, int ttlSeconds = 300) =>
        new(Options.Create(new ResponseCacheOptions { MaxBytes = maxBytes, MaxEntryBytes = maxEntryBytes, TtlSeconds = ttlSeconds }), _generation, _time);

    private static CachedResponse Response(int bytes, char fill = 'x') => new(Encoding.ASCII.GetBytes(new string(fill, bytes)), "W/\"" + fill + "\"");

    private static ResponseCacheKey Key(string query, string? operationName = null, string? variables = null) =>
        GraphQLResponseCache.KeyOf(query, operationName, variables is null ? null : JsonDocument.Parse(variables).RootElement);

    [Fact]
    public void Key_IsTheSameForTheSameRequest_AndForVariablesDifferingOnlyInWhitespace()
    {
        Assert.Equal(Key("{ a }", "A", """{"x":1,"y":[1,2]}"""), Key("{ a }", "A", """ { "x" : 1, "y": [ 1, 2 ] } """));
    }

    [Fact]
    public void Key_OfJsonNullVariables_IsThatOfNoVariables()
    {
        // The request reader turns "variables": null into no variables; the engine sees the same request.
        Assert.Equal(Key("{ a }"), Key("{ a }", null, "null"));
    }

    [Fact]
    public void Key_DiffersWhenAnyPartDiffers()
    {
        var keys = new[]
        {
            Key("{ a }"),
            Key("{ a }", ""),
            Key("{ a }", "A"),
            Key("{ a }", null, "{}"),
            Key("{ a }", null, """{"x":1}"""),
            Key("{ a }", null, """{"x":2}"""),
            Key("{ a }", null, """{"x":"1"}"""),
            Key("{ a }", null, """{"x":1,"y":2}"""),
            Key("{ a }", null, """{"y":2,"x":1}"""), // input fields arrive in this order: not assumed to mean the same
            Key("{  a }"),                           // the text as received: no normalization
            Key("{ b }"),
            Key("{ a }\"", null),                    // text and operation name are delimited, not concatenated
            Key("{ a }", "\""),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void Find_ReturnsWhatWasStored_UntilItExpires()
    {
        var cache = Create(ttlSeconds: 60);
        var key = Key("{ a }");
        var response = Response(10);
        Assert.Null(cache.Find(key));

        Assert.True(cache.Store(key, cache.Generation, response));
        _time.Advance(TimeSpan.FromSeconds(59.9));
        Assert.Same(response, cache.Find(key));

        _time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Null(cache.Find(key));
        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Bytes);
    }

    [Fact]
    public void AdvancingTheGeneration_EmptiesTheCache()
    {
        var cache = Create();
        Assert.True(cache.Store(Key("{ a }"), cache.Generation, Response(10)));
        Assert.True(cache.Store(Key("{ b }"), cache.Generation, Response(10)));

        _generation.Advance();

        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Bytes);
        Assert.Null(cache.Find(Key("{ a }")));
    }

    [Fact]
    public void AResponseComputedBeforeAnImport_IsNotKept()
    {
        var cache = Create();
        var before = cache.Generation;
        _generation.Advance(); // an import finished while the request executed

        Assert.False(cache.Store(Key("{ a }"), before, Response(10)));
        Assert.Null(cache.Find(Key("{ a }")));
        Assert.True(cache.Store(Key("{ a }"), cache.Generation, Response(10)));
    }

    [Fact]
    public void ABodyOverThePerEntryLimit_IsNotKept()
    {
        var cache = Create(maxEntryBytes: 100);

        Assert.False(cache.Store(Key("{ big }"), cache.Generation, Response(101)));
        Assert.True(cache.Store(Key("{ fits }"), cache.Generation, Response(100)));
        Assert.Null(cache.Find(Key("{ big }")));
        Assert.Equal(1, cache.Count);
        Assert.Equal(100 + GraphQLResponseCache.EntryOverhead, cache.Bytes);
    }

    [Fact]
    public void OverTheTotalSize_TheLeastRecentlyUsedEntriesAreEvicted()
    {
        const int body = 100;
        var cache = Create(maxBytes: 3 * (body + GraphQLResponseCache.EntryOverhead));
        foreach (var name in new[] { "a", "b", "c" })
        {
            Assert.True(cache.Store(Key(name), cache.Generation, Response(body, name[0])));
        }

        Assert.NotNull(cache.Find(Key("a"))); // a is now the most recently used; b the least
        Assert.True(cache.Store(Key("d"), cache.Generation, Response(body, 'd')));

        Assert.Null(cache.Find(Key("b")));
        Assert.Equal("aaaaa", Encoding.ASCII.GetString(cache.Find(Key("a"))!.Body, 0, 5));
        Assert.NotNull(cache.Find(Key("c")));
        Assert.NotNull(cache.Find(Key("d")));
        Assert.Equal(3, cache.Count);
        Assert.Equal(3 * (body + GraphQLResponseCache.EntryOverhead), cache.Bytes);
    }

    [Fact]
    public void StoringAKeyAgain_ReplacesItsEntry_AndItsSize()
    {
        var cache = Create();
        var key = Key("{ a }");
        cache.Store(key, cache.Generation, Response(10, 'x'));
        var second = Response(20, 'y');
        cache.Store(key, cache.Generation, second);

        Assert.Same(second, cache.Find(key));
        Assert.Equal(1, cache.Count);
        Assert.Equal(20 + GraphQLResponseCache.EntryOverhead, cache.Bytes);
    }

    [Fact]
    public async Task ConcurrentStoresAndLookups_KeepTheAccountingExact()
    {
        const int body = 50;
        var cache = Create(maxBytes: 20 * (body + GraphQLResponseCache.EntryOverhead));
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                var key = Key("{ q" + (i * 7 + worker) % 50 + " }");
                if (cache.Find(key) is { } found)
                {
                    Assert.Equal(body, found.Body.Length);
                }
                else
                {
                    cache.Store(key, cache.Generation, Response(body));
                }
            }
        })));

        Assert.InRange(cache.Count, 1, 20);
        Assert.Equal(cache.Count * (body + GraphQLResponseCache.EntryOverhead), cache.Bytes);
    }
}
