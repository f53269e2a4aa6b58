using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.7.3 Directives Are Unique per Location — <see href="https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-per-Location"/>:
/// "When more than one directive of the same name is used, the expected metadata or behavior becomes
/// ambiguous, therefore only one of each directive is allowed per location." Repeatable directives are exempt;
/// a type and its extensions count as one location.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationVisitor
{
    private readonly IReadOnlyDictionary<string, DirectiveFacts> _directives;
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor; directives defined in the document are taken into account.</summary>
    public UniqueDirectivesPerLocationRule(ValidationContext context) : base(context) =>
        _directives = DirectiveFacts.For(context.Schema, context.Document);

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        var directives = DirectivesOf(node);
        if (directives is not { Count: > 0 })
        {
            return VisitorAction.Continue;
        }
        Dictionary<string, DirectiveNode> seen;
        switch (node)
        {
            case SchemaDefinitionNode or SchemaExtensionNode:
                seen = _schemaDirectives;
                break;
            case TypeDefinitionOrExtensionNode type:
                if (!_typeDirectives.TryGetValue(type.Name.Value, out seen!))
                {
                    seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                    _typeDirectives[type.Name.Value] = seen;
                }
                break;
            default:
                seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
                break;
        }
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var facts) || facts.IsRepeatable)
            {
                continue;
            }
            if (seen.TryGetValue(name, out var first))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
        return VisitorAction.Continue;
    }

    private static IReadOnlyList<DirectiveNode>? DirectivesOf(Node node) => node switch
    {
        ExecutableDefinitionNode n => n.Directives,
        SelectionNode n => n.Directives,
        VariableDefinitionNode n => n.Directives,
        TypeSystemNode n => n.Directives,
        FieldDefinitionNode n => n.Directives,
        InputValueDefinitionNode n => n.Directives,
        EnumValueDefinitionNode n => n.Directives,
        _ => null,
    };
}
