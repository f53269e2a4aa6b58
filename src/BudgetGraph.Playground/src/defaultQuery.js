/**
 * What a first-time visitor sees in the editor: one request that shows off the budget schema
 * (the contract of issue 5). Lines stay short so that they fit the editor pane on a laptop.
 */
export const DEFAULT_QUERY = `# BudgetGraph playground
#
# Published department budgets (部门预算) of
# three Shenzhen government units.
# Run with ▶ or Ctrl/Cmd-Enter; Ctrl-Space completes
# names. The book icon (left) opens the schema docs,
# the clock icon your history.
#
# Amounts are exact Decimals in 万元 (WAN_YUAN, the
# unit the documents publish) unless you ask for
# another: totalExpenditure(unit: YUAN).

query BudgetOverview($year: Int!, $compared: [String!]!) {
  # Every department and its code (what the other
  # fields take), with its initial (年初) budget for
  # the year: the total, basic spending (基本支出,
  # running the unit) and project spending (项目支出).
  departments {
    code
    name
    kind
    budget(year: $year) {
      totalExpenditure
      basicExpenditure
      projectExpenditure
      totalInYuan: totalExpenditure(unit: YUAN)
    }
  }

  # Two departments side by side at 类 level: the
  # 3-digit functional subjects, e.g. 201 一般公共
  # 服务支出. A cell is one department's amount and
  # its share of that department's total.
  # Try level: SECTION (款) or ITEM (项).
  compare(year: $year, departmentCodes: $compared, level: CLASS) {
    rows {
      code
      name
      cells {
        departmentCode
        amount
        share
      }
    }
  }
}
`;

/**
 * Variables for DEFAULT_QUERY, valid for the shipped data (data/sources): 2023 is the year both
 * compared departments publish a budget for; `szdsj` (深圳市大数据资源管理中心) and `psqzsj`
 * (深圳市坪山区政务服务数据管理局) are the codes the importer gives them. The `departments` list in
 * the result shows every code a visitor can put here instead. A browser test runs this pair as-is
 * against the real API (PlaygroundBrowserTests).
 */
export const DEFAULT_VARIABLES = `{
  "year": 2023,
  "compared": ["szdsj", "psqzsj"]
}
`;
