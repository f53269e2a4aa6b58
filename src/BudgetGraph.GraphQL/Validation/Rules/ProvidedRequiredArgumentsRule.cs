using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.4.3 Required Arguments — <see href="https://spec.graphql.org/September2025/#sec-Required-Arguments"/>:
/// "Arguments can be required. An argument is required if the argument type is non-null and does not have a
/// default value. Otherwise, the argument is optional." (An explicit null is judged by Values of Correct Type.)
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationVisitor
{
    private readonly IReadOnlyDictionary<string, DirectiveFacts> _directives;

    /// <summary>Creates the rule's visitor; directives defined in the document are taken into account.</summary>
    public ProvidedRequiredArgumentsRule(ValidationContext context) : base(context) =>
        _directives = DirectiveFacts.For(context.Schema, context.Document);

    /// <inheritdoc />
    public override VisitorAction Leave(Node node)
    {
        switch (node)
        {
            case FieldNode field when Context.FieldDef is { Arguments.Count: > 0 } fieldDef:
                foreach (var argument in fieldDef.Arguments.Values)
                {
                    if (ValueCoercion.IsRequired(argument) && !field.Arguments.Any(a => a.Name.Value == argument.Name))
                    {
                        var coordinate = TypeRelations.FieldCoordinate(Context.ParentType, fieldDef) + "(" + argument.Name + ":)";
                        Report($"Argument \"{coordinate}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                    }
                }
                break;
            case DirectiveNode directive when _directives.TryGetValue(directive.Name.Value, out var facts):
                foreach (var (name, type) in facts.RequiredArguments)
                {
                    if (!directive.Arguments.Any(a => a.Name.Value == name))
                    {
                        Report($"Argument \"@{directive.Name.Value}({name}:)\" of type \"{type}\" is required, but it was not provided.", directive);
                    }
                }
                break;
        }
        return VisitorAction.Continue;
    }
}
