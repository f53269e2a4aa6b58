using System.Text;
using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Types;

/// <summary>
/// Code-first schema construction. Types are declared with names and configured fluently; field and
/// argument types are written in SDL notation (<c>"[Line!]!"</c>) and resolved when <see cref="Build"/> runs,
/// so declaration order does not matter. Resolvers are typed by the parent's CLR type.
/// </summary>
/// <example>
/// <code>
/// var schema = new SchemaBuilder()
///     .Enum&lt;Unit&gt;("Unit")
///     .Object&lt;Department&gt;("Department", t => t
///         .Field("code", "String!", d => d.Code)
///         .FieldAsync("lines", "[Line!]!", (d, ctx) => repo.LinesAsync(d.Code, ctx.Argument&lt;int&gt;("year"), ctx.CancellationToken),
///             f => f.Argument("year", "Int!")))
///     .Query(q => q.Field("departments", "[Department!]!", (_, ctx) => repo.All()))
///     .Build();
/// </code>
/// </example>
public sealed class SchemaBuilder
{
    private readonly List<NamedType> _types = new();
    private readonly Dictionary<string, NamedType> _byName = new();
    private readonly List<Action<Func<string, GraphQLType>>> _resolutions = new();
    private readonly List<DirectiveDefinition> _directives = new();
    private string? _description;
    private string _queryName = "Query";
    private string? _mutationName;

    /// <summary>Sets the schema description.</summary>
    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Declares an object type whose resolvers receive parents of type <typeparamref name="TParent"/>.</summary>
    public SchemaBuilder Object<TParent>(string name, Action<ObjectTypeBuilder<TParent>> configure)
    {
        var type = Register(new ObjectType(name) { ClrType = typeof(TParent) == typeof(object) ? null : typeof(TParent) });
        configure(new ObjectTypeBuilder<TParent>(type, this));
        return this;
    }

    /// <summary>Declares an object type with untyped parents.</summary>
    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder<object?>> configure)
    {
        var type = Register(new ObjectType(name));
        configure(new ObjectTypeBuilder<object?>(type, this));
        return this;
    }

    /// <summary>Declares the query root type (named <c>Query</c>).</summary>
    public SchemaBuilder Query(Action<ObjectTypeBuilder<object?>> configure) => Root("Query", configure, isMutation: false);

    /// <summary>Declares the mutation root type (named <c>Mutation</c>).</summary>
    public SchemaBuilder Mutation(Action<ObjectTypeBuilder<object?>> configure) => Root("Mutation", configure, isMutation: true);

    private SchemaBuilder Root(string name, Action<ObjectTypeBuilder<object?>> configure, bool isMutation)
    {
        if (isMutation)
        {
            _mutationName = name;
        }
        else
        {
            _queryName = name;
        }
        var type = _byName.TryGetValue(name, out var existing) ? (ObjectType)existing : Register(new ObjectType(name));
        configure(new ObjectTypeBuilder<object?>(type, this));
        return this;
    }

    /// <summary>Declares an interface type.</summary>
    public SchemaBuilder Interface<TParent>(string name, Action<InterfaceTypeBuilder<TParent>> configure)
    {
        var type = Register(new InterfaceType(name));
        configure(new InterfaceTypeBuilder<TParent>(type, this));
        return this;
    }

    /// <summary>Declares a union of object types.</summary>
    public SchemaBuilder Union(string name, string? description, params string[] members)
    {
        var type = Register(new UnionType(name) { Description = description });
        _resolutions.Add(resolve =>
        {
            foreach (var member in members)
            {
                type.Types.Add(resolve(member) as ObjectType ?? throw new InvalidOperationException($"Union {name} member {member} is not an object type."));
            }
        });
        return this;
    }

    /// <summary>Declares an enum type mapped to a C# enum; member names become UPPER_SNAKE_CASE by default.</summary>
    public SchemaBuilder Enum<TEnum>(string name, Action<EnumTypeBuilder<TEnum>>? configure = null) where TEnum : struct, Enum
    {
        var type = Register(new EnumType(name));
        var builder = new EnumTypeBuilder<TEnum>(type);
        configure?.Invoke(builder);
        builder.Complete();
        return this;
    }

    /// <summary>Declares an input object type (bind it in resolvers with <c>ctx.Argument&lt;T&gt;(name)</c>).</summary>
    public SchemaBuilder Input(string name, Action<InputTypeBuilder> configure)
    {
        var type = Register(new InputObjectType(name));
        configure(new InputTypeBuilder(type, this));
        return this;
    }

    /// <summary>Adds a scalar (e.g. <see cref="Scalars.Decimal"/> or a <see cref="CustomScalarType"/>).</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        Register(scalar);
        return this;
    }

    /// <summary>Adds a custom directive definition.</summary>
    public SchemaBuilder Directive(DirectiveDefinition directive)
    {
        _directives.Add(directive);
        return this;
    }

    private T Register<T>(T type) where T : NamedType
    {
        if (!_byName.TryAdd(type.Name, type))
        {
            throw new InvalidOperationException($"Type \"{type.Name}\" is declared twice.");
        }
        _types.Add(type);
        return type;
    }

    internal void OnResolve(Action<Func<string, GraphQLType>> action) => _resolutions.Add(action);

    /// <summary>An argument or input field whose SDL type reference is resolved at build time.</summary>
    internal InputValue CreateInputValue(string name, string type, string? description, Optional<object?> defaultValue, string? deprecationReason)
    {
        var value = new InputValue(name, Scalars.String)
        {
            Description = description,
            DefaultValue = defaultValue.Value,
            HasDefaultValue = defaultValue.HasValue,
            DeprecationReason = deprecationReason,
        };
        OnResolve(resolve => value.Type = resolve(type));
        return value;
    }

    /// <summary>Resolves type references, validates the schema and returns it; throws <see cref="GraphQLErrorException"/> when invalid.</summary>
    public Schema Build()
    {
        var extra = new List<NamedType>();
        NamedType ResolveNamed(string name)
        {
            if (_byName.TryGetValue(name, out var type))
            {
                return type;
            }
            if (Scalars.GetSpecified(name) is { } specified)
            {
                return specified;
            }
            if (name == Scalars.Decimal.Name)
            {
                // The exact money scalar is available without declaring it.
                _byName[name] = Scalars.Decimal;
                extra.Add(Scalars.Decimal);
                return Scalars.Decimal;
            }
            throw new InvalidOperationException($"Unknown type \"{name}\".");
        }
        GraphQLType Resolve(string reference) => Convert(Parser.ParseType(reference), ResolveNamed);
        foreach (var resolution in _resolutions)
        {
            resolution(Resolve);
        }
        var query = _byName.GetValueOrDefault(_queryName) as ObjectType;
        var mutation = _mutationName is null ? null : _byName.GetValueOrDefault(_mutationName) as ObjectType;
        var directives = BuiltInDirectives.All.Concat(_directives);
        var schema = new Schema(query, mutation, null, _types.Concat(extra), directives, _description);
        schema.AssertValid();
        return schema;
    }

    private static GraphQLType Convert(TypeNode node, Func<string, NamedType> resolve) => node switch
    {
        NamedTypeNode named => resolve(named.Name.Value),
        ListTypeNode list => new ListType(Convert(list.Type, resolve)),
        NonNullTypeNode nonNull => new NonNullType(Convert(nonNull.Type, resolve)),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    /// <summary>UPPER_SNAKE_CASE of a PascalCase name (<c>BasicExpenditure</c> → <c>BASIC_EXPENDITURE</c>).</summary>
    public static string ToEnumName(string name)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                sb.Append('_');
            }
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }
}

/// <summary>Configures fields of an object or interface type.</summary>
public abstract class ComplexTypeBuilder<TParent, TSelf> where TSelf : ComplexTypeBuilder<TParent, TSelf>
{
    private protected ComplexTypeBuilder(ComplexType type, SchemaBuilder schema)
    {
        Type = type;
        Schema = schema;
    }

    private protected ComplexType Type { get; }

    private protected SchemaBuilder Schema { get; }

    private TSelf Self => (TSelf)this;

    /// <summary>Sets the type's description.</summary>
    public TSelf Description(string description)
    {
        Type.Description = description;
        return Self;
    }

    /// <summary>Declares implemented interfaces.</summary>
    public TSelf Implements(params string[] interfaces)
    {
        Schema.OnResolve(resolve =>
        {
            foreach (var name in interfaces)
            {
                Type.Interfaces.Add(resolve(name) as InterfaceType ?? throw new InvalidOperationException($"{name} is not an interface type."));
            }
        });
        return Self;
    }

    /// <summary>A field read from the parent by the default resolver (property named like the field).</summary>
    public TSelf Field(string name, string type, Action<FieldBuilder<TParent>>? configure = null) =>
        Add(name, type, null, configure);

    /// <summary>A field resolved synchronously from the typed parent.</summary>
    public TSelf Field<TResult>(string name, string type, Func<TParent, TResult> resolve, Action<FieldBuilder<TParent>>? configure = null) =>
        Add(name, type, f => f.Resolve(resolve), configure);

    /// <summary>A field resolved synchronously from the typed parent and the context (arguments, services...).</summary>
    public TSelf Field<TResult>(string name, string type, Func<TParent, ResolveContext, TResult> resolve, Action<FieldBuilder<TParent>>? configure = null) =>
        Add(name, type, f => f.Resolve(resolve), configure);

    /// <summary>A field resolved asynchronously (use <c>ctx.CancellationToken</c> and <c>ctx.DataLoader</c>).</summary>
    public TSelf FieldAsync<TResult>(string name, string type, Func<TParent, ResolveContext, Task<TResult>> resolve, Action<FieldBuilder<TParent>>? configure = null) =>
        Add(name, type, f => f.ResolveAsync(resolve), configure);

    private TSelf Add(string name, string type, Action<FieldBuilder<TParent>>? resolver, Action<FieldBuilder<TParent>>? configure)
    {
        var field = new FieldDefinition(name, Scalars.String);
        Type.AddField(field);
        Schema.OnResolve(resolve => field.Type = resolve(type));
        var builder = new FieldBuilder<TParent>(field, Schema);
        resolver?.Invoke(builder);
        configure?.Invoke(builder);
        return Self;
    }
}

/// <summary>Configures an object type.</summary>
public sealed class ObjectTypeBuilder<TParent> : ComplexTypeBuilder<TParent, ObjectTypeBuilder<TParent>>
{
    internal ObjectTypeBuilder(ObjectType type, SchemaBuilder schema) : base(type, schema)
    {
    }

    /// <summary>Sets how to recognise values of this type when they come through an interface or union.</summary>
    public ObjectTypeBuilder<TParent> IsTypeOf(Func<object?, bool> isTypeOf)
    {
        ((ObjectType)Type).IsTypeOf = isTypeOf;
        return this;
    }
}

/// <summary>Configures an interface type.</summary>
public sealed class InterfaceTypeBuilder<TParent> : ComplexTypeBuilder<TParent, InterfaceTypeBuilder<TParent>>
{
    internal InterfaceTypeBuilder(InterfaceType type, SchemaBuilder schema) : base(type, schema)
    {
    }

    /// <summary>Sets an explicit runtime type resolver (default: CLR type, then <c>__typename</c>).</summary>
    public InterfaceTypeBuilder<TParent> ResolveType(Func<object?, string?> resolve)
    {
        ((InterfaceType)Type).ResolveType = (value, _) => resolve(value);
        return this;
    }
}

/// <summary>Configures one field.</summary>
public sealed class FieldBuilder<TParent>
{
    private readonly FieldDefinition _field;
    private readonly SchemaBuilder _schema;

    internal FieldBuilder(FieldDefinition field, SchemaBuilder schema)
    {
        _field = field;
        _schema = schema;
    }

    /// <summary>Sets the description.</summary>
    public FieldBuilder<TParent> Description(string description)
    {
        _field.Description = description;
        return this;
    }

    /// <summary>Marks the field deprecated.</summary>
    public FieldBuilder<TParent> Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        _field.DeprecationReason = reason;
        return this;
    }

    /// <summary>Adds an argument; <paramref name="defaultValue"/> is an internal value (e.g. a C# enum member).</summary>
    public FieldBuilder<TParent> Argument(string name, string type, string? description = null, Optional<object?> defaultValue = default,
        string? deprecationReason = null)
    {
        _field.Arguments[name] = _schema.CreateInputValue(name, type, description, defaultValue, deprecationReason);
        return this;
    }

    /// <summary>Resolves from the typed parent.</summary>
    public FieldBuilder<TParent> Resolve<TResult>(Func<TParent, TResult> resolve)
    {
        _field.SyncResolver = ctx => resolve(Parent(ctx));
        _field.Resolver = null;
        return this;
    }

    /// <summary>Resolves from the typed parent and the context.</summary>
    public FieldBuilder<TParent> Resolve<TResult>(Func<TParent, ResolveContext, TResult> resolve)
    {
        _field.SyncResolver = ctx => resolve(Parent(ctx), ctx);
        _field.Resolver = null;
        return this;
    }

    /// <summary>Resolves asynchronously.</summary>
    public FieldBuilder<TParent> ResolveAsync<TResult>(Func<TParent, ResolveContext, Task<TResult>> resolve)
    {
        _field.SyncResolver = null;
        _field.Resolver = async ctx => await resolve(Parent(ctx), ctx).ConfigureAwait(false);
        return this;
    }

    private static TParent Parent(ResolveContext ctx) => ctx.Parent is TParent p ? p : default!;
}

/// <summary>An optional value that distinguishes "not given" from null.</summary>
public readonly struct Optional<T>
{
    /// <summary>A given value.</summary>
    public Optional(T value)
    {
        Value = value;
        HasValue = true;
    }

    /// <summary>The value.</summary>
    public T Value { get; }

    /// <summary>Whether a value was given.</summary>
    public bool HasValue { get; }

    /// <summary>Wraps a value.</summary>
    public static implicit operator Optional<T>(T value) => new(value);
}

/// <summary>Configures an enum mapped to a C# enum.</summary>
public sealed class EnumTypeBuilder<TEnum> where TEnum : struct, Enum
{
    private readonly EnumType _type;
    private readonly Dictionary<TEnum, (string? Name, string? Description, string? Deprecation)> _settings = new();

    internal EnumTypeBuilder(EnumType type) => _type = type;

    /// <summary>Sets the enum's description.</summary>
    public EnumTypeBuilder<TEnum> Description(string description)
    {
        _type.Description = description;
        return this;
    }

    /// <summary>Configures one member: GraphQL name, description, deprecation.</summary>
    public EnumTypeBuilder<TEnum> Value(TEnum member, string? name = null, string? description = null, string? deprecationReason = null)
    {
        _settings[member] = (name, description, deprecationReason);
        return this;
    }

    internal void Complete()
    {
        foreach (var member in System.Enum.GetValues<TEnum>())
        {
            _settings.TryGetValue(member, out var s);
            _type.AddValue(new EnumValue(s.Name ?? SchemaBuilder.ToEnumName(member.ToString()), member)
            {
                Description = s.Description,
                DeprecationReason = s.Deprecation,
            });
        }
    }
}

/// <summary>Configures an input object type.</summary>
public sealed class InputTypeBuilder
{
    private readonly InputObjectType _type;
    private readonly SchemaBuilder _schema;

    internal InputTypeBuilder(InputObjectType type, SchemaBuilder schema)
    {
        _type = type;
        _schema = schema;
    }

    /// <summary>Sets the description.</summary>
    public InputTypeBuilder Description(string description)
    {
        _type.Description = description;
        return this;
    }

    /// <summary>Makes this a OneOf input object (exactly one field, non-null).</summary>
    public InputTypeBuilder OneOf()
    {
        _type.IsOneOf = true;
        return this;
    }

    /// <summary>Adds a field; <paramref name="defaultValue"/> is an internal value.</summary>
    public InputTypeBuilder Field(string name, string type, string? description = null, Optional<object?> defaultValue = default,
        string? deprecationReason = null)
    {
        _type.AddField(_schema.CreateInputValue(name, type, description, defaultValue, deprecationReason));
        return this;
    }
}
