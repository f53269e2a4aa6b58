using HotChocolate.Language;

namespace BudgetGraph.GraphSchema.Limits;

/// <summary>
/// Removes a fragment spread that repeats one before it in the same selection set (same fragment, no directives):
/// it selects nothing more, and HotChocolate would write the fragment out once per spread. A document of fragments each
/// spreading the next twice is 2^n selections written out, n after this.
/// </summary>
/// <remarks>
/// Run as request middleware on the parsed document, before <see cref="WrittenOutSize"/> and validation, so every caller
/// of the executor (HTTP, <c>budgetgraph query</c>) gets it. Whatever this leaves, WrittenOutSize bounds (MAX_TOKENS);
/// this only keeps the harmless repetition answering as it did on the old engine, which measured each fragment once.
/// The nodes kept keep their locations, so errors point into the document as sent.
/// </remarks>
public static class DuplicateSpreads
{
    /// <summary>The document without repeated spreads, or null when it has none.</summary>
    public static DocumentNode? Remove(DocumentNode document)
    {
        if (!document.Definitions.Any(d => SelectionSetOf(d) is { } selections && HasRepeats(selections)))
        {
            return null;
        }

        return document.WithDefinitions([.. document.Definitions.Select(d => d switch
        {
            OperationDefinitionNode operation => operation.WithSelectionSet(Without(operation.SelectionSet)),
            FragmentDefinitionNode fragment => fragment.WithSelectionSet(Without(fragment.SelectionSet)),
            _ => d,
        })]);
    }

    private static SelectionSetNode? SelectionSetOf(IDefinitionNode definition) => definition switch
    {
        OperationDefinitionNode operation => operation.SelectionSet,
        FragmentDefinitionNode fragment => fragment.SelectionSet,
        _ => null,
    };

    private static bool HasRepeats(SelectionSetNode selections)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selection in selections.Selections)
        {
            var repeats = selection switch
            {
                FragmentSpreadNode { Directives.Count: 0 } spread => !seen.Add(spread.Name.Value),
                FieldNode { SelectionSet: { } children } => HasRepeats(children),
                InlineFragmentNode inline => HasRepeats(inline.SelectionSet),
                _ => false,
            };
            if (repeats)
            {
                return true;
            }
        }
        return false;
    }

    private static SelectionSetNode Without(SelectionSetNode selections)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<ISelectionNode>(selections.Selections.Count);
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case FragmentSpreadNode { Directives.Count: 0 } spread when !seen.Add(spread.Name.Value):
                    break;
                case FieldNode { SelectionSet: { } children } field:
                    kept.Add(field.WithSelectionSet(Without(children)));
                    break;
                case InlineFragmentNode inline:
                    kept.Add(inline.WithSelectionSet(Without(inline.SelectionSet)));
                    break;
                default:
                    kept.Add(selection);
                    break;
            }
        }
        return selections.WithSelections(kept);
    }
}
