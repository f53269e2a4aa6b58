using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.4.1 Argument Names — <see href="https://spec.graphql.org/September2025/#sec-Argument-Names"/>:
/// "Every argument provided to a field or directive must be defined in the set of possible arguments of
/// that field or directive." Unknown fields and directives are left to their own rules.
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationVisitor
{
    private readonly IReadOnlyDictionary<string, DirectiveFacts> _directives;

    /// <summary>Creates the rule's visitor; directives defined in the document are taken into account.</summary>
    public KnownArgumentNamesRule(ValidationContext context) : base(context) =>
        _directives = DirectiveFacts.For(context.Schema, context.Document);

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        switch (node)
        {
            case DirectiveNode directive:
                if (_directives.TryGetValue(directive.Name.Value, out var facts))
                {
                    var known = facts.ArgumentNames;
                    foreach (var argument in directive.Arguments)
                    {
                        var argName = argument.Name.Value;
                        if (!known.Contains(argName))
                        {
                            var suggestion = Context.HideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(argName, known));
                            Report($"Unknown argument \"{argName}\" on directive \"@{directive.Name.Value}\"." + suggestion, argument);
                        }
                    }
                }
                // Directive arguments are fully checked here; the field branch below must not see them.
                return VisitorAction.Skip;
            case ArgumentNode argument when Context.Argument is null && Context.FieldDef is { } fieldDef:
            {
                var argName = argument.Name.Value;
                var suggestion = Context.HideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(argName, fieldDef.Arguments.Keys));
                Report($"Unknown argument \"{argName}\" on field \"{TypeRelations.FieldCoordinate(Context.ParentType, fieldDef)}\"." + suggestion, argument);
                return VisitorAction.Continue;
            }
            default:
                return VisitorAction.Continue;
        }
    }
}
