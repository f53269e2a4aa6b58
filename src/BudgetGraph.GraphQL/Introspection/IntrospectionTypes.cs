using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Introspection;

/// <summary>
/// The introspection types (spec 4.2) with graphql-js 17's descriptions, plus the meta fields
/// <c>__schema</c>, <c>__type</c> and <c>__typename</c>. Resolvers read the engine's type objects directly.
/// </summary>
public static class IntrospectionTypes
{
    /// <summary>__Schema</summary>
    public static readonly ObjectType Schema = new("__Schema")
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    /// <summary>__Directive</summary>
    public static readonly ObjectType Directive = new("__Directive")
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    /// <summary>__DirectiveLocation</summary>
    public static readonly EnumType DirectiveLocationType = new("__DirectiveLocation")
    {
        Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
    };

    /// <summary>__Type</summary>
    public static readonly ObjectType Type = new("__Type")
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    /// <summary>__Field</summary>
    public static readonly ObjectType Field = new("__Field")
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    /// <summary>__InputValue</summary>
    public static readonly ObjectType InputValueType = new("__InputValue")
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    /// <summary>__EnumValue</summary>
    public static readonly ObjectType EnumValueType = new("__EnumValue")
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    /// <summary>__TypeKind</summary>
    public static readonly EnumType TypeKind = new("__TypeKind") { Description = "An enum describing what kind of type a given `__Type` is." };

    /// <summary>The <c>__schema</c> meta field.</summary>
    public static readonly FieldDefinition SchemaField = new("__schema", new NonNullType(Schema))
    {
        Description = "Access the current type schema of this server.",
        SyncResolver = ctx => ctx.Schema,
    };

    /// <summary>The <c>__type(name:)</c> meta field.</summary>
    public static readonly FieldDefinition TypeField = CreateTypeField();

    /// <summary>The <c>__typename</c> meta field.</summary>
    public static readonly FieldDefinition TypeNameField = new("__typename", new NonNullType(Scalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        SyncResolver = ctx => ctx.ParentType.Name,
    };

    private static readonly HashSet<string> Names = new()
    {
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    };

    /// <summary>Whether a type name is one of the introspection types.</summary>
    public static bool IsIntrospectionType(string name) => Names.Contains(name);

    /// <summary>The introspection type of this name (SDL may refer to them, as in graphql-js), or null.</summary>
    public static NamedType? Get(string name) => name switch
    {
        "__Schema" => Schema,
        "__Directive" => Directive,
        "__DirectiveLocation" => DirectiveLocationType,
        "__Type" => Type,
        "__Field" => Field,
        "__InputValue" => InputValueType,
        "__EnumValue" => EnumValueType,
        "__TypeKind" => TypeKind,
        _ => null,
    };

    private static FieldDefinition CreateTypeField()
    {
        var field = new FieldDefinition("__type", Type)
        {
            Description = "Request the type information of a single type.",
            SyncResolver = ctx => ctx.Schema.GetType(ctx.Argument<string>("name")),
        };
        field.Arguments["name"] = new InputValue("name", new NonNullType(Scalars.String));
        return field;
    }

    private static readonly GraphQLType NonNullString = new NonNullType(Scalars.String);
    private static readonly GraphQLType NonNullBoolean = new NonNullType(Scalars.Boolean);

    private static GraphQLType ListOf(NamedType type) => new ListType(new NonNullType(type));

    private static GraphQLType NonNullListOf(NamedType type) => new NonNullType(ListOf(type));

    private static FieldDefinition Add(ComplexType owner, string name, GraphQLType type, Func<ResolveContext, object?> resolve, string? description = null)
    {
        var field = new FieldDefinition(name, type) { SyncResolver = resolve, Description = description };
        owner.AddField(field);
        return field;
    }

    private static FieldDefinition AddWithIncludeDeprecated(ComplexType owner, string name, GraphQLType type, Func<ResolveContext, bool, object?> resolve)
    {
        var field = Add(owner, name, type, ctx => resolve(ctx, ctx.ArgumentOrDefault("includeDeprecated", false)));
        field.Arguments["includeDeprecated"] = new InputValue("includeDeprecated", NonNullBoolean) { DefaultValue = false, HasDefaultValue = true };
        return field;
    }

    static IntrospectionTypes()
    {
        Add(Schema, "description", Scalars.String, ctx => ctx.ParentAs<Schema>().Description);
        Add(Schema, "types", NonNullListOf(Type), ctx => ctx.ParentAs<Schema>().Types, "A list of all types supported by this server.");
        Add(Schema, "queryType", new NonNullType(Type), ctx => ctx.ParentAs<Schema>().QueryType, "The type that query operations will be rooted at.");
        Add(Schema, "mutationType", Type, ctx => ctx.ParentAs<Schema>().MutationType, "If this server supports mutation, the type that mutation operations will be rooted at.");
        Add(Schema, "subscriptionType", Type, ctx => ctx.ParentAs<Schema>().SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at.");
        AddWithIncludeDeprecated(Schema, "directives", NonNullListOf(Directive), (ctx, include) =>
            ctx.ParentAs<Schema>().Directives.Where(d => include || d.DeprecationReason is null).ToList())
            .Description = "A list of all directives supported by this server.";

        Add(Directive, "name", NonNullString, ctx => ctx.ParentAs<DirectiveDefinition>().Name);
        Add(Directive, "description", Scalars.String, ctx => ctx.ParentAs<DirectiveDefinition>().Description);
        Add(Directive, "isRepeatable", NonNullBoolean, ctx => ctx.ParentAs<DirectiveDefinition>().IsRepeatable);
        Add(Directive, "locations", NonNullListOf(DirectiveLocationType), ctx => ctx.ParentAs<DirectiveDefinition>().Locations.Select(l => l.ToName()).ToList());
        AddWithIncludeDeprecated(Directive, "args", NonNullListOf(InputValueType), (ctx, include) =>
            ctx.ParentAs<DirectiveDefinition>().Arguments.Values.Where(a => include || a.DeprecationReason is null).ToList());
        Add(Directive, "isDeprecated", NonNullBoolean, ctx => ctx.ParentAs<DirectiveDefinition>().DeprecationReason is not null);
        Add(Directive, "deprecationReason", Scalars.String, ctx => ctx.ParentAs<DirectiveDefinition>().DeprecationReason);

        var locationDescriptions = new Dictionary<string, string>
        {
            ["QUERY"] = "Location adjacent to a query operation.",
            ["MUTATION"] = "Location adjacent to a mutation operation.",
            ["SUBSCRIPTION"] = "Location adjacent to a subscription operation.",
            ["FIELD"] = "Location adjacent to a field.",
            ["FRAGMENT_DEFINITION"] = "Location adjacent to a fragment definition.",
            ["FRAGMENT_SPREAD"] = "Location adjacent to a fragment spread.",
            ["INLINE_FRAGMENT"] = "Location adjacent to an inline fragment.",
            ["VARIABLE_DEFINITION"] = "Location adjacent to an operation variable definition.",
            ["FRAGMENT_VARIABLE_DEFINITION"] = "Location adjacent to a fragment variable definition.",
            ["SCHEMA"] = "Location adjacent to a schema definition.",
            ["SCALAR"] = "Location adjacent to a scalar definition.",
            ["OBJECT"] = "Location adjacent to an object type definition.",
            ["FIELD_DEFINITION"] = "Location adjacent to a field definition.",
            ["ARGUMENT_DEFINITION"] = "Location adjacent to an argument definition.",
            ["INTERFACE"] = "Location adjacent to an interface definition.",
            ["UNION"] = "Location adjacent to a union definition.",
            ["ENUM"] = "Location adjacent to an enum definition.",
            ["ENUM_VALUE"] = "Location adjacent to an enum value definition.",
            ["INPUT_OBJECT"] = "Location adjacent to an input object type definition.",
            ["INPUT_FIELD_DEFINITION"] = "Location adjacent to an input object field definition.",
            ["DIRECTIVE_DEFINITION"] = "Location adjacent to a directive definition.",
        };
        foreach (var (name, description) in locationDescriptions)
        {
            DirectiveLocationType.AddValue(new EnumValue(name, name) { Description = description });
        }

        Add(Type, "kind", new NonNullType(TypeKind), ctx => KindOf(ctx.ParentAs<GraphQLType>()));
        Add(Type, "name", Scalars.String, ctx => (ctx.Parent as NamedType)?.Name);
        Add(Type, "description", Scalars.String, ctx => (ctx.Parent as NamedType)?.Description);
        Add(Type, "specifiedByURL", Scalars.String, ctx => (ctx.Parent as ScalarType)?.SpecifiedByUrl);
        AddWithIncludeDeprecated(Type, "fields", ListOf(Field), (ctx, include) =>
            ctx.Parent is ComplexType c ? c.Fields.Values.Where(f => include || f.DeprecationReason is null).ToList() : null);
        Add(Type, "interfaces", ListOf(Type), ctx => ctx.Parent is ComplexType c ? c.Interfaces : null);
        Add(Type, "possibleTypes", ListOf(Type), ctx => ctx.Parent is NamedType { IsAbstractType: true } n ? ctx.Schema.GetPossibleTypes(n) : null);
        AddWithIncludeDeprecated(Type, "enumValues", ListOf(EnumValueType), (ctx, include) =>
            ctx.Parent is EnumType e ? e.Values.Values.Where(v => include || v.DeprecationReason is null).ToList() : null);
        AddWithIncludeDeprecated(Type, "inputFields", ListOf(InputValueType), (ctx, include) =>
            ctx.Parent is InputObjectType io ? io.Fields.Values.Where(f => include || f.DeprecationReason is null).ToList() : null);
        Add(Type, "ofType", Type, ctx => ctx.Parent switch
        {
            ListType l => l.OfType,
            NonNullType n => n.OfType,
            _ => null,
        });
        Add(Type, "isOneOf", Scalars.Boolean, ctx => ctx.Parent is InputObjectType io ? io.IsOneOf : null);

        Add(Field, "name", NonNullString, ctx => ctx.ParentAs<FieldDefinition>().Name);
        Add(Field, "description", Scalars.String, ctx => ctx.ParentAs<FieldDefinition>().Description);
        AddWithIncludeDeprecated(Field, "args", NonNullListOf(InputValueType), (ctx, include) =>
            ctx.ParentAs<FieldDefinition>().Arguments.Values.Where(a => include || a.DeprecationReason is null).ToList());
        Add(Field, "type", new NonNullType(Type), ctx => ctx.ParentAs<FieldDefinition>().Type);
        Add(Field, "isDeprecated", NonNullBoolean, ctx => ctx.ParentAs<FieldDefinition>().DeprecationReason is not null);
        Add(Field, "deprecationReason", Scalars.String, ctx => ctx.ParentAs<FieldDefinition>().DeprecationReason);

        Add(InputValueType, "name", NonNullString, ctx => ctx.ParentAs<InputValue>().Name);
        Add(InputValueType, "description", Scalars.String, ctx => ctx.ParentAs<InputValue>().Description);
        Add(InputValueType, "type", new NonNullType(Type), ctx => ctx.ParentAs<InputValue>().Type);
        Add(InputValueType, "defaultValue", Scalars.String, ctx => ctx.ParentAs<InputValue>().GetDefaultLiteral() is { } literal ? Printer.Print(literal) : null,
            "A GraphQL-formatted string representing the default value for this input value.");
        Add(InputValueType, "isDeprecated", NonNullBoolean, ctx => ctx.ParentAs<InputValue>().DeprecationReason is not null);
        Add(InputValueType, "deprecationReason", Scalars.String, ctx => ctx.ParentAs<InputValue>().DeprecationReason);

        Add(EnumValueType, "name", NonNullString, ctx => ctx.ParentAs<EnumValue>().Name);
        Add(EnumValueType, "description", Scalars.String, ctx => ctx.ParentAs<EnumValue>().Description);
        Add(EnumValueType, "isDeprecated", NonNullBoolean, ctx => ctx.ParentAs<EnumValue>().DeprecationReason is not null);
        Add(EnumValueType, "deprecationReason", Scalars.String, ctx => ctx.ParentAs<EnumValue>().DeprecationReason);

        TypeKind.AddValue(new EnumValue("SCALAR", "SCALAR") { Description = "Indicates this type is a scalar." })
            .AddValue(new EnumValue("OBJECT", "OBJECT") { Description = "Indicates this type is an object. `fields` and `interfaces` are valid fields." })
            .AddValue(new EnumValue("INTERFACE", "INTERFACE") { Description = "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields." })
            .AddValue(new EnumValue("UNION", "UNION") { Description = "Indicates this type is a union. `possibleTypes` is a valid field." })
            .AddValue(new EnumValue("ENUM", "ENUM") { Description = "Indicates this type is an enum. `enumValues` is a valid field." })
            .AddValue(new EnumValue("INPUT_OBJECT", "INPUT_OBJECT") { Description = "Indicates this type is an input object. `inputFields` is a valid field." })
            .AddValue(new EnumValue("LIST", "LIST") { Description = "Indicates this type is a list. `ofType` is a valid field." })
            .AddValue(new EnumValue("NON_NULL", "NON_NULL") { Description = "Indicates this type is a non-null. `ofType` is a valid field." });
    }

    private static string KindOf(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        _ => "NON_NULL",
    };
}
