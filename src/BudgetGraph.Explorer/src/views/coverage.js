// Coverage: which department has which document for which year, of which kind and stages. It is what a
// reader should check before comparing: a year without a budget document has no 支出总表 to compare.

import { strings } from '../i18n.js';

/** The table: one row per document, ordered by year and department (as the API orders them). */
export function coverageTable(documents, state) {
  const s = strings(state.lang);
  const columns = [
    { label: s.year_, nowrap: true },
    { label: s.department, wide: true },
    { label: s.document, wide: true },
    { label: s.kind },
    { label: s.stage },
    { label: s.expenditureTable },
    { label: s.fileName },
  ];
  return {
    columns,
    rows: documents.map((d) => ({
      department: d.departmentCode,
      cells: [
        { text: String(d.year) },
        { text: d.departmentName },
        { text: d.title, links: [{ text: d.title, href: d.url }] },
        { text: s.documentKinds[d.kind] ?? d.kind },
        { text: d.stages.map((x) => s.stages[x]).join('、') },
        { text: d.expenditureTable ? s.yes : s.no },
        { text: d.fileName },
      ],
    })),
  };
}

/** What compare and drill-down can show for a department-year: 'table' (支出总表), 'report' (only an evaluation report) or null. */
export function coverageOf(documents, code, year) {
  const docs = documents.filter((d) => d.departmentCode === code && d.year === year);
  if (docs.some((d) => d.expenditureTable)) return 'table';
  if (docs.some((d) => d.kind === 'EVALUATION')) return 'report';
  return null;
}

/**
 * The default year and departments of a view that reads the 支出总表: the year the most departments
 * have one for (the latest on a tie), and those departments. Never a year where a chosen department
 * would show nothing.
 */
export function defaultSelection(documents) {
  const byYear = new Map();
  for (const d of documents.filter((x) => x.expenditureTable)) {
    if (!byYear.has(d.year)) byYear.set(d.year, new Set());
    byYear.get(d.year).add(d.departmentCode);
  }
  const [year] = [...byYear].sort((a, b) => b[1].size - a[1].size || b[0] - a[0])[0] ?? [null];
  return { year, departments: year == null ? [] : [...byYear.get(year)] };
}
