using System.Globalization;
using BudgetGraph.Api.Limits;
using HotChocolate;
using HotChocolate.Execution;
using HotChocolate.Language;
using HotChocolate.Types;
using ErrorCodes = BudgetGraph.Api.Http.ErrorCodes;

namespace BudgetGraph.GraphSchema.Limits;

/// <summary>
/// Refuses a request whose <c>first</c> or <c>last</c> argument exceeds <see cref="GraphQLLimitsOptions.MaxPageSize"/>
/// (<c>MAX_PAGE_SIZE</c>, a request error: nothing runs). HotChocolate's cost analysis reads <c>first</c>/<c>last</c>
/// as slicing arguments but has no bound for them, so the bound is this check, run on the validated document with the
/// coerced variables (a variable's value, else its default). The message is the old engine's word for word.
/// </summary>
internal sealed class PageSizeLimit(ISchemaDefinition schema, IVariableValueCollection? variables, int maxPageSize)
{
    private readonly List<IError> _errors = [];

    /// <summary>The errors of the arguments over the limit, in document order; empty when every page fits.</summary>
    public static IReadOnlyList<IError> Check(ISchemaDefinition schema, DocumentNode document, IVariableValueCollection? variables, int maxPageSize)
    {
        var check = new PageSizeLimit(schema, variables, maxPageSize);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation when schema.GetOperationType(operation.Operation) is { } root:
                    check.Walk(operation.SelectionSet, root);
                    break;
                case FragmentDefinitionNode fragment when schema.Types.TryGetType(fragment.TypeCondition.Name.Value, out var type):
                    check.Walk(fragment.SelectionSet, type);
                    break;
            }
        }
        return check._errors;
    }

    private void Walk(SelectionSetNode selections, ITypeDefinition parent)
    {
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case FieldNode field when parent is IComplexTypeDefinition complex && complex.Fields.TryGetField(field.Name.Value, out var definition):
                    CheckArguments(field, complex, definition);
                    if (field.SelectionSet is { } children)
                    {
                        Walk(children, definition.Type.NamedType());
                    }
                    break;
                case InlineFragmentNode inline:
                    Walk(inline.SelectionSet,
                        inline.TypeCondition is { } condition && schema.Types.TryGetType(condition.Name.Value, out var type) ? type : parent);
                    break;
            }
        }
    }

    private void CheckArguments(FieldNode field, IComplexTypeDefinition parent, IOutputFieldDefinition definition)
    {
        foreach (var argument in field.Arguments)
        {
            var name = argument.Name.Value;
            if (name is not ("first" or "last") || !definition.Arguments.ContainsName(name) || Value(argument.Value) is not { } size
                || size <= maxPageSize)
            {
                continue;
            }
            _errors.Add(ErrorBuilder.New()
                .SetMessage($"Argument \"{name}\" of field \"{parent.Name}.{definition.Name}\" is {size.ToString(CultureInfo.InvariantCulture)}; the largest page size is {maxPageSize.ToString(CultureInfo.InvariantCulture)}.")
                .AddLocation(argument)
                .SetExtension("code", ErrorCodes.MaxPageSize)
                .SetExtension("limit", maxPageSize)
                .SetExtension("actual", size)
                .Build());
        }
    }

    /// <summary>The page size an argument has in this request; null when absent, null-valued or not an Int (coercion reports those).</summary>
    private long? Value(IValueNode value) => value switch
    {
        IntValueNode literal when long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        VariableNode variable when variables is not null && variables.TryGetValue<IValueNode>(variable.Name.Value, out var coerced) => Value(coerced),
        _ => null,
    };
}
