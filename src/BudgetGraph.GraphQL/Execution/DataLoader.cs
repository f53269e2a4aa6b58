namespace BudgetGraph.GraphQL.Execution;

/// <summary>Loads many keys in one call; keys missing from the result load as <c>default</c> (null).</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchLoadFunction<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>A loader the executor can dispatch.</summary>
internal interface IDispatchableLoader
{
    bool HasPending { get; }

    Task DispatchAsync(CancellationToken cancellationToken);
}

/// <summary>
/// A request-scoped batching loader. <see cref="LoadAsync"/> queues a key and returns a task; the executor
/// dispatches every queued key in one batch call once the current level of the response can make no more
/// progress, then completes the tasks (continuations run inline so the next level queues its keys before
/// the next dispatch). Each key is loaded at most once per request.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDispatchableLoader where TKey : notnull
{
    private readonly BatchLoadFunction<TKey, TValue> _batch;
    private readonly DataLoaderRegistry _registry;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = new();
    private List<(TKey Key, TaskCompletionSource<TValue?> Source)> _pending = new();
    private readonly object _lock = new();

    internal DataLoader(BatchLoadFunction<TKey, TValue> batch, DataLoaderRegistry registry)
    {
        _batch = batch;
        _registry = registry;
    }

    /// <summary>How many times the batch function has been called in this request.</summary>
    public int BatchCount { get; private set; }

    /// <summary>Whether keys wait for the next dispatch.</summary>
    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>Queues a key (or reuses the request's earlier load of it).</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue?> source;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var existing))
            {
                return existing.Task;
            }
            // Continuations run synchronously when the dispatcher completes the source: that is what lets a
            // whole level of resolvers queue its next keys before the following dispatch.
            source = new TaskCompletionSource<TValue?>();
            _cache[key] = source;
            _pending.Add((key, source));
        }
        _registry.NotifyPending();
        return source.Task;
    }

    /// <summary>Queues several keys.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToList();
        var results = new TValue?[tasks.Count];
        for (var i = 0; i < tasks.Count; i++)
        {
            results[i] = await tasks[i].ConfigureAwait(false);
        }
        return results;
    }

    /// <inheritdoc />
    async Task IDispatchableLoader.DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Source)> batch;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return;
            }
            batch = _pending;
            _pending = new List<(TKey, TaskCompletionSource<TValue?>)>();
            BatchCount++;
        }
        var keys = new TKey[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            keys[i] = batch[i].Key;
        }
        IReadOnlyDictionary<TKey, TValue> results;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            results = await _batch(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            foreach (var (_, source) in batch)
            {
                source.TrySetException(ex);
            }
            return;
        }
        foreach (var (key, source) in batch)
        {
            source.TrySetResult(results.TryGetValue(key, out var value) ? value : default);
        }
    }
}

/// <summary>The data loaders of one request, and the signal the executor waits on.</summary>
public sealed class DataLoaderRegistry
{
    private readonly Dictionary<string, IDispatchableLoader> _loaders = new();
    private readonly object _lock = new();
    private TaskCompletionSource? _pendingSignal;

    /// <summary>The loader registered under a key, created with <paramref name="batch"/> on first use.</summary>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string key, BatchLoadFunction<TKey, TValue> batch) where TKey : notnull
    {
        lock (_lock)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                       ?? throw new InvalidOperationException($"Data loader \"{key}\" was registered with other key/value types.");
            }
            var loader = new DataLoader<TKey, TValue>(batch, this);
            _loaders[key] = loader;
            return loader;
        }
    }

    internal bool HasPending
    {
        get
        {
            lock (_lock)
            {
                foreach (var loader in _loaders.Values)
                {
                    if (loader.HasPending)
                    {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    internal void NotifyPending()
    {
        TaskCompletionSource? signal;
        lock (_lock)
        {
            signal = _pendingSignal;
            _pendingSignal = null;
        }
        signal?.TrySetResult();
    }

    /// <summary>A task that completes at the next queued key (or at once if keys are already queued).</summary>
    internal Task WaitForPendingAsync()
    {
        lock (_lock)
        {
            _pendingSignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var signal = _pendingSignal;
            foreach (var loader in _loaders.Values)
            {
                if (loader.HasPending)
                {
                    _pendingSignal = null;
                    return Task.CompletedTask;
                }
            }
            return signal.Task;
        }
    }

    internal async Task DispatchAllAsync(CancellationToken cancellationToken)
    {
        IDispatchableLoader[] loaders;
        lock (_lock)
        {
            loaders = _loaders.Values.Where(l => l.HasPending).ToArray();
        }
        foreach (var loader in loaders)
        {
            await loader.DispatchAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
