using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.7.1 Directives Are Defined — <see href="https://spec.graphql.org/September2025/#sec-Directives-Are-Defined"/>:
/// "GraphQL services define what directives they support. For each usage of a directive, the directive must
/// be available on that service." And 5.7.2 Directives Are in Valid Locations —
/// <see href="https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations"/>: "For each usage
/// of a directive, the directive must be used in a location that the service has declared support for."
/// </summary>
public sealed class KnownDirectivesRule : ValidationVisitor
{
    private readonly IReadOnlyDictionary<string, DirectiveFacts> _directives;

    /// <summary>Creates the rule's visitor; directives defined in the document count as known.</summary>
    public KnownDirectivesRule(ValidationContext context) : base(context) =>
        _directives = DirectiveFacts.For(context.Schema, context.Document);

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not DirectiveNode directive)
        {
            return VisitorAction.Continue;
        }
        var name = directive.Name.Value;
        if (!_directives.TryGetValue(name, out var facts))
        {
            Report($"Unknown directive \"@{name}\".", directive);
            return VisitorAction.Continue;
        }
        if (LocationOf(Context.Ancestors) is { } candidate && !facts.Locations.Contains(candidate.ToName()))
        {
            Report($"Directive \"@{name}\" may not be used on {candidate.ToName()}.", directive);
        }
        return VisitorAction.Continue;
    }

    /// <summary>The location of the node a directive is applied to (the directive's parent).</summary>
    private static DirectiveLocation? LocationOf(IReadOnlyList<Node> ancestors)
    {
        var appliedTo = ancestors[^1];
        return appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.Query,
                OperationType.Mutation => DirectiveLocation.Mutation,
                _ => DirectiveLocation.Subscription,
            },
            FieldNode => DirectiveLocation.Field,
            FragmentSpreadNode => DirectiveLocation.FragmentSpread,
            InlineFragmentNode => DirectiveLocation.InlineFragment,
            FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
            VariableDefinitionNode => DirectiveLocation.VariableDefinition,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
            FieldDefinitionNode => DirectiveLocation.FieldDefinition,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
            EnumValueDefinitionNode => DirectiveLocation.EnumValue,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                ? DirectiveLocation.InputFieldDefinition
                : DirectiveLocation.ArgumentDefinition,
            DirectiveDefinitionNode => DirectiveLocation.DirectiveDefinition,
            _ => null,
        };
    }
}
