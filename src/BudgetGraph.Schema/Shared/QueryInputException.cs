namespace BudgetGraph.GraphSchema;

/// <summary>
/// A request the schema refuses because of its input (an unknown cursor, too many filter conditions…). Thrown by the code
/// both engines share; each engine turns it into a GraphQL error with this message (public, tested word for word)
/// and these extensions.
/// </summary>
public sealed class QueryInputException(string message, IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    /// <summary>The Apollo-style code of a refused input.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>Public extensions of the error (e.g. <c>code</c>), or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; } = extensions;
}
