using System.Collections.Concurrent;

namespace BudgetGraph.Api.Admin;

/// <summary>
/// Counts wrong API keys per client address: after <see cref="MaxFailures"/> wrong keys within <see cref="Window"/>
/// (counted from the first of them) the address is locked out until that window ends — every request from it is
/// then refused with 429 and <c>Retry-After</c> before its key is even compared, so guessing cannot go on. A right
/// key before the lockout clears the count. Keys are 24 random bytes and cannot be guessed anyway; the lockout keeps a
/// scanner from filling the log and the CPU (it sent 400 wrong keys in 2.4 s).
/// </summary>
/// <remarks>
/// Settings: <c>Admin:MaxFailedAttempts</c> (default 10) and <c>Admin:FailureWindow</c> (default 15 minutes). The table
/// holds at most <see cref="MaxAddresses"/> addresses: past that, expired entries are dropped, and if none has expired
/// the oldest window goes first, so many addresses cannot grow memory without bound.
/// </remarks>
public sealed class AdminLockout(TimeProvider time, int maxFailures, TimeSpan window)
{
    /// <summary>Most addresses tracked at once.</summary>
    public const int MaxAddresses = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(DateTimeOffset WindowStart, int Failures);

    /// <summary>Wrong keys allowed per window before the lockout.</summary>
    public int MaxFailures { get; } = maxFailures;

    /// <summary>The window the wrong keys are counted in, and the longest a lockout lasts.</summary>
    public TimeSpan Window { get; } = window;

    /// <summary>How long <paramref name="address"/> remains locked out, or null when it may try.</summary>
    public TimeSpan? LockedFor(string address)
    {
        if (!_entries.TryGetValue(address, out var entry) || entry.Failures < MaxFailures)
        {
            return null;
        }

        var remaining = entry.WindowStart + Window - time.GetUtcNow();
        return remaining > TimeSpan.Zero ? remaining : null;
    }

    /// <summary>Counts a wrong key from <paramref name="address"/>; returns the failures in its current window.</summary>
    public int Fail(string address)
    {
        var now = time.GetUtcNow();
        if (_entries.Count >= MaxAddresses && !_entries.ContainsKey(address))
        {
            Prune(now);
        }

        var entry = _entries.AddOrUpdate(address, _ => new Entry(now, 1),
            (_, e) => now - e.WindowStart >= Window ? new Entry(now, 1) : e with { Failures = e.Failures + 1 });
        return entry.Failures;
    }

    /// <summary>A right key: the address's count starts again.</summary>
    public void Succeed(string address) => _entries.TryRemove(address, out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (address, entry) in _entries)
        {
            if (now - entry.WindowStart >= Window)
            {
                _entries.TryRemove(address, out _);
            }
        }

        while (_entries.Count >= MaxAddresses && _entries.MinBy(e => e.Value.WindowStart) is { Key: { } oldest })
        {
            _entries.TryRemove(oldest, out _);
        }
    }
}
