using System.Collections;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using BudgetGraph.GraphQL.Introspection;
using BudgetGraph.GraphQL.Language;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.GraphQL.Utilities;

namespace BudgetGraph.GraphQL.Execution;

/// <summary>An object in the response: keys in field order and their completed values.</summary>
public sealed class ResultMap
{
    internal ResultMap(string[] keys, object?[] values)
    {
        KeyArray = keys;
        ValueArray = values;
    }

    /// <summary>Response keys (shared by all objects of one selection; never modified).</summary>
    internal string[] KeyArray { get; }

    internal object?[] ValueArray { get; }

    /// <summary>Response keys in order.</summary>
    public IReadOnlyList<string> Keys => KeyArray;

    /// <summary>Completed values (<see cref="ResultMap"/>, <c>object?[]</c> lists, or serialized leaves).</summary>
    public IReadOnlyList<object?> Values => ValueArray;

    /// <summary>The value of a key, or null.</summary>
    public object? this[string key]
    {
        get
        {
            var i = Array.IndexOf(KeyArray, key);
            return i < 0 ? null : ValueArray[i];
        }
    }
}

/// <summary>
/// Carries a field error up to the nearest nullable position (spec 6.4.4 "Handling Field Errors"): the
/// error is recorded once there and that position becomes null.
/// </summary>
internal sealed class PropagatedFieldError : Exception
{
    public PropagatedFieldError(GraphQLError error) : base(error.Message) => Error = error;

    public GraphQLError Error { get; }
}

/// <summary>
/// A response path position not yet allocated: most positions are leaves that never need a path object,
/// so one is made only for resolver contexts, errors and positions with children.
/// </summary>
internal readonly struct PathRef(ResponsePath? parent, object key)
{
    public ResponsePath Materialize() => new(parent, key);
}

/// <summary>What completion needs to know about the field being completed.</summary>
internal sealed record FieldInfo(ObjectType ParentType, FieldDefinition Field, FieldGroup Group);

/// <summary>
/// Executes one operation (spec section 6): depth-first, with resolvers that may complete synchronously
/// (no task allocated) or asynchronously; sibling fields run concurrently except mutation root fields, which
/// run serially. Data loaders are dispatched whenever execution can make no further progress.
/// </summary>
internal sealed class Executor
{
    private readonly ExecutionContext _context;

    public Executor(ExecutionContext context) => _context = context;

    /// <summary>Executes the operation and returns the data (null when a root non-null field failed).</summary>
    public async Task<ResultMap?> ExecuteAsync(ObjectType rootType)
    {
        var plan = FieldCollector.CollectFields(_context, rootType, _context.Operation.SelectionSet);
        Task<object?> root;
        try
        {
            root = _context.Operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSeriallyAsync(rootType, _context.RootValue, plan)
                : ExecuteFields(rootType, _context.RootValue, null, plan).AsTask();
        }
        catch (PropagatedFieldError propagated)
        {
            _context.AddError(propagated.Error, Array.Empty<object>());
            return null;
        }
        // Dispatch data loaders while the tree waits on them; a load queued later wakes this loop again.
        while (!root.IsCompleted)
        {
            if (_context.Loaders.HasPending)
            {
                await _context.Loaders.DispatchAllAsync(_context.CancellationToken).ConfigureAwait(false);
                continue;
            }
            var woken = await Task.WhenAny(root, _context.Loaders.WaitForPendingAsync()).ConfigureAwait(false);
            if (!ReferenceEquals(woken, root))
            {
                // A load arrived from a resolver running on another thread (after its own await); give its
                // siblings a moment to queue their keys too so they share the batch.
                await Task.Yield();
            }
        }
        try
        {
            return (ResultMap?)await root.ConfigureAwait(false);
        }
        catch (PropagatedFieldError propagated)
        {
            _context.AddError(propagated.Error, Array.Empty<object>());
            return null;
        }
    }

    private async Task<object?> ExecuteFieldsSeriallyAsync(ObjectType type, object? source, FieldPlan plan)
    {
        var groups = plan.Groups;
        var keys = plan.Keys;
        var values = new object?[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            values[i] = await ExecuteField(type, source, groups[i], new PathRef(null, groups[i].ResponseKey)).ConfigureAwait(false);
        }
        return new ResultMap(keys, values);
    }

    private ValueTask<object?> ExecuteFields(ObjectType type, object? source, ResponsePath? path, FieldPlan plan)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        var groups = plan.Groups;
        var keys = plan.Keys;
        var values = new object?[groups.Count];
        List<(int Index, Task<object?> Task)>? pending = null;
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            ValueTask<object?> result;
            try
            {
                result = ExecuteField(type, source, group, new PathRef(path, group.ResponseKey));
            }
            catch (Exception ex) when (pending is not null)
            {
                return FailAfterDrainingAsync(pending, 0, ex);
            }
            if (result.IsCompletedSuccessfully)
            {
                values[i] = result.Result;
            }
            else
            {
                (pending ??= new List<(int, Task<object?>)>()).Add((i, result.AsTask()));
            }
        }
        if (pending is null)
        {
            return new ValueTask<object?>(new ResultMap(keys, values));
        }
        return AwaitFields(keys, values, pending);
    }

    private static async ValueTask<object?> AwaitFields(string[] keys, object?[] values, List<(int Index, Task<object?> Task)> pending)
    {
        await AwaitAllAsync(values, pending).ConfigureAwait(false);
        return new ResultMap(keys, values);
    }

    /// <summary>Fills in pending values; if one fails, waits for the others before rethrowing.</summary>
    private static async Task AwaitAllAsync(object?[] values, List<(int Index, Task<object?> Task)> pending)
    {
        for (var k = 0; k < pending.Count; k++)
        {
            try
            {
                values[pending[k].Index] = await pending[k].Task.ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                await FailAfterDrainingAsync(pending, k + 1, ex).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Waits for sibling work still running, then rethrows: when a null propagates, no resolver of this
    /// request may outlive the response (request services such as a DbContext are disposed after it).
    /// </summary>
    private static async ValueTask<object?> FailAfterDrainingAsync(List<(int Index, Task<object?> Task)> pending, int from, Exception exception)
    {
        for (var k = from; k < pending.Count; k++)
        {
            try
            {
                await pending[k].Task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Its own error is irrelevant: the position it belonged to is being discarded.
            }
        }
        ExceptionDispatchInfo.Capture(exception).Throw();
        return null;
    }

    private FieldDefinition? GetFieldDefinition(ObjectType parentType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__typename")
            {
                return IntrospectionTypes.TypeNameField;
            }
            if (ReferenceEquals(parentType, _context.Schema.QueryType))
            {
                if (name == "__schema")
                {
                    return IntrospectionTypes.SchemaField;
                }
                if (name == "__type")
                {
                    return IntrospectionTypes.TypeField;
                }
            }
        }
        return parentType.GetField(name);
    }

    /// <summary>Spec ExecuteField: coerce arguments, resolve, complete; field errors become null + an error.</summary>
    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, FieldGroup group, PathRef path)
    {
        var info = group.Info;
        if (info is null || !ReferenceEquals(info.ParentType, parentType))
        {
            var definition = GetFieldDefinition(parentType, group.First.Name.Value);
            if (definition is null)
            {
                return new ValueTask<object?>(ValueCoercion.Undefined);
            }
            // Sibling list items share the group: the info is built once, not once per item.
            info = group.Info = new FieldInfo(parentType, definition, group);
        }
        var field = info.Field;
        try
        {
            object? resolved;
            if (field.SyncResolver is { } sync)
            {
                resolved = sync(CreateResolveContext(info, source, path));
            }
            else if (field.Resolver is { } resolver)
            {
                var pending = resolver(CreateResolveContext(info, source, path));
                if (!pending.IsCompletedSuccessfully)
                {
                    return ResolveAndCompleteAsync(info, path, pending);
                }
                resolved = pending.Result;
            }
            else
            {
                resolved = DefaultFieldResolver.Resolve(source, field.Name);
            }
            var completed = CompleteValue(field.Type, info, path, resolved);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompletion(field.Type, info, path, completed);
        }
        catch (Exception ex)
        {
            return new ValueTask<object?>(HandleFieldError(ex, field.Type, info, path));
        }
    }

    private ResolveContext CreateResolveContext(FieldInfo info, object? source, PathRef path)
    {
        var node = info.Group.First;
        IReadOnlyDictionary<string, object?>? args;
        if (info.Field.Arguments.Count == 0)
        {
            args = ArgumentValues.EmptyArguments;
        }
        else
        {
            lock (_context.ArgumentCache)
            {
                _context.ArgumentCache.TryGetValue(node, out args);
            }
            if (args is null)
            {
                args = ArgumentValues.Coerce(info.Field.Arguments, node.Arguments, node, _context.Variables, $"{info.ParentType.Name}.{info.Field.Name}");
                lock (_context.ArgumentCache)
                {
                    _context.ArgumentCache[node] = args;
                }
            }
        }
        return new ResolveContext(_context, info.ParentType, info.Field, info.Group.Nodes, source, args, path.Materialize());
    }

    private async ValueTask<object?> ResolveAndCompleteAsync(FieldInfo info, PathRef path, ValueTask<object?> pending)
    {
        try
        {
            var resolved = await pending.ConfigureAwait(false);
            return await CompleteValue(info.Field.Type, info, path, resolved).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, info.Field.Type, info, path);
        }
    }

    private async ValueTask<object?> AwaitCompletion(GraphQLType type, FieldInfo info, PathRef path, ValueTask<object?> completion)
    {
        try
        {
            return await completion.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            return HandleFieldError(ex, type, info, path);
        }
    }

    /// <summary>Records the error and yields null, or rethrows to the parent when the position is non-null.</summary>
    private object? HandleFieldError(Exception exception, GraphQLType returnType, FieldInfo info, PathRef path)
    {
        if (exception is OperationCanceledException && _context.CancellationToken.IsCancellationRequested)
        {
            ExceptionDispatchInfo.Capture(exception).Throw();
        }
        var error = exception is PropagatedFieldError propagated ? propagated.Error : LocateError(exception, info, path);
        var position = path.Materialize().ToList();
        if (returnType is NonNullType)
        {
            // The enclosing object or list is lost at least; mark it before siblings are awaited.
            _context.MarkDiscarded(position.Take(position.Count - 1).ToArray());
            throw exception as PropagatedFieldError ?? new PropagatedFieldError(error);
        }
        _context.AddError(error, position);
        return null;
    }

    /// <summary>
    /// Turns an exception into a response error at this field. Only <see cref="GraphQLException"/> messages
    /// are public; anything else is "Unexpected error." with the exception kept for the server's logs.
    /// </summary>
    private static GraphQLError LocateError(Exception exception, FieldInfo info, PathRef path)
    {
        var nodes = info.Group.Nodes;
        var pathList = path.Materialize().ToList();
        return exception switch
        {
            GraphQLErrorException { Errors.Count: > 0 } e => new GraphQLError(e.Errors[0].Message, e.Errors[0].Nodes ?? nodes, pathList, e.Errors[0].Extensions, exception),
            GraphQLException e => new GraphQLError(e.Message, nodes, pathList, e.Extensions, exception),
            _ => new GraphQLError("Unexpected error.", nodes, pathList, null, exception),
        };
    }

    private ValueTask<object?> CompleteValue(GraphQLType returnType, FieldInfo info, PathRef path, object? result)
    {
        if (returnType is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, info, path, result);
            if (completed.IsCompletedSuccessfully)
            {
                return completed.Result is null ? throw NullForNonNull(info) : completed;
            }
            return CheckNonNullAsync(completed, info);
        }
        if (result is null)
        {
            return default;
        }
        if (result is JsonElement element && element.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return default;
        }
        if (result is JsonNode node)
        {
            result = JsonSerializer.SerializeToElement(node);
        }
        switch (returnType)
        {
            case ListType list:
                return CompleteList(list, info, path, result);
            case ScalarType scalar:
                return new ValueTask<object?>(scalar.Serialize(result) ?? throw new GraphQLException(
                    $"Expected `{scalar.Name}.coerceOutputValue({Inspect.Format(result)})` to return non-nullable value, returned: null"));
            case EnumType enumType:
                return new ValueTask<object?>(enumType.Serialize(result is JsonElement { ValueKind: JsonValueKind.String } s ? s.GetString() : result));
            case ObjectType objectType:
                return CompleteObject(objectType, info, path, result);
            default:
                return CompleteObject(ResolveRuntimeType((NamedType)returnType, info, path, result), info, path, result);
        }
    }

    private static async ValueTask<object?> CheckNonNullAsync(ValueTask<object?> completion, FieldInfo info)
    {
        var value = await completion.ConfigureAwait(false);
        return value ?? throw NullForNonNull(info);
    }

    private static GraphQLException NullForNonNull(FieldInfo info) =>
        new($"Cannot return null for non-nullable field {info.ParentType.Name}.{info.Field.Name}.");

    private ValueTask<object?> CompleteObject(ObjectType type, FieldInfo info, PathRef path, object? result)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            throw new GraphQLException($"Expected value of type \"{type.Name}\" but got: {Inspect.Format(result)}.");
        }
        return ExecuteFields(type, result, path.Materialize(), FieldCollector.CollectSubfields(_context, type, info.Group));
    }

    private ObjectType ResolveRuntimeType(NamedType abstractType, FieldInfo info, PathRef path, object? result)
    {
        string? name = abstractType switch
        {
            InterfaceType { ResolveType: { } resolve } => resolve(result, new ResolveContext(_context, info.ParentType, info.Field, info.Group.Nodes, result, ArgumentValues.EmptyArguments, path.Materialize())),
            UnionType { ResolveType: { } resolve } => resolve(result, new ResolveContext(_context, info.ParentType, info.Field, info.Group.Nodes, result, ArgumentValues.EmptyArguments, path.Materialize())),
            _ => DefaultTypeResolver.Resolve(_context.Schema, abstractType, result),
        };
        var fieldName = $"{info.ParentType.Name}.{info.Field.Name}";
        if (name is null)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{fieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }
        var runtimeType = _context.Schema.GetType(name);
        if (runtimeType is null)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{name}\" that does not exist inside the schema.");
        }
        if (runtimeType is not ObjectType objectType)
        {
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{name}\".");
        }
        if (!_context.Schema.IsSubType(abstractType, objectType))
        {
            throw new GraphQLException($"Runtime Object type \"{name}\" is not a possible type for \"{abstractType.Name}\".");
        }
        return objectType;
    }

    private ValueTask<object?> CompleteList(ListType listType, FieldInfo info, PathRef path, object result)
    {
        IEnumerable items;
        if (result is JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                throw NotIterable(info);
            }
            items = element.EnumerateArray();
        }
        else if (result is IEnumerable enumerable and not string and not IDictionary)
        {
            items = enumerable;
        }
        else
        {
            throw NotIterable(info);
        }
        var itemType = listType.OfType;
        var listPath = path.Materialize();
        // Known sizes complete straight into the result array; other sequences grow a list first.
        var count = result switch
        {
            JsonElement e => e.GetArrayLength(),
            ICollection c => c.Count,
            _ => -1,
        };
        var values = count >= 0 ? new object?[count] : null;
        var grown = count >= 0 ? null : new List<object?>();
        List<(int Index, Task<object?> Task)>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = new PathRef(listPath, ResponsePath.BoxIndex(index));
            ValueTask<object?> completed;
            try
            {
                completed = CompleteValue(itemType, info, itemPath, item);
                if (!completed.IsCompletedSuccessfully)
                {
                    completed = AwaitCompletion(itemType, info, itemPath, completed);
                }
            }
            catch (Exception ex)
            {
                try
                {
                    completed = new ValueTask<object?>(HandleFieldError(ex, itemType, info, itemPath));
                }
                catch (Exception propagated) when (pending is not null)
                {
                    return FailAfterDrainingAsync(pending, 0, propagated);
                }
            }
            object? value = null;
            if (completed.IsCompletedSuccessfully)
            {
                value = completed.Result;
            }
            else
            {
                (pending ??= new List<(int, Task<object?>)>()).Add((index, completed.AsTask()));
            }
            if (values is not null && index < values.Length)
            {
                values[index] = value;
            }
            else
            {
                (grown ??= new List<object?>(values ?? Array.Empty<object?>())).Add(value);
                values = null;
            }
            index++;
        }
        var array = values ?? grown!.ToArray();
        if (pending is null)
        {
            return new ValueTask<object?>(array);
        }
        return AwaitList(array, pending);
    }

    private static async ValueTask<object?> AwaitList(object?[] values, List<(int Index, Task<object?> Task)> pending)
    {
        await AwaitAllAsync(values, pending).ConfigureAwait(false);
        return values;
    }

    private static GraphQLException NotIterable(FieldInfo info) =>
        new($"Expected Iterable, but did not find one for field \"{info.ParentType.Name}.{info.Field.Name}\".");
}
