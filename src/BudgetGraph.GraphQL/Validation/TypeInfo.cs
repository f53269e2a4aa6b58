using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>
/// Tracks, during a depth-first walk of an executable document, the schema element each node refers to:
/// the output type and parent composite type of fields, the field definition, the directive, the argument,
/// the expected input type (and the one around it) of values, whether that position has a default value,
/// and the enum value of enum literals (graphql-js <c>TypeInfo</c>).
/// </summary>
/// <remarks>
/// Every stack entry may be null: an unknown field or type leaves a hole, and the rules treat a hole as
/// "nothing to check here" so that one mistake is reported once, by the rule that owns it.
/// <see cref="Enter"/> must be called before a node's children and <see cref="Leave"/> after them.
/// </remarks>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = new();
    private readonly List<NamedType?> _parentTypeStack = new();
    private readonly List<GraphQLType?> _inputTypeStack = new();
    private readonly List<FieldDefinition?> _fieldDefStack = new();
    private readonly List<bool> _defaultValueStack = new();

    /// <summary>Creates type information for walks of documents against <paramref name="schema"/>.</summary>
    public TypeInfo(Schema schema) => _schema = schema;

    /// <summary>The output type of the current field, fragment or operation.</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current value position.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type around the current one (the list type of a list item, the input object of a field).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>Whether the argument or input field of the current value position declares a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    /// <summary>The directive being walked.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The argument definition being walked.</summary>
    public InputValue? Argument { get; private set; }

    /// <summary>The enum value of the current enum literal.</summary>
    public EnumValue? EnumValue { get; private set; }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    /// <summary>Updates the state on entering <paramref name="node"/>.</summary>
    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
            {
                var named = Type?.NamedType;
                _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
                break;
            }
            case FieldNode field:
            {
                var parent = ParentType;
                var fieldDef = parent is null ? null : TypeRelations.GetField(_schema, parent, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef is { Type.IsOutputType: true } ? fieldDef.Type : null);
                break;
            }
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
            {
                var type = inline.TypeCondition is { } condition
                    ? VariableValues.TypeFromAst(_schema, condition)
                    : Type?.NamedType;
                _typeStack.Add(type is { IsOutputType: true } ? type : null);
                break;
            }
            case FragmentDefinitionNode fragment:
            {
                var type = VariableValues.TypeFromAst(_schema, fragment.TypeCondition);
                _typeStack.Add(type is { IsOutputType: true } ? type : null);
                break;
            }
            case VariableDefinitionNode variable:
            {
                var type = VariableValues.TypeFromAst(_schema, variable.Type);
                _inputTypeStack.Add(type is { IsInputType: true } ? type : null);
                break;
            }
            case ArgumentNode argument:
            {
                InputValue? argDef = null;
                if (Directive is { } directive)
                {
                    argDef = directive.Arguments.TryGetValue(argument.Name.Value, out var a) ? a : null;
                }
                else if (FieldDef is { } fieldDef)
                {
                    argDef = fieldDef.Arguments.TryGetValue(argument.Name.Value, out var a) ? a : null;
                }
                Argument = argDef;
                _defaultValueStack.Add(argDef is { HasDefaultValue: true });
                _inputTypeStack.Add(argDef is { Type.IsInputType: true } ? argDef.Type : null);
                break;
            }
            case ListValueNode:
            {
                var listType = InputType?.Nullable as ListType;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(listType?.OfType);
                break;
            }
            case ObjectFieldNode objectField:
            {
                InputValue? inputField = null;
                if (InputType?.NamedType is InputObjectType inputObject)
                {
                    inputField = inputObject.Fields.TryGetValue(objectField.Name.Value, out var f) ? f : null;
                }
                _defaultValueStack.Add(inputField is { HasDefaultValue: true });
                _inputTypeStack.Add(inputField is { Type.IsInputType: true } ? inputField.Type : null);
                break;
            }
            case EnumValueNode enumValue:
                EnumValue = InputType?.NamedType is EnumType enumType && enumType.Values.TryGetValue(enumValue.Value, out var ev) ? ev : null;
                break;
        }
    }

    /// <summary>Restores the state on leaving <paramref name="node"/>.</summary>
    public void Leave(Node node)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case NodeKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case NodeKind.Directive:
                Directive = null;
                break;
            case NodeKind.OperationDefinition:
            case NodeKind.InlineFragment:
            case NodeKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case NodeKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case NodeKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.ListValue:
            case NodeKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case NodeKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
