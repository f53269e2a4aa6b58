using System.Linq.Expressions;

namespace BudgetGraph.GraphSchema.Filtering;

/// <summary>
/// Combines many conditions into one expression tree of logarithmic depth. A left-deep chain
/// (<c>((a || b) || c) || …</c>) of n conditions is n levels deep, and EF Core walks query trees recursively
/// (hashing for its query cache, translating, generating SQL): a client's list of 10,000 codes or <c>or</c>
/// branches then overflows the stack and kills the process, which no exception handler can catch. Balanced,
/// 10,000 conditions are 14 levels deep. <c>&amp;&amp;</c> and <c>||</c> are associative, so the result is the same.
/// </summary>
public static class BalancedExpression
{
    /// <summary>
    /// <paramref name="parts"/> combined with <paramref name="op"/> as a balanced tree, or null when there are none.
    /// </summary>
    public static Expression? Combine(IReadOnlyList<Expression> parts, Func<Expression, Expression, BinaryExpression> op) =>
        parts.Count == 0 ? null : Combine(parts, 0, parts.Count, op);

    private static Expression Combine(IReadOnlyList<Expression> parts, int start, int count, Func<Expression, Expression, BinaryExpression> op)
    {
        if (count == 1)
        {
            return parts[start];
        }
        var half = count / 2;
        return op(Combine(parts, start, half, op), Combine(parts, start + half, count - half, op));
    }
}

/// <summary>
/// The bound on the conditions of one filter argument. EF Core prints a chain of one operator without
/// parentheses (<c>a OR b OR c …</c>) whatever the tree's shape, and the database parses it one level per
/// operator: SQLite refuses more than 1,000 levels (SQLITE_MAX_EXPR_DEPTH), an internal error to the client.
/// Bounding each argument (<c>where</c>, <c>includeCodes</c>, <c>excludeCodes</c>) at <see cref="Max"/> keeps
/// every statement (they are combined with AND) well within that, and refuses a longer one as the client's error.
/// </summary>
public static class FilterConditions
{
    /// <summary>The most conditions (comparisons joined by and/or) one filter argument may have.</summary>
    public const int Max = 250;

    /// <summary>Throws a <c>BAD_USER_INPUT</c> error when <paramref name="count"/> exceeds <see cref="Max"/>.</summary>
    public static void Check(int count, string argument)
    {
        if (count > Max)
        {
            throw new QueryInputException(
                $"Argument \"{argument}\" has {count} conditions; at most {Max} are allowed.",
                new Dictionary<string, object?> { ["code"] = QueryInputException.BadUserInput, ["limit"] = Max, ["actual"] = count });
        }
    }

    /// <summary>The conditions of a predicate: one more than its and/or operators.</summary>
    public static int Count(Expression predicate)
    {
        var counter = new Counter();
        counter.Visit(predicate);
        return counter.Operators + 1;
    }

    private sealed class Counter : ExpressionVisitor
    {
        public int Operators { get; private set; }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.AndAlso or ExpressionType.OrElse)
            {
                Operators++;
            }
            return base.VisitBinary(node);
        }
    }
}
