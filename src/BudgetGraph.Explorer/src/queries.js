// Every request the Budget explorer makes, in one place, so that a front-end team can copy this file.
//
// The API is BudgetGraph's public GraphQL endpoint: POST /graphql with a JSON body
// { query, variables, operationName }. Amounts are exact decimals serialised as JSON numbers; every
// amount field takes `unit: YUAN | WAN_YUAN | YI_YUAN` (万元 by default, the unit the documents publish
// in), so the page never converts money itself. Every figure carries its provenance (`source` or
// `sources`): the document, the table and the line of the text it was read from.

/** Where a figure was printed. `derived`: computed, not read as printed; `statedByLaterDocument`: a prior-year figure. */
export const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceFields on Source {
    document { title fileName year kind }
    table
    line
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
 * Departments side by side by 类 (functional classification, 支出总表) for one year, with each
 * department's published total.
 */
export const COMPARE = /* GraphQL */ `
  query Compare($year: Int!, $departments: [String!]!, $unit: AmountUnit!) {
    compare(year: $year, departmentCodes: $departments, level: CLASS) {
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
          source { ...SourceFields }
        }
      }
    }
  }
  ${SOURCE_FIELDS}
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
