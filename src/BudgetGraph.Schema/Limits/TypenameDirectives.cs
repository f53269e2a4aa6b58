using HotChocolate;
using HotChocolate.Language;
using ErrorCodes = BudgetGraph.GraphSchema.Errors.ErrorCodes;

namespace BudgetGraph.GraphSchema.Limits;

/// <summary>
/// Refuses <c>@skip</c>/<c>@include</c> on <c>__typename</c> whose <c>if</c> is no Boolean: HotChocolate 16.7.3's
/// validation checks their argument on every other field but lets <c>__typename @include(if: "yes")</c> through (and runs
/// it). Run after HotChocolate's validation, with its words and code for the same mistake elsewhere.
/// </summary>
public static class TypenameDirectives
{
    /// <summary>The error of the first such argument, or null.</summary>
    public static IError? Check(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                OperationDefinitionNode operation => operation.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null && Find(selections) is { } argument)
            {
                return ErrorBuilder.New()
                    .SetMessage("The specified argument value does not match the argument type.")
                    .SetCode(ErrorCodes.ValidationFailed)
                    .SetExtension("specifiedBy", "https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type")
                    .AddLocation(argument)
                    .Build();
            }
        }
        return null;
    }

    private static ArgumentNode? Find(SelectionSetNode selections)
    {
        foreach (var selection in selections.Selections)
        {
            var found = selection switch
            {
                FieldNode { Name.Value: "__typename" } field => field.Directives
                    .Where(d => d.Name.Value is "skip" or "include")
                    .SelectMany(d => d.Arguments)
                    .FirstOrDefault(a => a.Name.Value == "if" && a.Value is not (BooleanValueNode or VariableNode)),
                FieldNode { SelectionSet: { } children } => Find(children),
                InlineFragmentNode inline => Find(inline.SelectionSet),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }
}
