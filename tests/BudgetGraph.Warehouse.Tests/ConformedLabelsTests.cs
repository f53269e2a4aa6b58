using BudgetGraph.Warehouse.Marts;

namespace BudgetGraph.Warehouse.Tests;

/// <summary>The conforming rule's boundaries: what it maps, and what it must leave alone.</summary>
public sealed class ConformedLabelsTests
{
    [Theory]
    [InlineData(LabelKind.ProjectCategory, "资产配置预算", "资产配置")]
    [InlineData(LabelKind.ProjectCategory, "资产配置", "资产配置")]
    [InlineData(LabelKind.ProjectCategory, "预算", "预算")] // nothing would remain
    [InlineData(LabelKind.ProjectCategory, "X预算", "X预算")] // a one-character stem is not a name
    [InlineData(LabelKind.ProjectCategory, "聘用人员经费", "聘用人员经费")] // 经费 is never stripped
    [InlineData(LabelKind.Project, "编制部门预算", "编制部门预算")] // in a project's name 预算 can be the thing itself
    [InlineData(LabelKind.Project, "深圳市政务云项目（二期）", "深圳市政务云（二期）")]
    [InlineData(LabelKind.Project, "深圳市政务云（二期）", "深圳市政务云（二期）")]
    [InlineData(LabelKind.ProjectCategory, "深圳市政务云项目（二期）", "深圳市政务云项目（二期）")] // synonyms are of projects
    public void Conforms_only_what_its_rules_name(LabelKind kind, string printed, string conformed) =>
        Assert.Equal(conformed, ConformedLabels.Conform(kind, printed));

    [Fact]
    public void Two_wordings_of_one_category_are_the_same()
    {
        Assert.True(ConformedLabels.Same(LabelKind.ProjectCategory, "资产配置", "资产配置预算"));
        Assert.False(ConformedLabels.Same(LabelKind.ProjectCategory, "政府投资项目", "2023年政府投资项目"));
    }
}
