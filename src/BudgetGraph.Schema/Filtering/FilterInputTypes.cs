using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Shared;
using HotChocolate.Language;
using HotChocolate.Resolvers;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Filtering;

/// <summary>
/// The filter and sort inputs in HotChocolate.Data's names and shapes (<c>XFilterInput { and or field: TOperationFilterInput }</c>,
/// <c>XSortInput { field: SortEnumType }</c>), declared from a <see cref="FilterTranslator{T}"/>'s fields, which also
/// translates them (the package HotChocolate.Data does not restore here; these are ready to swap for it).
/// </summary>
public abstract class FilterInputType(string name, string description, IReadOnlyList<FilterField> fields) : InputObjectType
{
    protected override void Configure(IInputObjectTypeDescriptor descriptor)
    {
        descriptor.Name(name).Description(description);
        descriptor.Field("and").Type(ListTypeNode.Of(GetType())).Description("All of these conditions.");
        descriptor.Field("or").Type(ListTypeNode.Of(GetType())).Description("Any of these conditions.");
        foreach (var f in fields)
        {
            var ops = f.Kind switch
            {
                FilterKind.String => typeof(StringOperationFilterInput),
                FilterKind.Int => typeof(IntOperationFilterInput),
                FilterKind.Amount => typeof(DecimalOperationFilterInput),
                // Enum columns carry their operation input's CLR type (FilterField.Enum is the engine's enum handle).
                _ => (Type)f.Enum!,
            };
            descriptor.Field(f.Name).Type(ops).Description(f.Description);
        }
    }
}

/// <summary><c>[T!]</c> of an input type given by its CLR type.</summary>
internal static class ListTypeNode
{
    public static Type Of(Type item) => typeof(ListType<>).MakeGenericType(typeof(NonNullType<>).MakeGenericType(item));
}

/// <summary>Sort input: one optional direction per field (give one field per list item).</summary>
public abstract class SortInputType(string name, string description, IReadOnlyList<FilterField> fields) : InputObjectType
{
    protected override void Configure(IInputObjectTypeDescriptor descriptor)
    {
        descriptor.Name(name).Description(description);
        foreach (var f in fields)
        {
            descriptor.Field(f.Name).Type<SortEnumType>().Description(f.Description);
        }
    }
}

/// <summary>SortEnumType (HotChocolate.Data's name).</summary>
public sealed class SortEnumType : EnumType<SortDirection>
{
    protected override void Configure(IEnumTypeDescriptor<SortDirection> descriptor) => descriptor.Name("SortEnumType").Description("Sort direction.");
}

/// <summary>Conditions on a String value.</summary>
public sealed class StringOperationFilterInput : InputObjectType
{
    protected override void Configure(IInputObjectTypeDescriptor descriptor)
    {
        descriptor.Name("StringOperationFilterInput").Description("Conditions on a String value.");
        descriptor.Field("and").Type<ListType<NonNullType<StringOperationFilterInput>>>().Description("All of these conditions.");
        descriptor.Field("or").Type<ListType<NonNullType<StringOperationFilterInput>>>().Description("Any of these conditions.");
        descriptor.Field("eq").Type<StringType>().Description("Equal to.");
        descriptor.Field("neq").Type<StringType>().Description("Not equal to.");
        descriptor.Field("in").Type<ListType<NonNullType<StringType>>>().Description("One of.");
        descriptor.Field("nin").Type<ListType<NonNullType<StringType>>>().Description("None of.");
        descriptor.Field("contains").Type<StringType>().Description("Contains the text (case-sensitive, as stored).");
        descriptor.Field("startsWith").Type<StringType>().Description("Starts with the text.");
        descriptor.Field("endsWith").Type<StringType>().Description("Ends with the text.");
    }
}

/// <summary>Conditions on a comparable scalar.</summary>
public abstract class ComparableOperationFilterInput<TScalar>(string scalar, string note) : InputObjectType where TScalar : class, IInputType
{
    protected override void Configure(IInputObjectTypeDescriptor descriptor)
    {
        descriptor.Name(scalar + "OperationFilterInput").Description($"Conditions on a {scalar} value.{note}");
        var self = ListTypeNode.Of(GetType());
        descriptor.Field("and").Type(self).Description("All of these conditions.");
        descriptor.Field("or").Type(self).Description("Any of these conditions.");
        descriptor.Field("eq").Type<TScalar>().Description("Equal to.");
        descriptor.Field("neq").Type<TScalar>().Description("Not equal to.");
        descriptor.Field("in").Type<ListType<NonNullType<TScalar>>>().Description("One of.");
        descriptor.Field("nin").Type<ListType<NonNullType<TScalar>>>().Description("None of.");
        descriptor.Field("gt").Type<TScalar>().Description("Greater than.");
        descriptor.Field("gte").Type<TScalar>().Description("Greater than or equal to.");
        descriptor.Field("lt").Type<TScalar>().Description("Less than.");
        descriptor.Field("lte").Type<TScalar>().Description("Less than or equal to.");
    }
}

/// <summary>IntOperationFilterInput.</summary>
public sealed class IntOperationFilterInput() : ComparableOperationFilterInput<IntType>("Int", "");

/// <summary>DecimalOperationFilterInput.</summary>
public sealed class DecimalOperationFilterInput()
    : ComparableOperationFilterInput<DecimalScalar>("Decimal", " Amounts are in the field's `unit` argument (万元 by default) and compared exactly.");

/// <summary>Conditions on an enum value: <c>eq neq in nin</c>.</summary>
public abstract class EnumOperationFilterInput<TEnumType>(string enumName) : InputObjectType where TEnumType : class, IInputType
{
    protected override void Configure(IInputObjectTypeDescriptor descriptor)
    {
        descriptor.Name(enumName + "OperationFilterInput").Description($"Conditions on a {enumName} value.");
        descriptor.Field("eq").Type<TEnumType>().Description("Equal to.");
        descriptor.Field("neq").Type<TEnumType>().Description("Not equal to.");
        descriptor.Field("in").Type<ListType<NonNullType<TEnumType>>>().Description("One of.");
        descriptor.Field("nin").Type<ListType<NonNullType<TEnumType>>>().Description("None of.");
    }
}

/// <summary>
/// Reading <c>where</c> and <c>order</c> arguments for the shared translator, which takes HotChocolate.Data's shapes as
/// dictionaries of the fields the client gave. HotChocolate coerces an input object without a runtime type to a
/// dictionary of every field, absent ones as null; the translator must not read an absent <c>eq</c> as <c>eq: null</c>
/// (which matches nothing), so the coerced value is cut down to the fields of the argument's literal (and variables).
/// </summary>
public static class FilterArguments
{
    /// <summary>The <c>where</c> input as the fields given, or null.</summary>
    public static IReadOnlyDictionary<string, object?>? Where(this IResolverContext ctx, string name = "where") =>
        Given(ctx, ctx.ArgumentValue<IReadOnlyDictionary<string, object?>?>(name), ctx.ArgumentLiteral<IValueNode>(name)) as IReadOnlyDictionary<string, object?>;

    /// <summary>The <c>order</c> input (a list of single-key sort inputs, the fields given), or null.</summary>
    public static IEnumerable<object?>? Order(this IResolverContext ctx, string name = "order") =>
        Given(ctx, ctx.ArgumentValue<IReadOnlyList<object?>?>(name), ctx.ArgumentLiteral<IValueNode>(name)) as IEnumerable<object?>;

    private static object? Given(IResolverContext ctx, object? value, IValueNode literal)
    {
        if (literal is VariableNode variable)
        {
            if (!ctx.Variables.TryGetValue<IValueNode>(variable.Name.Value, out var given))
            {
                return value;
            }
            literal = given;
        }
        switch (value, literal)
        {
            case (IReadOnlyDictionary<string, object?> fields, ObjectValueNode obj):
                var kept = new Dictionary<string, object?>();
                foreach (var field in obj.Fields)
                {
                    if (fields.TryGetValue(field.Name.Value, out var v))
                    {
                        kept[field.Name.Value] = Given(ctx, v, field.Value);
                    }
                }
                return kept;
            case (IReadOnlyList<object?> items, ListValueNode list) when items.Count == list.Items.Count:
                return items.Select((item, i) => Given(ctx, item, list.Items[i])).ToList();
            default:
                return value;
        }
    }
}
