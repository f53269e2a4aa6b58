using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.Api.Budget.Schema;

/// <summary>
/// Small helpers for declaring the budget schema on the engine's type system: field declarations with
/// typed parent accessors, arguments, wrappers and enums mapped from CLR enums. Every field declared here
/// carries a description, because the SDL and the playground's documentation explorer are read by users.
/// </summary>
internal static class Gql
{
    /// <summary><c>T!</c>.</summary>
    public static NonNullType NonNull(GraphQLType type) => new(type);

    /// <summary><c>[T!]!</c>.</summary>
    public static NonNullType ListOf(GraphQLType item) => new(new ListType(new NonNullType(item)));

    /// <summary><c>[T!]</c> (a nullable list of non-null items, as input lists are).</summary>
    public static ListType InputList(GraphQLType item) => new(new NonNullType(item));

    /// <summary>Declares a field read synchronously from a typed parent.</summary>
    public static FieldDefinition Field<TParent>(this ComplexType type, string name, GraphQLType fieldType, Func<TParent, object?> read,
        string description)
    {
        var field = new FieldDefinition(name, fieldType) { Description = description };
        if (type is ObjectType)
        {
            field.SyncResolver = ctx => read(ctx.ParentAs<TParent>());
        }
        return type.AddField(field);
    }

    /// <summary>Declares a field resolved synchronously from the whole context (arguments, parent).</summary>
    public static FieldDefinition Resolve(this ObjectType type, string name, GraphQLType fieldType, Func<ResolveContext, object?> resolve,
        string description) =>
        type.AddField(new FieldDefinition(name, fieldType) { Description = description, SyncResolver = ctx =>
        {
            try
            {
                return resolve(ctx);
            }
            catch (QueryInputException e)
            {
                throw Public(e);
            }
        } });

    /// <summary>Declares a field resolved asynchronously (data loaders, queries).</summary>
    public static FieldDefinition ResolveAsync<T>(this ObjectType type, string name, GraphQLType fieldType, Func<ResolveContext, Task<T>> resolve,
        string description) =>
        type.AddField(new FieldDefinition(name, fieldType) { Description = description, Resolver = ctx => Await(resolve, ctx) });

    private static async ValueTask<object?> Await<T>(Func<ResolveContext, Task<T>> resolve, ResolveContext ctx)
    {
        try
        {
            return await resolve(ctx).ConfigureAwait(false);
        }
        catch (QueryInputException e)
        {
            throw Public(e);
        }
    }

    /// <summary>A refused input of the shared code as the engine's public error (same message and extensions).</summary>
    private static GraphQL.GraphQLException Public(QueryInputException e) => new(e.Message, e.Extensions, e);

    /// <summary>Adds an argument (fluent).</summary>
    public static FieldDefinition Arg(this FieldDefinition field, string name, GraphQLType type, string description)
    {
        field.Arguments[name] = new InputValue(name, type) { Description = description };
        return field;
    }

    /// <summary>Adds an argument with a default value (an internal value: a CLR enum member, an int, a string).</summary>
    public static FieldDefinition Arg(this FieldDefinition field, string name, GraphQLType type, object? defaultValue, string description)
    {
        field.Arguments[name] = new InputValue(name, type) { Description = description, DefaultValue = defaultValue, HasDefaultValue = true };
        return field;
    }

    /// <summary>Adds an input field.</summary>
    public static InputObjectType Input(this InputObjectType type, string name, GraphQLType fieldType, string description)
    {
        type.AddField(new InputValue(name, fieldType) { Description = description });
        return type;
    }

    /// <summary>
    /// An enum whose values are the CLR enum's members in UPPER_SNAKE_CASE (<c>CityBureau</c> →
    /// <c>CITY_BUREAU</c>); resolvers receive and return the CLR members.
    /// </summary>
    public static EnumType EnumOf<TEnum>(string name, string description, Func<TEnum, string>? describe = null) where TEnum : struct, Enum
    {
        var type = new EnumType(name) { Description = description };
        foreach (var member in Enum.GetValues<TEnum>())
        {
            type.AddValue(new EnumValue(UpperSnake(member.ToString()), member) { Description = describe?.Invoke(member) });
        }
        return type;
    }

    /// <summary><c>CityBureau</c> → <c>CITY_BUREAU</c>.</summary>
    public static string UpperSnake(string pascal)
    {
        var chars = new System.Text.StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]) && !char.IsUpper(pascal[i - 1]))
            {
                chars.Append('_');
            }
            chars.Append(char.ToUpperInvariant(pascal[i]));
        }
        return chars.ToString();
    }

    /// <summary>The argument's value, or null when absent or null.</summary>
    public static T? Opt<T>(this ResolveContext ctx, string name) where T : class =>
        ctx.Arguments.TryGetValue(name, out var v) && v is not null ? ArgumentBinder.Convert<T>(v) : null;

    /// <summary>A value-typed argument, or null when absent or null.</summary>
    public static T? OptValue<T>(this ResolveContext ctx, string name) where T : struct =>
        ctx.Arguments.TryGetValue(name, out var v) && v is not null ? ArgumentBinder.Convert<T>(v) : null;

    /// <summary>A list of strings argument (empty when absent).</summary>
    public static IReadOnlyList<string> Strings(this ResolveContext ctx, string name) =>
        ctx.Arguments.TryGetValue(name, out var v) && v is IEnumerable<object?> items
            ? items.Select(i => (string)i!).ToList()
            : [];

    /// <summary>An input object argument as the coerced dictionary, or null.</summary>
    public static IReadOnlyDictionary<string, object?>? InputObject(this ResolveContext ctx, string name) =>
        ctx.Arguments.TryGetValue(name, out var v) ? v as IReadOnlyDictionary<string, object?> : null;
}
