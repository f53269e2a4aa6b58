// Year over year: each chosen department's budget in every year a document covers. Figures that a
// later year's document states about an earlier year are marked (◆), as the API flags them.

import { BUDGETS } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { formatAmount, formatSource, plainAmount } from '../format.js';

/** Fetches the budgets of the state's departments. */
export async function loadYoy(state, query) {
  const data = await query(BUDGETS, { departments: state.departments, unit: state.unit });
  return data.departments;
}

const later = (budget) => budget.source?.statedByLaterDocument === true;

/** The ECharts option: total expenditure per year, one line per department; marked points hollow. */
export function yoyChart(departments, state) {
  const unit = unitSymbol(state.unit);
  const years = [...new Set(departments.flatMap((d) => d.budgets.map((b) => b.year)))].sort();
  return {
    option: {
      animationDuration: 300,
      tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => (v == null ? '–' : `${formatAmount(v, state.unit)} ${unit}`) },
      legend: { type: 'scroll', bottom: 0, left: 0, right: 0 },
      grid: { left: 8, right: 24, top: 28, bottom: 48, containLabel: true },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', name: unit, axisLabel: { formatter: (v) => formatAmount(v, state.unit) } },
      series: departments.map((d) => ({
        type: 'line',
        name: d.name,
        connectNulls: true,
        symbolSize: 9,
        label: { show: true, position: 'top', formatter: (p) => formatAmount(p.value, state.unit) + (p.data.later ? ' ◆' : '') },
        data: years.map((y) => {
          const b = d.budgets.find((x) => x.year === y);
          return b
            ? { value: Number(b.totalExpenditure), later: later(b), symbol: later(b) ? 'diamond' : 'circle' }
            : { value: null };
        }),
      })),
    },
    height: 340,
  };
}

/** The table: one row per department and year: total, basic, project and the citation. */
export function yoyTable(departments, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [
    { label: s.department },
    { label: s.year_ },
    { label: `${s.totals} (${unit})`, numeric: true },
    { label: `${s.basic} (${unit})`, numeric: true },
    { label: `${s.project} (${unit})`, numeric: true },
    { label: s.source },
  ];
  const amount = (v) => ({ text: formatAmount(v, state.unit), csv: plainAmount(v, state.unit) });
  const rows = departments.flatMap((d) =>
    d.budgets.map((b) => ({
      className: later(b) ? 'later' : undefined,
      cells: [
        { text: d.name },
        { text: String(b.year) + (later(b) ? ' ◆' : '') },
        amount(b.totalExpenditure),
        amount(b.basicExpenditure),
        amount(b.projectExpenditure),
        { text: formatSource(b.source, state.lang), className: 'source' },
      ],
    })),
  );
  return { columns, rows };
}
