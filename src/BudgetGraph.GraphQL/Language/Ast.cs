namespace BudgetGraph.GraphQL.Language;

/// <summary>The kind of an AST node; names follow graphql-js's <c>Kind</c>.</summary>
public enum NodeKind
{
    Name, Document, OperationDefinition, VariableDefinition, Variable, SelectionSet, Field, Argument,
    FragmentSpread, InlineFragment, FragmentDefinition,
    IntValue, FloatValue, StringValue, BooleanValue, NullValue, EnumValue, ListValue, ObjectValue, ObjectField,
    Directive, NamedType, ListType, NonNullType,
    SchemaDefinition, OperationTypeDefinition, ScalarTypeDefinition, ObjectTypeDefinition, FieldDefinition,
    InputValueDefinition, InterfaceTypeDefinition, UnionTypeDefinition, EnumTypeDefinition, EnumValueDefinition,
    InputObjectTypeDefinition, DirectiveDefinition,
    SchemaExtension, ScalarTypeExtension, ObjectTypeExtension, InterfaceTypeExtension, UnionTypeExtension,
    EnumTypeExtension, InputObjectTypeExtension,
}

/// <summary>The three operation types.</summary>
public enum OperationType
{
    /// <summary><c>query</c></summary>
    Query,
    /// <summary><c>mutation</c></summary>
    Mutation,
    /// <summary><c>subscription</c></summary>
    Subscription,
}

/// <summary>Base of every AST node.</summary>
public abstract class Node
{
    /// <summary>The node's kind (for switch-based visitors).</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Where the node sits in its source.</summary>
    public Location Location { get; init; }

    /// <summary>The node printed as GraphQL text (graphql-js <c>print</c>).</summary>
    public override string ToString() => Printer.Print(this);
}

/// <summary>A name token.</summary>
public sealed class NameNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Name;
    /// <summary>The name.</summary>
    public required string Value { get; init; }
}

/// <summary>A whole document.</summary>
public sealed class DocumentNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Document;
    /// <summary>Top-level definitions in source order.</summary>
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
    /// <summary>Number of lexical tokens the parser read (for cost limits).</summary>
    public int TokenCount { get; init; }
}

/// <summary>Any top-level definition.</summary>
public abstract class DefinitionNode : Node
{
}

/// <summary>An operation or fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>Description (September 2025 spec allows descriptions on executable definitions).</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>Directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
    /// <summary>Selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>An operation.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationDefinition;
    /// <summary>query, mutation or subscription.</summary>
    public OperationType Operation { get; init; }
    /// <summary>Name, null for anonymous operations.</summary>
    public NameNode? Name { get; init; }
    /// <summary>Variable definitions.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = Array.Empty<VariableDefinitionNode>();
}

/// <summary>A variable definition <c>$name: Type = default @dir</c>.</summary>
public sealed class VariableDefinitionNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.VariableDefinition;
    /// <summary>Description.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>The variable.</summary>
    public required VariableNode Variable { get; init; }
    /// <summary>Its type.</summary>
    public required TypeNode Type { get; init; }
    /// <summary>Default value (constant).</summary>
    public ValueNode? DefaultValue { get; init; }
    /// <summary>Directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary>A selection set <c>{ ... }</c>.</summary>
public sealed class SelectionSetNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SelectionSet;
    /// <summary>Selections in order.</summary>
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract class SelectionNode : Node
{
    /// <summary>Directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary>A field selection.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;
    /// <summary>Alias.</summary>
    public NameNode? Alias { get; init; }
    /// <summary>Field name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = Array.Empty<ArgumentNode>();
    /// <summary>Sub-selections.</summary>
    public SelectionSetNode? SelectionSet { get; init; }
    /// <summary>The response key: alias if present, else name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary>An argument <c>name: value</c>.</summary>
public sealed class ArgumentNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Argument;
    /// <summary>Name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Value.</summary>
    public required ValueNode Value { get; init; }
}

/// <summary><c>...Name</c></summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;
    /// <summary>Fragment name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary><c>... on Type { }</c></summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InlineFragment;
    /// <summary>Type condition.</summary>
    public NamedTypeNode? TypeCondition { get; init; }
    /// <summary>Selections.</summary>
    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary><c>fragment Name on Type { }</c></summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;
    /// <summary>Name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Type condition.</summary>
    public required NamedTypeNode TypeCondition { get; init; }
}

/// <summary>Any value literal.</summary>
public abstract class ValueNode : Node
{
}

/// <summary><c>$name</c></summary>
public sealed class VariableNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Variable;
    /// <summary>Name without <c>$</c>.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>An integer literal (text kept as written).</summary>
public sealed class IntValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.IntValue;
    /// <summary>Literal text.</summary>
    public required string Value { get; init; }
}

/// <summary>A float literal (text kept as written).</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FloatValue;
    /// <summary>Literal text.</summary>
    public required string Value { get; init; }
}

/// <summary>A string or block string literal (value already unescaped/dedented).</summary>
public sealed class StringValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.StringValue;
    /// <summary>The string value.</summary>
    public required string Value { get; init; }
    /// <summary>Whether it was written as a block string.</summary>
    public bool Block { get; init; }
}

/// <summary><c>true</c> / <c>false</c></summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BooleanValue;
    /// <summary>Value.</summary>
    public bool Value { get; init; }
}

/// <summary><c>null</c></summary>
public sealed class NullValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>An enum value literal.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValue;
    /// <summary>Name.</summary>
    public required string Value { get; init; }
}

/// <summary><c>[a, b]</c></summary>
public sealed class ListValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListValue;
    /// <summary>Items.</summary>
    public required IReadOnlyList<ValueNode> Values { get; init; }
}

/// <summary><c>{ a: 1 }</c></summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectValue;
    /// <summary>Fields in order.</summary>
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

/// <summary>One field of an object literal.</summary>
public sealed class ObjectFieldNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectField;
    /// <summary>Name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Value.</summary>
    public required ValueNode Value { get; init; }
}

/// <summary><c>@name(args)</c></summary>
public sealed class DirectiveNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Directive;
    /// <summary>Name without <c>@</c>.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Arguments.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = Array.Empty<ArgumentNode>();
}

/// <summary>A type reference.</summary>
public abstract class TypeNode : Node
{
}

/// <summary>A named type reference.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NamedType;
    /// <summary>Name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary><c>[Type]</c></summary>
public sealed class ListTypeNode : TypeNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListType;
    /// <summary>Item type.</summary>
    public required TypeNode Type { get; init; }
}

/// <summary><c>Type!</c></summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NonNullType;
    /// <summary>Nullable inner type (named or list).</summary>
    public required TypeNode Type { get; init; }
}

/// <summary>Any type-system definition or extension.</summary>
public abstract class TypeSystemNode : DefinitionNode
{
    /// <summary>Directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary><c>schema { query: Q }</c></summary>
public sealed class SchemaDefinitionNode : TypeSystemNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaDefinition;
    /// <summary>Description.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>Root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = Array.Empty<OperationTypeDefinitionNode>();
}

/// <summary><c>extend schema</c></summary>
public sealed class SchemaExtensionNode : TypeSystemNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaExtension;
    /// <summary>Root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = Array.Empty<OperationTypeDefinitionNode>();
}

/// <summary><c>query: Query</c> inside a schema definition.</summary>
public sealed class OperationTypeDefinitionNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;
    /// <summary>Operation.</summary>
    public OperationType Operation { get; init; }
    /// <summary>Type.</summary>
    public required NamedTypeNode Type { get; init; }
}

/// <summary>A named type's definition or extension.</summary>
public abstract class TypeDefinitionOrExtensionNode : TypeSystemNode
{
    /// <summary>Type name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Whether this is an <c>extend</c> node.</summary>
    public abstract bool IsExtension { get; }
}

/// <summary>A named type definition (not an extension).</summary>
public abstract class TypeDefinitionNode : TypeDefinitionOrExtensionNode
{
    /// <summary>Description.</summary>
    public StringValueNode? Description { get; init; }
    /// <inheritdoc />
    public override bool IsExtension => false;
}

/// <summary>A named type extension.</summary>
public abstract class TypeExtensionNode : TypeDefinitionOrExtensionNode
{
    /// <inheritdoc />
    public override bool IsExtension => true;
}

/// <summary><c>scalar Name</c></summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

/// <summary><c>extend scalar Name @dir</c></summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

/// <summary>Common shape of object and interface definitions/extensions.</summary>
public interface IFieldsContainerNode
{
    /// <summary>Implemented interfaces.</summary>
    IReadOnlyList<NamedTypeNode> Interfaces { get; }
    /// <summary>Fields.</summary>
    IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary><c>type Name implements I { fields }</c></summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode, IFieldsContainerNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;
    /// <inheritdoc />
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();
    /// <inheritdoc />
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
}

/// <summary><c>extend type Name</c></summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode, IFieldsContainerNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;
    /// <inheritdoc />
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();
    /// <inheritdoc />
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
}

/// <summary><c>interface Name { fields }</c></summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode, IFieldsContainerNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;
    /// <inheritdoc />
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();
    /// <inheritdoc />
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
}

/// <summary><c>extend interface Name</c></summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode, IFieldsContainerNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;
    /// <inheritdoc />
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = Array.Empty<NamedTypeNode>();
    /// <inheritdoc />
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = Array.Empty<FieldDefinitionNode>();
}

/// <summary>A field definition.</summary>
public sealed class FieldDefinitionNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FieldDefinition;
    /// <summary>Description.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>Name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = Array.Empty<InputValueDefinitionNode>();
    /// <summary>Type.</summary>
    public required TypeNode Type { get; init; }
    /// <summary>Directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary>An argument or input field definition.</summary>
public sealed class InputValueDefinitionNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputValueDefinition;
    /// <summary>Description.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>Name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Type.</summary>
    public required TypeNode Type { get; init; }
    /// <summary>Default value.</summary>
    public ValueNode? DefaultValue { get; init; }
    /// <summary>Directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary><c>union U = A | B</c></summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;
    /// <summary>Member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = Array.Empty<NamedTypeNode>();
}

/// <summary><c>extend union U</c></summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeExtension;
    /// <summary>Member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = Array.Empty<NamedTypeNode>();
}

/// <summary><c>enum E { A B }</c></summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;
    /// <summary>Values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = Array.Empty<EnumValueDefinitionNode>();
}

/// <summary><c>extend enum E</c></summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeExtension;
    /// <summary>Values.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = Array.Empty<EnumValueDefinitionNode>();
}

/// <summary>One enum value definition.</summary>
public sealed class EnumValueDefinitionNode : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValueDefinition;
    /// <summary>Description.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>Name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Directives.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = Array.Empty<DirectiveNode>();
}

/// <summary><c>input I { fields }</c></summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;
    /// <summary>Fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = Array.Empty<InputValueDefinitionNode>();
}

/// <summary><c>extend input I</c></summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;
    /// <summary>Fields.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = Array.Empty<InputValueDefinitionNode>();
}

/// <summary><c>directive @name(args) repeatable on LOCATIONS</c></summary>
public sealed class DirectiveDefinitionNode : TypeSystemNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveDefinition;
    /// <summary>Description.</summary>
    public StringValueNode? Description { get; init; }
    /// <summary>Name.</summary>
    public required NameNode Name { get; init; }
    /// <summary>Arguments.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = Array.Empty<InputValueDefinitionNode>();
    /// <summary>Whether repeatable.</summary>
    public bool Repeatable { get; init; }
    /// <summary>Locations as names.</summary>
    public required IReadOnlyList<NameNode> Locations { get; init; }
}
