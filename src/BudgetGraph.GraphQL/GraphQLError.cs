using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL;

/// <summary>A line and column in a GraphQL source text, both 1-based as graphql-js reports them.</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// An error as it appears in a GraphQL response: a public message, the source locations it refers to,
/// the response path of the field that failed (for field errors) and optional extensions.
/// <see cref="OriginalException"/> keeps the underlying exception for server logs; it is never serialized.
/// </summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error that points at the given AST nodes (their start positions become locations).</summary>
    public GraphQLError(string message, IReadOnlyList<Node>? nodes = null, IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null, Exception? originalException = null)
    {
        Message = message;
        Nodes = nodes is { Count: > 0 } ? nodes : null;
        Path = path;
        Extensions = extensions;
        OriginalException = originalException;
        if (Nodes is not null)
        {
            List<SourceLocation>? locations = null;
            foreach (var node in Nodes)
            {
                if (node.Location.Source is { } source)
                {
                    (locations ??= new List<SourceLocation>(Nodes.Count)).Add(source.GetLocation(node.Location.Start));
                }
            }
            Locations = locations;
        }
    }

    /// <summary>Creates an error that points at one AST node.</summary>
    public GraphQLError(string message, Node node) : this(message, new[] { node })
    {
    }

    /// <summary>Creates an error at an explicit position of a source (syntax errors).</summary>
    public GraphQLError(string message, Source source, int position)
    {
        Message = message;
        Locations = new[] { source.GetLocation(position) };
        Source = source;
        Positions = new[] { position };
    }

    /// <summary>
    /// For a syntax error that is a parser limit (too many tokens, too deep) rather than a mistake in the
    /// document: which limit. Null for every other error. Lets a server give limit errors their own code
    /// without reading the message.
    /// </summary>
    public ParseLimit? ExceededLimit { get; init; }

    /// <summary>The public message, worded as graphql-js words it.</summary>
    public string Message { get; }

    /// <summary>Where in the request document the error applies; null when not tied to the document.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>The response path (field names/aliases as strings, list indices as ints) of a field error.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Additional public information (for example a machine-readable <c>code</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The AST nodes the error refers to, when known.</summary>
    public IReadOnlyList<Node>? Nodes { get; }

    /// <summary>The source of a syntax error.</summary>
    public Source? Source { get; }

    /// <summary>Character offsets of a syntax error in <see cref="Source"/>.</summary>
    public IReadOnlyList<int>? Positions { get; }

    /// <summary>The exception that caused this error (server-side only; never written to responses).</summary>
    public Exception? OriginalException { get; }

    /// <summary>A copy of this error with a response path attached.</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) =>
        new(Message, Nodes, path, Extensions, OriginalException);

    /// <inheritdoc />
    public override string ToString()
    {
        if (Locations is not { Count: > 0 })
        {
            return Message;
        }
        var l = Locations[0];
        return $"{Message} ({l.Line}:{l.Column})";
    }
}

/// <summary>
/// An exception whose message (and extensions) are safe to show to API clients. A resolver throws it to
/// produce a field error with that message; any other exception becomes "Unexpected error.".
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates a public error with an optional extensions map (e.g. <c>code</c>).</summary>
    public GraphQLException(string message, IReadOnlyDictionary<string, object?>? extensions = null, Exception? inner = null)
        : base(message, inner)
    {
        Extensions = extensions;
    }

    /// <summary>Public extensions written with the error.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}

/// <summary>A request-level failure carrying one or more GraphQL errors (syntax, validation, coercion).</summary>
public sealed class GraphQLErrorException : GraphQLException
{
    /// <summary>Wraps errors that end a request.</summary>
    public GraphQLErrorException(IReadOnlyList<GraphQLError> errors)
        : base(errors.Count > 0 ? errors[0].Message : "GraphQL error")
    {
        Errors = errors;
    }

    /// <summary>Wraps one error.</summary>
    public GraphQLErrorException(GraphQLError error) : this(new[] { error })
    {
    }

    /// <summary>The errors.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }
}
