namespace BudgetGraph.GraphQL.Language;

/// <summary>
/// Limits that keep parsing safe on hostile input. Exceeding one is an ordinary syntax error, and because
/// nesting is bounded no document can exhaust the stack in the parser or in later recursive passes.
/// </summary>
public sealed record ParserOptions
{
    /// <summary>Defaults: 15,000 tokens, nesting depth 200, empty selection sets allowed (as graphql-js 17).</summary>
    public static readonly ParserOptions Default = new();

    /// <summary>Most lexical tokens (EOF excluded) a document may contain; null for no limit.</summary>
    public int? MaxTokens { get; init; } = 15000;

    /// <summary>Most nested selection sets, list/object values and list types; always bounded.</summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Whether <c>{}</c> parses (graphql-js 17 allows it; validation may still reject it).</summary>
    public bool AllowEmptySelectionSets { get; init; } = true;

    /// <summary>Whether nodes keep their locations (always on; kept for parity with graphql-js options).</summary>
    public bool NoLocation { get; init; }
}

/// <summary>
/// Recursive-descent parser for the full GraphQL grammar (September 2025 edition): executable documents
/// and type-system documents, extensions, descriptions. Errors match graphql-js's messages.
/// </summary>
public sealed class Parser
{
    private readonly Lexer _lexer;
    private readonly Source _source;
    private readonly ParserOptions _options;
    private Token _token;
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        _source = source;
        _lexer = new Lexer(source);
        _options = options ?? ParserOptions.Default;
        _token = new Token(TokenKind.SOF, 0, 0, null);
    }

    /// <summary>Parses a document. Throws <see cref="GraphQLErrorException"/> with one syntax error.</summary>
    public static DocumentNode Parse(string text, ParserOptions? options = null) => Parse(new Source(text), options);

    /// <inheritdoc cref="Parse(string, ParserOptions?)"/>
    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal (variables allowed), e.g. for tools and tests.</summary>
    public static ValueNode ParseValue(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.SOF);
        var value = parser.ParseValueLiteral(false);
        parser.ExpectToken(TokenKind.EOF);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[Int!]!</c>.</summary>
    public static TypeNode ParseType(string text, ParserOptions? options = null)
    {
        var parser = new Parser(new Source(text), options);
        parser.ExpectToken(TokenKind.SOF);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EOF);
        return type;
    }

    private Location Loc(int start) => new(start, _lastEnd, _source);

    /// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = Loc(token.Start) };
    }

    /// <summary>Document : Definition+</summary>
    private DocumentNode ParseDocument()
    {
        var start = _token.Start;
        var definitions = Many(TokenKind.SOF, ParseDefinition, TokenKind.EOF);
        return new DocumentNode { Definitions = definitions, Location = Loc(start), TokenCount = _tokenCount };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension;
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition;
    /// TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw SyntaxError.At(_source, _token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }
            if (hasDescription)
            {
                throw SyntaxError.At(_source, _token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    /// <summary>
    /// OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token.Start;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = selectionSet, Location = Loc(start) };
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        NameNode? name = null;
        if (Peek(TokenKind.Name))
        {
            name = ParseName();
        }
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(false);
        var set = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description, Operation = operation, Name = name, VariableDefinitions = variables,
            Directives = directives, SelectionSet = set, Location = Loc(start),
        };
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        return (IReadOnlyList<VariableDefinitionNode>?)OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR) ?? Array.Empty<VariableDefinitionNode>();
    }

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = null;
        if (ExpectOptionalToken(TokenKind.Equals))
        {
            defaultValue = ParseValueLiteral(true);
        }
        var directives = ParseDirectives(true);
        return new VariableDefinitionNode
        {
            Description = description, Variable = variable, Type = type, DefaultValue = defaultValue,
            Directives = directives, Location = Loc(start),
        };
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = _token.Start;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Location = Loc(start) };
    }

    /// <summary>SelectionSet : { Selection+ } (graphql-js 17 also accepts <c>{}</c> unless disabled)</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token.Start;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var selections = new List<SelectionNode>();
        if (_options.AllowEmptySelectionSets)
        {
            while (!ExpectOptionalToken(TokenKind.BraceR))
            {
                selections.Add(ParseSelection());
            }
        }
        else
        {
            do
            {
                selections.Add(ParseSelection());
            }
            while (!ExpectOptionalToken(TokenKind.BraceR));
        }
        _depth--;
        return new SelectionSetNode { Selections = selections, Location = Loc(start) };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        var start = _token.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }
        var arguments = ParseArguments(false);
        var directives = ParseDirectives(false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias, Name = name, Arguments = arguments, Directives = directives, SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return Array.Empty<ArgumentNode>();
        }
        var list = new List<ArgumentNode>();
        do
        {
            list.Add(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));
        return list;
    }

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _token.Start;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode { Name = name, Value = value, Location = Loc(start) };
    }

    /// <summary>
    /// FragmentSpread : ... FragmentName Directives?;
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _token.Start;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(false);
            return new FragmentSpreadNode { Name = name, Directives = spreadDirectives, Location = Loc(start) };
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(false);
        var set = ParseSelectionSet();
        return new InlineFragmentNode { TypeCondition = typeCondition, Directives = directives, SelectionSet = set, Location = Loc(start) };
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(false);
        var set = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description, Name = name, TypeCondition = typeCondition, Directives = directives,
            SelectionSet = set, Location = Loc(start),
        };
    }

    /// <summary>FragmentName : Name but not <c>on</c></summary>
    private NameNode ParseFragmentName()
    {
        if (_token.Kind == TokenKind.Name && _token.Value == "on")
        {
            throw Unexpected(_token);
        }
        return ParseName();
    }

    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue |
    /// EnumValue | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode { Value = token.Value!, Location = Loc(token.Start) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode { Value = token.Value!, Location = Loc(token.Start) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token.Start) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token.Start) },
                    "null" => new NullValueNode { Location = Loc(token.Start) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(token.Start) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (_token.Kind == TokenKind.Name)
                    {
                        throw SyntaxError.At(_source, token.Start, $"Unexpected variable \"${_token.Value}\" in constant value.");
                    }
                    throw Unexpected(token);
                }
                return ParseVariable();
            default:
                throw Unexpected(_token);
        }
    }

    /// <summary>StringValue (also used for descriptions)</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode { Value = token.Value!, Block = token.Kind == TokenKind.BlockString, Location = Loc(token.Start) };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _token.Start;
        EnterNesting();
        ExpectToken(TokenKind.BracketL);
        var values = new List<ValueNode>();
        while (!ExpectOptionalToken(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }
        _depth--;
        return new ListValueNode { Values = values, Location = Loc(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token.Start;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var fields = new List<ObjectFieldNode>();
        while (!ExpectOptionalToken(TokenKind.BraceR))
        {
            fields.Add(ParseObjectField(isConst));
        }
        _depth--;
        return new ObjectValueNode { Fields = fields, Location = Loc(start) };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = _token.Start;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = Loc(start) };
    }

    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return Array.Empty<DirectiveNode>();
        }
        var list = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            list.Add(ParseDirective(isConst));
        }
        return list;
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = _token.Start;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = Loc(start) };
    }

    /// <summary>Type : NamedType | ListType | NonNullType; ListType : [ Type ]; NonNullType : NamedType ! | ListType !</summary>
    private TypeNode ParseTypeReference()
    {
        var start = _token.Start;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            _depth--;
            type = new ListTypeNode { Type = inner, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }
        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = Loc(start) };
        }
        return type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _token.Start;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = Loc(start) };
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var types = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode { Description = description, Directives = directives, OperationTypes = types, Location = Loc(start) };
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _token.Start;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = Loc(start) };
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description, Name = name, Interfaces = interfaces ?? Array.Empty<NamedTypeNode>(),
            Directives = directives, Fields = fields ?? Array.Empty<FieldDefinitionNode>(), Location = Loc(start),
        };
    }

    /// <summary>ImplementsInterfaces : ImplementsInterfaces &amp; NamedType | implements &amp;? NamedType</summary>
    private IReadOnlyList<NamedTypeNode>? ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return null;
        }
        var list = DelimitedMany(TokenKind.Amp, ParseNamedType);
        return list;
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode>? ParseFieldsDefinition()
    {
        return OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(true);
        return new FieldDefinitionNode
        {
            Description = description, Name = name, Arguments = arguments, Type = type, Directives = directives,
            Location = Loc(start),
        };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefs()
    {
        return (IReadOnlyList<InputValueDefinitionNode>?)OptionalMany(TokenKind.ParenL, ParseInputValueDef, TokenKind.ParenR) ?? Array.Empty<InputValueDefinitionNode>();
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDef()
    {
        var start = _token.Start;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        ValueNode? defaultValue = null;
        if (ExpectOptionalToken(TokenKind.Equals))
        {
            defaultValue = ParseValueLiteral(true);
        }
        var directives = ParseDirectives(true);
        return new InputValueDefinitionNode
        {
            Description = description, Name = name, Type = type, DefaultValue = defaultValue, Directives = directives,
            Location = Loc(start),
        };
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description, Name = name, Interfaces = interfaces ?? Array.Empty<NamedTypeNode>(),
            Directives = directives, Fields = fields ?? Array.Empty<FieldDefinitionNode>(), Location = Loc(start),
        };
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode
        {
            Description = description, Name = name, Directives = directives, Types = types ?? Array.Empty<NamedTypeNode>(),
            Location = Loc(start),
        };
    }

    /// <summary>UnionMemberTypes : UnionMemberTypes | NamedType | = |? NamedType</summary>
    private IReadOnlyList<NamedTypeNode>? ParseUnionMemberTypes()
    {
        if (!ExpectOptionalToken(TokenKind.Equals))
        {
            return null;
        }
        var list = DelimitedMany(TokenKind.Pipe, ParseNamedType);
        return list;
    }

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode
        {
            Description = description, Name = name, Directives = directives,
            Values = values ?? Array.Empty<EnumValueDefinitionNode>(), Location = Loc(start),
        };
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode>? ParseEnumValuesDefinition()
    {
        return OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);
    }

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?; EnumValue : Name but not true, false or null</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        if (_token.Kind == TokenKind.Name && _token.Value is "true" or "false" or "null")
        {
            throw SyntaxError.At(_source, _token.Start, $"{_token} is reserved and cannot be used for an enum value.");
        }
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode
        {
            Description = description, Name = name, Directives = directives,
            Fields = fields ?? Array.Empty<InputValueDefinitionNode>(), Location = Loc(start),
        };
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode>? ParseInputFieldsDefinition()
    {
        return OptionalMany(TokenKind.BraceL, ParseInputValueDef, TokenKind.BraceR);
    }

    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension</summary>
    private DefinitionNode ParseTypeSystemExtension()
    {
        var keyword = Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectOrInterfaceExtension(isObject: true);
                case "interface": return ParseObjectOrInterfaceExtension(isObject: false);
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keyword);
    }

    /// <summary>
    /// SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } |
    /// extend schema Directives[Const] [lookahead != {]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        List<OperationTypeDefinitionNode>? types = null;
        types = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        if (directives.Count == 0 && types is null)
        {
            throw Unexpected(_token);
        }
        return new SchemaExtensionNode
        {
            Directives = directives, OperationTypes = types ?? (IReadOnlyList<OperationTypeDefinitionNode>)Array.Empty<OperationTypeDefinitionNode>(),
            Location = Loc(start),
        };
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        if (directives.Count == 0)
        {
            throw Unexpected(_token);
        }
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>
    /// ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (or without fields, with directives or interfaces);
    /// InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (same alternatives)
    /// </summary>
    private TypeExtensionNode ParseObjectOrInterfaceExtension(bool isObject)
    {
        var start = _token.Start;
        ExpectKeyword("extend");
        ExpectKeyword(isObject ? "type" : "interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = ParseFieldsDefinition();
        if (interfaces is null && directives.Count == 0 && fields is null)
        {
            throw Unexpected(_token);
        }
        if (isObject)
        {
            return new ObjectTypeExtensionNode
            {
                Name = name, Interfaces = interfaces ?? Array.Empty<NamedTypeNode>(), Directives = directives,
                Fields = fields ?? Array.Empty<FieldDefinitionNode>(), Location = Loc(start),
            };
        }
        return new InterfaceTypeExtensionNode
        {
            Name = name, Interfaces = interfaces ?? Array.Empty<NamedTypeNode>(), Directives = directives,
            Fields = fields ?? Array.Empty<FieldDefinitionNode>(), Location = Loc(start),
        };
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types is null)
        {
            throw Unexpected(_token);
        }
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types ?? Array.Empty<NamedTypeNode>(), Location = Loc(start) };
    }

    /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values is null)
        {
            throw Unexpected(_token);
        }
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values ?? Array.Empty<EnumValueDefinitionNode>(), Location = Loc(start) };
    }

    /// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields is null)
        {
            throw Unexpected(_token);
        }
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields ?? Array.Empty<InputValueDefinitionNode>(), Location = Loc(start) };
    }

    /// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _token.Start;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        var directives = ParseDirectives(true);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode
        {
            Description = description, Name = name, Arguments = arguments, Directives = directives, Repeatable = repeatable,
            Locations = locations, Location = Loc(start),
        };
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = _token;
        var name = ParseName();
        if (Types.DirectiveLocations.TryParse(name.Value, out _))
        {
            return name;
        }
        throw Unexpected(start);
    }

    /// <summary>graphql-js <c>optionalMany</c>: open item+ close, or null when the open token is absent.</summary>
    private List<T>? OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close) =>
        ExpectOptionalToken(open) ? ManyAfterOpen(parse, close) : null;

    /// <summary>graphql-js <c>many</c>: open item+ close.</summary>
    private List<T> Many<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        ExpectToken(open);
        return ManyAfterOpen(parse, close);
    }

    private List<T> ManyAfterOpen<T>(Func<T> parse, TokenKind close)
    {
        var list = new List<T>();
        do
        {
            list.Add(parse());
        }
        while (!ExpectOptionalToken(close));
        return list;
    }

    /// <summary>graphql-js <c>delimitedMany</c>: delimiter? item (delimiter item)*.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parse)
    {
        ExpectOptionalToken(delimiter);
        var list = new List<T>();
        do
        {
            list.Add(parse());
        }
        while (ExpectOptionalToken(delimiter));
        return list;
    }

    // ---- token helpers -------------------------------------------------------------------------------

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw SyntaxError.LimitAt(_source, _token.Start, ParseLimit.Depth,
                $"Document contains more than {_options.MaxDepth} levels of nesting. Parsing aborted.");
        }
    }

    private Token Lookahead() => _token.Kind == TokenKind.EOF ? _token : _lexer.ReadToken(_token.End);

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = _token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }
        throw SyntaxError.At(_source, token.Start, $"Expected {Token.Describe(kind)}, found {token}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_token.Kind == kind)
        {
            Advance();
            return true;
        }
        return false;
    }

    private void ExpectKeyword(string value)
    {
        if (_token.Kind == TokenKind.Name && _token.Value == value)
        {
            Advance();
            return;
        }
        throw SyntaxError.At(_source, _token.Start, $"Expected \"{value}\", found {_token}.");
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (_token.Kind == TokenKind.Name && _token.Value == value)
        {
            Advance();
            return true;
        }
        return false;
    }

    private GraphQLErrorException Unexpected(Token token) =>
        SyntaxError.At(_source, token.Start, $"Unexpected {token}.");

    private void Advance()
    {
        _lastEnd = _token.End;
        if (_token.Kind == TokenKind.EOF)
        {
            return;
        }
        var token = _lexer.ReadToken(_token.End);
        _token = token;
        if (token.Kind != TokenKind.EOF)
        {
            ++_tokenCount;
            if (_options.MaxTokens is { } max && _tokenCount > max)
            {
                throw SyntaxError.LimitAt(_source, token.Start, ParseLimit.Tokens, $"Document contains more than {max} tokens. Parsing aborted.");
            }
        }
    }
}
