using BudgetGraph.GraphSchema.Breakdown;
using BudgetGraph.GraphSchema.Compare;
using BudgetGraph.GraphSchema;
using BudgetGraph.GraphSchema.Filtering;
using BudgetGraph.GraphSchema.Provenance;
using BudgetGraph.GraphSchema.Shared;
using HotChocolate.Types;

namespace BudgetGraph.GraphSchema.Compare;

/// <summary>Comparison.</summary>
public sealed class ComparisonType : ObjectType<ComparisonValue>
{
    protected override void Configure(IObjectTypeDescriptor<ComparisonValue> descriptor)
    {
        descriptor.Name("Comparison").Description("Departments side by side.").BindFieldsExplicitly();
        descriptor.Field<ComparisonValue, NonNullType<ListType<NonNullType<ComparisonRowType>>>>("rows", x => x.Rows,
            "The codes at the requested level that any compared department has.");
        descriptor.Field<ComparisonValue, NonNullType<ListType<NonNullType<ComparisonTotalType>>>>("totals", x => x.Totals, "Each department's total.");
    }
}

/// <summary>ComparisonRow.</summary>
public sealed class ComparisonRowType : ObjectType<ComparisonRowValue>
{
    protected override void Configure(IObjectTypeDescriptor<ComparisonRowValue> descriptor)
    {
        descriptor.Name("ComparisonRow").Description("One classification code across the compared departments.").BindFieldsExplicitly();
        descriptor.Field<ComparisonRowValue, NonNullType<StringType>>("code", x => x.Code, "The classification code.");
        descriptor.Field<ComparisonRowValue, NonNullType<StringType>>("name", x => x.Name, "The published name.");
        descriptor.Field<ComparisonRowValue, NonNullType<ListType<NonNullType<ComparisonCellType>>>>("cells", x => x.Cells,
            "One cell per department, in the order of `departmentCodes`.");
    }
}

/// <summary>ComparisonCell.</summary>
public sealed class ComparisonCellType : ObjectType<ComparisonCellValue>
{
    protected override void Configure(IObjectTypeDescriptor<ComparisonCellValue> descriptor)
    {
        descriptor.Name("ComparisonCell").Description("One department's figure for a code.").BindFieldsExplicitly();
        descriptor.Field<ComparisonCellValue, NonNullType<StringType>>("departmentCode", x => x.DepartmentCode, "The department.");
        descriptor.Amount<ComparisonCellValue>("amount", x => x.Amount, false, "The department's amount for the code; null when it has none.");
        descriptor.Amount<ComparisonCellValue>("basicAmount", x => x.Row?.Basic, false, "Its basic expenditure part.");
        descriptor.Amount<ComparisonCellValue>("projectAmount", x => x.Row?.Project, false, "Its project expenditure part.");
        descriptor.Field<ComparisonCellValue, FloatType>("share", x => x.Amount is { } a ? BreakdownLoad.Share(a, x.DepartmentTotal) : null,
            "amount / the department's total (of the same table) as a fraction.");
        descriptor.Field<ComparisonCellValue, IntType>("rank", x => x.Rank, "1 for the largest amount among the compared departments; null without an amount.");
        descriptor.Amount<ComparisonCellValue>("difference", x => x.Difference, false,
            "amount − the `differenceFrom` department's amount (a missing amount counts as 0); null without `differenceFrom`.");
        descriptor.Field<ComparisonCellValue, SourceType>("source", x => x.Row?.Source, "Where the amount is printed.");
    }
}

/// <summary>ComparisonTotal.</summary>
public sealed class ComparisonTotalType : ObjectType<ComparisonTotalValue>
{
    protected override void Configure(IObjectTypeDescriptor<ComparisonTotalValue> descriptor)
    {
        descriptor.Name("ComparisonTotal").Description("A compared department's total, the denominator of its shares.").BindFieldsExplicitly();
        descriptor.Field<ComparisonTotalValue, NonNullType<StringType>>("departmentCode", x => x.DepartmentCode, "The department.");
        descriptor.Field<ComparisonTotalValue, NonNullType<StringType>>("departmentName", x => x.DepartmentName, "Its name.");
        descriptor.Amount<ComparisonTotalValue>("amount", x => x.Row?.Total, false, "Its total in the compared table (the share denominator).");
        descriptor.Field<ComparisonTotalValue, SourceType>("source", x => x.Row?.Source, "Where the total is printed.");
    }
}

/// <summary>Classification.</summary>
public sealed class ClassificationType : EnumType<Classification>
{
    protected override void Configure(IEnumTypeDescriptor<Classification> descriptor) =>
        descriptor.Name("Classification")
            .Description("The classification of expenditure: 支出功能分类 (FUNCTIONAL, what for) or 支出经济分类 (ECONOMIC, on what).");
}

/// <summary>ComparisonSortInput.</summary>
public sealed class ComparisonSortInput : InputObjectType
{
    protected override void Configure(IInputObjectTypeDescriptor descriptor)
    {
        descriptor.Name("ComparisonSortInput")
            .Description("Sort comparison rows by code, by name, or by one department's amount (`{ department: \"szdsj\", amount: DESC }`).");
        descriptor.Field("code").Type<SortEnumType>().Description("By code.");
        descriptor.Field("name").Type<SortEnumType>().Description("By name.");
        descriptor.Field("department").Type<StringType>().Description("The department whose column `amount` sorts by.");
        descriptor.Field("amount").Type<SortEnumType>().Description("By the amount of `department` (rows where it has none sort last).");
    }
}
