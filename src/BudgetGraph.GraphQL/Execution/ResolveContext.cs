using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>
/// Everything a resolver sees for one field of one parent object: the parent value, coerced arguments,
/// the field and type definitions, the request's services, user context, cancellation token and data loaders.
/// </summary>
public sealed class ResolveContext
{
    internal ResolveContext(ExecutionContext execution, ObjectType parentType, FieldDefinition field, IReadOnlyList<FieldNode> fieldNodes,
        object? parent, IReadOnlyDictionary<string, object?> arguments, ResponsePath path)
    {
        Execution = execution;
        ParentType = parentType;
        FieldDefinition = field;
        FieldNodes = fieldNodes;
        Parent = parent;
        Arguments = arguments;
        Path = path;
    }

    internal ExecutionContext Execution { get; }

    /// <summary>The parent (source) value.</summary>
    public object? Parent { get; }

    /// <summary>The parent as a typed object (throws when it is not a <typeparamref name="T"/>).</summary>
    public T ParentAs<T>() => Parent is T t ? t : throw new InvalidOperationException(
        $"Parent of {ParentType.Name}.{FieldDefinition.Name} is {Parent?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    /// <summary>The object type whose field is being resolved.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field being resolved.</summary>
    public FieldDefinition FieldDefinition { get; }

    /// <summary>The field's name.</summary>
    public string FieldName => FieldDefinition.Name;

    /// <summary>The field nodes merged into this response key (at least one).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>Coerced argument values (absent when neither given nor defaulted).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The response path of this field.</summary>
    public ResponsePath Path { get; }

    /// <summary>The schema.</summary>
    public Schema Schema => Execution.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => Execution.Operation;

    /// <summary>The document's fragment definitions by name (what spreads in <see cref="FieldNodes"/> refer to).</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => Execution.Fragments;

    /// <summary>
    /// Questions about the selection below this field (how deep a field nests, whether a field is selected),
    /// answered conservatively from the document: see <see cref="SelectionInspector"/>.
    /// </summary>
    public SelectionInspector Selection => new(FieldNodes, Execution.Fragments);

    /// <summary>Coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => Execution.Variables;

    /// <summary>The request's cancellation token.</summary>
    public CancellationToken CancellationToken => Execution.CancellationToken;

    /// <summary>Request services (e.g. the ASP.NET Core request scope), if the host gave any.</summary>
    public IServiceProvider? Services => Execution.Services;

    /// <summary>Host-defined per-request context object.</summary>
    public object? UserContext => Execution.UserContext;

    /// <summary>Per-request bag shared by all resolvers of the request.</summary>
    public IDictionary<string, object?> Items => Execution.Items;

    /// <summary>Resolves a service of type <typeparamref name="T"/> from <see cref="Services"/>.</summary>
    public T GetRequiredService<T>() where T : notnull =>
        Services?.GetService(typeof(T)) is T t ? t : throw new InvalidOperationException($"Service {typeof(T).Name} is not available.");

    /// <summary>Whether an argument has a value (given or defaulted).</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>An argument converted to <typeparamref name="T"/> (numbers widen/narrow, enums map, input objects bind).</summary>
    public T Argument<T>(string name)
    {
        Arguments.TryGetValue(name, out var value);
        return ArgumentBinder.Convert<T>(value);
    }

    /// <summary>An argument, or <paramref name="fallback"/> when it has no value or is null.</summary>
    public T ArgumentOrDefault<T>(string name, T fallback = default!) =>
        Arguments.TryGetValue(name, out var value) && value is not null ? ArgumentBinder.Convert<T>(value) : fallback;

    /// <summary>
    /// The request-scoped data loader registered under <paramref name="key"/>; the batch function is used
    /// the first time. All loads issued while one level of the response is resolved go out as one batch.
    /// </summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(string key, BatchLoadFunction<TKey, TValue> batch) where TKey : notnull =>
        Execution.Loaders.GetOrAdd(key, batch);
}

/// <summary>An immutable response path: field names/aliases and list indices, shared by siblings.</summary>
public sealed class ResponsePath
{
    /// <summary>Creates a path segment.</summary>
    public ResponsePath(ResponsePath? prev, object key)
    {
        Prev = prev;
        Key = key;
    }

    /// <summary>The parent segment.</summary>
    public ResponsePath? Prev { get; }

    /// <summary>A string key or an int index.</summary>
    public object Key { get; }

    private static readonly object[] Indices = Enumerable.Range(0, 1024).Select(i => (object)i).ToArray();

    /// <summary>A boxed list index, shared for small indices so list items do not each box one.</summary>
    internal static object BoxIndex(int index) => index < Indices.Length ? Indices[index] : index;

    /// <summary>The path from the root as a list.</summary>
    public IReadOnlyList<object> ToList()
    {
        var count = 0;
        for (var p = this; p is not null; p = p.Prev)
        {
            count++;
        }
        var result = new object[count];
        for (var p = this; p is not null; p = p.Prev)
        {
            result[--count] = p.Key;
        }
        return result;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(".", ToList());
}
