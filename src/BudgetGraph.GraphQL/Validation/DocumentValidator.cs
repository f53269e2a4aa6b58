using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Validation.Rules;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>Options for document validation.</summary>
public sealed record ValidationOptions
{
    /// <summary>The defaults: graphql-js's rules, at most 100 errors, suggestions shown.</summary>
    public static readonly ValidationOptions Default = new();

    /// <summary>Most errors reported before validation stops (graphql-js default 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leave "Did you mean ...?" suggestions out of messages (they reveal schema names).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>Whether <c>field { }</c> is accepted on composite fields (graphql-js default true).</summary>
    public bool AllowEmptySelectionSets { get; init; } = true;

    /// <summary>The rules to run; null means <see cref="DocumentValidator.SpecifiedRules"/>.</summary>
    public IReadOnlyList<ValidationRule>? Rules { get; init; }

    /// <summary>Rules run in addition to <see cref="Rules"/> (for example a server's own limits).</summary>
    public IReadOnlyList<ValidationRule> AdditionalRules { get; init; } = Array.Empty<ValidationRule>();
}

/// <summary>
/// Validates executable documents against a schema (specification section 5, as graphql-js 17.1.0 does it:
/// same rules, same messages, same locations).
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// The rules of the specification's section 5 plus graphql-js's recommended MaxIntrospectionDepth rule,
    /// in graphql-js's order (errors come out in rule order per node).
    /// </summary>
    public static IReadOnlyList<ValidationRule> SpecifiedRules { get; } = new ValidationRule[]
    {
        c => new ExecutableDefinitionsRule(c),
        c => new KnownOperationTypesRule(c),
        c => new UniqueOperationNamesRule(c),
        c => new LoneAnonymousOperationRule(c),
        c => new SingleFieldSubscriptionsRule(c),
        c => new KnownTypeNamesRule(c),
        c => new FragmentsOnCompositeTypesRule(c),
        c => new VariablesAreInputTypesRule(c),
        c => new ScalarLeafsRule(c),
        c => new FieldsOnCorrectTypeRule(c),
        c => new UniqueFragmentNamesRule(c),
        c => new KnownFragmentNamesRule(c),
        c => new NoUnusedFragmentsRule(c),
        c => new PossibleFragmentSpreadsRule(c),
        c => new NoFragmentCyclesRule(c),
        c => new UniqueVariableNamesRule(c),
        c => new NoUndefinedVariablesRule(c),
        c => new NoUnusedVariablesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new KnownArgumentNamesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new ValuesOfCorrectTypeRule(c),
        c => new ProvidedRequiredArgumentsRule(c),
        c => new VariablesInAllowedPositionRule(c),
        c => new OverlappingFieldsCanBeMergedRule(c),
        c => new UniqueInputFieldNamesRule(c),
        c => new MaxIntrospectionDepthRule(c),
    };

    /// <summary>
    /// Returns the validation errors of a document; empty when valid. An invalid schema yields the schema's
    /// own errors (graphql-js refuses to validate against an invalid schema).
    /// </summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var schemaErrors = schema.Validate();
        if (schemaErrors.Count > 0)
        {
            return schemaErrors;
        }
        options ??= ValidationOptions.Default;
        var context = new ValidationContext(schema, document, options);
        var rules = (options.Rules ?? SpecifiedRules).Concat(options.AdditionalRules).Select(rule => rule(context));
        var walker = new ValidationWalker(context, rules);
        try
        {
            walker.Visit(document);
        }
        catch (ValidationAbortedException aborted)
        {
            context.AddAbortError(aborted.Message);
        }
        catch (InsufficientExecutionStackException)
        {
            // Rules that follow fragment chains recurse; an absurdly long chain ends validation cleanly
            // instead of overflowing the stack (which would end the process).
            context.AddAbortError("Validation aborted.");
        }
        return context.Errors;
    }
}
