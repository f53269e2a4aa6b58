using System.Globalization;
using BudgetGraph.GraphSchema.Limits;
using HotChocolate;
using HotChocolate.Language;
using ErrorCodes = BudgetGraph.GraphSchema.Errors.ErrorCodes;

namespace BudgetGraph.GraphSchema.Limits;

/// <summary>
/// Refuses, before validation, an operation nested more than <see cref="GraphQLLimitsOptions.MaxExecutionDepth"/> fields
/// deep (<c>MAX_EXECUTION_DEPTH</c>), or selecting more than <see cref="GraphQLLimitsOptions.MaxTokens"/> fields once its
/// fragment spreads are written out (<c>MAX_TOKENS</c>), before HotChocolate normalizes it.
/// </summary>
/// <remarks>
/// HotChocolate's operation normalizer copies each fragment's selections into every place it is spread, with no bound:
/// forty fragments each spreading the next twice are 2^40 selections, a few hundred bytes of request that took the
/// process's memory until it died. The token limit bounds the document as written; this bounds it as executed. The
/// size is counted once per fragment (memoized) and capped, so the count itself is linear in the document. The depth is
/// measured here, first, rather than by HotChocolate's rule, because its introspection depth rule would otherwise answer
/// for a deep introspection query with words of its own; fragments count where they are spread.
/// </remarks>
public static class WrittenOutSize
{
    /// <summary>The refusal of <paramref name="document"/>'s deepest or largest operation, or null when each fits.</summary>
    public static IError? Check(DocumentNode document, GraphQLLimitsOptions limits)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var depths = new Depth(fragments);
        foreach (var operation in operations)
        {
            if (depths.Of(operation.SelectionSet) is var depth && depth > limits.MaxExecutionDepth)
            {
                return ErrorBuilder.New()
                    .SetMessage(string.Create(CultureInfo.InvariantCulture,
                        $"The operation is {depth} fields deep; the limit is {limits.MaxExecutionDepth}."))
                    .SetCode(ErrorCodes.MaxExecutionDepth)
                    .SetExtension("limit", limits.MaxExecutionDepth)
                    .SetExtension("actual", depth)
                    .Build();
            }
        }

        var maxFields = limits.MaxTokens;
        var counter = new Counter(fragments, maxFields + 1L);
        foreach (var operation in operations)
        {
            if (counter.Count(operation.SelectionSet) > maxFields)
            {
                var limit = maxFields.ToString(CultureInfo.InvariantCulture);
                return ErrorBuilder.New()
                    .SetMessage($"The operation selects more than {limit} fields once its fragments are written out.")
                    .SetCode(ErrorCodes.MaxTokens)
                    .SetExtension("limit", maxFields)
                    .Build();
            }
        }
        return null;
    }

    /// <summary>Measures field depth, each fragment once.</summary>
    private sealed class Depth(Dictionary<string, FragmentDefinitionNode> fragments)
    {
        private readonly Dictionary<string, int> _depths = new(StringComparer.Ordinal);

        public int Of(SelectionSetNode selections)
        {
            var deepest = 0;
            foreach (var selection in selections.Selections)
            {
                deepest = Math.Max(deepest, selection switch
                {
                    FieldNode field => 1 + (field.SelectionSet is { } children ? Of(children) : 0),
                    InlineFragmentNode inline => Of(inline.SelectionSet),
                    FragmentSpreadNode spread => OfFragment(spread.Name.Value),
                    _ => 0,
                });
            }
            return deepest;
        }

        private int OfFragment(string fragment) => Measured(_depths, fragments, fragment, Of);
    }

    /// <summary>Counts fields, each fragment once; every count is capped at <paramref name="cap"/>.</summary>
    private sealed class Counter(Dictionary<string, FragmentDefinitionNode> fragments, long cap)
    {
        private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);

        public long Count(SelectionSetNode selections)
        {
            long total = 0;
            foreach (var selection in selections.Selections)
            {
                total += selection switch
                {
                    FieldNode field => 1 + (field.SelectionSet is { } children ? Count(children) : 0),
                    InlineFragmentNode inline => Count(inline.SelectionSet),
                    FragmentSpreadNode spread => SizeOf(spread.Name.Value),
                    _ => 0,
                };
                if (total >= cap)
                {
                    return cap;
                }
            }
            return total;
        }

        private long SizeOf(string fragment) => Measured(_sizes, fragments, fragment, Count);
    }

    /// <summary>A fragment's measure, taken once: validation refuses cycles and unknown fragments after this runs,
    /// meanwhile they measure nothing (default).</summary>
    private static T Measured<T>(Dictionary<string, T> measured, Dictionary<string, FragmentDefinitionNode> fragments,
        string fragment, Func<SelectionSetNode, T> measure) where T : struct
    {
        if (measured.TryGetValue(fragment, out var value))
        {
            return value;
        }
        measured[fragment] = default;
        value = fragments.TryGetValue(fragment, out var definition) ? measure(definition.SelectionSet) : default;
        measured[fragment] = value;
        return value;
    }
}
