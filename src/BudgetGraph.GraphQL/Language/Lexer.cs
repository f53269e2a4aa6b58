using System.Text;

namespace BudgetGraph.GraphQL.Language;

/// <summary>Lexical token kinds (graphql-js <c>TokenKind</c>).</summary>
public enum TokenKind
{
    SOF, EOF, Bang, Dollar, Amp, ParenL, ParenR, Spread, Colon, Equals, At, BracketL, BracketR, BraceL, Pipe, BraceR,
    Name, Int, Float, String, BlockString,
}

/// <summary>One lexical token: kind, character span, and the cooked value for names, numbers and strings.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, string? Value)
{
    /// <summary>How graphql-js describes a token kind in messages: punctuators quoted, others by name.</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.SOF => "<SOF>",
        TokenKind.EOF => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => kind.ToString(),
    };

    /// <summary>graphql-js <c>getTokenDesc</c>: kind plus the quoted value when there is one.</summary>
    public override string ToString() => Value is null ? Describe(Kind) : $"{Describe(Kind)} \"{Value}\"";
}

/// <summary>
/// The GraphQL lexer (spec section 2.1). It works on offsets into the source string and skips ignored
/// tokens (whitespace, line terminators, commas, comments, BOM); line/column come from <see cref="Source"/>.
/// Error messages are graphql-js's, prefixed "Syntax Error: " by <see cref="SyntaxError"/>.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;

    /// <summary>Creates a lexer over a source.</summary>
    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
    }

    /// <summary>The source.</summary>
    public Source Source { get; }

    /// <summary>Reads the next significant token at or after <paramref name="position"/>.</summary>
    public Token ReadToken(int position)
    {
        var body = _body;
        var length = body.Length;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                case '\n':
                case '\r':
                    position++;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!': return new Token(TokenKind.Bang, position, position + 1, null);
                case '$': return new Token(TokenKind.Dollar, position, position + 1, null);
                case '&': return new Token(TokenKind.Amp, position, position + 1, null);
                case '(': return new Token(TokenKind.ParenL, position, position + 1, null);
                case ')': return new Token(TokenKind.ParenR, position, position + 1, null);
                case '.':
                {
                    var next = CharAt(position + 1);
                    if (next == '.' && CharAt(position + 2) == '.')
                    {
                        return new Token(TokenKind.Spread, position, position + 3, null);
                    }
                    if (next == '.')
                    {
                        throw SyntaxError.At(Source, position, "Unexpected \"..\", did you mean \"...\"?");
                    }
                    if (IsDigit(next))
                    {
                        var end = ReadDigits(position + 1, next);
                        throw SyntaxError.At(Source, position,
                            $"Invalid number, expected digit before \".\", did you mean \"0.{body.Substring(position + 1, end - position - 1)}\"?");
                    }
                    break;
                }
                case ':': return new Token(TokenKind.Colon, position, position + 1, null);
                case '=': return new Token(TokenKind.Equals, position, position + 1, null);
                case '@': return new Token(TokenKind.At, position, position + 1, null);
                case '[': return new Token(TokenKind.BracketL, position, position + 1, null);
                case ']': return new Token(TokenKind.BracketR, position, position + 1, null);
                case '{': return new Token(TokenKind.BraceL, position, position + 1, null);
                case '|': return new Token(TokenKind.Pipe, position, position + 1, null);
                case '}': return new Token(TokenKind.BraceR, position, position + 1, null);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }
            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }
            if (IsNameStart(code))
            {
                return ReadName(position);
            }
            throw SyntaxError.At(Source, position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : !char.IsSurrogate(code) || IsSupplementaryCodePoint(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }
        return new Token(TokenKind.EOF, length, length, null);
    }

    private int CharAt(int position) => position < _body.Length ? _body[position] : -1;

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>NameStart :: Letter | <c>_</c></summary>
    internal static bool IsNameStart(int c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';

    /// <summary>NameContinue :: Letter | Digit | <c>_</c></summary>
    internal static bool IsNameContinue(int c) => IsNameStart(c) || IsDigit(c);

    private bool IsSupplementaryCodePoint(int position) =>
        position + 1 < _body.Length && char.IsHighSurrogate(_body[position]) && char.IsLowSurrogate(_body[position + 1]);

    /// <summary>graphql-js <c>printCodePointAt</c>: <c>&lt;EOF&gt;</c>, a quoted printable ASCII char, or U+XXXX.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }
        int code = IsSupplementaryCodePoint(position) ? char.ConvertToUtf32(_body[position], _body[position + 1]) : _body[position];
        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }
        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Comment :: <c>#</c> CommentChar* (ends at a line terminator or a non-scalar code unit).</summary>
    private int SkipComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }
            if (!char.IsSurrogate(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }
        return position;
    }

    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, <c>.</c>, NameStart}];
    /// FloatValue :: IntegerPart FractionalPart ExponentPart | IntegerPart FractionalPart | IntegerPart ExponentPart.
    /// </summary>
    private Token ReadNumber(int start, int code)
    {
        var position = start;
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }
        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw SyntaxError.At(Source, position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code is '+' or '-')
            {
                code = CharAt(++position);
            }
            position = ReadDigits(position, code);
            code = CharAt(position);
        }
        if (code == '.' || IsNameStart(code))
        {
            throw SyntaxError.At(Source, position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw SyntaxError.At(Source, start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }
        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }
        return position;
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue]</summary>
    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }
        return new Token(TokenKind.Name, start, position, NameTable.Get(body, start, position - start));
    }

    /// <summary>
    /// StringValue :: <c>"</c> StringCharacter* <c>"</c>; StringCharacter :: SourceCharacter but not <c>"</c>
    /// or <c>\</c> or LineTerminator | <c>\u</c> EscapedUnicode | <c>\</c> EscapedCharacter.
    /// </summary>
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                string result;
                if (value is null)
                {
                    result = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    result = value.ToString();
                }
                return new Token(TokenKind.String, start, position + 1, result);
            }
            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                int size;
                if (CharAt(position + 1) == 'u')
                {
                    size = CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value);
                }
                else
                {
                    size = ReadEscapedCharacter(position, value);
                }
                position += size;
                chunkStart = position;
                continue;
            }
            if (code is '\n' or '\r')
            {
                break;
            }
            position = StepStringCharacter(position);
        }
        throw SyntaxError.At(Source, position, "Unterminated string.");
    }

    /// <summary>Moves past one SourceCharacter of a string (a surrogate pair counts as one); lone surrogates are invalid.</summary>
    private int StepStringCharacter(int position)
    {
        if (!char.IsSurrogate(_body[position]))
        {
            return position + 1;
        }
        if (IsSupplementaryCodePoint(position))
        {
            return position + 2;
        }
        throw SyntaxError.At(Source, position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>EscapedUnicode :: <c>{</c> HexDigit+ <c>}</c> (a Unicode scalar value).</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }
                value.Append(char.ConvertFromUtf32(point));
                return size;
            }
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }
        throw SyntaxError.At(Source, position,
            $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    /// <summary>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit (a surrogate pair must be two escapes).</summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }
        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }
        throw SyntaxError.At(Source, position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private string Slice(int start, int end) => _body.Substring(start, Math.Min(end, _body.Length) - start);

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12) | (ReadHexDigit(CharAt(position + 1)) << 8) |
        (ReadHexDigit(CharAt(position + 2)) << 4) | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    /// <summary>EscapedCharacter :: one of <c>" \ / b f n r t</c></summary>
    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char c;
        switch (CharAt(position + 1))
        {
            case '"': c = '"'; break;
            case '\\': c = '\\'; break;
            case '/': c = '/'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            default:
                throw SyntaxError.At(Source, position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }
        value.Append(c);
        return 2;
    }

    /// <summary>
    /// BlockString :: <c>"""</c> BlockStringCharacter* <c>"""</c>; the raw lines are dedented per the
    /// spec's BlockStringValue() algorithm; <c>\"""</c> is the only escape.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                return new Token(TokenKind.BlockString, start, position + 3, BlockString.Dedent(lines));
            }
            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }
            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }
            position = StepStringCharacter(position);
        }
        throw SyntaxError.At(Source, position, "Unterminated string.");
    }
}

/// <summary>Creates syntax errors worded like graphql-js's <c>syntaxError</c>.</summary>
public static class SyntaxError
{
    /// <summary>An exception carrying "Syntax Error: {description}" at a source position.</summary>
    public static GraphQLErrorException At(Source source, int position, string description) =>
        new(new GraphQLError("Syntax Error: " + description, source, position));

    /// <summary>The same, for a document that exceeds one of the parser's limits.</summary>
    public static GraphQLErrorException LimitAt(Source source, int position, ParseLimit limit, string description) =>
        new(new GraphQLError("Syntax Error: " + description, source, position) { ExceededLimit = limit });
}

/// <summary>The parser's limits on a document (<see cref="ParserOptions"/>).</summary>
public enum ParseLimit
{
    /// <summary><see cref="ParserOptions.MaxTokens"/>: the number of lexical tokens.</summary>
    Tokens,
    /// <summary><see cref="ParserOptions.MaxDepth"/>: the nesting of selections, values and types.</summary>
    Depth,
}

/// <summary>
/// A small shared table of name strings so that repeated names (field names in big documents) do not
/// allocate a new string each time. Lock-free: a racy slot overwrite only costs a re-allocation.
/// </summary>
internal static class NameTable
{
    private const int Size = 4096;
    private static readonly string?[] Slots = new string?[Size];

    public static string Get(string body, int start, int length)
    {
        if (length > 32)
        {
            return body.Substring(start, length);
        }
        var span = body.AsSpan(start, length);
        var hash = string.GetHashCode(span) & (Size - 1);
        var existing = Slots[hash];
        if (existing is not null && span.SequenceEqual(existing))
        {
            return existing;
        }
        var created = span.ToString();
        Slots[hash] = created;
        return created;
    }
}
