using BudgetGraph.GraphSchema;
using HotChocolate.Resolvers;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Shared;

/// <summary>
/// Field declarations shared by every topic. Fields that only read their parent (or an argument) are declared
/// <b>pure</b>: HotChocolate runs them inline without a task, and its cost analysis does not charge them as resolvers.
/// </summary>
public static class Fields
{
    /// <summary>A pure field computed from the resolver context (parent, arguments).</summary>
    public static IObjectFieldDescriptor Pure(this IObjectFieldDescriptor field, PureFieldDelegate resolve)
    {
        field.ExtendWith(e =>
        {
            e.Configuration.PureResolver = resolve;
            e.Configuration.Resolver = ctx => new ValueTask<object?>(resolve(ctx));
        });
        return field;
    }

    /// <summary>A pure field read from a typed parent.</summary>
    public static IObjectFieldDescriptor Reads<TParent>(this IObjectFieldDescriptor field, Func<TParent, object?> read) =>
        field.Pure(ctx => read(ctx.Parent<TParent>()));

    /// <summary>Declares <c>name: T</c> (or <c>T!</c>) read from the parent, with a description.</summary>
    public static IObjectFieldDescriptor Field<TParent, TType>(this IObjectTypeDescriptor descriptor, string name, Func<TParent, object?> read,
        string description) where TType : class, IOutputType =>
        descriptor.Field(name).Type<TType>().Description(description).Reads(read);

    /// <summary>Declares <c>name: T</c> (or <c>T!</c>) read from the parent of a typed object type.</summary>
    public static IObjectFieldDescriptor Field<TParent, TType>(this IObjectTypeDescriptor<TParent> descriptor, string name, Func<TParent, object?> read,
        string description) where TType : class, IOutputType =>
        descriptor.Field(name).Type<TType>().Description(description).Reads(read);

    /// <summary>Declares an amount field on a typed object type (see the untyped overload).</summary>
    public static IObjectFieldDescriptor Amount<TParent>(this IObjectTypeDescriptor<TParent> descriptor, string name, Func<TParent, long?> yuan, bool nonNull,
        string description)
    {
        var field = descriptor.Field(name).Description(description);
        field = nonNull ? field.Type<NonNullType<DecimalScalar>>() : field.Type<DecimalScalar>();
        return field.UnitArgument().Pure(ctx => Amounts.In(yuan(ctx.Parent<TParent>()), ctx.Unit()));
    }

    /// <summary>
    /// Declares an amount field <c>name(unit: AmountUnit = WAN_YUAN): Decimal</c> read from a parent's yuan (exact conversion).
    /// </summary>
    public static IObjectFieldDescriptor Amount<TParent>(this IObjectTypeDescriptor descriptor, string name, Func<TParent, long?> yuan, bool nonNull,
        string description)
    {
        var field = descriptor.Field(name).Description(description);
        field = nonNull ? field.Type<NonNullType<DecimalScalar>>() : field.Type<DecimalScalar>();
        return field.UnitArgument().Pure(ctx => Amounts.In(yuan(ctx.Parent<TParent>()), ctx.Unit()));
    }

    /// <summary>Adds <c>unit: AmountUnit = WAN_YUAN</c>.</summary>
    public static IObjectFieldDescriptor UnitArgument(this IObjectFieldDescriptor field) =>
        field.Argument("unit", a => a.Type<AmountUnitType>().DefaultValue(AmountUnit.WanYuan)
            .Description("The unit of the returned amount (万元 by default, as published)."));

    /// <summary>The field's <c>unit</c> argument.</summary>
    public static AmountUnit Unit(this IResolverContext ctx) => ctx.ArgumentValue<AmountUnit?>("unit") ?? AmountUnit.WanYuan;

    /// <summary>Adds an argument.</summary>
    public static IObjectFieldDescriptor Arg<TType>(this IObjectFieldDescriptor field, string name, string description) where TType : class, IInputType =>
        field.Argument(name, a => a.Type<TType>().Description(description));
}

/// <summary>AmountUnit.</summary>
public sealed class AmountUnitType : EnumType<AmountUnit>
{
    protected override void Configure(IEnumTypeDescriptor<AmountUnit> descriptor)
    {
        descriptor.Name("AmountUnit").Description("The unit of a returned amount. Conversions from the stored yuan are exact.");
        descriptor.Value(AmountUnit.Yuan).Name("YUAN").Description("元.");
        descriptor.Value(AmountUnit.WanYuan).Name("WAN_YUAN").Description("万元 (10,000 元): the unit the documents publish in, and the default.");
        descriptor.Value(AmountUnit.YiYuan).Name("YI_YUAN").Description("亿元 (100,000,000 元).");
    }
}

/// <summary>Stage.</summary>
public sealed class StageType : EnumType<BudgetStage>
{
    protected override void Configure(IEnumTypeDescriptor<BudgetStage> descriptor) =>
        descriptor.Name("Stage").Description("Budget stage: 年初预算 (INITIAL), 调整预算 (ADJUSTED), 实际支出 (ACTUAL).");
}

/// <summary>The <c>stage</c> argument of every field that can serve more than one stage (default: the initial budget).</summary>
public static class StageArguments
{
    /// <summary>Adds <c>stage: Stage = INITIAL</c>.</summary>
    public static IObjectFieldDescriptor StageArgument(this IObjectFieldDescriptor field) =>
        field.Argument("stage", a => a.Type<StageType>().DefaultValue(BudgetStage.Initial).Description(
            "The stage: INITIAL (年初预算, the budget document's, or an evaluation report's for a year without one), ADJUSTED (调整预算) or ACTUAL (实际支出), both from evaluation reports."));

    /// <summary>The field's <c>stage</c> argument.</summary>
    public static BudgetStage Stage(this IResolverContext ctx) => ctx.ArgumentValue<BudgetStage?>("stage") ?? BudgetStage.Initial;
}

/// <summary>SubjectLevel.</summary>
public sealed class SubjectLevelType : EnumType<BudgetGraph.Warehouse.Dimensions.SubjectLevel>
{
    protected override void Configure(IEnumTypeDescriptor<BudgetGraph.Warehouse.Dimensions.SubjectLevel> descriptor) =>
        descriptor.Name("SubjectLevel").Description(
            "Level of a classification code: 类 (CLASS, 3 digits), 款 (SECTION, 5), 项 (ITEM, 7; functional classification only).");
}
