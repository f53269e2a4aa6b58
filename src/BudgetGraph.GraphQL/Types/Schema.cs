using BudgetGraph.GraphQL.Introspection;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Types;

/// <summary>
/// A GraphQL schema: root types, every named type reachable from them (plus extra types given), and
/// directives. Built once, then read concurrently by any number of requests.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap = new();
    private readonly List<NamedType> _types = new();
    private readonly Dictionary<string, DirectiveDefinition> _directives = new();
    private readonly Dictionary<string, List<ObjectType>> _possibleTypes = new();
    private readonly Dictionary<string, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> _implementations = new();
    private readonly Dictionary<string, HashSet<string>> _subTypes = new();
    private IReadOnlyList<GraphQLError>? _validationErrors;

    /// <summary>
    /// Creates a schema. Types are collected like graphql-js: first <paramref name="types"/> (in order, with
    /// what they reference), then the root types, directive arguments and introspection types.
    /// </summary>
    public Schema(ObjectType? query, ObjectType? mutation = null, ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null, IEnumerable<DirectiveDefinition>? directives = null, string? description = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Description = description;
        Directives = (directives ?? BuiltInDirectives.All).ToList();
        foreach (var d in Directives)
        {
            _directives.TryAdd(d.Name, d);
        }

        var initial = types?.ToList() ?? new List<NamedType>();
        // graphql-js seeds the set with config.types, then re-walks each; types referenced only from them are appended.
        var seeded = new HashSet<NamedType>(initial);
        foreach (var t in initial)
        {
            Collect(t, seeded);
        }
        if (query is not null)
        {
            Collect(query, seeded);
        }
        if (mutation is not null)
        {
            Collect(mutation, seeded);
        }
        if (subscription is not null)
        {
            Collect(subscription, seeded);
        }
        foreach (var d in Directives)
        {
            foreach (var arg in d.Arguments.Values)
            {
                Collect(arg.Type.NamedType, seeded);
            }
        }
        Collect(IntrospectionTypes.Schema, seeded);

        foreach (var type in _types)
        {
            switch (type)
            {
                case ObjectType o:
                    foreach (var iface in o.Interfaces)
                    {
                        Implementations(iface.Name).Objects.Add(o);
                    }
                    break;
                case InterfaceType i:
                    foreach (var iface in i.Interfaces)
                    {
                        Implementations(iface.Name).Interfaces.Add(i);
                    }
                    break;
            }
        }
    }

    private (List<ObjectType> Objects, List<InterfaceType> Interfaces) Implementations(string name)
    {
        if (!_implementations.TryGetValue(name, out var impl))
        {
            impl = (new List<ObjectType>(), new List<InterfaceType>());
            _implementations[name] = impl;
        }
        return impl;
    }

    private void Collect(NamedType type, HashSet<NamedType> seeded)
    {
        if (_typeMap.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                DuplicateTypeNames.Add(type.Name);
            }
            return;
        }
        _typeMap[type.Name] = type;
        _types.Add(type);
        switch (type)
        {
            case UnionType u:
                foreach (var member in u.Types)
                {
                    CollectRef(member, seeded);
                }
                break;
            case ComplexType c:
                foreach (var iface in c.Interfaces)
                {
                    CollectRef(iface, seeded);
                }
                foreach (var field in c.Fields.Values)
                {
                    CollectRef(field.Type.NamedType, seeded);
                    foreach (var arg in field.Arguments.Values)
                    {
                        CollectRef(arg.Type.NamedType, seeded);
                    }
                }
                break;
            case InputObjectType io:
                foreach (var field in io.Fields.Values)
                {
                    CollectRef(field.Type.NamedType, seeded);
                }
                break;
        }
    }

    private void CollectRef(NamedType type, HashSet<NamedType> seeded)
    {
        // Types given explicitly keep their given order: they are added by their own pass.
        if (seeded.Contains(type) && !_typeMap.ContainsKey(type.Name))
        {
            return;
        }
        Collect(type, seeded);
    }

    /// <summary>Names defined by two different type objects (a schema validation error).</summary>
    internal HashSet<string> DuplicateTypeNames { get; } = new();

    /// <summary>Schema description.</summary>
    public string? Description { get; set; }

    /// <summary>Root query type.</summary>
    public ObjectType? QueryType { get; }

    /// <summary>Root mutation type.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>Root subscription type.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>The SDL schema definition, if any.</summary>
    public SchemaDefinitionNode? AstNode { get; set; }

    /// <summary>SDL schema extensions.</summary>
    public List<SchemaExtensionNode> ExtensionAstNodes { get; } = new();

    /// <summary>Directives applied to the schema definition.</summary>
    public List<AppliedDirective> AppliedDirectives { get; } = new();

    /// <summary>Directives in definition order.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>All named types, in collection order (including introspection and built-in scalars used).</summary>
    public IReadOnlyList<NamedType> Types => _types;

    /// <summary>The root type of an operation, or null.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>A named type by name.</summary>
    public NamedType? GetType(string name) => _typeMap.TryGetValue(name, out var t) ? t : null;

    /// <summary>A directive by name.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.TryGetValue(name, out var d) ? d : null;

    /// <summary>The object types that may be the runtime type of an abstract type (definition order).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType)
    {
        if (abstractType is UnionType u)
        {
            return u.Types;
        }
        if (abstractType is InterfaceType i)
        {
            return _implementations.TryGetValue(i.Name, out var impl) ? impl.Objects : Array.Empty<ObjectType>();
        }
        return Array.Empty<ObjectType>();
    }

    /// <summary>Objects and interfaces implementing an interface.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType type) =>
        _implementations.TryGetValue(type.Name, out var impl) ? (impl.Objects, impl.Interfaces) : (Array.Empty<ObjectType>(), Array.Empty<InterfaceType>());

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type of (or implements) <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        HashSet<string>? set;
        lock (_subTypes)
        {
            if (!_subTypes.TryGetValue(abstractType.Name, out set))
            {
                set = new HashSet<string>();
                if (abstractType is UnionType u)
                {
                    foreach (var t in u.Types)
                    {
                        set.Add(t.Name);
                    }
                }
                else if (abstractType is InterfaceType i && _implementations.TryGetValue(i.Name, out var impl))
                {
                    foreach (var t in impl.Objects)
                    {
                        set.Add(t.Name);
                    }
                    foreach (var t in impl.Interfaces)
                    {
                        set.Add(t.Name);
                    }
                }
                _subTypes[abstractType.Name] = set;
            }
        }
        return set.Contains(maybeSubType.Name);
    }

    /// <summary>Whether an object type is a possible runtime type of an abstract type.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType type) => IsSubType(abstractType, type);

    /// <summary>The type-system validation errors (graphql-js <c>validateSchema</c>), computed once.</summary>
    public IReadOnlyList<GraphQLError> Validate() => _validationErrors ??= SchemaValidator.Validate(this);

    /// <summary>Throws when the schema is invalid (graphql-js <c>assertValidSchema</c>).</summary>
    public void AssertValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new GraphQLErrorException(errors);
        }
    }
}
