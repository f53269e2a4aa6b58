using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Shared;

/// <summary>
/// <c>Decimal</c>: exact decimals written as JSON numbers with all their digits. HotChocolate's own decimal scalar
/// under the description and <c>@specifiedBy</c> the budget schema publishes (money is never a binary float).
/// </summary>
public sealed class DecimalScalar : DecimalType
{
    /// <summary>The scalar as the budget schema declares it.</summary>
    public DecimalScalar()
        : base("Decimal",
            "An exact decimal number, written as a JSON number with all its digits (no binary floating point rounding). Amounts of money use it.",
            decimal.MinValue, decimal.MaxValue, BindingBehavior.Explicit)
    {
        SpecifiedBy = "https://www.rfc-editor.org/rfc/rfc8259#section-6";
    }
}
