using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Types;

/// <summary>
/// Type-system validation (spec section 3 "Type Validation"; graphql-js <c>validateSchema</c> messages and
/// node locations). Runs once per schema; execution refuses an invalid schema.
/// </summary>
public static class SchemaValidator
{
    /// <summary>Returns the schema's validation errors.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        void Report(string message, params Node?[] nodes) =>
            errors.Add(new GraphQLError(message, nodes.Where(n => n is not null).Cast<Node>().ToList()));

        ValidateRootTypes(schema, Report);
        ValidateDirectives(schema, Report);
        foreach (var name in schema.DuplicateTypeNames)
        {
            Report($"Schema must contain uniquely named types but contains multiple types named \"{name}\".");
        }
        var inputObjects = new List<InputObjectType>();
        var defaultCycles = new DefaultValueCycleDetector(Report);
        foreach (var type in schema.Types)
        {
            if (!type.Name.StartsWith("__", StringComparison.Ordinal) || !Introspection.IntrospectionTypes.IsIntrospectionType(type.Name))
            {
                ValidateName(type.Name, type.AstNode, Report);
            }
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex, Report);
                    ValidateInterfaces(schema, complex, Report);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union, Report);
                    break;
                case EnumType e:
                    if (e.Values.Count == 0)
                    {
                        Report($"Enum type {e} must define one or more values.", WithExtensions(e));
                    }
                    foreach (var value in e.Values.Values)
                    {
                        ValidateName(value.Name, value.AstNode, Report);
                    }
                    break;
                case InputObjectType io:
                    ValidateInputFields(io, Report);
                    inputObjects.Add(io);
                    defaultCycles.Check(io);
                    break;
            }
        }
        DetectNonFiniteInputObjects(inputObjects, Report);
        return errors;
    }

    private delegate void Reporter(string message, params Node?[] nodes);

    private static Node?[] WithExtensions(NamedType type) =>
        new Node?[] { type.AstNode }.Concat(type.ExtensionAstNodes).ToArray();

    private static void ValidateRootTypes(Schema schema, Reporter report)
    {
        if (schema.QueryType is null)
        {
            report("Query root type must be provided.", schema.AstNode);
        }
        var byType = new Dictionary<ObjectType, List<OperationType>>();
        foreach (var operation in new[] { OperationType.Query, OperationType.Mutation, OperationType.Subscription })
        {
            var root = schema.GetRootType(operation);
            if (root is null)
            {
                continue;
            }
            if (!byType.TryGetValue(root, out var list))
            {
                byType[root] = list = new List<OperationType>();
            }
            list.Add(operation);
        }
        foreach (var (root, operations) in byType)
        {
            if (operations.Count > 1)
            {
                var names = operations.Select(Printer.OperationName).ToList();
                report($"All root types must be different, \"{root}\" type is used as {Suggestions.AndList(names)} root types.",
                    operations.Select(o => (Node?)OperationTypeNode(schema, o)).ToArray());
            }
        }
    }

    private static NamedTypeNode? OperationTypeNode(Schema schema, OperationType operation)
    {
        var nodes = (schema.AstNode?.OperationTypes ?? Enumerable.Empty<OperationTypeDefinitionNode>())
            .Concat(schema.ExtensionAstNodes.SelectMany(e => e.OperationTypes));
        return nodes.FirstOrDefault(n => n.Operation == operation)?.Type;
    }

    private static void ValidateName(string name, Node? node, Reporter report)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateDirectives(Schema schema, Reporter report)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, directive.AstNode, report);
            if (directive.Locations.Count == 0)
            {
                report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }
            foreach (var arg in directive.Arguments.Values)
            {
                var coordinate = $"@{directive.Name}({arg.Name}:)";
                ValidateArgument(arg, coordinate, report, typeNodeForInputCheck: false);
            }
        }
    }

    private static void ValidateArgument(InputValue arg, string coordinate, Reporter report, bool typeNodeForInputCheck)
    {
        ValidateName(arg.Name, arg.AstNode, report);
        if (!arg.Type.IsInputType)
        {
            report($"The type of {coordinate} must be Input Type but got: {arg.Type}.",
                typeNodeForInputCheck ? arg.AstNode?.Type : arg.AstNode);
        }
        if (ValueCoercion.IsRequired(arg) && arg.DeprecationReason is not null)
        {
            report($"Required argument {coordinate} cannot be deprecated.", DeprecatedNode(arg.AstNode?.Directives), arg.AstNode?.Type);
        }
        ValidateDefaultValue(arg, coordinate, report);
    }

    private static DirectiveNode? DeprecatedNode(IReadOnlyList<DirectiveNode>? directives) =>
        directives?.FirstOrDefault(d => d.Name.Value == "deprecated");

    private static void ValidateDefaultValue(InputValue value, string coordinate, Reporter report)
    {
        if (!value.HasDefaultValue || !value.Type.IsInputType)
        {
            return;
        }
        var errors = new List<(string Message, IReadOnlyList<object> Path, Node? Node)>();
        void OnError(string message, IReadOnlyList<object> path, Node? node, Exception? _) => errors.Add((message, path, node));
        if (value.DefaultValueLiteral is not null)
        {
            ValueCoercion.ValidateLiteral(value.DefaultValueLiteral, value.Type, null, OnError);
        }
        else
        {
            var external = ValueAst.FromValue(value.DefaultValue, value.Type);
            if (external is null)
            {
                errors.Add(($"Expected value of type \"{value.Type}\", found: {Inspect.Format(value.DefaultValue)}.", Array.Empty<object>(), null));
            }
            else
            {
                ValueCoercion.ValidateLiteral(external, value.Type, null, OnError);
            }
        }
        foreach (var (message, path, node) in errors)
        {
            report($"{coordinate} has invalid default value{ValueCoercion.PrintPath(path)}: {message}", node ?? value.AstNode?.DefaultValue);
        }
    }

    private static void ValidateFields(ComplexType type, Reporter report)
    {
        if (type.Fields.Count == 0)
        {
            report($"Type {type} must define one or more fields.", WithExtensions(type));
        }
        foreach (var field in type.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode, report);
            if (!field.Type.IsOutputType)
            {
                report($"The type of {type}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }
            foreach (var arg in field.Arguments.Values)
            {
                ValidateArgument(arg, $"{type}.{field.Name}({arg.Name}:)", report, typeNodeForInputCheck: true);
            }
        }
    }

    private static IEnumerable<NamedTypeNode> ImplementsNodes(ComplexType type, string ifaceName)
    {
        var nodes = new List<Node?> { type.AstNode };
        nodes.AddRange(type.ExtensionAstNodes);
        return nodes.OfType<IFieldsContainerNode>().SelectMany(n => n.Interfaces).Where(i => i.Name.Value == ifaceName);
    }

    private static void ValidateInterfaces(Schema schema, ComplexType type, Reporter report)
    {
        var seen = new HashSet<string>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                report($"Type {type} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface.Name).ToArray<Node?>());
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                report($"Type {type} can only implement {iface} once.", ImplementsNodes(type, iface.Name).ToArray<Node?>());
                continue;
            }
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    report(ReferenceEquals(transitive, type)
                            ? $"Type {type} cannot implement {iface} because it would create a circular reference."
                            : $"Type {type} must implement {transitive} because it is implemented by {iface}.",
                        ImplementsNodes(iface, transitive.Name).Concat(ImplementsNodes(type, iface.Name)).ToArray<Node?>());
                }
            }
            ValidateImplementsInterface(schema, type, iface, report);
        }
    }

    private static void ValidateImplementsInterface(Schema schema, ComplexType type, InterfaceType iface, Reporter report)
    {
        foreach (var ifaceField in iface.Fields.Values)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                report($"Interface field {iface}.{ifaceField.Name} expected but {type} does not provide it.",
                    new Node?[] { ifaceField.AstNode, type.AstNode }.Concat(type.ExtensionAstNodes).ToArray());
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
            {
                report($"Interface field {iface}.{ifaceField.Name} expects type {ifaceField.Type} but {type}.{typeField.Name} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type, typeField.AstNode?.Type);
            }
            foreach (var ifaceArg in ifaceField.Arguments.Values)
            {
                if (!typeField.Arguments.TryGetValue(ifaceArg.Name, out var typeArg))
                {
                    report($"Interface field argument {iface}.{ifaceField.Name}({ifaceArg.Name}:) expected but {type}.{typeField.Name} does not provide it.",
                        ifaceArg.AstNode, typeField.AstNode);
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    report($"Interface field argument {iface}.{ifaceField.Name}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type}.{typeField.Name}({typeArg.Name}:) is type {typeArg.Type}.",
                        ifaceArg.AstNode?.Type, typeArg.AstNode?.Type);
                }
            }
            foreach (var typeArg in typeField.Arguments.Values)
            {
                if (ValueCoercion.IsRequired(typeArg) && !ifaceField.Arguments.ContainsKey(typeArg.Name))
                {
                    report($"Argument \"{type}.{typeField.Name}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{iface}.{ifaceField.Name}\".",
                        typeArg.AstNode, ifaceField.AstNode);
                }
            }
            if (typeField.DeprecationReason is not null && ifaceField.DeprecationReason is null)
            {
                report($"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.",
                    DeprecatedNode(typeField.AstNode?.Directives), typeField.AstNode?.Type);
            }
        }
    }

    private static void ValidateUnionMembers(UnionType union, Reporter report)
    {
        if (union.Types.Count == 0)
        {
            report($"Union type {union} must define one or more member types.", WithExtensions(union));
        }
        var seen = new HashSet<string>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
            {
                var nodes = new List<Node?> { union.AstNode };
                nodes.AddRange(union.ExtensionAstNodes);
                report($"Union type {union} can only include type {member} once.",
                    nodes.SelectMany(n => n switch
                    {
                        UnionTypeDefinitionNode d => d.Types,
                        UnionTypeExtensionNode e => e.Types,
                        _ => Enumerable.Empty<NamedTypeNode>(),
                    }).Where(t => t.Name.Value == member.Name).ToArray<Node?>());
            }
        }
    }

    private static void ValidateInputFields(InputObjectType io, Reporter report)
    {
        if (io.Fields.Count == 0)
        {
            report($"Input Object type {io} must define one or more fields.", WithExtensions(io));
        }
        foreach (var field in io.Fields.Values)
        {
            ValidateName(field.Name, field.AstNode, report);
            if (!field.Type.IsInputType)
            {
                report($"The type of {io}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }
            if (ValueCoercion.IsRequired(field) && field.DeprecationReason is not null)
            {
                report($"Required input field {io}.{field.Name} cannot be deprecated.", DeprecatedNode(field.AstNode?.Directives), field.AstNode?.Type);
            }
            ValidateDefaultValue(field, $"{io}.{field.Name}", report);
            if (io.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    report($"OneOf input field {io}.{field.Name} must be nullable.", field.AstNode?.Type);
                }
                if (field.HasDefaultValue)
                {
                    report($"OneOf input field {io}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    /// <summary>Input objects that can only be satisfied by an infinite value (non-null self references).</summary>
    private static void DetectNonFiniteInputObjects(List<InputObjectType> inputObjects, Reporter report)
    {
        var states = new Dictionary<InputObjectType, FiniteState>();
        foreach (var io in inputObjects)
        {
            states[io] = new FiniteState(io);
        }
        var ready = new Stack<FiniteState>();
        void Mark(FiniteState s)
        {
            if (!s.HasFiniteValue)
            {
                s.HasFiniteValue = true;
                ready.Push(s);
            }
        }
        foreach (var state in states.Values)
        {
            var io = state.Type;
            foreach (var field in io.Fields.Values)
            {
                InputObjectType? target = io.IsOneOf
                    ? field.Type as InputObjectType
                    : field.Type is NonNullType { OfType: InputObjectType t } ? t : null;
                if (target is null)
                {
                    continue;
                }
                state.Targets.Add((field, target));
                if (states.TryGetValue(target, out var targetState))
                {
                    targetState.Dependents.Add(state);
                }
            }
            if (io.IsOneOf)
            {
                if (io.Fields.Count == 0 || state.Targets.Count < io.Fields.Count)
                {
                    Mark(state);
                }
            }
            else
            {
                state.Unresolved = state.Targets.Count;
                if (state.Targets.Count == 0)
                {
                    Mark(state);
                }
            }
        }
        while (ready.Count > 0)
        {
            foreach (var dependent in ready.Pop().Dependents)
            {
                if (dependent.HasFiniteValue)
                {
                    continue;
                }
                if (dependent.Type.IsOneOf || --dependent.Unresolved == 0)
                {
                    Mark(dependent);
                }
            }
        }
        var visited = new HashSet<InputObjectType>();
        var fieldPath = new List<(string Text, Node? Node)>();
        var indexByType = new Dictionary<InputObjectType, int>();
        void ReportCycles(FiniteState state)
        {
            if (!visited.Add(state.Type))
            {
                return;
            }
            indexByType[state.Type] = fieldPath.Count;
            foreach (var (field, target) in state.Targets)
            {
                if (!states.TryGetValue(target, out var targetState) || targetState.HasFiniteValue)
                {
                    continue;
                }
                fieldPath.Add(($"{state.Type}.{field.Name}", field.AstNode));
                if (indexByType.TryGetValue(target, out var cycleIndex))
                {
                    var cycle = fieldPath.Skip(cycleIndex).ToList();
                    report($"Input Object {target} cannot be provided a finite value because it references itself through fields: {string.Join(", ", cycle.Select(p => p.Text))}.",
                        cycle.Select(p => p.Node).ToArray());
                }
                else
                {
                    ReportCycles(targetState);
                }
                fieldPath.RemoveAt(fieldPath.Count - 1);
            }
            indexByType.Remove(state.Type);
        }
        foreach (var state in states.Values)
        {
            if (!state.HasFiniteValue)
            {
                ReportCycles(state);
            }
        }
    }

    /// <summary>
    /// Input object fields whose default values (transitively) require themselves (graphql-js
    /// <c>createInputObjectDefaultValueCircularRefsValidator</c>).
    /// </summary>
    private sealed class DefaultValueCycleDetector(Reporter report)
    {
        private readonly HashSet<string> _visited = new();
        private readonly List<(string Text, Node? Node)> _path = new();
        private readonly Dictionary<string, int> _pathIndex = new();

        public void Check(InputObjectType type) => DetectInValue(type, new Dictionary<string, object?>());

        private void DetectInValue(InputObjectType type, object? value)
        {
            if (value is System.Collections.IEnumerable items and not string and not IDictionary<string, object?>)
            {
                foreach (var item in items)
                {
                    DetectInValue(type, item);
                }
                return;
            }
            if (value is not IDictionary<string, object?> dict)
            {
                return;
            }
            foreach (var field in type.Fields.Values)
            {
                if (field.Type.NamedType is not InputObjectType fieldType)
                {
                    continue;
                }
                if (dict.TryGetValue(field.Name, out var fieldValue))
                {
                    DetectInValue(fieldType, fieldValue);
                }
                else
                {
                    DetectInField(field, fieldType, $"{type}.{field.Name}");
                }
            }
        }

        private void DetectInLiteral(InputObjectType type, ValueNode literal)
        {
            if (literal is ListValueNode list)
            {
                foreach (var item in list.Values)
                {
                    DetectInLiteral(type, item);
                }
                return;
            }
            if (literal is not ObjectValueNode obj)
            {
                return;
            }
            foreach (var field in type.Fields.Values)
            {
                if (field.Type.NamedType is not InputObjectType fieldType)
                {
                    continue;
                }
                var fieldNode = obj.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                if (fieldNode is not null)
                {
                    DetectInLiteral(fieldType, fieldNode.Value);
                }
                else
                {
                    DetectInField(field, fieldType, $"{type}.{field.Name}");
                }
            }
        }

        private void DetectInField(InputValue field, InputObjectType fieldType, string fieldText)
        {
            if (!field.HasDefaultValue)
            {
                return;
            }
            if (_pathIndex.TryGetValue(fieldText, out var cycleIndex))
            {
                var via = cycleIndex < _path.Count
                    ? " via the default values of: " + string.Join(", ", _path.Skip(cycleIndex).Select(p => p.Text))
                    : "";
                report($"Invalid circular reference. The default value of Input Object field {fieldText} references itself{via}.",
                    _path.Skip(cycleIndex - 1).Select(p => p.Node).ToArray());
                return;
            }
            if (!_visited.Add(fieldText))
            {
                return;
            }
            _path.Add((fieldText, field.AstNode?.DefaultValue));
            _pathIndex[fieldText] = _path.Count;
            if (field.DefaultValueLiteral is not null)
            {
                DetectInLiteral(fieldType, field.DefaultValueLiteral);
            }
            else
            {
                DetectInValue(fieldType, field.DefaultValue);
            }
            _path.RemoveAt(_path.Count - 1);
            _pathIndex.Remove(fieldText);
        }
    }

    private sealed class FiniteState(InputObjectType type)
    {
        public InputObjectType Type { get; } = type;
        public List<(InputValue Field, InputObjectType Target)> Targets { get; } = new();
        public List<FiniteState> Dependents { get; } = new();
        public int Unresolved { get; set; }
        public bool HasFiniteValue { get; set; }
    }
}
