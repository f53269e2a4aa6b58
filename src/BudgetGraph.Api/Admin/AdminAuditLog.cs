namespace BudgetGraph.Api.Admin;

/// <summary>
/// The audit log of <c>/admin/import</c>, under its own category so that an operator can keep it (or ship it) apart
/// from request logs: wrong or missing keys, lockouts, refused documents and imports, each with the client address.
/// No entry ever holds a key, right or wrong: a wrong key is often a right key of something else.
/// </summary>
public static partial class AdminAuditLog
{
    /// <summary>The category every entry is logged under.</summary>
    public const string Category = "BudgetGraph.Api.Audit";

    /// <summary>A request without a Bearer key.</summary>
    [LoggerMessage(EventId = 1, EventName = "AdminKeyMissing", Level = LogLevel.Warning,
        Message = "Admin import from {ClientAddress} refused: no API key")]
    public static partial void KeyMissing(ILogger logger, string clientAddress);

    /// <summary>A wrong key.</summary>
    [LoggerMessage(EventId = 2, EventName = "AdminKeyRejected", Level = LogLevel.Warning,
        Message = "Admin import from {ClientAddress} refused: wrong API key ({Failures} of {MaxFailures} allowed per {Window})")]
    public static partial void KeyRejected(ILogger logger, string clientAddress, int failures, int maxFailures, TimeSpan window);

    /// <summary>A request from a locked-out address (its key was not compared).</summary>
    [LoggerMessage(EventId = 3, EventName = "AdminLockedOut", Level = LogLevel.Warning,
        Message = "Admin import from {ClientAddress} refused: locked out after too many wrong API keys; retry after {RetryAfterSeconds} s")]
    public static partial void LockedOut(ILogger logger, string clientAddress, int retryAfterSeconds);

    /// <summary>An authorised import the importer refused (nothing changed).</summary>
    [LoggerMessage(EventId = 4, EventName = "AdminImportRefused", Level = LogLevel.Information,
        Message = "Admin import of {File} from {ClientAddress} refused by the importer: {Reason}")]
    public static partial void ImportRefused(ILogger logger, string file, string clientAddress, string reason);

    /// <summary>A successful import.</summary>
    [LoggerMessage(EventId = 5, EventName = "AdminImported", Level = LogLevel.Information,
        Message = "Admin import of {File} from {ClientAddress}: {Kind} of {Department} for {Year}, {Facts} facts, replaced {Replaced}")]
    public static partial void Imported(ILogger logger, string file, string clientAddress, string kind, string department, int year, int facts,
        bool replaced);
}
