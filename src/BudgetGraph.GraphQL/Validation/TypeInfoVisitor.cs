using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Validation;

/// <summary>
/// Runs a visitor with a <see cref="TypeInfo"/> kept in step (graphql-js <c>visitWithTypeInfo</c>): the type
/// information is updated before the inner visitor enters a node and after it leaves it, so the inner
/// visitor sees the same state the validation rules see.
/// </summary>
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
            // A skipped node is not left by the walker (and a break ends the walk), so undo its type info now.
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
