using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.1.2 Fragment Spread Type Existence — <see href="https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence"/>:
/// "Fragments must be specified on types that exist in the schema. This applies for both named and inline
/// fragments." As in graphql-js, every type reference (also of variables) must name a known type.
/// </summary>
public sealed class KnownTypeNamesRule : ValidationVisitor
{
    private static readonly string[] StandardTypeNames =
    {
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    };

    private HashSet<string>? _definedTypeNames;
    private List<string>? _typeNames;

    /// <summary>Creates the rule's visitor.</summary>
    public KnownTypeNamesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not NamedTypeNode namedType)
        {
            return VisitorAction.Continue;
        }
        var typeName = namedType.Name.Value;
        _definedTypeNames ??= Context.Document.Definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
        if (Context.Schema.GetType(typeName) is not null || _definedTypeNames.Contains(typeName))
        {
            return VisitorAction.Continue;
        }
        // The top-level definition holding the reference (ancestors[0] is the document).
        var ancestors = Context.Ancestors;
        var definition = ancestors.Count > 1 ? ancestors[1] : Context.Parent;
        var isSdl = definition is TypeSystemNode;
        if (isSdl && StandardTypeNames.Contains(typeName))
        {
            return VisitorAction.Continue;
        }
        IReadOnlyList<string> suggestions = Array.Empty<string>();
        if (!Context.HideSuggestions)
        {
            _typeNames ??= Context.Schema.Types.Select(t => t.Name).Concat(_definedTypeNames).Distinct(StringComparer.Ordinal).ToList();
            suggestions = Suggestions.List(typeName, isSdl ? StandardTypeNames.Concat(_typeNames) : _typeNames);
        }
        Report($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), namedType);
        return VisitorAction.Continue;
    }
}
