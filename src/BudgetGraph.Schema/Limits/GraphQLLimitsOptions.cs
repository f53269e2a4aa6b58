namespace BudgetGraph.GraphSchema.Limits;

/// <summary>
/// The limits every GraphQL request must stay within, bound from the configuration section
/// <c>GraphQL:Limits</c> (<see cref="SectionName"/>). Each is checked before any resolver runs, except the
/// timeout, and each refusal is a GraphQL error whose <c>extensions.code</c> names the limit
/// (<see cref="BudgetGraph.GraphSchema.Errors.ErrorCodes"/>). Defaults follow public GraphQL APIs (GitHub: pages of at
/// most 100, at most 500,000 nodes per request).
/// </summary>
public sealed class GraphQLLimitsOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Limits";

    /// <summary>
    /// Most bytes of a POST body (<c>REQUEST_TOO_LARGE</c>, status 413). 1 MiB: a thousand times the size of
    /// a typical query with its variables, far below what would strain the parser.
    /// </summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>Most lexical tokens of a document (<c>MAX_TOKENS</c>); enough for GraphiQL's introspection query.</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>
    /// Most nesting levels the parser accepts: selection sets, list and object values, list types
    /// (<c>MAX_DEPTH</c>). It bounds the recursion of every later pass over the document.
    /// </summary>
    public int MaxDepth { get; set; } = 64;

    /// <summary>
    /// Most fields on one path from the root of the operation, fragments expanded (<c>MAX_EXECUTION_DEPTH</c>):
    /// <c>{ a { b } }</c> has depth 2. 15 admits graphql-js's introspection query (type depth 9).
    /// </summary>
    public int MaxExecutionDepth { get; set; } = 15;

    /// <summary>
    /// The largest type cost and field cost of HotChocolate's cost analysis (<c>MAX_COST</c>): the objects the response
    /// may hold, and the fields' weights, a list multiplying its selections by its page size (<c>@listSize</c>).
    /// </summary>
    public long MaxCost { get; set; } = 500_000;

    /// <summary>Largest <c>first</c> or <c>last</c> argument of a list field (<c>MAX_PAGE_SIZE</c>).</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>
    /// Most items of any list in an argument (<c>MAX_LIST_SIZE</c>): a literal or a variable's value, at any depth
    /// of an input object (<c>departmentCodes</c>, <c>ids</c>, <c>where.or</c>, <c>where.code.in</c>). 100, as
    /// <see cref="MaxPageSize"/>: a list argument names things a client already holds — the ids of one page, the
    /// departments of one chart — and every item may cost a SQL parameter and a row read (30,000 codes held SQLite
    /// for 7–8 s, over 32,766 it failed).
    /// </summary>
    public int MaxListSize { get; set; } = 100;

    /// <summary>
    /// The size assumed for a list field without a <c>first</c>/<c>last</c> argument (or <c>@listSize</c>) in the cost estimate.
    /// </summary>
    public int DefaultListSize { get; set; } = 20;

    /// <summary>
    /// Longest a request may execute (<c>TIMEOUT</c>). Its cancellation token is the one resolvers get, so
    /// it reaches the database query they await.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
