// Compare: several departments in one year, spending by 类 as stacked or grouped bars, with each
// department's published total.

import { COMPARE } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { formatAmount, formatShare, formatSource, plainAmount } from '../format.js';

/** Fetches the comparison of the state's departments in the state's year. */
export async function loadCompare(state, query) {
  const data = await query(COMPARE, { year: state.year, departments: state.departments, unit: state.unit });
  return data.compare;
}

/** "201 一般公共服务支出": code and name as published. */
export const classLabel = (row) => `${row.code} ${row.name}`;

/** The ECharts option: horizontal bars, 类 stacked per department, or departments grouped per 类. */
export function compareChart(compare, state) {
  const unit = unitSymbol(state.unit);
  const departments = compare.totals.map((t) => t.departmentName);
  const value = (v) => (v == null ? null : Number(v));
  const tooltip = {
    trigger: 'item',
    confine: true,
    valueFormatter: (v) => `${formatAmount(v, state.unit)} ${unit}`,
  };
  const axis = {
    type: 'value',
    name: unit,
    axisLabel: { formatter: (v) => formatAmount(v, state.unit) },
  };
  const category = (labels) => ({
    type: 'category',
    data: labels,
    inverse: true,
    axisLabel: { width: 120, overflow: 'break', lineHeight: 14 },
  });
  const stacked = state.chart === 'stacked';
  const series = stacked
    ? compare.rows.map((row) => ({
        type: 'bar',
        name: classLabel(row),
        stack: 'total',
        barMaxWidth: 48,
        emphasis: { focus: 'series' },
        data: row.cells.map((c) => value(c.amount)),
      }))
    : compare.totals.map((total, i) => ({
        type: 'bar',
        name: total.departmentName,
        barMaxWidth: 28,
        emphasis: { focus: 'series' },
        data: compare.rows.map((row) => value(row.cells[i].amount)),
      }));
  const categories = stacked ? departments : compare.rows.map(classLabel);
  const barsPerCategory = stacked ? 1 : departments.length;
  return {
    option: {
      animationDuration: 300,
      tooltip,
      legend: { type: 'scroll', bottom: 0, left: 0, right: 0 },
      grid: { left: 8, right: 24, top: 28, bottom: 56, containLabel: true },
      xAxis: axis,
      yAxis: category(categories),
      series,
    },
    height: Math.max(220, 90 + categories.length * (20 + 22 * barsPerCategory)),
  };
}

/** The table: one row per 类, amount, share and citation per department, then the totals. */
export function compareTable(compare, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [{ label: s.code }, { label: s.name }];
  for (const total of compare.totals) {
    columns.push(
      { label: `${total.departmentName} (${unit})`, numeric: true },
      { label: `${total.departmentName} ${s.share}`, numeric: true },
      { label: `${total.departmentName} ${s.source}` },
    );
  }
  const figure = (amount, share, source) => [
    { text: formatAmount(amount, state.unit), csv: plainAmount(amount, state.unit) },
    { text: formatShare(share) },
    { text: formatSource(source, state.lang), className: 'source' },
  ];
  const rows = compare.rows.map((row) => ({
    cells: [{ text: row.code }, { text: row.name }, ...row.cells.flatMap((c) => figure(c.amount, c.share, c.source))],
  }));
  rows.push({
    className: 'total',
    cells: [
      { text: '' },
      { text: s.total },
      ...compare.totals.flatMap((t) => figure(t.amount, t.amount == null ? null : 1, t.source)),
    ],
  });
  return { columns, rows };
}
