using BudgetGraph.Api.Budget.Filtering;
using BudgetGraph.GraphQL.Types;
using BudgetGraph.Warehouse.Dimensions;
using BudgetGraph.Warehouse.Facts;

namespace BudgetGraph.Api.Budget.Schema;

/// <summary>
/// Every named type of the budget schema, created empty up front so that topics can reference each other
/// (a department has budgets, a budget has a breakdown whose nodes cite sources…); each topic then adds
/// its fields in its own <c>Configure</c>. One instance per schema.
/// </summary>
public sealed class BudgetTypes
{
    /// <summary>The exact decimal scalar.</summary>
    public ScalarType Decimal { get; } = Scalars.Decimal;

    /// <summary>Root query type.</summary>
    public ObjectType Query { get; } = new("Query") { Description = "Published department budgets (部门预算) of Shenzhen units: figures, drill-downs, comparisons, with a source for every figure." };

    /// <summary>Relay's Node interface.</summary>
    public InterfaceType Node { get; } = new("Node") { Description = "An object with a global id, refetchable with `node(id:)` (Relay)." };

    /// <summary>AmountUnit.</summary>
    public EnumType AmountUnit { get; } = Gql.EnumOf<AmountUnit>("AmountUnit",
        "The unit of a returned amount. Conversions from the stored yuan are exact.",
        u => u switch
        {
            Schema.AmountUnit.Yuan => "元.",
            Schema.AmountUnit.WanYuan => "万元 (10,000 元): the unit the documents publish in, and the default.",
            _ => "亿元 (100,000,000 元).",
        });

    /// <summary>DepartmentKind.</summary>
    public EnumType DepartmentKind { get; } = Gql.EnumOf<DepartmentKind>("DepartmentKind", "What kind of unit a department is.");

    /// <summary>AdministrativeLevel.</summary>
    public EnumType AdministrativeLevel { get; } = Gql.EnumOf<AdministrativeLevel>("AdministrativeLevel", "市 (city), 区 (district) or 街道 (subdistrict).");

    /// <summary>FundSource (declared by the income topic, used by the table-figure topic too).</summary>
    public ObjectType FundSource { get; set; } = null!;

    /// <summary>UnitType.</summary>
    public EnumType UnitType { get; } = Gql.EnumOf<UnitType>("UnitType", "行政单位 (administrative) or 事业单位 (public institution).");

    /// <summary>SubjectLevel.</summary>
    public EnumType SubjectLevel { get; } = Gql.EnumOf<SubjectLevel>("SubjectLevel",
        "Level of a classification code: 类 (CLASS, 3 digits), 款 (SECTION, 5), 项 (ITEM, 7; functional classification only).");

    /// <summary>DocumentKind.</summary>
    public EnumType DocumentKind { get; } = Gql.EnumOf<DocumentKind>("DocumentKind", "What a source document is.");

    /// <summary>Classification.</summary>
    public EnumType Classification { get; } = Gql.EnumOf<Classification>("Classification",
        "The classification of expenditure: 支出功能分类 (FUNCTIONAL, what for) or 支出经济分类 (ECONOMIC, on what).");

    /// <summary>Stage.</summary>
    public EnumType Stage { get; } = Gql.EnumOf<BudgetStage>("Stage", "Budget stage: 年初预算 (INITIAL), 调整预算 (ADJUSTED), 实际支出 (ACTUAL).");

    /// <summary>ExecutionMeasure.</summary>
    public EnumType ExecutionMeasure { get; } = Gql.EnumOf<ExecutionMeasure>("ExecutionMeasure", "Which budget an execution figure is about.");

    /// <summary>ThreePublicItem.</summary>
    public EnumType ThreePublicItem { get; } = Gql.EnumOf<ThreePublicItem>("ThreePublicItem", "The items of the 三公 expenses.");

    /// <summary>SortEnumType (HotChocolate's name).</summary>
    public EnumType SortEnumType { get; } = Gql.EnumOf<SortDirection>("SortEnumType", "Sort direction.");

    /// <summary>Source.</summary>
    public ObjectType Source { get; } = new("Source") { Description = "Where a figure comes from." };

    /// <summary>SourceDocument.</summary>
    public ObjectType SourceDocument { get; } = new("SourceDocument") { Description = "A published document the warehouse imported." };

    /// <summary>PageInfo.</summary>
    public ObjectType PageInfo { get; } = new("PageInfo");

    /// <summary>FiscalYear.</summary>
    public ObjectType FiscalYear { get; } = new("FiscalYear") { Description = "A fiscal year with published figures." };

    /// <summary>Department.</summary>
    public ObjectType Department { get; } = new("Department") { Description = "A publishing unit (预算单位)." };

    /// <summary>Budget.</summary>
    public ObjectType Budget { get; } = new("Budget") { Description = "A department's budget for one fiscal year." };

    /// <summary>Execution.</summary>
    public ObjectType Execution { get; } = new("Execution") { Description = "How the budget was executed, as stated by the performance evaluation report (绩效评价报告)." };

    /// <summary>ExecutionLine.</summary>
    public ObjectType ExecutionLine { get; } = new("ExecutionLine") { Description = "Execution of one budget (whole, basic, project, procurement, daily operations)." };

    /// <summary>BreakdownNode.</summary>
    public ObjectType BreakdownNode { get; } = new("BreakdownNode") { Description = "A node of the drill-down: the functional classification 类 → 款 → 项, then project categories and their line items." };

    /// <summary>Residual.</summary>
    public ObjectType Residual { get; } = new("Residual") { Description = "Why a residual node exists: the published parent and the sum of its published children it reconciles." };

    /// <summary>BreakdownNodeKind.</summary>
    public EnumType BreakdownNodeKind { get; } = Gql.EnumOf<Breakdown.BreakdownNodeKind>("BreakdownNodeKind", "What a breakdown node is.");

    /// <summary>Comparison.</summary>
    public ObjectType Comparison { get; } = new("Comparison") { Description = "Departments side by side." };

    /// <summary>ComparisonRow.</summary>
    public ObjectType ComparisonRow { get; } = new("ComparisonRow") { Description = "One classification code across the compared departments." };

    /// <summary>ComparisonCell.</summary>
    public ObjectType ComparisonCell { get; } = new("ComparisonCell") { Description = "One department's figure for a code." };

    /// <summary>ComparisonTotal.</summary>
    public ObjectType ComparisonTotal { get; } = new("ComparisonTotal") { Description = "A compared department's total, the denominator of its shares." };

    /// <summary>Expenditure (a fact row).</summary>
    public ObjectType Expenditure { get; } = new("Expenditure") { Description = "A published expenditure row: one department-year's amount for one classification code." };

    /// <summary>Subject (code list entry).</summary>
    public ObjectType Subject { get; } = new("Subject") { Description = "An entry of a classification code list, with its children." };

    /// <summary>ProjectCategory.</summary>
    public ObjectType ProjectCategory { get; } = new("ProjectCategory") { Description = "A project category (项目支出类别) of a department-year." };

    /// <summary>LineItem.</summary>
    public ObjectType LineItem { get; } = new("LineItem") { Description = "A named line item of a project category (第三部分's \"主要包括\")." };

    /// <summary>StatementSubject.</summary>
    public EnumType StatementSubject { get; } = Gql.EnumOf<StatementSubject>("StatementSubject", "What a prior-year statement is about.");

    /// <summary>StatementConflict.</summary>
    public ObjectType StatementConflict { get; } = new("StatementConflict")
    {
        Description = "Statements of one document about the same figure of an earlier year that disagree (000 states 政府投资项目's change against 2022 as 减少 6,995 万元 at one place and 减少 6,545 万元 at another): both kept, with their sources, never resolved.",
    };

    /// <summary>Shared filter operations.</summary>
    public InputObjectType StringOps { get; } = new("StringOperationFilterInput") { Description = "Conditions on a String value." };

    /// <summary>Int filter operations.</summary>
    public InputObjectType IntOps { get; } = new("IntOperationFilterInput");

    /// <summary>Decimal filter operations.</summary>
    public InputObjectType DecimalOps { get; } = new("DecimalOperationFilterInput");

    /// <summary>Enum filter operation inputs, by name.</summary>
    public Dictionary<string, InputObjectType> EnumOps { get; } = new();

    /// <summary>Types reachable only through interfaces (listed so the schema holds them).</summary>
    public List<NamedType> Extra { get; } = new();
}
