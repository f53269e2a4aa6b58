// Every request the Budget explorer makes, in one place, so that a front-end team can copy this file.
//
// The API is BudgetGraph's public GraphQL endpoint: POST /graphql with a JSON body
// { query, variables, operationName }. Amounts are exact decimals serialised as JSON numbers; every
// amount field takes `unit: YUAN | WAN_YUAN | YI_YUAN` (万元 by default, the unit the documents publish
// in), so the page never converts money itself. Every figure carries its provenance (`source` or
// `sources`): the document, the table and the line of the text it was read from.

/**
 * Where a figure was printed. `derived`: computed, not read as printed; `statedByLaterDocument`: a
 * prior-year figure; `firstLine`–`line`: the lines the figure's sentence or row spans (equal when it is
 * printed on one line); `url`: the API's page showing the document's text with those lines highlighted.
 * `document.kind` EVALUATION: the figure is an evaluation report's, not a department budget's.
 */
export const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceFields on Source {
    document { title fileName year kind }
    table
    firstLine
    line
    url
    precision
    derived
    statedByLaterDocument
  }
`;

/** The departments, with the fiscal years their documents cover (for the pickers). */
export const DEPARTMENTS = /* GraphQL */ `
  query Departments {
    departments {
      code
      name
      kind
      fiscalYears
    }
  }
`;

/**
 * Every imported document: whose, which year, budget or evaluation report, the stages its figures are
 * of, and whether it prints the 支出总表 (what compare and drill-down read). The page picks its
 * defaults from this, so it never opens on a year a department has no such figures for.
 */
export const COVERAGE = /* GraphQL */ `
  query Coverage {
    documents {
      fileName
      title
      kind
      year
      departmentCode
      departmentName
      lineCount
      stages
      expenditureTable
      url
    }
  }
`;

/**
 * Departments side by side by 类, 款 or 项 (`level`: CLASS, SECTION, ITEM; functional classification,
 * 支出总表) for one year, with each department's published total.
 */
export const COMPARE = /* GraphQL */ `
  query Compare($year: Int!, $departments: [String!]!, $level: SubjectLevel!, $unit: AmountUnit!) {
    compare(year: $year, departmentCodes: $departments, level: $level) {
      rows {
        code
        name
        cells {
          departmentCode
          amount(unit: $unit)
          share
          source { ...SourceFields }
        }
      }
      totals {
        departmentCode
        departmentName
        amount(unit: $unit)
        source { ...SourceFields }
      }
    }
  }
  ${SOURCE_FIELDS}
`;

/**
 * One node of the drill-down of a department-year (or the sum of several) with three levels below it:
 * its children (drawn), their children (drawn once the user clicks a child) and whether those have
 * children in turn (so the page knows which blocks can be opened). The tree is 类 → 款 → 项 → project
 * categories (and 基本支出) → line items; `code` selects a 类/款/项 (null: the root, whose children are
 * the 类). Nodes below a 项 have no code: they are reached through the 项's answer.
 *
 * Residual children (kind ROUNDING_RESIDUAL or UNLISTED_RESIDUAL) make every level add up to its
 * published parent; `residual` says what they reconcile. A summed node cites every figure in `sources`.
 * (The whole tree in one request would exceed the API's cost limit: each nested list counts as 20.)
 */
export const BREAKDOWN = /* GraphQL */ `
  query Breakdown($year: Int!, $departments: [String!]!, $code: String, $unit: AmountUnit!) {
    breakdown(year: $year, departmentCodes: $departments, code: $code) {
      ...NodeFields
      children {
        ...NodeFields
        children {
          ...NodeFields
          children { kind }
        }
      }
    }
  }

  fragment NodeFields on BreakdownNode {
    code
    name
    kind
    amount(unit: $unit)
    shareOfParent
    sources { ...SourceFields }
    residual {
      published(unit: $unit)
      childrenSum(unit: $unit)
    }
  }
  ${SOURCE_FIELDS}
`;

/** A 类/款/项 node's name and amount alone: the steps of the breadcrumb above the node shown. */
export const BREAKDOWN_STEP = /* GraphQL */ `
  query BreakdownStep($year: Int!, $departments: [String!]!, $code: String!, $unit: AmountUnit!) {
    breakdown(year: $year, departmentCodes: $departments, code: $code) {
      code
      name
      kind
      amount(unit: $unit)
    }
  }
`;

/**
 * One department over the years: its total, its spending by 类 and by project category, one point a
 * year with the change on the year before. Years that only a later document states (its prior-year
 * figures, "比 2022 年增加 28,709 万元") are included with `statedByLaterDocument: true`.
 */
export const YEAR_OVER_YEAR = /* GraphQL */ `
  query YearOverYear($department: String!, $unit: AmountUnit!) {
    yearOverYear(departmentCode: $department, level: CLASS) {
      department { code name }
      years
      rows {
        kind
        code
        name
        points {
          year
          amount(unit: $unit)
          change(unit: $unit)
          percentChange
          statedByLaterDocument
          stage
          comparable
          source { ...SourceFields }
        }
      }
    }
  }
  ${SOURCE_FIELDS}
`;

/**
 * Every department's budget figures of one year by project category (项目支出总表), with its total,
 * basic and project expenditure: compare by project category, with shares.
 */
export const CATEGORIES = /* GraphQL */ `
  query Categories($year: Int!, $unit: AmountUnit!) {
    departments {
      code
      name
      budget(year: $year) {
        totalExpenditure(unit: $unit)
        projectExpenditure(unit: $unit)
        source { ...SourceFields }
        projectCategories {
          name
          itemCode
          amount(unit: $unit)
          source { ...SourceFields }
        }
      }
    }
  }
  ${SOURCE_FIELDS}
`;

/**
 * Execution (from evaluation reports): initial budget, adjusted budget, actual expenditure and the
 * execution rate, for the whole budget and each measure the report states, every year of a department.
 * Also used for the compare cards of a department-year that has only a report.
 */
export const EXECUTION = /* GraphQL */ `
  query Execution($department: String!, $unit: AmountUnit!) {
    department(code: $department) {
      code
      name
      budgets {
        year
        execution {
          lines {
            measure
            initialBudget(unit: $unit)
            adjustedBudget(unit: $unit)
            actualExpenditure(unit: $unit)
            executionRate
            rateStated
            sources { ...SourceFields }
          }
        }
      }
    }
  }
  ${SOURCE_FIELDS}
`;

/**
 * The 三公 expenses of every year of a department: each year's budget table (with its prior-year column
 * and the change row) and an evaluation report's adjusted and actual figures.
 */
export const THREE_PUBLIC = /* GraphQL */ `
  query ThreePublic($department: String!, $unit: AmountUnit!) {
    department(code: $department) {
      code
      name
      budgets {
        year
        threePublic {
          item
          budget
          year
          stage
          isChange
          amount(unit: $unit)
          source { ...SourceFields }
        }
      }
    }
  }
  ${SOURCE_FIELDS}
`;

/**
 * What the search box searches: departments, the functional subjects (类 → 款 → 项) and, per
 * department-year, the project categories and their line items. Fetched once, on the first search.
 */
export const SEARCH_INDEX = /* GraphQL */ `
  query SearchIndex {
    departments {
      code
      name
      budgets {
        year
        projectCategories {
          name
          itemCode
          lineItems { name }
        }
      }
    }
    functionalSubjects {
      code
      name
      children {
        code
        name
        children { code name }
      }
    }
  }
`;

/** The error an API answer carried, with the API's own message. */
export class GraphQLError extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GraphQLError';
    this.errors = errors;
  }
}

/**
 * Runs one operation against the API and returns its `data`. Throws GraphQLError when the answer has
 * errors, and Error on an HTTP failure.
 */
export async function graphql(query, variables = {}, { endpoint = '/graphql', signal } = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new Error(`The API answered ${response.status} ${response.statusText} without a JSON body.`);
  }
  if (body.errors?.length) {
    throw new GraphQLError(body.errors);
  }
  if (!response.ok) {
    throw new Error(`The API answered ${response.status} ${response.statusText}.`);
  }
  return body.data;
}
