using BudgetGraph.GraphQL.Language;

namespace BudgetGraph.GraphQL.Types;

/// <summary>Options for building a schema from SDL.</summary>
public sealed record SdlBuildOptions
{
    /// <summary>Scalar implementations to use for scalars the SDL declares by name (e.g. <c>Decimal</c>).</summary>
    public IReadOnlyDictionary<string, ScalarType> Scalars { get; init; } = new Dictionary<string, ScalarType>();

    /// <summary>Parser options for the SDL text.</summary>
    public ParserOptions Parser { get; init; } = new() { MaxTokens = null, MaxDepth = 1000 };
}

/// <summary>
/// Builds a schema from SDL (graphql-js <c>buildSchema</c>): definitions, extensions, the schema definition
/// (or the default root names Query/Mutation/Subscription), custom directives, descriptions, @deprecated,
/// @specifiedBy and @oneOf. Fields without resolvers read the parent's property of the same name; abstract
/// types resolve from a <c>__typename</c> property. Resolvers can be attached to the returned types.
/// </summary>
public static class SdlSchemaBuilder
{
    /// <summary>Parses SDL and builds the schema. Throws <see cref="GraphQLErrorException"/> on errors.</summary>
    public static Schema Build(string sdl, SdlBuildOptions? options = null)
    {
        options ??= new SdlBuildOptions();
        return Build(Parser.Parse(new Source(sdl, "schema"), options.Parser), options);
    }

    /// <summary>Builds a schema from a parsed SDL document.</summary>
    public static Schema Build(DocumentNode document, SdlBuildOptions? options = null)
    {
        options ??= new SdlBuildOptions();
        var builder = new Builder(options);
        return builder.Build(document);
    }

    private sealed class Builder(SdlBuildOptions options)
    {
        private readonly Dictionary<string, NamedType> _types = new();
        private readonly List<NamedType> _order = new();
        private readonly Dictionary<string, DirectiveDefinition> _directives = new();
        private readonly List<GraphQLError> _errors = new();

        public Schema Build(DocumentNode document)
        {
            SchemaDefinitionNode? schemaDefinition = null;
            var schemaExtensions = new List<SchemaExtensionNode>();
            var typeDefinitions = new List<TypeDefinitionNode>();
            var extensions = new Dictionary<string, List<TypeExtensionNode>>();
            var directiveDefinitions = new List<DirectiveDefinitionNode>();
            foreach (var definition in document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode s:
                        if (schemaDefinition is not null)
                        {
                            _errors.Add(new GraphQLError("Must provide only one schema definition.", s));
                        }
                        schemaDefinition = s;
                        break;
                    case SchemaExtensionNode se:
                        schemaExtensions.Add(se);
                        break;
                    case TypeDefinitionNode t:
                        typeDefinitions.Add(t);
                        break;
                    case TypeExtensionNode te:
                        if (!extensions.TryGetValue(te.Name.Value, out var list))
                        {
                            extensions[te.Name.Value] = list = new List<TypeExtensionNode>();
                        }
                        list.Add(te);
                        break;
                    case DirectiveDefinitionNode d:
                        directiveDefinitions.Add(d);
                        break;
                    default:
                        _errors.Add(new GraphQLError("Executable definitions are not allowed in a schema document.", definition));
                        break;
                }
            }

            foreach (var definition in typeDefinitions)
            {
                var name = definition.Name.Value;
                if (_types.ContainsKey(name) || Scalars.IsSpecified(name) && definition is not ScalarTypeDefinitionNode)
                {
                    _errors.Add(new GraphQLError($"There can be only one type named \"{name}\".", definition.Name));
                    continue;
                }
                var type = CreateShell(definition);
                _types[name] = type;
                _order.Add(type);
            }
            foreach (var (name, list) in extensions)
            {
                if (!_types.ContainsKey(name) && Scalars.GetSpecified(name) is null)
                {
                    _errors.Add(new GraphQLError($"Cannot extend type \"{name}\" because it is not defined.", list[0].Name));
                }
            }
            foreach (var definition in directiveDefinitions)
            {
                var directive = new DirectiveDefinition(definition.Name.Value, ParseLocations(definition.Locations), definition.Repeatable)
                {
                    Description = definition.Description?.Value,
                    AstNode = definition,
                    DeprecationReason = DeprecationReason(definition.Directives),
                };
                if (!_directives.TryAdd(directive.Name, directive))
                {
                    _errors.Add(new GraphQLError($"There can be only one directive named \"@{directive.Name}\".", definition.Name));
                }
            }
            ThrowIfErrors();

            foreach (var definition in typeDefinitions)
            {
                if (_types.TryGetValue(definition.Name.Value, out var type) && ReferenceEquals(type.AstNode, definition))
                {
                    Fill(type, definition, extensions.TryGetValue(type.Name, out var list) ? list : new List<TypeExtensionNode>());
                }
            }
            foreach (var definition in directiveDefinitions)
            {
                var directive = _directives[definition.Name.Value];
                foreach (var argument in definition.Arguments)
                {
                    directive.Arguments[argument.Name.Value] = BuildInputValue(argument);
                }
            }
            ThrowIfErrors();

            var operationTypes = (schemaDefinition?.OperationTypes ?? Enumerable.Empty<OperationTypeDefinitionNode>())
                .Concat(schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
            ObjectType? query, mutation, subscription;
            if (schemaDefinition is not null || operationTypes.Count > 0)
            {
                query = RootType(operationTypes, OperationType.Query);
                mutation = RootType(operationTypes, OperationType.Mutation);
                subscription = RootType(operationTypes, OperationType.Subscription);
            }
            else
            {
                query = _types.GetValueOrDefault("Query") as ObjectType;
                mutation = _types.GetValueOrDefault("Mutation") as ObjectType;
                subscription = _types.GetValueOrDefault("Subscription") as ObjectType;
            }
            ThrowIfErrors();

            // graphql-js: the SDL's directives, then the specified ones it does not redefine.
            var directives = _directives.Values.Concat(BuiltInDirectives.All.Where(d => !_directives.ContainsKey(d.Name))).ToList();

            var schema = new Schema(query, mutation, subscription, _order, directives, schemaDefinition?.Description?.Value)
            {
                AstNode = schemaDefinition,
            };
            schema.ExtensionAstNodes.AddRange(schemaExtensions);
            return schema;
        }

        private ObjectType? RootType(List<OperationTypeDefinitionNode> nodes, OperationType operation)
        {
            var node = nodes.LastOrDefault(n => n.Operation == operation);
            if (node is null)
            {
                return null;
            }
            var type = Resolve(node.Type.Name);
            if (type is ObjectType o)
            {
                return o;
            }
            if (type is not null)
            {
                var op = Printer.OperationName(operation);
                _errors.Add(new GraphQLError(operation == OperationType.Query
                    ? $"Query root type must be Object type, it cannot be {type.Name}."
                    : $"{char.ToUpperInvariant(op[0])}{op[1..]} root type must be Object type if provided, it cannot be {type.Name}.", node.Type));
            }
            return null;
        }

        private void ThrowIfErrors()
        {
            if (_errors.Count > 0)
            {
                throw new GraphQLErrorException(_errors.ToList());
            }
        }

        private NamedType CreateShell(TypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            NamedType type = definition switch
            {
                ScalarTypeDefinitionNode => Scalars.GetSpecified(name) ?? (options.Scalars.TryGetValue(name, out var custom) ? custom : new CustomScalarType(name)),
                ObjectTypeDefinitionNode => new ObjectType(name),
                InterfaceTypeDefinitionNode => new InterfaceType(name),
                UnionTypeDefinitionNode => new UnionType(name),
                EnumTypeDefinitionNode => new EnumType(name),
                InputObjectTypeDefinitionNode => new InputObjectType(name),
                _ => throw new ArgumentOutOfRangeException(nameof(definition)),
            };
            if (!Scalars.IsSpecified(name))
            {
                type.AstNode = definition;
                type.Description = definition.Description?.Value ?? type.Description;
            }
            return type;
        }

        private static IEnumerable<DirectiveLocation> ParseLocations(IEnumerable<NameNode> names)
        {
            foreach (var name in names)
            {
                if (DirectiveLocations.TryParse(name.Value, out var location))
                {
                    yield return location;
                }
            }
        }

        private NamedType? Resolve(NameNode name)
        {
            if (_types.TryGetValue(name.Value, out var type))
            {
                return type;
            }
            if (Scalars.GetSpecified(name.Value) is { } scalar)
            {
                return scalar;
            }
            if (Introspection.IntrospectionTypes.Get(name.Value) is { } introspection)
            {
                return introspection;
            }
            _errors.Add(new GraphQLError($"Unknown type: \"{name.Value}\".", name));
            return null;
        }

        private GraphQLType ResolveType(TypeNode node) => node switch
        {
            NamedTypeNode named => Resolve(named.Name) ?? Scalars.String,
            ListTypeNode list => new ListType(ResolveType(list.Type)),
            NonNullTypeNode nonNull => new NonNullType(ResolveType(nonNull.Type)),
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };

        private void Fill(NamedType type, TypeDefinitionNode definition, List<TypeExtensionNode> extensions)
        {
            type.ExtensionAstNodes.AddRange(extensions);
            var all = new List<TypeDefinitionOrExtensionNode> { definition };
            all.AddRange(extensions);
            foreach (var node in all)
            {
                foreach (var directive in node.Directives)
                {
                    ApplyTypeDirective(type, directive);
                }
                switch (type, node)
                {
                    case (ComplexType complex, IFieldsContainerNode container):
                        foreach (var iface in container.Interfaces)
                        {
                            var resolved = Resolve(iface.Name);
                            if (resolved is InterfaceType i)
                            {
                                complex.Interfaces.Add(i);
                            }
                            else if (resolved is not null)
                            {
                                _errors.Add(new GraphQLError($"Type {complex.Name} must only implement Interface types, it cannot implement {resolved.Name}.", iface));
                            }
                        }
                        foreach (var field in container.Fields)
                        {
                            AddUnique(complex.Fields, field.Name, BuildField(field), type.Name);
                        }
                        break;
                    case (UnionType union, UnionTypeDefinitionNode u):
                        AddMembers(union, u.Types);
                        break;
                    case (UnionType union, UnionTypeExtensionNode u):
                        AddMembers(union, u.Types);
                        break;
                    case (EnumType e, EnumTypeDefinitionNode ed):
                        AddEnumValues(e, ed.Values);
                        break;
                    case (EnumType e, EnumTypeExtensionNode ee):
                        AddEnumValues(e, ee.Values);
                        break;
                    case (InputObjectType io, InputObjectTypeDefinitionNode id):
                        foreach (var field in id.Fields)
                        {
                            AddUnique(io.Fields, field.Name, BuildInputValue(field), type.Name);
                        }
                        break;
                    case (InputObjectType io, InputObjectTypeExtensionNode ie):
                        foreach (var field in ie.Fields)
                        {
                            AddUnique(io.Fields, field.Name, BuildInputValue(field), type.Name);
                        }
                        break;
                }
            }
        }

        private void AddUnique<T>(OrderedDictionary<string, T> map, NameNode name, T value, string typeName)
        {
            if (!map.TryAdd(name.Value, value))
            {
                _errors.Add(new GraphQLError($"Field \"{typeName}.{name.Value}\" can only be defined once.", name));
            }
        }

        private void AddMembers(UnionType union, IReadOnlyList<NamedTypeNode> members)
        {
            foreach (var member in members)
            {
                var resolved = Resolve(member.Name);
                if (resolved is ObjectType o)
                {
                    union.Types.Add(o);
                }
                else if (resolved is not null)
                {
                    _errors.Add(new GraphQLError($"Union type {union.Name} can only include Object types, it cannot include {resolved.Name}.", member));
                }
            }
        }

        private void AddEnumValues(EnumType type, IReadOnlyList<EnumValueDefinitionNode> values)
        {
            foreach (var value in values)
            {
                var enumValue = new EnumValue(value.Name.Value, value.Name.Value)
                {
                    Description = value.Description?.Value,
                    DeprecationReason = DeprecationReason(value.Directives),
                    AstNode = value,
                };
                enumValue.AppliedDirectives.AddRange(CustomDirectives(value.Directives));
                if (type.Values.ContainsKey(enumValue.Name))
                {
                    _errors.Add(new GraphQLError($"Enum value \"{type.Name}.{enumValue.Name}\" can only be defined once.", value.Name));
                    continue;
                }
                type.AddValue(enumValue);
            }
        }

        private void ApplyTypeDirective(NamedType type, DirectiveNode directive)
        {
            switch (directive.Name.Value)
            {
                case "specifiedBy" when type is CustomScalarType scalar:
                    var url = directive.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value as StringValueNode;
                    scalar.SpecifiedByUrl = url?.Value;
                    break;
                case "oneOf" when type is InputObjectType io:
                    io.IsOneOf = true;
                    break;
                default:
                    if (!BuiltInDirectives.IsSpecified(directive.Name.Value))
                    {
                        type.AppliedDirectives.Add(ToApplied(directive));
                    }
                    break;
            }
        }

        private static AppliedDirective ToApplied(DirectiveNode directive) =>
            new(directive.Name.Value, directive.Arguments.ToDictionary(a => a.Name.Value, a => a.Value));

        private static IEnumerable<AppliedDirective> CustomDirectives(IReadOnlyList<DirectiveNode> directives) =>
            directives.Where(d => !BuiltInDirectives.IsSpecified(d.Name.Value)).Select(ToApplied);

        private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
        {
            var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
            if (deprecated is null)
            {
                return null;
            }
            return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
                ? reason.Value
                : BuiltInDirectives.DefaultDeprecationReason;
        }

        private FieldDefinition BuildField(FieldDefinitionNode node)
        {
            var field = new FieldDefinition(node.Name.Value, ResolveType(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                AstNode = node,
            };
            field.AppliedDirectives.AddRange(CustomDirectives(node.Directives));
            foreach (var argument in node.Arguments)
            {
                if (!field.Arguments.TryAdd(argument.Name.Value, BuildInputValue(argument)))
                {
                    _errors.Add(new GraphQLError($"Argument \"{node.Name.Value}({argument.Name.Value}:)\" can only be defined once.", argument.Name));
                }
            }
            return field;
        }

        private InputValue BuildInputValue(InputValueDefinitionNode node)
        {
            var value = new InputValue(node.Name.Value, ResolveType(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                DefaultValueLiteral = node.DefaultValue,
                HasDefaultValue = node.DefaultValue is not null,
                AstNode = node,
            };
            value.AppliedDirectives.AddRange(CustomDirectives(node.Directives));
            return value;
        }
    }
}
