using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace BudgetGraph.Ingest.Load;

/// <summary>What a database failure means for the caller.</summary>
public enum DatabaseFailureKind
{
    /// <summary>Not a database failure, or one with no better answer than "internal error".</summary>
    Other,
    /// <summary>A write conflict with a concurrent transaction (busy, serialization failure, unique-key race): retry.</summary>
    Conflict,
    /// <summary>The disk (or the database's size cap) is full: nothing can be written until space is freed; retrying now is useless.</summary>
    DiskFull,
    /// <summary>The database cannot be reached or opened (server down, connection lost, file unreadable).</summary>
    Unavailable,
    /// <summary>The database file is damaged (or is not a database): an operator must restore it.</summary>
    Corrupt,
}

/// <summary>
/// Classifies the exceptions of the providers (found anywhere in the chain of inner exceptions, as EF Core and
/// Npgsql's execution strategy wrap them), so that the importer retries only conflicts and the CLI and API can refuse
/// with a precise message instead of a stack trace.
/// </summary>
public static class DatabaseFailure
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteIoErr = 10, SqliteCorrupt = 11,
        SqliteFull = 13, SqliteCantOpen = 14, SqliteNotADatabase = 26;

    /// <summary>The kind of the first classifiable database exception in <paramref name="exception"/>'s chain.</summary>
    public static DatabaseFailureKind Classify(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var kind = e switch
            {
                SqliteException sqlite => Sqlite(sqlite.SqliteErrorCode & 0xFF),
                PostgresException postgres => Postgres(postgres.SqlState),
                // Npgsql's own failures (no SQLSTATE): the server refused or dropped the connection, or it timed out.
                NpgsqlException npgsql when npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException
                    => DatabaseFailureKind.Unavailable,
                // SQL Server (untested against a live server): its error numbers, and SqlClient's own network failures.
                SqlException sqlServer => sqlServer.InnerException is SocketException or IOException or TimeoutException
                    ? DatabaseFailureKind.Unavailable : SqlServer(sqlServer.Number),
                DbException { SqlState: { } state } => Postgres(state),
                _ => DatabaseFailureKind.Other,
            };
            if (kind != DatabaseFailureKind.Other) return kind;
        }
        return DatabaseFailureKind.Other;
    }

    private static DatabaseFailureKind Sqlite(int code) => code switch
    {
        SqliteBusy or SqliteLocked => DatabaseFailureKind.Conflict,
        SqliteFull => DatabaseFailureKind.DiskFull,
        SqliteCorrupt or SqliteNotADatabase => DatabaseFailureKind.Corrupt,
        SqliteCantOpen or SqliteIoErr or SqliteReadOnly => DatabaseFailureKind.Unavailable,
        _ => DatabaseFailureKind.Other,
    };

    /// <summary>
    /// A SQL Server error number's kind: deadlock victim, lock timeout, snapshot conflict and unique-key race retry;
    /// data or log file full; damaged pages (823, 824) and a file that is no database (5172); connection timeout (-2),
    /// network errors, a database that cannot be opened (4060) or is unavailable or busy (Azure SQL's 40613, 40501, 40197).
    /// </summary>
    public static DatabaseFailureKind SqlServer(int number) => number switch
    {
        1205 or 1222 or 3960 or 2601 or 2627 => DatabaseFailureKind.Conflict,
        1101 or 1105 or 9002 => DatabaseFailureKind.DiskFull,
        823 or 824 or 5172 => DatabaseFailureKind.Corrupt,
        -2 or 2 or 53 or 64 or 233 or 4060 or 10053 or 10054 or 10060 or 10061 or 11001 or 40197 or 40501 or 40613 => DatabaseFailureKind.Unavailable,
        _ => DatabaseFailureKind.Other,
    };

    // SQLSTATEs: https://www.postgresql.org/docs/current/errcodes-appendix.html
    private static DatabaseFailureKind Postgres(string state) => state switch
    {
        "40001" or "40P01" or "23505" => DatabaseFailureKind.Conflict, // serialization failure, deadlock, unique-key race
        "53100" => DatabaseFailureKind.DiskFull,
        "XX001" or "XX002" => DatabaseFailureKind.Corrupt, // data_corrupted, index_corrupted
        // connection exceptions, insufficient resources (memory, connections), operator intervention (shutdown, starting up)
        _ when state.StartsWith("08", StringComparison.Ordinal) || state is "53200" or "53300" or "57P01" or "57P02" or "57P03"
            => DatabaseFailureKind.Unavailable,
        _ => DatabaseFailureKind.Other,
    };
}
