using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.6.1 Values of Correct Type — <see href="https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type"/>:
/// "Literal values must be compatible with the type expected in the position they are found as per the
/// coercion rules defined in the Type System chapter." This also covers 5.6.2 Input Object Field Names,
/// 5.6.4 Input Object Required Fields and the OneOf Input Object rule ("exactly one field must be
/// specified, and the value for that field must be non-null"), as graphql-js 17 does.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public ValuesOfCorrectTypeRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is not ValueNode value || node is VariableNode)
        {
            return VisitorAction.Continue;
        }
        // Entering a list already moved the expected type to the item type; the list's own type is the parent.
        var type = node is ListValueNode ? Context.ParentInputType : Context.InputType;
        if (type is not null)
        {
            // Static validation: no variable values, so variables inside the literal are not judged here.
            ValueCoercion.ValidateLiteral(value, type, null,
                (message, _, errorNode, _) => Context.ReportError(new GraphQLError(message, errorNode ?? value)), Context.HideSuggestions);
        }
        // The whole literal was checked at once; nested values must not be checked again.
        return VisitorAction.Skip;
    }
}
