using System.Collections;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>
/// Input coercion (spec 3.x "Input Coercion", graphql-js 17 <c>coerceInputValue</c>/<c>coerceInputLiteral</c>):
/// coercion returns <see cref="Undefined"/> when a value is invalid, and the matching <c>Validate*</c>
/// method then explains why with graphql-js's messages. Keeping the fast path free of error building is
/// deliberate: invalid input is the rare case.
/// </summary>
public static class ValueCoercion
{
    /// <summary>Marks "no value" (JavaScript's undefined), distinct from null.</summary>
    public static readonly object Undefined = new UndefinedValue();

    private sealed class UndefinedValue
    {
        public override string ToString() => "undefined";
    }

    /// <summary>An input error: message plus path inside the value (field names and list indices).</summary>
    public delegate void InputErrorHandler(string message, IReadOnlyList<object> path, Node? node, Exception? original);

    private static bool IsList(object? value) => value is IEnumerable and not string and not IDictionary<string, object?>;

    // ---- external values (variables) ------------------------------------------------------------------

    /// <summary>Coerces an external value; returns <see cref="Undefined"/> when invalid.</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nn)
        {
            return value is null ? Undefined : CoerceInputValue(value, nn.OfType);
        }
        if (value is null)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
            {
                if (!IsList(value))
                {
                    var item = CoerceInputValue(value, list.OfType);
                    return ReferenceEquals(item, Undefined) ? Undefined : new List<object?> { item };
                }
                var result = new List<object?>();
                foreach (var itemValue in (IEnumerable)value)
                {
                    var item = CoerceInputValue(itemValue, list.OfType);
                    if (ReferenceEquals(item, Undefined))
                    {
                        return Undefined;
                    }
                    result.Add(item);
                }
                return result;
            }
            case InputObjectType io:
            {
                if (value is not IDictionary<string, object?> dict)
                {
                    return Undefined;
                }
                foreach (var key in dict.Keys)
                {
                    if (!io.Fields.ContainsKey(key))
                    {
                        return Undefined;
                    }
                }
                var result = new Dictionary<string, object?>();
                foreach (var field in io.Fields.Values)
                {
                    if (!dict.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (IsRequired(field))
                        {
                            return Undefined;
                        }
                        if (field.HasDefaultValue)
                        {
                            result[field.Name] = field.GetCoercedDefault();
                        }
                        continue;
                    }
                    var coerced = CoerceInputValue(fieldValue, field.Type);
                    if (ReferenceEquals(coerced, Undefined))
                    {
                        return Undefined;
                    }
                    result[field.Name] = coerced;
                }
                if (io.IsOneOf && (dict.Count != 1 || result.Count != 1 || result.Values.First() is null))
                {
                    return Undefined;
                }
                return result;
            }
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (Exception)
                {
                    return Undefined;
                }
            case EnumType e:
                try
                {
                    return e.ParseValue(value);
                }
                catch (GraphQLException)
                {
                    return Undefined;
                }
            default:
                return Undefined;
        }
    }

    /// <summary>Whether an argument or input field must be provided (non-null without default).</summary>
    public static bool IsRequired(InputValue value) => value.Type is NonNullType && !value.HasDefaultValue;

    /// <summary>Reports why an external value is invalid (graphql-js <c>validateInputValue</c>).</summary>
    public static void ValidateInputValue(object? value, GraphQLType type, InputErrorHandler onError, bool missing = false) =>
        ValidateInputValue(value, missing, type, onError, new List<object>());

    private static void ValidateInputValue(object? value, bool missing, GraphQLType type, InputErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nn)
        {
            if (missing)
            {
                onError($"Expected a value of non-null type \"{type}\" to be provided.", path.ToArray(), null, null);
                return;
            }
            if (value is null)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path.ToArray(), null, null);
                return;
            }
            ValidateInputValue(value, false, nn.OfType, onError, path);
            return;
        }
        if (value is null || missing)
        {
            return;
        }
        switch (type)
        {
            case ListType list:
                if (!IsList(value))
                {
                    ValidateInputValue(value, false, list.OfType, onError, path);
                }
                else
                {
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        path.Add(index++);
                        ValidateInputValue(item, false, list.OfType, onError, path);
                        path.RemoveAt(path.Count - 1);
                    }
                }
                return;
            case InputObjectType io:
            {
                if (value is not IDictionary<string, object?> dict)
                {
                    onError($"Expected value of type \"{type}\" to be an object, found: {Inspect.Format(value)}.", path.ToArray(), null, null);
                    return;
                }
                foreach (var field in io.Fields.Values)
                {
                    if (!dict.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (IsRequired(field))
                        {
                            onError($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Inspect.Format(value)}.", path.ToArray(), null, null);
                        }
                    }
                    else
                    {
                        path.Add(field.Name);
                        ValidateInputValue(fieldValue, false, field.Type, onError, path);
                        path.RemoveAt(path.Count - 1);
                    }
                }
                var known = new List<string>();
                foreach (var key in dict.Keys)
                {
                    if (!io.Fields.ContainsKey(key))
                    {
                        var suggestion = Suggestions.DidYouMean(Suggestions.List(key, io.Fields.Keys));
                        onError($"Expected value of type \"{type}\" not to include unknown field \"{key}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Inspect.Format(value)}.", path.ToArray(), null, null);
                        continue;
                    }
                    known.Add(key);
                }
                if (io.IsOneOf)
                {
                    if (known.Count != 1)
                    {
                        onError(OneOfMessage(io), path.ToArray(), null, null);
                    }
                    if (known.Count > 0 && dict[known[0]] is null)
                    {
                        path.Add(known[0]);
                        onError(OneOfMessage(io), path.ToArray(), null, null);
                        path.RemoveAt(path.Count - 1);
                    }
                }
                return;
            }
            default:
                ValidateLeaf(() => type is ScalarType s ? s.ParseValue(value) : ((EnumType)type).ParseValue(value),
                    type, Inspect.Format(value), null, onError, path);
                return;
        }
    }

    private static void ValidateLeaf(Func<object?> parse, GraphQLType type, string found, Node? node, InputErrorHandler onError, List<object> path)
    {
        try
        {
            parse();
        }
        catch (GraphQLException ex)
        {
            onError(ex.Message, path.ToArray(), node, ex);
        }
        catch (Exception ex)
        {
            var message = string.IsNullOrEmpty(ex.Message) ? ex.ToString() : ex.Message;
            onError($"Expected value of type \"{type}\", but encountered error \"{message}\"; found: {found}.", path.ToArray(), node, ex);
        }
    }

    /// <summary>graphql-js's message for an invalid OneOf input object.</summary>
    public static string OneOfMessage(InputObjectType type) =>
        $"Within OneOf Input Object type \"{type}\", exactly one field must be specified, and the value for that field must be non-null.";

    // ---- literals -----------------------------------------------------------------------------------

    /// <summary>
    /// Coerces a literal given coerced variable values (a missing key means the variable was not provided);
    /// returns <see cref="Undefined"/> when invalid.
    /// </summary>
    public static object? CoerceLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            object? value = null;
            var found = variables is not null && variables.TryGetValue(variable.Name.Value, out value);
            if (!found)
            {
                return type is NonNullType ? Undefined : Undefined;
            }
            return value is null && type is NonNullType ? Undefined : value;
        }
        if (type is NonNullType nn)
        {
            return node is NullValueNode ? Undefined : CoerceLiteral(node, nn.OfType, variables);
        }
        if (node is NullValueNode)
        {
            return null;
        }
        switch (type)
        {
            case ListType list:
            {
                if (node is not ListValueNode listNode)
                {
                    var single = CoerceLiteral(node, list.OfType, variables);
                    return ReferenceEquals(single, Undefined) ? Undefined : new List<object?> { single };
                }
                var result = new List<object?>(listNode.Values.Count);
                foreach (var itemNode in listNode.Values)
                {
                    var item = CoerceLiteral(itemNode, list.OfType, variables);
                    if (ReferenceEquals(item, Undefined))
                    {
                        if (itemNode is VariableNode v && list.OfType is not NonNullType &&
                            (variables is null || !variables.TryGetValue(v.Name.Value, out var vv) || vv is null))
                        {
                            item = null;
                        }
                        else
                        {
                            return Undefined;
                        }
                    }
                    result.Add(item);
                }
                return result;
            }
            case InputObjectType io:
            {
                if (node is not ObjectValueNode obj)
                {
                    return Undefined;
                }
                var fieldNodes = new Dictionary<string, ObjectFieldNode>();
                foreach (var f in obj.Fields)
                {
                    if (!io.Fields.ContainsKey(f.Name.Value))
                    {
                        return Undefined;
                    }
                    fieldNodes[f.Name.Value] = f;
                }
                var result = new Dictionary<string, object?>();
                foreach (var field in io.Fields.Values)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) ||
                        (fieldNode.Value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value))))
                    {
                        if (IsRequired(field))
                        {
                            return Undefined;
                        }
                        if (field.HasDefaultValue)
                        {
                            result[field.Name] = field.GetCoercedDefault();
                        }
                        continue;
                    }
                    var value = CoerceLiteral(fieldNode.Value, field.Type, variables);
                    if (ReferenceEquals(value, Undefined))
                    {
                        return Undefined;
                    }
                    result[field.Name] = value;
                }
                if (io.IsOneOf)
                {
                    if (fieldNodes.Count != 1 || result.Count != 1)
                    {
                        return Undefined;
                    }
                    foreach (var (name, fieldNode) in fieldNodes)
                    {
                        if (fieldNode.Value is NullValueNode || (result.TryGetValue(name, out var rv) && rv is null))
                        {
                            return Undefined;
                        }
                    }
                }
                return result;
            }
            case ScalarType scalar:
                try
                {
                    return scalar.ParseLiteral(ReplaceVariables(node, variables));
                }
                catch (Exception)
                {
                    return Undefined;
                }
            case EnumType e:
                try
                {
                    return e.ParseLiteral(node);
                }
                catch (GraphQLException)
                {
                    return Undefined;
                }
            default:
                return Undefined;
        }
    }

    /// <summary>Replaces variables inside a literal by literals of their values (for custom scalars' ParseLiteral).</summary>
    public static ValueNode ReplaceVariables(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        switch (node)
        {
            case VariableNode v:
                return variables is not null && variables.TryGetValue(v.Name.Value, out var value)
                    ? ValueAst.Untyped(value) ?? new NullValueNode()
                    : new NullValueNode();
            case ListValueNode list when ContainsVariable(list):
                return new ListValueNode { Values = list.Values.Select(x => ReplaceVariables(x, variables)).ToList(), Location = list.Location };
            case ObjectValueNode obj when ContainsVariable(obj):
                return new ObjectValueNode
                {
                    Fields = obj.Fields.Select(f => new ObjectFieldNode { Name = f.Name, Value = ReplaceVariables(f.Value, variables), Location = f.Location }).ToList(),
                    Location = obj.Location,
                };
            default:
                return node;
        }
    }

    private static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode l => l.Values.Any(ContainsVariable),
        ObjectValueNode o => o.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    /// <summary>
    /// Reports why a literal is invalid (graphql-js <c>validateInputLiteral</c>). With
    /// <paramref name="hideSuggestions"/>, messages leave out "Did you mean …?" (unknown input fields, enum
    /// values), as validation does with <c>ValidationOptions.HideSuggestions</c>.
    /// </summary>
    public static void ValidateLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, InputErrorHandler onError,
        bool hideSuggestions = false) =>
        ValidateLiteral(node, type, variables, onError, hideSuggestions, new List<object>());

    private static void ValidateLiteral(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, InputErrorHandler onError,
        bool hideSuggestions, List<object> path)
    {
        if (node is VariableNode variable)
        {
            if (variables is null)
            {
                return;
            }
            var found = variables.TryGetValue(variable.Name.Value, out var value);
            if (type is NonNullType)
            {
                if (!found)
                {
                    onError($"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", path.ToArray(), node, null);
                }
                else if (value is null)
                {
                    onError($"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", path.ToArray(), node, null);
                }
            }
            return;
        }
        if (type is NonNullType nn)
        {
            if (node is NullValueNode)
            {
                onError($"Expected value of non-null type \"{type}\" not to be null.", path.ToArray(), node, null);
                return;
            }
            ValidateLiteral(node, nn.OfType, variables, onError, hideSuggestions, path);
            return;
        }
        if (node is NullValueNode)
        {
            return;
        }
        switch (type)
        {
            case ListType list:
                if (node is not ListValueNode listNode)
                {
                    ValidateLiteral(node, list.OfType, variables, onError, hideSuggestions, path);
                }
                else
                {
                    for (var i = 0; i < listNode.Values.Count; i++)
                    {
                        path.Add(i);
                        ValidateLiteral(listNode.Values[i], list.OfType, variables, onError, hideSuggestions, path);
                        path.RemoveAt(path.Count - 1);
                    }
                }
                return;
            case InputObjectType io:
            {
                if (node is not ObjectValueNode obj)
                {
                    onError($"Expected value of type \"{type}\" to be an object, found: {Printer.Print(node)}.", path.ToArray(), node, null);
                    return;
                }
                // Of duplicate fields the last one counts, as in graphql-js (UniqueInputFieldNames reports the duplicate).
                var fieldNodes = new Dictionary<string, ObjectFieldNode>();
                foreach (var f in obj.Fields)
                {
                    fieldNodes[f.Name.Value] = f;
                }
                foreach (var field in io.Fields.Values)
                {
                    if (!fieldNodes.TryGetValue(field.Name, out var fieldNode))
                    {
                        if (IsRequired(field))
                        {
                            onError($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Printer.Print(node)}.", path.ToArray(), node, null);
                        }
                        continue;
                    }
                    if (fieldNode.Value is VariableNode fv && variables is not null)
                    {
                        var has = variables.TryGetValue(fv.Name.Value, out var value);
                        if (io.IsOneOf)
                        {
                            if (!has)
                            {
                                onError($"Expected variable \"${fv.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" to provide a runtime value.", path.ToArray(), node, null);
                            }
                            else if (value is null)
                            {
                                onError($"Expected variable \"${fv.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" not to be null.", path.ToArray(), node, null);
                            }
                        }
                        else if (!has && !IsRequired(field))
                        {
                            continue;
                        }
                    }
                    path.Add(field.Name);
                    ValidateLiteral(fieldNode.Value, field.Type, variables, onError, hideSuggestions, path);
                    path.RemoveAt(path.Count - 1);
                }
                var known = new List<ObjectFieldNode>();
                foreach (var f in obj.Fields)
                {
                    if (!io.Fields.ContainsKey(f.Name.Value))
                    {
                        var suggestion = hideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(f.Name.Value, io.Fields.Keys));
                        onError($"Expected value of type \"{type}\" not to include unknown field \"{f.Name.Value}\"{(suggestion.Length > 0 ? "." + suggestion + " Found" : ", found")}: {Printer.Print(node)}.", path.ToArray(), f, null);
                    }
                    else
                    {
                        known.Add(f);
                    }
                }
                if (io.IsOneOf)
                {
                    if (known.Count != 1)
                    {
                        onError(OneOfMessage(io), path.ToArray(), node, null);
                        return;
                    }
                    if (known[0].Value is NullValueNode)
                    {
                        path.Add(known[0].Name.Value);
                        onError(OneOfMessage(io), path.ToArray(), node, null);
                        path.RemoveAt(path.Count - 1);
                    }
                }
                return;
            }
            default:
                ValidateLeaf(() => type is ScalarType s ? s.ParseLiteral(ReplaceVariables(node, variables)) : ((EnumType)type).ParseLiteral(node, hideSuggestions),
                    type, Printer.Print(node), node, onError, path);
                return;
        }
    }

    /// <summary>graphql-js <c>printPathArray</c>: " at .a[0].b" or "".</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        if (path.Count == 0)
        {
            return "";
        }
        var sb = new System.Text.StringBuilder(" at ");
        foreach (var key in path)
        {
            if (key is int i)
            {
                sb.Append('[').Append(i).Append(']');
            }
            else
            {
                sb.Append('.').Append(key);
            }
        }
        return sb.ToString();
    }
}
