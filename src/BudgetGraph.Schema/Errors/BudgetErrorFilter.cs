using System.Globalization;
using System.Text.RegularExpressions;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Errors;
using BudgetGraph.GraphSchema.Limits;
using ErrorCodes = BudgetGraph.GraphSchema.Errors.ErrorCodes;
using HotChocolate;
using HotChocolate.Execution;

namespace BudgetGraph.GraphSchema.Errors;

/// <summary>
/// Gives every error HotChocolate reports the API's Apollo-style <c>extensions.code</c> (<see cref="ErrorCodes"/>) in
/// place of HotChocolate's own (HC0014, HC0018…) or none, caps what its message echoes of the request
/// (<see cref="EchoedText"/>), and never lets an exception's details out.
/// </summary>
/// <remarks>
/// <para>
/// An error filter sees the error alone, not the phase that raised it, so the phase is read from the error's shape:
/// HotChocolate's parser errors carry HC0014, validation errors a <c>specifiedBy</c> link to the specification,
/// variable coercion errors an <c>inputPath</c> (or HC0018, a required variable missing), operation resolution errors
/// an <c>operationName</c>. Each rule below is pinned by BudgetGraph.Schema.Tests' ErrorCodeTests, which fail when an
/// upgrade changes a shape.
/// </para>
/// <para>
/// Of HotChocolate's own extensions only <c>specifiedBy</c> is kept: the others (<c>argumentValue</c>, <c>field</c>,
/// <c>variable</c>…) repeat what the client sent, uncapped. A <see cref="QueryInputException"/> keeps its public
/// extensions (and is BAD_USER_INPUT when it names no code); any other exception is an internal failure whose message
/// is replaced by <see cref="UnexpectedError"/>; the exception stays on the error (never in its extensions) for the
/// host to log and classify (a database outage answers 503).
/// </para>
/// </remarks>
/// <param name="limits">The limits, for the timeout's message.</param>
public sealed partial class BudgetErrorFilter(GraphQLLimitsOptions limits) : IErrorFilter
{
    /// <summary>The message of an internal failure (the old engine's wording).</summary>
    public const string UnexpectedError = "Unexpected error.";

    /// <summary>HotChocolate's code of a syntax error (its parser's <c>SyntaxException</c>).</summary>
    private const string HotChocolateSyntaxError = "HC0014";

    /// <summary>HotChocolate's code of a required variable without a value.</summary>
    private const string HotChocolateVariableRequired = "HC0018";

    /// <summary>HotChocolate's message of an operation deeper than its execution depth rule allows.</summary>
    [GeneratedRegex(@"^The GraphQL document has an execution depth of (\d+) which exceeds the max allowed execution depth of (\d+)\.$")]
    private static partial Regex ExecutionDepth();

    /// <summary>HotChocolate's code of an introspection query nested deeper than its introspection depth rule allows.</summary>
    private const string HotChocolateIntrospectionDepth = "HC0086";

    /// <summary>HotChocolate's code of its field cycle depth rule (a field coordinate recurring too often down one path).</summary>
    private const string HotChocolateFieldCycleDepth = "HC0087";

    /// <summary>HotChocolate's code of <c>__schema</c> or <c>__type</c> asked for while introspection is disabled.</summary>
    private const string HotChocolateIntrospectionNotAllowed = "HC0046";

    /// <summary>HotChocolate's parser messages for its token and field limits (the old engine said tokens for both).</summary>
    [GeneratedRegex(@"^(?:Syntax Error: )?(?:The GraphQL request document|Document) contains more than (\d+) (?:tokens|fields)\. Parsing aborted\.$")]
    private static partial Regex TokenLimit();

    /// <summary>HotChocolate's parser message for its nesting limit.</summary>
    [GeneratedRegex(@"^(?:Syntax Error: )?Document exceeds the maximum allowed recursion depth of (\d+)\. Parsing aborted\.$")]
    private static partial Regex NestingLimit();

    /// <summary>The introspection field HotChocolate refused (its <c>field</c> extension), <c>__schema</c> when it names none.</summary>
    private static string IntrospectionFieldOf(IError error) =>
        error.Extensions?.TryGetValue("field", out var field) == true && field?.ToString() is { Length: > 0 } name ? name : "__schema";

    /// <summary>Extensions our own errors set beside <c>code</c>; kept as they are.</summary>
    private static readonly string[] OwnExtensions = ["limit", "actual"];

    /// <inheritdoc />
    public IError OnError(IError error)
    {
        var (code, message, keep) = Classify(error);
        var builder = ErrorBuilder.FromError(error).SetMessage(EchoedText.Cap(message)).ClearExtensions().SetExtension("code", code);
        if (error.Exception is QueryInputException { Extensions: { } extensions })
        {
            foreach (var (key, value) in extensions)
            {
                builder.SetExtension(key, value);
            }
        }
        else if (keep && error.Extensions is { } own)
        {
            foreach (var key in OwnExtensions)
            {
                if (own.TryGetValue(key, out var value))
                {
                    builder.SetExtension(key, value);
                }
            }
            if (own.TryGetValue("specifiedBy", out var specifiedBy))
            {
                builder.SetExtension("specifiedBy", specifiedBy);
            }
        }
        if (code == ErrorCodes.Timeout && error.Code != ErrorCodes.Timeout)
        {
            builder.SetExtension("limit", limits.RequestTimeout.TotalMilliseconds);
        }
        else if (code == ErrorCodes.MaxExecutionDepth && ExecutionDepth().Match(error.Message) is { Success: true } depth)
        {
            builder.SetExtension("limit", int.Parse(depth.Groups[2].Value, CultureInfo.InvariantCulture))
                .SetExtension("actual", int.Parse(depth.Groups[1].Value, CultureInfo.InvariantCulture));
        }
        return builder.SetCode(code).Build();
    }

    /// <summary>The error's code and public message, and whether its own extensions may be kept.</summary>
    private (string Code, string Message, bool KeepExtensions) Classify(IError error)
    {
        if (error.Exception is QueryInputException input)
        {
            var code = input.Extensions?.TryGetValue("code", out var c) == true && c is string s ? s : ErrorCodes.BadUserInput;
            return (code, input.Message, false);
        }

        var extensions = error.Extensions;
        bool Has(string key) => extensions?.ContainsKey(key) == true;
        return error.Code switch
        {
            // Already ours (a limit, NOT_FOUND, TIMEOUT… set by this project's code).
            { } own when IsOurs(own) => (own, error.Message, true),
            // The parser's limits are syntax errors too; only their wording tells them apart.
            // HotChocolate's field limit is set to the token limit (a field takes a token), so either is MAX_TOKENS.
            HotChocolateSyntaxError when TokenLimit().Match(error.Message) is { Success: true } tokens =>
                (ErrorCodes.MaxTokens, $"Syntax Error: Document contains more than {tokens.Groups[1].Value} tokens. Parsing aborted.", false),
            HotChocolateSyntaxError when NestingLimit().Match(error.Message) is { Success: true } nesting =>
                (ErrorCodes.MaxDepth, $"Syntax Error: Document contains more than {nesting.Groups[1].Value} levels of nesting. Parsing aborted.", false),
            HotChocolateSyntaxError => (ErrorCodes.ParseFailed, error.Message, false),
            // HotChocolate's execution depth rule reports with no code: its wording carries the two depths.
            null when ExecutionDepth().Match(error.Message) is { Success: true } depth =>
                (ErrorCodes.MaxExecutionDepth, $"The operation is {depth.Groups[1].Value} fields deep; the limit is {depth.Groups[2].Value}.", false),
            // A GraphQLException of the shared code (a negative page size…): its message is public.
            _ when error.Exception is GraphQLException => (ErrorCodes.BadUserInput, error.Message, false),
            HotChocolate.ErrorCodes.Execution.CostExceeded => (ErrorCodes.MaxCost, error.Message, false),
            HotChocolateVariableRequired => (ErrorCodes.BadUserInput, error.Message, false),
            HotChocolateIntrospectionDepth => (ErrorCodes.MaxExecutionDepth, error.Message, false),
            // The same field met again and again down a path (children of children…): a list nested exponentially.
            HotChocolateFieldCycleDepth => (ErrorCodes.MaxCost, error.Message, false),
            // Introspection switched off (GraphQL:Introspection:Enabled): our code and words, naming the field refused.
            HotChocolateIntrospectionNotAllowed => (ErrorCodes.IntrospectionDisabled,
                $"Introspection is disabled on this server; \"{IntrospectionFieldOf(error)}\" cannot be queried.", false),
            HotChocolate.ErrorCodes.Execution.Timeout => (ErrorCodes.Timeout, TimeoutMessage(limits.RequestTimeout), false),
            _ when Has("specifiedBy") => (ErrorCodes.ValidationFailed, error.Message, true),
            // Coercion of a variable or literal (a scalar's exception may come with it: the message is the scalar's).
            _ when Has("inputPath") => (ErrorCodes.BadUserInput, error.Message, false),
            _ when error.Exception is not null => (ErrorCodes.InternalServerError, UnexpectedError, false),
            _ when Has("operationName") => (ErrorCodes.OperationResolutionFailure, error.Message, false),
            // Several operations and no name: HotChocolate points at the operations, with no code and no path.
            _ when error.Path is null && extensions is not { Count: > 0 } && error.Locations is { Count: > 1 } =>
                (ErrorCodes.OperationResolutionFailure, error.Message, false),
            // A request error of no known shape ("This GraphQL schema does not support `Mutation` operations."),
            // or a field error without an exception (a non-null field resolved to null: the server's fault).
            _ => error.Path is null ? (ErrorCodes.BadRequest, error.Message, false) : (ErrorCodes.InternalServerError, error.Message, false),
        };
    }

    /// <summary>The message of a request cancelled by <see cref="GraphQLLimitsOptions.RequestTimeout"/> (the old engine's wording).</summary>
    public static string TimeoutMessage(TimeSpan timeout) =>
        string.Create(CultureInfo.InvariantCulture, $"The request did not complete within {timeout.TotalSeconds:0.###} seconds and was cancelled.");

    /// <summary>Whether a code is one of ours: upper-case words joined by <c>_</c> (HotChocolate's have digits).</summary>
    public static bool IsOurs(string code) =>
        code.Length > 0 && code.All(ch => ch is (>= 'A' and <= 'Z') or '_');
}
