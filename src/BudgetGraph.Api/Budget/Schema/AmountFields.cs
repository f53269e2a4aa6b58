using BudgetGraph.GraphQL.Execution;
using BudgetGraph.GraphQL.Types;

namespace BudgetGraph.Api.Budget.Schema;

/// <summary>Amount fields on the home-made engine's type system (the conversions themselves are <see cref="Amounts"/>, shared).</summary>
public static class AmountFields
{
    extension(Amounts)
    {
        /// <summary>The <c>unit</c> argument of a field (WAN_YUAN when not given).</summary>
        public static AmountUnit Unit(ResolveContext ctx) =>
            ctx.Arguments.TryGetValue("unit", out var v) && v is AmountUnit u ? u : AmountUnit.WanYuan;
    }

    /// <summary>
    /// Declares an amount field <c>name(unit: AmountUnit = WAN_YUAN): Decimal</c> read from a parent's yuan.
    /// </summary>
    public static FieldDefinition Amount<TParent>(this ComplexType type, BudgetTypes t, string name, Func<TParent, long?> yuan, bool nonNull,
        string description)
    {
        var field = new FieldDefinition(name, nonNull ? new NonNullType(t.Decimal) : t.Decimal) { Description = description };
        field.Arg("unit", t.AmountUnit, AmountUnit.WanYuan, "The unit of the returned amount (万元 by default, as published).");
        if (type is ObjectType)
        {
            field.SyncResolver = ctx => Amounts.In(yuan(ctx.ParentAs<TParent>()), Amounts.Unit(ctx));
        }
        return type.AddField(field);
    }
}
