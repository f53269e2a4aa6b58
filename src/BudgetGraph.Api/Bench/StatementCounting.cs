using System.Diagnostics;
using System.Globalization;

namespace BudgetGraph.Api.Bench;

/// <summary>
/// Bench-only instrumentation (configuration <c>Bench:CountStatements</c> = true; off by default): counts the
/// SQL statements EF Core executes while serving each request and reports the count in the response header
/// <c>X-Sql-Statements</c>. It listens to EF Core's diagnostic events (CommandExecuting), so it needs no
/// change to how the warehouse context is registered; the count follows the request's async flow.
/// </summary>
public static class StatementCounting
{
    /// <summary>The response header carrying the count.</summary>
    public const string Header = "X-Sql-Statements";

    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";
    private static readonly AsyncLocal<StrongBox> Current = new();
    private static int _subscribed;

    private sealed class StrongBox
    {
        public int Count;
    }

    /// <summary>Adds the counting middleware when <c>Bench:CountStatements</c> is true.</summary>
    public static WebApplication UseStatementCounting(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Bench:CountStatements", false)) return app;
        if (Interlocked.Exchange(ref _subscribed, 1) == 0) DiagnosticListener.AllListeners.Subscribe(new ListenerObserver());
        app.Use(async (context, next) =>
        {
            var box = new StrongBox();
            Current.Value = box;
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = Volatile.Read(ref box.Count).ToString(CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            await next(context);
        });
        return app;
    }

    private sealed class ListenerObserver : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.EntityFrameworkCore")
                listener.Subscribe(new EventObserver(), (name, _, _) => name == CommandExecuting);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }

    private sealed class EventObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == CommandExecuting && Current.Value is { } box) Interlocked.Increment(ref box.Count);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }
}
