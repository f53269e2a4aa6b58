using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.2.3.1 Lone Anonymous Operation — <see href="https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation"/>:
/// "GraphQL allows a short-hand form for defining query operations when only that one operation exists in
/// the document."
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationVisitor
{
    private int _operationCount;

    /// <summary>Creates the rule's visitor.</summary>
    public LoneAnonymousOperationRule(ValidationContext context) : base(context)
    {
    }

    /// <inheritdoc />
    public override VisitorAction Enter(Node node)
    {
        switch (node)
        {
            case DocumentNode document:
                _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                break;
            case OperationDefinitionNode { Name: null } operation when _operationCount > 1:
                Report("This anonymous operation must be the only defined operation.", operation);
                break;
        }
        return VisitorAction.Continue;
    }
}
