using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.8.5 All Variable Usages Are Allowed — <see href="https://spec.graphql.org/September2025/#sec-All-Variable-Usages-Are-Allowed"/>:
/// "Variable usages must be compatible with the arguments they are passed to." A nullable variable may fill
/// a non-null position only when the variable or the position has a default. A variable given as the field
/// of a OneOf Input Object must be non-nullable (graphql-js 17).
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationVisitor
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    /// <summary>Creates the rule's visitor.</summary>
    public VariablesInAllowedPositionRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        if (node is OperationDefinitionNode operation)
        {
            _definitions.Clear();
            foreach (var definition in operation.VariableDefinitions)
            {
                _definitions[definition.Variable.Name.Value] = definition;
            }
        }
        return VisitorAction.Continue;
    }

    /// <inheritdoc />
    public override VisitorAction Leave(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return VisitorAction.Continue;
        }
        var schema = Context.Schema;
        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType ||
                VariableValues.TypeFromAst(schema, definition.Type) is not { } variableType)
            {
                continue;
            }
            if (!IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.HasLocationDefaultValue))
            {
                Report($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
            }
            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                Report($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
            }
        }
        return VisitorAction.Continue;
    }

    /// <summary>The spec's IsVariableUsageAllowed.</summary>
    private static bool IsAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool hasLocationDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !hasLocationDefault)
            {
                return false;
            }
            return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }
        return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
