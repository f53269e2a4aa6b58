using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Types;

/// <summary>Where a directive may appear (spec __DirectiveLocation plus graphql-js 17's DIRECTIVE_DEFINITION).</summary>
public enum DirectiveLocation
{
    /// <summary>QUERY</summary>
    Query,
    /// <summary>MUTATION</summary>
    Mutation,
    /// <summary>SUBSCRIPTION</summary>
    Subscription,
    /// <summary>FIELD</summary>
    Field,
    /// <summary>FRAGMENT_DEFINITION</summary>
    FragmentDefinition,
    /// <summary>FRAGMENT_SPREAD</summary>
    FragmentSpread,
    /// <summary>INLINE_FRAGMENT</summary>
    InlineFragment,
    /// <summary>VARIABLE_DEFINITION</summary>
    VariableDefinition,
    /// <summary>SCHEMA</summary>
    Schema,
    /// <summary>SCALAR</summary>
    Scalar,
    /// <summary>OBJECT</summary>
    Object,
    /// <summary>FIELD_DEFINITION</summary>
    FieldDefinition,
    /// <summary>ARGUMENT_DEFINITION</summary>
    ArgumentDefinition,
    /// <summary>INTERFACE</summary>
    Interface,
    /// <summary>UNION</summary>
    Union,
    /// <summary>ENUM</summary>
    Enum,
    /// <summary>ENUM_VALUE</summary>
    EnumValue,
    /// <summary>INPUT_OBJECT</summary>
    InputObject,
    /// <summary>INPUT_FIELD_DEFINITION</summary>
    InputFieldDefinition,
    /// <summary>DIRECTIVE_DEFINITION (graphql-js 17)</summary>
    DirectiveDefinition,
    /// <summary>FRAGMENT_VARIABLE_DEFINITION (graphql-js 17, experimental fragment arguments)</summary>
    FragmentVariableDefinition,
}

/// <summary>Conversions between <see cref="DirectiveLocation"/> and its GraphQL name.</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
        "FRAGMENT_VARIABLE_DEFINITION",
    };

    /// <summary>All locations in spec order.</summary>
    public static IReadOnlyList<DirectiveLocation> All { get; } = Enum.GetValues<DirectiveLocation>();

    /// <summary>The GraphQL name (e.g. <c>FIELD_DEFINITION</c>).</summary>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses a GraphQL location name.</summary>
    public static bool TryParse(string name, out DirectiveLocation location)
    {
        var index = Array.IndexOf(Names, name);
        location = index < 0 ? default : (DirectiveLocation)index;
        return index >= 0;
    }
}

/// <summary>A directive definition.</summary>
public sealed class DirectiveDefinition
{
    /// <summary>Creates a directive.</summary>
    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, bool isRepeatable = false)
    {
        Name = name;
        Locations = locations.ToList();
        IsRepeatable = isRepeatable;
    }

    /// <summary>Name without <c>@</c>.</summary>
    public string Name { get; }
    /// <summary>Description.</summary>
    public string? Description { get; set; }
    /// <summary>Locations.</summary>
    public List<DirectiveLocation> Locations { get; }
    /// <summary>Arguments.</summary>
    public OrderedDictionary<string, InputValue> Arguments { get; } = new();
    /// <summary>Whether it may be repeated at one location.</summary>
    public bool IsRepeatable { get; set; }
    /// <summary>The SDL definition.</summary>
    public DirectiveDefinitionNode? AstNode { get; set; }

    /// <summary>Deprecation reason (graphql-js 17 allows deprecating directives).</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>Adds an argument (fluent).</summary>
    public DirectiveDefinition AddArgument(InputValue argument)
    {
        Arguments[argument.Name] = argument;
        return this;
    }
}

/// <summary>The directives every schema has (graphql-js <c>specifiedDirectives</c>).</summary>
public static class BuiltInDirectives
{
    /// <summary>The default reason of <c>@deprecated</c>.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>@include(if: Boolean!)</summary>
    public static readonly DirectiveDefinition Include = new DirectiveDefinition("include",
            new[] { DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment })
        {
            Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        }
        .AddArgument(new InputValue("if", new NonNullType(Scalars.Boolean)) { Description = "Included when true." });

    /// <summary>@skip(if: Boolean!)</summary>
    public static readonly DirectiveDefinition Skip = new DirectiveDefinition("skip",
            new[] { DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment })
        {
            Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        }
        .AddArgument(new InputValue("if", new NonNullType(Scalars.Boolean)) { Description = "Skipped when true." });

    /// <summary>@deprecated(reason: String! = "No longer supported")</summary>
    public static readonly DirectiveDefinition Deprecated = new DirectiveDefinition("deprecated",
            new[]
            {
                DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition,
                DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition,
            })
        {
            Description = "Marks an element of a GraphQL schema as no longer supported.",
        }
        .AddArgument(new InputValue("reason", new NonNullType(Scalars.String))
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = DefaultDeprecationReason,
            HasDefaultValue = true,
        });

    /// <summary>@specifiedBy(url: String!)</summary>
    public static readonly DirectiveDefinition SpecifiedBy = new DirectiveDefinition("specifiedBy", new[] { DirectiveLocation.Scalar })
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.",
        }
        .AddArgument(new InputValue("url", new NonNullType(Scalars.String)) { Description = "The URL that specifies the behavior of this scalar." });

    /// <summary>@oneOf</summary>
    public static readonly DirectiveDefinition OneOf = new("oneOf", new[] { DirectiveLocation.InputObject })
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>All five, in graphql-js order.</summary>
    public static readonly IReadOnlyList<DirectiveDefinition> All = new[] { Include, Skip, Deprecated, SpecifiedBy, OneOf };

    /// <summary>Whether a directive name is one of the specified directives.</summary>
    public static bool IsSpecified(string name) => name is "include" or "skip" or "deprecated" or "specifiedBy" or "oneOf";
}
