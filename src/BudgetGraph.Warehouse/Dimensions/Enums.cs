namespace BudgetGraph.Warehouse.Dimensions;

/// <summary>What kind of unit a department is. Stored by name.</summary>
public enum DepartmentKind
{
    /// <summary>A city-level bureau (市局), e.g. 深圳市政务服务和数据管理局(本级).</summary>
    CityBureau,
    /// <summary>A data center (事业单位) under a bureau, e.g. 深圳市大数据资源管理中心.</summary>
    DataCenter,
    /// <summary>A district-level bureau (区局), e.g. 深圳市坪山区政务服务数据管理局.</summary>
    DistrictBureau,
    /// <summary>A subdistrict office (街道办事处), the district's agency below it.</summary>
    SubdistrictOffice,
    /// <summary>A public institution (事业单位: 中心, 院, 馆, 站, …) other than a data center.</summary>
    PublicInstitution,
    /// <summary>A commission or office of a government (委员会, 办公室), at any level.</summary>
    Commission,
}

/// <summary>Administrative level of a department: 市 (city) or 区 (district).</summary>
public enum AdministrativeLevel
{
    /// <summary>市.</summary>
    City,
    /// <summary>区.</summary>
    District,
    /// <summary>街道 (a subdistrict under a district).</summary>
    Subdistrict,
}

/// <summary>Unit type: 行政单位 or 事业单位.</summary>
public enum UnitType
{
    /// <summary>行政单位.</summary>
    Administrative,
    /// <summary>事业单位.</summary>
    PublicInstitution,
}

/// <summary>Level in a hierarchical subject code list: 类 (3 digits) → 款 (5) → 项 (7).</summary>
public enum SubjectLevel
{
    /// <summary>类.</summary>
    Class,
    /// <summary>款.</summary>
    Section,
    /// <summary>项 (functional classification only).</summary>
    Item,
}

/// <summary>What a source document is.</summary>
public enum DocumentKind
{
    /// <summary>部门预算: the published department budget.</summary>
    Budget,
    /// <summary>部门整体绩效评价报告: the performance evaluation report (execution).</summary>
    Evaluation,
}

/// <summary>
/// How a project category was linked to the functional 项 it is spent under. Only
/// <see cref="Stated"/> is read from a document; every other value marks a derived link.
/// </summary>
public enum ItemLinkMethod
{
    /// <summary>The document states the 项 of the category.</summary>
    Stated,
    /// <summary>Only one 项 has project spending, so it takes every category.</summary>
    SingleItem,
    /// <summary>The category's name equals the 项's name.</summary>
    NameMatch,
    /// <summary>The category's amount equals the 项's remaining project amount.</summary>
    AmountMatch,
    /// <summary>Exactly one 项 with project spending was left after name and amount matching.</summary>
    Remainder,
    /// <summary>Several 项 remained; the category was put under the one with the largest project spending. A guess: the
    /// figures mart lists such a category without a 项 (see <c>BudgetFigures</c>).</summary>
    Unresolved,
}

/// <summary>
/// The published cross-section a fact was read from, by meaning rather than by number
/// (table numbering differs between documents: 001's 三公 table is 表8, elsewhere 表9).
/// </summary>
public enum Schedule
{
    /// <summary>收支总表.</summary>
    Summary,
    /// <summary>收入总表.</summary>
    Income,
    /// <summary>支出总表 (all funds, with the procurement columns).</summary>
    Expenditure,
    /// <summary>基本支出总表.</summary>
    BasicExpenditure,
    /// <summary>项目支出总表.</summary>
    ProjectExpenditure,
    /// <summary>政府预算拨款收支总表 / 财政拨款收支总表.</summary>
    Appropriation,
    /// <summary>一般公共预算支出表（按功能分类）.</summary>
    Functional,
    /// <summary>一般公共预算支出表（按经济分类）.</summary>
    Economic,
    /// <summary>一般公共预算“三公”经费支出表.</summary>
    ThreePublic,
    /// <summary>政府性基金预算支出表.</summary>
    GovernmentFund,
    /// <summary>国有资本经营预算支出表.</summary>
    StateCapital,
    /// <summary>一般公共预算基本支出表 (national template: economic subjects split into 人员经费 and 公用经费).</summary>
    BasicEconomic,
    /// <summary>政府采购预算表.</summary>
    Procurement,
    /// <summary>单位（部门）整体支出绩效目标表.</summary>
    Performance,
    /// <summary>The narrative text (文字部分), e.g. 第三部分 部门预算支出具体情况.</summary>
    Narrative,
    /// <summary>The prose of a performance evaluation report.</summary>
    EvaluationReport,
}
