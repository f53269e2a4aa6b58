using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.1.1 Executable Definitions — <see href="https://spec.graphql.org/September2025/#sec-Executable-Definitions"/>:
/// "For each definition in the document: definition must be ExecutableDefinition (it must not be
/// TypeSystemDefinitionOrExtension)."
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public ExecutableDefinitionsRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not DocumentNode document)
        {
            return VisitorAction.Continue;
        }
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }
            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionOrExtensionNode type => "\"" + type.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "\"\"",
            };
            Report($"The {name} definition is not executable.", definition);
        }
        // Everything this rule checks is at the top level.
        return VisitorAction.Skip;
    }
}
