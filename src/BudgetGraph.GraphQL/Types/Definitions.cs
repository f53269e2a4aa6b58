using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a List/NonNull wrapper.</summary>
public abstract class GraphQLType
{
    /// <summary>The type as written in GraphQL (<c>[Int!]!</c>).</summary>
    public abstract override string ToString();

    /// <summary>The named type under all wrappers.</summary>
    public NamedType NamedType => this switch
    {
        NamedType n => n,
        ListType l => l.OfType.NamedType,
        NonNullType nn => nn.OfType.NamedType,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The type without a NonNull wrapper.</summary>
    public GraphQLType Nullable => this is NonNullType nn ? nn.OfType : this;

    /// <summary>Whether this may appear as an input (scalars, enums, input objects, wrappers of them).</summary>
    public bool IsInputType => NamedType is ScalarType or EnumType or InputObjectType;

    /// <summary>Whether this may appear as an output (everything except input objects).</summary>
    public bool IsOutputType => NamedType is not InputObjectType;

    /// <summary>Whether this is a leaf type (scalar or enum).</summary>
    public bool IsLeafType => this is ScalarType or EnumType;

    /// <summary>Whether this is an abstract type (interface or union).</summary>
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>Whether this is an object, interface or union.</summary>
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    /// <summary>Structural equality of type references (named types compare by identity).</summary>
    public static bool AreEqual(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        (NonNullType x, NonNullType y) => AreEqual(x.OfType, y.OfType),
        (ListType x, ListType y) => AreEqual(x.OfType, y.OfType),
        (NamedType x, NamedType y) => ReferenceEquals(x, y),
        _ => false,
    };
}

/// <summary>A list type.</summary>
public sealed class ListType : GraphQLType
{
    /// <summary>Wraps an item type.</summary>
    public ListType(GraphQLType ofType) => OfType = ofType;
    /// <summary>Item type.</summary>
    public GraphQLType OfType { get; }
    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null type.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Wraps a nullable type.</summary>
    public NonNullType(GraphQLType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("Expected a nullable type for NonNull.", nameof(ofType));
        }
        OfType = ofType;
    }
    /// <summary>Inner type.</summary>
    public GraphQLType OfType { get; }
    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}

/// <summary>A directive applied in the schema (kept so SDL can be printed and custom directives read).</summary>
public sealed record AppliedDirective(string Name, IReadOnlyDictionary<string, ValueNode> Arguments);

/// <summary>Common members of named types.</summary>
public abstract class NamedType : GraphQLType
{
    /// <summary>Creates a named type.</summary>
    protected NamedType(string name) => Name = name;

    /// <summary>Type name.</summary>
    public string Name { get; }

    /// <summary>Description (printed as a block string).</summary>
    public string? Description { get; set; }

    /// <summary>The SDL definition this type came from, if any.</summary>
    public TypeDefinitionNode? AstNode { get; set; }

    /// <summary>SDL extensions applied to this type.</summary>
    public List<TypeExtensionNode> ExtensionAstNodes { get; } = new();

    /// <summary>Directives applied to the type (besides the built-in ones that have their own properties).</summary>
    public List<AppliedDirective> AppliedDirectives { get; } = new();

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Object and interface types: types with fields and implemented interfaces.</summary>
public abstract class ComplexType : NamedType
{
    /// <summary>Creates the type.</summary>
    protected ComplexType(string name) : base(name)
    {
    }

    /// <summary>Fields in definition order.</summary>
    public OrderedDictionary<string, FieldDefinition> Fields { get; } = new();

    /// <summary>Implemented interfaces in definition order.</summary>
    public List<InterfaceType> Interfaces { get; } = new();

    /// <summary>Adds a field (fluent).</summary>
    public FieldDefinition AddField(FieldDefinition field)
    {
        Fields[field.Name] = field;
        return field;
    }

    /// <summary>Finds a field by name.</summary>
    public FieldDefinition? GetField(string name) => Fields.TryGetValue(name, out var f) ? f : null;
}

/// <summary>An object type.</summary>
public sealed class ObjectType : ComplexType
{
    /// <summary>Creates an object type.</summary>
    public ObjectType(string name) : base(name)
    {
    }

    /// <summary>Optional check used to resolve abstract types when no other resolution applies.</summary>
    public Func<object?, bool>? IsTypeOf { get; set; }

    /// <summary>The CLR type whose instances are of this GraphQL type (code-first), used for abstract type resolution.</summary>
    public Type? ClrType { get; set; }
}

/// <summary>Resolves the concrete object type name of a value of an abstract type.</summary>
public delegate string? TypeResolver(object? value, ResolveContext context);

/// <summary>An interface type.</summary>
public sealed class InterfaceType : ComplexType
{
    /// <summary>Creates an interface type.</summary>
    public InterfaceType(string name) : base(name)
    {
    }

    /// <summary>Optional resolver of the concrete type.</summary>
    public TypeResolver? ResolveType { get; set; }
}

/// <summary>A union type.</summary>
public sealed class UnionType : NamedType
{
    /// <summary>Creates a union type.</summary>
    public UnionType(string name) : base(name)
    {
    }

    /// <summary>Member types.</summary>
    public List<ObjectType> Types { get; } = new();

    /// <summary>Optional resolver of the concrete type.</summary>
    public TypeResolver? ResolveType { get; set; }
}

/// <summary>A field resolver: returns the field's value (or a task of it) from the context.</summary>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    /// <summary>Creates a field.</summary>
    public FieldDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>Name.</summary>
    public string Name { get; }

    /// <summary>Output type.</summary>
    public GraphQLType Type { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Arguments in order.</summary>
    public OrderedDictionary<string, InputValue> Arguments { get; } = new();

    /// <summary>Deprecation reason; non-null means deprecated.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>Resolver; null uses the default (property of the parent named like the field).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>A synchronous resolver that avoids a task (faster path); used when set.</summary>
    public Func<ResolveContext, object?>? SyncResolver { get; set; }

    /// <summary>The SDL definition, if any.</summary>
    public FieldDefinitionNode? AstNode { get; set; }

    /// <summary>Applied directives other than @deprecated.</summary>
    public List<AppliedDirective> AppliedDirectives { get; } = new();

    /// <summary>Whether deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;
}

/// <summary>An argument or an input object field.</summary>
public sealed class InputValue
{
    private object? _coercedDefault;
    private bool _coercedDefaultReady;

    /// <summary>Creates an input value.</summary>
    public InputValue(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    /// <summary>Name.</summary>
    public string Name { get; }

    /// <summary>Input type.</summary>
    public GraphQLType Type { get; set; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Default as a literal (from SDL), printed as-is.</summary>
    public ValueNode? DefaultValueLiteral { get; set; }

    /// <summary>Default as an internal value (code-first); converted to a literal for printing and introspection.</summary>
    public object? DefaultValue { get; set; }

    /// <summary>Whether a default is defined (a default may be null).</summary>
    public bool HasDefaultValue { get; set; }

    /// <summary>Deprecation reason.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>The SDL definition, if any.</summary>
    public InputValueDefinitionNode? AstNode { get; set; }

    /// <summary>Applied directives other than @deprecated.</summary>
    public List<AppliedDirective> AppliedDirectives { get; } = new();

    /// <summary>Whether deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The default literal used in introspection and SDL, or null when there is no default.</summary>
    public ValueNode? GetDefaultLiteral()
    {
        if (!HasDefaultValue)
        {
            return null;
        }
        return DefaultValueLiteral ?? ValueAst.FromValue(DefaultValue, Type) ?? new NullValueNode();
    }

    /// <summary>The default coerced to its type (cached).</summary>
    public object? GetCoercedDefault()
    {
        if (!_coercedDefaultReady)
        {
            _coercedDefault = DefaultValueLiteral is not null
                ? ValueCoercion.CoerceLiteral(DefaultValueLiteral, Type, null)
                : DefaultValue; // code-first defaults are internal values already
            _coercedDefaultReady = true;
        }
        return _coercedDefault;
    }
}

/// <summary>An enum type.</summary>
public sealed class EnumType : NamedType
{
    private Dictionary<object, EnumValue>? _byValue;

    /// <summary>Creates an enum type.</summary>
    public EnumType(string name) : base(name)
    {
    }

    /// <summary>Values in order.</summary>
    public OrderedDictionary<string, EnumValue> Values { get; } = new();

    /// <summary>Adds a value.</summary>
    public EnumType AddValue(EnumValue value)
    {
        Values[value.Name] = value;
        _byValue = null;
        return this;
    }

    /// <summary>Result coercion: the name of the value whose internal value equals <paramref name="value"/>.</summary>
    public string Serialize(object? value)
    {
        if (value is not null)
        {
            _byValue ??= BuildByValue();
            if (_byValue.TryGetValue(value, out var ev))
            {
                return ev.Name;
            }
            if (value is string s && Values.TryGetValue(s, out var named) && named.Value is string)
            {
                return named.Name;
            }
        }
        throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Utilities.Inspect.Format(value)}");
    }

    private Dictionary<object, EnumValue> BuildByValue()
    {
        var map = new Dictionary<object, EnumValue>();
        foreach (var v in Values.Values)
        {
            if (v.Value is not null)
            {
                map.TryAdd(v.Value, v);
            }
        }
        return map;
    }

    /// <summary>Input coercion of an external value (a name string); <paramref name="hideSuggestions"/> leaves "Did you mean …?" out of errors.</summary>
    public object? ParseValue(object? input, bool hideSuggestions = false)
    {
        if (input is not string s)
        {
            var valueStr = Utilities.Inspect.Format(input);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {valueStr}." + DidYouMean(valueStr, hideSuggestions));
        }
        if (!Values.TryGetValue(s, out var ev))
        {
            throw new GraphQLException($"Value \"{s}\" does not exist in \"{Name}\" enum." + DidYouMean(s, hideSuggestions));
        }
        return ev.Value;
    }

    /// <summary>Input coercion of a literal; <paramref name="hideSuggestions"/> leaves "Did you mean …?" out of errors.</summary>
    public object? ParseLiteral(ValueNode node, bool hideSuggestions = false)
    {
        if (node is not EnumValueNode e)
        {
            var valueStr = Printer.Print(node);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {valueStr}." + DidYouMean(valueStr, hideSuggestions));
        }
        if (!Values.TryGetValue(e.Value, out var ev))
        {
            throw new GraphQLException($"Value \"{e.Value}\" does not exist in \"{Name}\" enum." + DidYouMean(e.Value, hideSuggestions));
        }
        return ev.Value;
    }

    private string DidYouMean(string input, bool hideSuggestions) => hideSuggestions
        ? ""
        : Utilities.Suggestions.DidYouMean(Utilities.Suggestions.List(input, Values.Keys), "the enum value");
}

/// <summary>One value of an enum.</summary>
public sealed class EnumValue
{
    /// <summary>Creates an enum value with an internal (CLR) value.</summary>
    public EnumValue(string name, object? value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>Name.</summary>
    public string Name { get; }

    /// <summary>Internal value given to resolvers (a CLR enum member, or the name for SDL-built enums).</summary>
    public object? Value { get; }

    /// <summary>Description.</summary>
    public string? Description { get; set; }

    /// <summary>Deprecation reason.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>The SDL definition, if any.</summary>
    public EnumValueDefinitionNode? AstNode { get; set; }

    /// <summary>Applied directives other than @deprecated.</summary>
    public List<AppliedDirective> AppliedDirectives { get; } = new();

    /// <summary>Whether deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;
}

/// <summary>An input object type.</summary>
public sealed class InputObjectType : NamedType
{
    /// <summary>Creates an input object type.</summary>
    public InputObjectType(string name) : base(name)
    {
    }

    /// <summary>Fields in order.</summary>
    public OrderedDictionary<string, InputValue> Fields { get; } = new();

    /// <summary>Whether <c>@oneOf</c>: exactly one field must be given, and it must not be null.</summary>
    public bool IsOneOf { get; set; }

    /// <summary>Adds a field.</summary>
    public InputObjectType AddField(InputValue field)
    {
        Fields[field.Name] = field;
        return this;
    }
}
