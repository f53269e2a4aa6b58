using System.Globalization;
using BudgetGraph.GraphSchema.Limits;
using HotChocolate;
using HotChocolate.Execution;
using HotChocolate.Language;
using HotChocolate.Types;
using ErrorCodes = BudgetGraph.GraphSchema.Errors.ErrorCodes;

namespace BudgetGraph.GraphSchema.Limits;

/// <summary>
/// Refuses a request whose arguments break a limit HotChocolate has no mechanism for (a request error: nothing runs):
/// a <c>first</c> or <c>last</c> over <see cref="GraphQLLimitsOptions.MaxPageSize"/> (<c>MAX_PAGE_SIZE</c>: cost
/// analysis reads them as slicing arguments but bounds no slicing argument), a list over
/// <see cref="GraphQLLimitsOptions.MaxListSize"/> at any depth of an argument (<c>MAX_LIST_SIZE</c>), a string holding
/// a NUL character (<c>BAD_USER_INPUT</c>: PostgreSQL refuses U+0000 in text, and nothing of the warehouse holds one).
/// Run on the validated document with the coerced variables (a variable's value, else its default); the messages are
/// the old engine's word for word. One error per argument; a list over the limit is never entered.
/// </summary>
internal sealed class ArgumentLimit(ISchemaDefinition schema, IVariableValueCollection? variables, int maxPageSize, int maxListSize)
{
    private readonly List<IError> _errors = [];

    /// <summary>The errors of the arguments over the limit, in document order; empty when every page fits.</summary>
    public static IReadOnlyList<IError> Check(ISchemaDefinition schema, DocumentNode document, IVariableValueCollection? variables, GraphQLLimitsOptions limits)
    {
        var check = new ArgumentLimit(schema, variables, limits.MaxPageSize, limits.MaxListSize);
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

    /// <summary>What is wrong with an argument: a list of <paramref name="Items"/> items at <paramref name="Path"/>, or a NUL there.</summary>
    private readonly record struct Problem(string Path, int Items, bool Nul);

    private void CheckArguments(FieldNode field, IComplexTypeDefinition parent, IOutputFieldDefinition definition)
    {
        foreach (var argument in field.Arguments)
        {
            var name = argument.Name.Value;
            if (!definition.Arguments.TryGetField(name, out var input))
            {
                continue;
            }
            var subject = $"Argument \"{name}\" of field \"{parent.Name}.{definition.Name}\"";
            if (name is "first" or "last" && Value(argument.Value) is { } size && size > maxPageSize)
            {
                _errors.Add(Error($"{subject} is {size.ToString(CultureInfo.InvariantCulture)}; the largest page size is {maxPageSize.ToString(CultureInfo.InvariantCulture)}.",
                    argument, ErrorCodes.MaxPageSize, maxPageSize, size));
            }
            else if (Inspect(Resolve(argument.Value), input.Type, name) is { } problem)
            {
                subject = $"Argument \"{problem.Path}\" of field \"{parent.Name}.{definition.Name}\"";
                _errors.Add(problem.Nul
                    ? Error($"{subject} contains a NUL character (U+0000), which no argument may contain.", argument, ErrorCodes.BadUserInput)
                    : Error($"{subject} has {problem.Items.ToString(CultureInfo.InvariantCulture)} items; the largest list size is {maxListSize.ToString(CultureInfo.InvariantCulture)}.",
                        argument, ErrorCodes.MaxListSize, maxListSize, problem.Items));
            }
        }
    }

    private static IError Error(string message, ISyntaxNode node, string code, long? limit = null, long? actual = null)
    {
        var builder = ErrorBuilder.New().SetMessage(message).AddLocation(node).SetExtension("code", code);
        if (limit is { } l && actual is { } a)
        {
            builder.SetExtension("limit", l).SetExtension("actual", a);
        }
        return builder.Build();
    }

    /// <summary>A variable's coerced value (its default when not given), else the value itself.</summary>
    private IValueNode Resolve(IValueNode value) =>
        value is VariableNode variable && variables is not null && variables.TryGetValue<IValueNode>(variable.Name.Value, out var coerced) ? coerced : value;

    private static string Item(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>The first problem of a value of <paramref name="type"/>, depth first; null when it has none.</summary>
    private Problem? Inspect(IValueNode value, IType type, string path)
    {
        var nullable = type.NullableType();
        switch (Resolve(value))
        {
            case StringValueNode text:
                return text.Value.Contains('\0') ? new Problem(path, 0, Nul: true) : null;
            case ListValueNode list when nullable.IsListType():
                if (list.Items.Count > maxListSize)
                {
                    return new Problem(path, list.Items.Count, Nul: false);
                }
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (Inspect(list.Items[i], nullable.ElementType(), Item(path, i)) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            case ObjectValueNode obj when nullable.NamedType() is IInputObjectTypeDefinition inputType:
                foreach (var field in obj.Fields)
                {
                    if (inputType.Fields.TryGetField(field.Name.Value, out var fieldDefinition)
                        && Inspect(field.Value, fieldDefinition.Type, path + "." + field.Name.Value) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            case var single and not ListValueNode when nullable.IsListType():
                // Input coercion makes a single value a list of one.
                return Inspect(single, nullable.ElementType(), path);
            default:
                return null;
        }
    }

    /// <summary>The page size an argument has in this request; null when absent, null-valued or not an Int (coercion reports those).</summary>
    private long? Value(IValueNode value) => Resolve(value) is IntValueNode literal
        && long.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}
