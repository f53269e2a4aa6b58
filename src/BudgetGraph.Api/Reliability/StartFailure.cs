using BudgetGraph.Ingest.Load;

namespace BudgetGraph.Api.Reliability;

/// <summary>A start stopped by a warehouse that cannot be used (<see cref="WarehouseStartException"/>), found and logged.</summary>
public static partial class StartFailure
{
    /// <summary>The <see cref="WarehouseStartException"/> in <paramref name="exception"/> (also inside an AggregateException), or null.</summary>
    public static WarehouseStartException? Find(Exception exception) => exception switch
    {
        WarehouseStartException start => start,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(f => f is not null),
        { InnerException: { } inner } => Find(inner),
        _ => null,
    };

    /// <summary>One critical line, without a stack trace: the message says what to do.</summary>
    [LoggerMessage(EventId = 1, EventName = "WarehouseStartFailed", Level = LogLevel.Critical, Message = "The server did not start: {Reason}")]
    public static partial void Log(ILogger logger, string reason);
}
