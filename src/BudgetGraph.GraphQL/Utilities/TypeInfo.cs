using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Introspection;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Utilities;

/// <summary>
/// Tracks the schema types around the current node during a traversal (graphql-js <c>TypeInfo</c>): the
/// parent composite type, the current output type, field definition, directive, argument, input type and
/// enum value. Use <see cref="TypeInfoVisitor"/> to keep it in step with another visitor.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = new();
    private readonly List<NamedType?> _parentTypeStack = new();
    private readonly List<GraphQLType?> _inputTypeStack = new();
    private readonly List<FieldDefinition?> _fieldDefStack = new();
    private readonly List<InputValue?> _defaultValueStack = new();

    /// <summary>Creates type info for a schema.</summary>
    public TypeInfo(Schema schema) => _schema = schema;

    /// <summary>The output type of the current node (field type, fragment type, root type).</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set contains the current node.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The expected input type at the current value or argument.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type of the enclosing list or object value.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDefinition => Top(_fieldDefStack);

    /// <summary>The input value (argument or input field) whose default applies at the current value.</summary>
    public InputValue? DefaultValueOwner => Top(_defaultValueStack);

    /// <summary>The current directive's definition.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The current argument's definition.</summary>
    public InputValue? Argument { get; private set; }

    /// <summary>The current enum value's definition.</summary>
    public EnumValue? EnumValue { get; private set; }

    private static T? Top<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    /// <summary>The field definition a field node selects on a parent type, including meta fields.</summary>
    public static FieldDefinition? GetFieldDefinition(Schema schema, NamedType parentType, FieldNode node)
    {
        var name = node.Name.Value;
        if (name == "__schema" && ReferenceEquals(schema.QueryType, parentType))
        {
            return IntrospectionTypes.SchemaField;
        }
        if (name == "__type" && ReferenceEquals(schema.QueryType, parentType))
        {
            return IntrospectionTypes.TypeField;
        }
        if (name == "__typename" && parentType.IsCompositeType)
        {
            return IntrospectionTypes.TypeNameField;
        }
        return parentType is ComplexType complex ? complex.GetField(name) : null;
    }

    /// <summary>Updates the state on entering a node.</summary>
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
                var definition = parent is null ? null : GetFieldDefinition(_schema, parent, field);
                _fieldDefStack.Add(definition);
                _typeStack.Add(definition?.Type is { IsOutputType: true } t ? t : null);
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
                var type = inline.TypeCondition is { } condition ? VariableValues.TypeFromAst(_schema, condition) : Type?.NamedType;
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
                InputValue? definition = null;
                if (Directive is { } d)
                {
                    d.Arguments.TryGetValue(argument.Name.Value, out definition);
                }
                else if (FieldDefinition is { } f)
                {
                    f.Arguments.TryGetValue(argument.Name.Value, out definition);
                }
                Argument = definition;
                _defaultValueStack.Add(definition);
                _inputTypeStack.Add(definition?.Type is { IsInputType: true } t ? t : null);
                break;
            }
            case ListValueNode:
            {
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            }
            case ObjectFieldNode objectField:
            {
                InputValue? inputField = null;
                if (InputType?.NamedType is InputObjectType io)
                {
                    io.Fields.TryGetValue(objectField.Name.Value, out inputField);
                }
                _defaultValueStack.Add(inputField);
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } t ? t : null);
                break;
            }
            case EnumValueNode enumValue:
                EnumValue = InputType?.NamedType is EnumType e && e.Values.TryGetValue(enumValue.Value, out var value) ? value : null;
                break;
        }
    }

    /// <summary>Updates the state on leaving a node.</summary>
    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}

/// <summary>Runs a visitor with a <see cref="TypeInfo"/> kept in step (graphql-js <c>visitWithTypeInfo</c>).</summary>
public sealed class TypeInfoVisitor(TypeInfo typeInfo, AstVisitor inner) : AstVisitor
{
    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        typeInfo.Enter(node);
        inner.AncestorStack.Clear();
        inner.AncestorStack.AddRange(AncestorStack);
        var action = inner.Enter(node);
        if (action != VisitorAction.Continue)
        {
            // A skipped node is not left by the walker, so undo its type info now.
            typeInfo.Leave(node);
        }
        return action;
    }

    /// <inheritdoc />
    public override VisitorAction Leave(Node node)
    {
        inner.AncestorStack.Clear();
        inner.AncestorStack.AddRange(AncestorStack);
        var action = inner.Leave(node);
        typeInfo.Leave(node);
        return action;
    }
}
