using System.Collections.Concurrent;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>The state of one operation's execution, shared by all of its resolvers.</summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = new();

    public ExecutionContext(Schema schema, OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables, object? rootValue, CancellationToken cancellationToken,
        IServiceProvider? services, object? userContext)
    {
        Schema = schema;
        Operation = operation;
        Fragments = fragments;
        Variables = variables;
        RootValue = rootValue;
        CancellationToken = cancellationToken;
        Services = services;
        UserContext = userContext;
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public object? RootValue { get; }
    public CancellationToken CancellationToken { get; }
    public IServiceProvider? Services { get; }
    public object? UserContext { get; }
    private ConcurrentDictionary<string, object?>? _items;
    private DataLoaderRegistry? _loaders;

    /// <summary>Created on first use: most requests never touch it.</summary>
    public IDictionary<string, object?> Items => LazyInitializer.EnsureInitialized(ref _items);

    /// <summary>Created on first use.</summary>
    public DataLoaderRegistry Loaders => LazyInitializer.EnsureInitialized(ref _loaders);

    /// <summary>Sub-selections collected once per (runtime type, field group) and reused for every list item.</summary>
    public Dictionary<(ObjectType, FieldGroup), FieldPlan> SubfieldCache { get; } = new();

    /// <summary>Argument values per field node: they depend only on the (fixed) variables.</summary>
    public Dictionary<FieldNode, IReadOnlyDictionary<string, object?>> ArgumentCache { get; } = new();

    private List<IReadOnlyList<object>>? _discarded;

    /// <summary>
    /// Notes that everything below <paramref name="prefix"/> is being discarded by a propagating null:
    /// errors that siblings report from there afterwards are dropped (as graphql-js 17 drops them).
    /// </summary>
    public void MarkDiscarded(IReadOnlyList<object> prefix)
    {
        lock (_errors)
        {
            (_discarded ??= new List<IReadOnlyList<object>>()).Add(prefix);
        }
    }

    /// <summary>
    /// Records an error reported at <paramref name="position"/> (the field path for ordinary errors, the
    /// nulled position for a propagated one) unless that position lies strictly inside a discarded one.
    /// </summary>
    public void AddError(GraphQLError error, IReadOnlyList<object>? position = null)
    {
        lock (_errors)
        {
            position ??= error.Path;
            if (_discarded is not null && position is not null)
            {
                foreach (var prefix in _discarded)
                {
                    if (prefix.Count < position.Count && IsPrefix(prefix, position))
                    {
                        return;
                    }
                }
            }
            _errors.Add(error);
        }
    }

    private static bool IsPrefix(IReadOnlyList<object> prefix, IReadOnlyList<object> path)
    {
        if (prefix.Count > path.Count)
        {
            return false;
        }
        for (var i = 0; i < prefix.Count; i++)
        {
            if (!prefix[i].Equals(path[i]))
            {
                return false;
            }
        }
        return true;
    }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToArray();
            }
        }
    }
}

/// <summary>The fields merged under one response key (spec CollectFields), in order of appearance.</summary>
internal sealed class FieldGroup
{
    public FieldGroup(string responseKey, FieldNode first)
    {
        ResponseKey = responseKey;
        Nodes = new List<FieldNode> { first };
    }

    public string ResponseKey { get; }
    public List<FieldNode> Nodes { get; }
    public FieldNode First => Nodes[0];

    /// <summary>The field definition info for the last parent type this group ran on (a cache).</summary>
    public FieldInfo? Info { get; set; }

    /// <summary>The sub-selection plan for the last runtime type seen (a cache; races only recompute it).</summary>
    public TypedPlan? LastPlan { get; set; }
}

/// <summary>The collected fields of one selection on one runtime type, with the response keys shared by every result object.</summary>
internal sealed class FieldPlan
{
    public FieldPlan(List<FieldGroup> groups)
    {
        Groups = groups;
        Keys = new string[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            Keys[i] = groups[i].ResponseKey;
        }
    }

    public List<FieldGroup> Groups { get; }

    /// <summary>Response keys in order; result maps of all list items share this array.</summary>
    public string[] Keys { get; }
}

/// <summary>A plan with the runtime type it was collected for (one reference, so updates are atomic).</summary>
internal sealed record TypedPlan(ObjectType Type, FieldPlan Plan);
