using System.Collections.ObjectModel;
using System.Linq.Expressions;

namespace BudgetGraph.GraphSchema.Shared;

/// <summary>
/// Composing the expression trees that EF Core translates to SQL: a lambda written once is inlined into another query
/// (a call to a compiled delegate would be evaluated on the client, or not translated at all).
/// </summary>
public static class Lambdas
{
    /// <summary>The body of <paramref name="lambda"/> with its i-th parameter replaced by <paramref name="arguments"/>[i].</summary>
    public static Expression Inline(LambdaExpression lambda, params Expression[] arguments) =>
        new Binder(lambda.Parameters, arguments).Visit(lambda.Body)!;

    private sealed class Binder(ReadOnlyCollection<ParameterExpression> parameters, Expression[] arguments) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            parameters.IndexOf(node) is var i and >= 0 ? arguments[i] : node;
    }
}
