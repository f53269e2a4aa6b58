using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.2.1 Fragment Spread Target Defined — <see href="https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined"/>:
/// "Named fragment spreads must refer to fragments defined within the document. It is a validation error
/// if the target of a spread is not defined."
/// </summary>
public sealed class KnownFragmentNamesRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public KnownFragmentNamesRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is FragmentSpreadNode spread && Context.GetFragment(spread.Name.Value) is null)
        {
            Report($"Unknown fragment \"{spread.Name.Value}\".", spread.Name);
        }
        return VisitorAction.Continue;
    }
}
