using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BudgetGraph.Api.Placeholder;
using BudgetGraph.GraphQL;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.Api.Tests.Http;

/// <summary>
/// The placeholder schema plus fields that only tests need, registered through the schema seam:
/// <c>wait</c> (waits on its cancellation token), <c>fail</c> (an internal exception with secrets in its
/// message), <c>publicFail</c> (a public GraphQLException), <c>operation</c> (records the operation node
/// it ran in), <c>count(values: [Int!]!)</c> and a mutation <c>touch</c>.
/// </summary>
public sealed class TestSchema
{
    /// <summary>What the internal exception of <c>fail</c> says; it must never reach a response outside Development.</summary>
    public const string SecretMessage = "Connection to Host=db.internal;Password=hunter2 failed";

    /// <summary>Creates the schema and its probes.</summary>
    public TestSchema()
    {
        var query = PlaceholderSchema.Create().QueryType!;
        query.AddField(new FieldDefinition("wait", Scalars.String)
        {
            Description = "Waits until cancelled.",
            Resolver = async context =>
            {
                WaitStarted.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken);
                }
                catch (OperationCanceledException)
                {
                    WaitCancelled.TrySetResult();
                    throw;
                }

                return "never";
            },
        });
        query.AddField(new FieldDefinition("fail", Scalars.String)
        {
            SyncResolver = _ => throw new InvalidOperationException(SecretMessage),
        });
        query.AddField(new FieldDefinition("publicFail", Scalars.String)
        {
            SyncResolver = _ => throw new GraphQLException("No budget for 1999.", new Dictionary<string, object?> { ["code"] = "NOT_FOUND" }),
        });
        query.AddField(new FieldDefinition("operation", Scalars.String)
        {
            SyncResolver = context =>
            {
                Operations.Enqueue(context.Operation);
                return context.Operation.Name?.Value;
            },
        });
        var count = query.AddField(new FieldDefinition("count", new NonNullType(Scalars.Int))
        {
            Description = "The number of values.",
            SyncResolver = context => context.Argument<List<int>>("values").Count,
        });
        count.Arguments["values"] = new InputValue("values", new NonNullType(new ListType(new NonNullType(Scalars.Int))));
        var mutation = new ObjectType("Mutation");
        mutation.AddField(new FieldDefinition("touch", Scalars.Int) { SyncResolver = _ => Touch() });
        Schema = new Schema(query, mutation);
        Probes.AddOrUpdate(Schema, this);
    }

    /// <summary>The probes behind each old-engine schema built here: the HotChocolate twin of a test API uses the same ones.</summary>
    private static readonly ConditionalWeakTable<Schema, TestSchema> Probes = new();

    /// <summary>The probes whose old-engine schema is <paramref name="schema"/>, or null for another schema.</summary>
    public static TestSchema? Of(Schema schema) => Probes.TryGetValue(schema, out var probes) ? probes : null;

    /// <summary>What <c>touch</c> does: counts one more run.</summary>
    public int Touch() => Interlocked.Increment(ref _touches);

    private int _touches;

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>Completed when <c>wait</c> starts waiting.</summary>
    public TaskCompletionSource WaitStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when <c>wait</c>'s token is cancelled.</summary>
    public TaskCompletionSource WaitCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The operation nodes <c>operation</c> ran in, in order (the serving engine's syntax nodes).</summary>
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
    public GraphQLApiFactory Factory => _factory ??= new GraphQLApiFactory(schema: Schema.Schema);

    /// <inheritdoc />
    public void Dispose() => _factory?.Dispose();
}
