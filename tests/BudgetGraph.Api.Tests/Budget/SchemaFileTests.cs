using HotChocolate.Language;

namespace BudgetGraph.Api.Tests.Budget;

/// <summary>The core contract of the served schema's types and fields (HotChocolate's, read as SDL).</summary>
public sealed class SchemaFileTests
{

    [Theory]
    [InlineData("Query", "departments", "[Department!]!", "where: DepartmentFilterInput, order: [DepartmentSortInput!]")]
    [InlineData("Query", "department", "Department", "code: String!")]
    [InlineData("Query", "breakdown", "BreakdownNode", "year: Int!, departmentCodes: [String!]!, code: String")]
    [InlineData("Query", "compare", "Comparison!", "year: Int!, departmentCodes: [String!]!, level: SubjectLevel = CLASS")]
    [InlineData("Department", "code", "String!", "")]
    [InlineData("Department", "name", "String!", "")]
    [InlineData("Department", "kind", "DepartmentKind!", "")]
    [InlineData("Department", "budget", "Budget", "year: Int!")]
    [InlineData("Budget", "year", "Int!", "")]
    [InlineData("Budget", "totalExpenditure", "Decimal!", "unit: AmountUnit = WAN_YUAN")]
    [InlineData("Budget", "basicExpenditure", "Decimal!", "unit: AmountUnit = WAN_YUAN")]
    [InlineData("Budget", "projectExpenditure", "Decimal!", "unit: AmountUnit = WAN_YUAN")]
    [InlineData("Budget", "execution", "Execution", "")]
    [InlineData("Execution", "initialBudget", "Decimal", "unit: AmountUnit = WAN_YUAN")]
    [InlineData("Execution", "adjustedBudget", "Decimal", "unit: AmountUnit = WAN_YUAN")]
    [InlineData("Execution", "actualExpenditure", "Decimal", "unit: AmountUnit = WAN_YUAN")]
    [InlineData("Execution", "executionRate", "Float", "")]
    [InlineData("BreakdownNode", "code", "String", "")]
    [InlineData("BreakdownNode", "name", "String!", "")]
    [InlineData("BreakdownNode", "amount", "Decimal!", "unit: AmountUnit = WAN_YUAN")]
    [InlineData("BreakdownNode", "children", "[BreakdownNode!]!", "")]
    [InlineData("Comparison", "rows", "[ComparisonRow!]!", "")]
    [InlineData("ComparisonRow", "code", "String!", "")]
    [InlineData("ComparisonRow", "name", "String!", "")]
    [InlineData("ComparisonRow", "cells", "[ComparisonCell!]!", "")]
    [InlineData("ComparisonCell", "departmentCode", "String!", "")]
    [InlineData("ComparisonCell", "amount", "Decimal", "unit: AmountUnit = WAN_YUAN")]
    [InlineData("ComparisonCell", "share", "Float", "")]
    public async Task Schema_keeps_the_core_contract(string typeName, string fieldName, string type, string arguments)
    {
        var types = await BudgetSdl.ServedAsync();
        var field = Assert.Single(Assert.IsType<ObjectTypeDefinitionNode>(types[typeName]).Fields, f => f.Name.Value == fieldName);
        Assert.Equal(type, field.Type.ToString());
        // The contract's arguments come first, in order; more may follow.
        var printed = string.Join(", ", field.Arguments.Select(a =>
            $"{a.Name.Value}: {a.Type}" + (a.DefaultValue is { } d ? " = " + d : "")));
        Assert.StartsWith(arguments, printed);
    }

    [Theory]
    // Issue 13: the kinds are no longer closed at three (values are only ever added, after the existing ones).
    [InlineData("DepartmentKind", "CITY_BUREAU DATA_CENTER DISTRICT_BUREAU SUBDISTRICT_OFFICE PUBLIC_INSTITUTION COMMISSION")]
    [InlineData("AdministrativeLevel", "CITY DISTRICT SUBDISTRICT")]
    [InlineData("SubjectLevel", "CLASS SECTION ITEM")]
    [InlineData("AmountUnit", "YUAN WAN_YUAN YI_YUAN")]
    public async Task Schema_keeps_the_contract_enums(string name, string values)
    {
        var e = Assert.IsType<EnumTypeDefinitionNode>((await BudgetSdl.ServedAsync())[name]);
        Assert.Equal(values, string.Join(" ", e.Values.Select(v => v.Name.Value)));
    }
}
