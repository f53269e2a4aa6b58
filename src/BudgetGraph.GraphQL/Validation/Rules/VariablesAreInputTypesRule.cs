using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.2 Variables Are Input Types — <see href="https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types"/>:
/// "Variables can only be input types. Objects, unions, and interfaces cannot be used as inputs."
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public VariablesAreInputTypesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is VariableDefinitionNode definition &&
            VariableValues.TypeFromAst(Context.Schema, definition.Type) is { IsInputType: false })
        {
            Report($"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".", definition.Type);
        }
        return VisitorAction.Continue;
    }
}
