using StackExchange.Redis;

namespace BudgetGraph.Api.Caching;

/// <summary>Options of the Redis that API replicas share, bound from <c>Redis</c> (docs/deployment.md).</summary>
public sealed class RedisOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Redis";

    /// <summary>
    /// The StackExchange.Redis configuration string (<c>Redis:Configuration</c>), e.g. <c>127.0.0.1:6379</c> or
    /// <c>redis.internal:6379,password=…,ssl=true</c>. Unset (the default): nothing is shared, every cache is the process's own.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// The prefix of every key this server reads and writes (<c>Redis:KeyPrefix</c>): deployments (or test runs) sharing
    /// one Redis keep apart by it. The replicas of one deployment must use the same prefix.
    /// </summary>
    public string KeyPrefix { get; set; } = "budgetgraph:";

    /// <summary>How long a persisted query's text is kept in Redis after it was last registered (<c>Redis:PersistedQueryTtl</c>).</summary>
    public TimeSpan PersistedQueryTtl { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Whether sharing is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);

    /// <summary>Whether a configuration string is one StackExchange.Redis reads (checked at start).</summary>
    public static bool Parses(string configuration)
    {
        try
        {
            ConfigurationOptions.Parse(configuration);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>
/// What API replicas share through Redis: the warehouse's generation token, response bodies by generation, and the
/// texts of persisted queries. Registered only when <see cref="RedisOptions.Configuration"/> is set.
/// </summary>
/// <remarks>
/// <para>
/// Keys (all under <see cref="RedisOptions.KeyPrefix"/>): <c>generation</c> → a random token, replaced by every import;
/// <c>response:&lt;token&gt;:&lt;request hash&gt;</c> → a response body (expires after <c>Cache:TtlSeconds</c>);
/// <c>apq:&lt;sha256&gt;</c> → a persisted query's text (expires after <see cref="RedisOptions.PersistedQueryTtl"/>).
/// </para>
/// <para>
/// Nothing here is durable state: losing any key (a restart, eviction under <c>maxmemory</c>) costs re-execution, never a
/// wrong answer. A missing generation is replaced by a new random token, which no cached response is stored under;
/// tokens are never reused (unlike a counter that would restart at 0 and meet old entries again).
/// </para>
/// <para>
/// Every call may throw <see cref="RedisException"/> (or a <see cref="TimeoutException"/>) while Redis is unreachable;
/// the callers then serve without the shared cache (see <see cref="WarehouseGeneration.ObserveAsync"/>).
/// </para>
/// </remarks>
public sealed partial class RedisShare : IAsyncDisposable
{
    /// <summary>The least time between two warnings that Redis is unreachable (one per request would flood the log).</summary>
    private static readonly TimeSpan WarningInterval = TimeSpan.FromSeconds(30);

    private readonly ConfigurationOptions _configuration;
    private Lazy<Task<ConnectionMultiplexer>> _connection;
    private readonly RedisKey _generationKey;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private long _lastWarning = long.MinValue;

    /// <summary>Creates the share; the connection is opened on first use.</summary>
    public RedisShare(Microsoft.Extensions.Options.IOptions<RedisOptions> options, ILogger<RedisShare> logger, TimeProvider time)
    {
        _logger = logger;
        _time = time;
        Options = options.Value;
        _configuration = ConfigurationOptions.Parse(Options.Configuration!);
        // An unreachable Redis at start is not fatal: commands fail (and callers do without) until it answers.
        _configuration.AbortOnConnectFail = false;
        // While it is unreachable, a command fails at once rather than waiting in a queue for its timeout: a request
        // answered without the cache is better than one held for seconds.
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _connection = NewConnection();
        _generationKey = Options.KeyPrefix + "generation";
    }

    /// <summary>The options.</summary>
    public RedisOptions Options { get; }

    private Lazy<Task<ConnectionMultiplexer>> NewConnection() => new(() => ConnectionMultiplexer.ConnectAsync(_configuration));

    private async Task<IDatabase> DatabaseAsync()
    {
        var connection = _connection;
        try
        {
            return (await connection.Value).GetDatabase();
        }
        catch (Exception e)
        {
            // A failed connect is not kept (the multiplexer reconnects by itself once it exists): the next call tries again.
            Interlocked.CompareExchange(ref _connection, NewConnection(), connection);
            if (IsOutage(e))
            {
                throw;
            }

            throw new RedisException("Redis could not be connected to: " + e.Message, e);
        }
    }

    /// <summary>The current generation token; creates one when there is none (a fresh or emptied Redis).</summary>
    public async Task<string> ReadGenerationAsync()
    {
        var db = await DatabaseAsync();
        var token = await db.StringGetAsync(_generationKey);
        if (token.IsNull)
        {
            // Of replicas racing here, one token wins (NX) and all of them read it back.
            await db.StringSetAsync(_generationKey, NewToken(), when: When.NotExists);
            token = await db.StringGetAsync(_generationKey);
        }

        return token.ToString();
    }

    /// <summary>Replaces the generation token with a new one (after the warehouse changed); returns it.</summary>
    public async Task<string> PublishGenerationAsync()
    {
        var token = NewToken();
        await (await DatabaseAsync()).StringSetAsync(_generationKey, token);
        return token;
    }

    /// <summary>The response body stored under a generation token and request key, or null.</summary>
    public async Task<byte[]?> FindResponseAsync(string token, ResponseCacheKey key) =>
        (byte[]?)await (await DatabaseAsync()).StringGetAsync(ResponseKey(token, key));

    /// <summary>Stores a response body under a generation token and request key (not awaited by Redis: fire and forget).</summary>
    public async Task StoreResponseAsync(string token, ResponseCacheKey key, byte[] body, TimeSpan ttl) =>
        await (await DatabaseAsync()).StringSetAsync(ResponseKey(token, key), body, ttl, flags: CommandFlags.FireAndForget);

    /// <summary>The text stored under a persisted query's hash (lowercase hexadecimal), or null.</summary>
    public async Task<string?> FindPersistedQueryAsync(string hash) =>
        (string?)await (await DatabaseAsync()).StringGetAsync(Options.KeyPrefix + "apq:" + hash);

    /// <summary>Stores a persisted query's text under its hash (fire and forget).</summary>
    public async Task StorePersistedQueryAsync(string hash, string query) =>
        await (await DatabaseAsync()).StringSetAsync(Options.KeyPrefix + "apq:" + hash, query, Options.PersistedQueryTtl,
            flags: CommandFlags.FireAndForget);

    private RedisKey ResponseKey(string token, ResponseCacheKey key) =>
        $"{Options.KeyPrefix}response:{token}:{key.High:x32}{key.Low:x32}";

    private static string NewToken() => Guid.NewGuid().ToString("N");

    /// <summary>Whether an exception is Redis being unreachable or slow (the callers' cue to do without it).</summary>
    public static bool IsOutage(Exception e) => e is RedisException or TimeoutException;

    /// <summary>Logs that Redis could not be used for <paramref name="what"/> (at most one warning per <see cref="WarningInterval"/>).</summary>
    public void ReportOutage(string what, Exception e)
    {
        var now = _time.GetTimestamp();
        var last = Interlocked.Read(ref _lastWarning);
        if (last != long.MinValue && _time.GetElapsedTime(last, now) < WarningInterval
            || Interlocked.CompareExchange(ref _lastWarning, now, last) != last)
        {
            return;
        }

        Unavailable(_logger, what, e.Message);
    }

    /// <summary>Starts a write that nobody waits for; an outage is reported, not thrown.</summary>
    public void Forget(string what, Func<Task> write) => _ = ForgetAsync(what, write);

    private async Task ForgetAsync(string what, Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (Exception e) when (IsOutage(e))
        {
            ReportOutage(what, e);
        }
    }

    /// <summary>Logs, as an error and every time, that an import could not be announced to the other replicas.</summary>
    public void ReportUnannouncedImport(Exception e) => Unannounced(_logger, e.Message);

    [LoggerMessage(EventId = 2, EventName = "RedisImportNotAnnounced", Level = LogLevel.Error,
        Message = "The warehouse changed but Redis could not be told: {Reason}. Other replicas may answer from their caches for up to Cache:TtlSeconds.")]
    private static partial void Unannounced(ILogger logger, string reason);

    [LoggerMessage(EventId = 1, EventName = "RedisUnavailable", Level = LogLevel.Warning,
        Message = "Redis could not be used for {What}: {Reason}. Requests are answered without the shared cache until it answers again.")]
    private static partial void Unavailable(ILogger logger, string what, string reason);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync();
        }
    }
}
