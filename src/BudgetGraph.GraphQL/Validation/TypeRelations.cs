using BudgetGraph.GraphQL.Introspection;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>
/// Type-system questions the validation rules ask: the field a selection targets (including the
/// meta-fields) and the coordinates (<c>Type.field</c>, <c>Type.field(arg:)</c>) graphql-js prints in
/// messages. Type references resolve with <see cref="Execution.VariableValues.TypeFromAst"/>; sub-typing and
/// overlap are in <see cref="TypeComparators"/>.
/// </summary>
public static class TypeRelations
{
    /// <summary>
    /// The field <paramref name="fieldName"/> of <paramref name="parentType"/>: <c>__typename</c> on every composite
    /// type, <c>__schema</c> and <c>__type</c> on the query root type only, otherwise a declared field.
    /// </summary>
    public static FieldDefinition? GetField(Schema schema, NamedType parentType, string fieldName)
    {
        switch (fieldName)
        {
            case "__typename":
                return IntrospectionTypes.TypeNameField;
            case "__schema":
                return ReferenceEquals(schema.QueryType, parentType) ? IntrospectionTypes.SchemaField : null;
            case "__type":
                return ReferenceEquals(schema.QueryType, parentType) ? IntrospectionTypes.TypeField : null;
        }
        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>Whether a field definition is one of the introspection meta-fields.</summary>
    public static bool IsMetaField(FieldDefinition field) => field.Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>graphql-js's name of a field in messages: <c>Type.field</c>, or <c>&lt;meta&gt;.__type</c> for meta-fields.</summary>
    public static string FieldCoordinate(NamedType? parentType, FieldDefinition field) =>
        (IsMetaField(field) || parentType is null ? "<meta>" : parentType.Name) + "." + field.Name;
}
