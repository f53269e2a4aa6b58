// Execution: initial budget (年初预算), adjusted budget (调整预算) and actual expenditure (实际支出) with the
// execution rate, per department, year and measure, as the evaluation reports (绩效评价报告) state them.
// Every year a chosen department has a report for is shown; the rest is said, not hidden.

import { EXECUTION } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { PALETTE } from '../palette.js';
import { formatAmount, formatShare, plainAmount, precisionOf, sourceCell } from '../format.js';

/** Fetches each chosen department's execution over its years (one request a department, cached). */
export async function loadExecution(state, query) {
  const answers = await Promise.all(state.departments.map((department) => query(EXECUTION, { department, unit: state.unit })));
  return answers.map((a) => a.department).filter(Boolean);
}

/** The rows the view shows: one per department, year with a report, and measure; TOTAL first. */
export function executionRows(departments) {
  return departments.flatMap((d) =>
    d.budgets
      .filter((b) => b.execution?.lines?.length)
      .flatMap((b) => b.execution.lines.map((line) => ({ department: d.name, code: d.code, year: b.year, ...line }))),
  );
}

/** A rate as the report prints it ("96.25%"), or computed ("96.2%", marked by the table's column). */
export function formatRate(rate, stated) {
  if (rate == null) return '';
  return stated ? `${(rate * 100).toFixed(2)}%` : formatShare(rate);
}

/** Grouped bars of the whole budget (TOTAL) per department-year: initial, adjusted, actual. */
export function executionChart(rows, state, width) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const totals = rows.filter((r) => r.measure === 'TOTAL');
  const categories = totals.map((r) => `${r.department} ${r.year}`);
  const stages = [
    ['initialBudget', s.stages.INITIAL],
    ['adjustedBudget', s.stages.ADJUSTED],
    ['actualExpenditure', s.stages.ACTUAL],
  ];
  return {
    option: {
      color: PALETTE,
      animationDuration: 300,
      tooltip: { trigger: 'item', confine: true, valueFormatter: (v) => `${formatAmount(v, state.unit)} ${unit}` },
      legend: { bottom: 0, left: 0 },
      grid: { left: 8, right: width < 560 ? 64 : 90, top: 16, bottom: 40, containLabel: true },
      xAxis: { type: 'value', name: unit, splitNumber: width < 560 ? 3 : 5, axisLabel: { hideOverlap: true, formatter: (v) => formatAmount(v, state.unit) } },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: width < 560 ? 84 : 160, overflow: 'break' } },
      series: stages.map(([key, name]) => ({
        type: 'bar',
        name,
        barMaxWidth: 26,
        label: { show: true, position: 'right', formatter: (p) => formatAmount(p.value, state.unit, precisionOf(totals[p.dataIndex].sources)) },
        data: totals.map((r) => (r[key] == null ? null : Number(r[key]))),
      })),
    },
    height: 90 + totals.length * 100,
  };
}

/** The table: department, year, measure, the three stages, the rate and every citation. */
export function executionTable(rows, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [
    { label: s.department, wide: true },
    { label: s.year_, nowrap: true },
    { label: s.measure },
    { label: `${s.stages.INITIAL} (${unit})`, numeric: true },
    { label: `${s.stages.ADJUSTED} (${unit})`, numeric: true },
    { label: `${s.stages.ACTUAL} (${unit})`, numeric: true },
    { label: s.executionRate, numeric: true, csvLabel: `${s.executionRate} (%)` },
    { label: s.rateStated, screen: false },
    { label: s.source },
  ];
  const amount = (v, r) => ({ text: formatAmount(v, state.unit, precisionOf(r.sources)), csv: plainAmount(v) });
  return {
    columns,
    rows: rows.map((r) => ({
      className: r.measure === 'TOTAL' ? 'total' : undefined,
      measure: r.measure,
      cells: [
        { text: r.department },
        { text: String(r.year) },
        { text: s.measures[r.measure] ?? r.measure },
        amount(r.initialBudget, r),
        amount(r.adjustedBudget, r),
        amount(r.actualExpenditure, r),
        {
          text: formatRate(r.executionRate, r.rateStated) + (r.executionRate != null && !r.rateStated ? ` (${s.computed})` : ''),
          csv: r.executionRate == null ? '' : (r.executionRate * 100).toFixed(r.rateStated ? 2 : 1),
        },
        { text: r.executionRate == null ? '' : r.rateStated ? 'stated' : 'computed' },
        sourceCell(r.sources, state.lang),
      ],
    })),
  };
}
