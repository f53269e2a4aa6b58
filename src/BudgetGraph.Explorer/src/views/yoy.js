// Year over year: each chosen department's total expenditure in every year the warehouse knows,
// from the year's own budget document or, for a year without one, as a later document states it
// (marked ◆, e.g. "比 2022 年增加 28,709 万元" in the 2023 budget gives 2022). The table lists both
// when both exist, so a reader can check that the later statement agrees.

import { YEAR_OVER_YEAR } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { formatAmount, formatShare, formatSource, plainAmount, subtractAmounts } from '../format.js';
import { estimateLines } from './compare.js';

/** Fetches the budgets and prior-year statements of the state's departments. */
export async function loadYoy(state, query) {
  const data = await query(YEAR_OVER_YEAR, { departments: state.departments, unit: state.unit });
  // The API lists departments in its own order; keep the order of the picker.
  return state.departments.map((code) => data.departments.find((d) => d.code === code)).filter(Boolean).map(yearsOf);
}

/**
 * A department's figures: `rows` (every figure: own documents first in each year, then later
 * statements) and `points` (one a year for the chart: the own document's figure, else the latest
 * statement's).
 */
export function yearsOf(department) {
  const own = department.budgets.map((b) => ({
    year: b.year,
    amount: b.totalExpenditure,
    basic: b.basicExpenditure,
    project: b.projectExpenditure,
    source: b.source,
    later: false,
  }));
  const stated = department.budgets
    .flatMap((b) => b.priorYearStatements)
    .filter((s) => s.subject === 'TOTAL_EXPENDITURE')
    .map((s) => ({ year: s.year, amount: s.amount, basic: null, project: null, source: s.source, later: true }));
  const rows = [...own, ...stated].sort(
    (a, b) => a.year - b.year || a.later - b.later || (b.source?.document?.year ?? 0) - (a.source?.document?.year ?? 0),
  );
  const points = [];
  for (const row of rows) {
    if (points.at(-1)?.year !== row.year) points.push(row);
  }
  return { code: department.code, name: department.name, rows, points };
}

/** The ECharts option: total expenditure per year, a line per department; ◆ for later statements. */
export function yoyChart(departments, state, width) {
  const unit = unitSymbol(state.unit);
  const years = [...new Set(departments.flatMap((d) => d.points.map((p) => p.year)))].sort();
  return {
    option: {
      animationDuration: 300,
      tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => (v == null ? '–' : `${formatAmount(v, state.unit)} ${unit}`) },
      legend: { type: 'plain', bottom: 0, left: 0, right: 0 },
      grid: { left: 8, right: 24, top: 28, bottom: 16 + 24 * estimateLines(departments.map((d) => d.name), width - 16), containLabel: true },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', name: unit, axisLabel: { hideOverlap: true, formatter: (v) => formatAmount(v, state.unit) } },
      series: departments.map((d) => ({
        type: 'line',
        name: d.name,
        connectNulls: true,
        symbolSize: 10,
        label: { show: true, position: 'top', formatter: (p) => formatAmount(p.value, state.unit) + (p.data.later ? ' ◆' : '') },
        data: years.map((y) => {
          const p = d.points.find((x) => x.year === y);
          return p ? { value: Number(p.amount), later: p.later, symbol: p.later ? 'diamond' : 'circle' } : { value: null };
        }),
      })),
    },
    height: 360,
  };
}

/** The table: every figure of every department and year, with the change against the year before. */
export function yoyTable(departments, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [
    { label: s.department, wide: true },
    { label: s.year_ },
    { label: `${s.totals} (${unit})`, numeric: true },
    { label: `${s.basic} (${unit})`, numeric: true },
    { label: `${s.project} (${unit})`, numeric: true },
    { label: `${s.change} (${unit})`, numeric: true },
    { label: s.changePercent, numeric: true },
    { label: s.source },
  ];
  const amount = (v) => ({ text: formatAmount(v, state.unit), csv: plainAmount(v, state.unit) });
  const rows = departments.flatMap((d) =>
    d.rows.map((r) => {
      // The change is shown on the figure the chart draws for the year, against the year before's.
      const point = d.points.find((p) => p.year === r.year);
      const before = d.points.find((p) => p.year === r.year - 1);
      const charted = point && point.amount === r.amount && point.later === r.later && point.source === r.source;
      const change = charted && before ? subtractAmounts(r.amount, before.amount, state.unit) : null;
      const percent = change != null && Number(before.amount) !== 0 ? change / Number(before.amount) : null;
      return {
        className: r.later ? 'later' : undefined,
        cells: [
          { text: d.name },
          { text: String(r.year) + (r.later ? ' ◆' : '') },
          amount(r.amount),
          amount(r.basic),
          amount(r.project),
          { text: change == null ? '' : (change > 0 ? '+' : '') + formatAmount(change, state.unit), csv: change == null ? '' : plainAmount(change, state.unit) },
          { text: percent == null ? '' : (percent > 0 ? '+' : '') + formatShare(percent) },
          { text: formatSource(r.source, state.lang), className: 'source' },
        ],
      };
    }),
  );
  return { columns, rows };
}
