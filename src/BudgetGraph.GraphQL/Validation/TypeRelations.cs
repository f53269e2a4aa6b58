using System.Runtime.CompilerServices;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>
/// Type-system questions the validation rules ask: the type a type reference names, the field a selection
/// targets (including the meta-fields), sub-typing and overlap of composite types, and the coordinates
/// (<c>Type.field</c>, <c>Type.field(arg:)</c>) graphql-js prints in messages.
/// </summary>
public static class TypeRelations
{
    private static readonly ConditionalWeakTable<Schema, MetaFieldSet> MetaFieldsBySchema = new();

    /// <summary>The type a type reference denotes in <paramref name="schema"/>, or null when its named type is unknown.</summary>
    public static GraphQLType? FromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>
    /// The field <paramref name="fieldName"/> of <paramref name="parentType"/>: <c>__typename</c> on every composite
    /// type, <c>__schema</c> and <c>__type</c> on the query root type only, otherwise a declared field.
    /// </summary>
    public static FieldDefinition? GetField(Schema schema, NamedType parentType, string fieldName)
    {
        switch (fieldName)
        {
            case "__typename":
                return MetaFields(schema).TypeName;
            case "__schema":
                return ReferenceEquals(schema.QueryType, parentType) ? MetaFields(schema).Schema : null;
            case "__type":
                return ReferenceEquals(schema.QueryType, parentType) ? MetaFields(schema).Type : null;
        }
        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>Whether a field definition is one of the introspection meta-fields.</summary>
    public static bool IsMetaField(FieldDefinition field) => field.Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>graphql-js's name of a field in messages: <c>Type.field</c>, or <c>&lt;meta&gt;.__type</c> for meta-fields.</summary>
    public static string FieldCoordinate(NamedType? parentType, FieldDefinition field) =>
        (IsMetaField(field) || parentType is null ? "<meta>" : parentType.Name) + "." + field.Name;

    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected
    /// (graphql-js <c>isTypeSubTypeOf</c>).
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }
            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is not NonNullType subNonNull)
                {
                    return false;
                }
                (maybeSubType, superType) = (subNonNull.OfType, superNonNull.OfType);
                continue;
            }
            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }
            if (superType is ListType superList)
            {
                if (maybeSubType is not ListType subList)
                {
                    return false;
                }
                (maybeSubType, superType) = (subList.OfType, superList.OfType);
                continue;
            }
            if (maybeSubType is ListType)
            {
                return false;
            }
            return superType.IsAbstractType && maybeSubType is ComplexType complex &&
                schema.IsSubType((NamedType)superType, complex);
        }
    }

    /// <summary>
    /// Whether two composite types share at least one possible object type (graphql-js <c>doTypesOverlap</c>).
    /// </summary>
    public static bool DoTypesOverlap(Schema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }
        if (typeA.IsAbstractType)
        {
            if (typeB.IsAbstractType)
            {
                foreach (var possible in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, possible))
                    {
                        return true;
                    }
                }
                return false;
            }
            return schema.IsSubType(typeA, typeB);
        }
        return typeB.IsAbstractType && schema.IsSubType(typeB, typeA);
    }

    private static MetaFieldSet MetaFields(Schema schema) => MetaFieldsBySchema.GetValue(schema, s => new MetaFieldSet(s));

    /// <summary>
    /// The three meta-fields of a schema. Their types come from the schema's own introspection types so that
    /// sub-selections on <c>__schema</c>/<c>__type</c> are checked against them.
    /// </summary>
    private sealed class MetaFieldSet
    {
        public MetaFieldSet(Schema schema)
        {
            TypeName = new FieldDefinition("__typename", new NonNullType(Scalars.String));
            var schemaType = schema.GetType("__Schema") ?? new ObjectType("__Schema");
            Schema = new FieldDefinition("__schema", new NonNullType(schemaType));
            Type = new FieldDefinition("__type", schema.GetType("__Type") ?? new ObjectType("__Type"));
            Type.Arguments["name"] = new InputValue("name", new NonNullType(Scalars.String));
        }

        public FieldDefinition TypeName { get; }
        public FieldDefinition Schema { get; }
        public FieldDefinition Type { get; }
    }
}
