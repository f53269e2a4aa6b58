using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.2.3 Fragment Spread Is Possible — <see href="https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible"/>:
/// "Let applicableTypes be the intersection of GetPossibleTypes(fragmentType) and
/// GetPossibleTypes(parentType). applicableTypes must not be empty."
/// </summary>
public sealed class PossibleFragmentSpreadsRule : ValidationVisitor
{
    /// <summary>Creates the rule's visitor.</summary>
    public PossibleFragmentSpreadsRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (Context.Type is NamedType { IsCompositeType: true } fragmentType &&
                    Context.ParentType is { IsCompositeType: true } parentType &&
                    !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
                {
                    Report($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", inline);
                }
                break;
            case FragmentSpreadNode spread:
                if (Context.GetFragment(spread.Name.Value) is { } fragment &&
                    Context.Schema.GetType(fragment.TypeCondition.Name.Value) is { IsCompositeType: true } spreadType &&
                    Context.ParentType is { } parent &&
                    !TypeComparators.DoTypesOverlap(Context.Schema, spreadType, parent))
                {
                    Report($"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{spreadType.Name}\".", spread);
                }
                break;
        }
        return VisitorAction.Continue;
    }
}
