namespace BudgetGraph.GraphQL.Types;

/// <summary>Type relations used by schema and document validation (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>Whether two type references are the same.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => GraphQLType.AreEqual(a, b);

    /// <summary>Whether <paramref name="maybeSubType"/> may be used where <paramref name="superType"/> is expected (covariance).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }
        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }
        if (maybeSubType is NonNullType nn)
        {
            return IsTypeSubTypeOf(schema, nn.OfType, superType);
        }
        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }
        if (maybeSubType is ListType)
        {
            return false;
        }
        return superType.IsAbstractType && maybeSubType is InterfaceType or ObjectType &&
               schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether two composite types have a possible runtime type in common.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var type in schema.GetPossibleTypes(a))
                {
                    if (schema.IsSubType(b, type))
                    {
                        return true;
                    }
                }
                return false;
            }
            return schema.IsSubType(a, b);
        }
        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
