using System.Collections.Concurrent;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The probes of the fields that only tests need, served beside the placeholder schema (<see cref="HotChocolateTestSchema"/>):
/// <c>wait</c> (waits on its cancellation token), <c>fail</c> (an internal exception with secrets in its message),
/// <c>publicFail</c> (a public GraphQLException), <c>operation</c> (records the operation node it ran in),
/// <c>count(values: [Int!]!)</c> and a mutation <c>touch</c>.
/// </summary>
public sealed class TestSchema
{
    /// <summary>What the internal exception of <c>fail</c> says; it must never reach a response outside Development.</summary>
    public const string SecretMessage = "Connection to Host=db.internal;Password=hunter2 failed";

    /// <summary>What <c>touch</c> does: counts one more run.</summary>
    public int Touch() => Interlocked.Increment(ref _touches);

    private int _touches;

    /// <summary>Completed when <c>wait</c> starts waiting.</summary>
    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when <c>wait</c>'s token is cancelled.</summary>
    public TaskCompletionSource WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The operation nodes <c>operation</c> ran in, in order (HotChocolate's syntax nodes).</summary>
    public ConcurrentQueue<object> Operations { get; } = new();

    /// <summary>How many times <c>touch</c> ran.</summary>
    public int Touches => _touches;
}

/// <summary>A class fixture: the API with default settings serving a fresh <see cref="TestSchema"/>.</summary>
public sealed class TestSchemaApi : IDisposable
{
    private GraphQLApiFactory? _factory;

    /// <summary>The schema and its probes.</summary>
    public TestSchema Schema { get; } = new();

    /// <summary>The API (started on first use).</summary>
    public GraphQLApiFactory Factory => _factory ??= new GraphQLApiFactory(schema: Schema);

    /// <inheritdoc />
    public void Dispose() => _factory?.Dispose();
}
