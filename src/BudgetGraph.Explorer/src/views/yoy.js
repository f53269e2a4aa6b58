// Year over year: the chosen departments over the years, by total, by 类 or by project category
// (the API's yearOverYear, one request a department). Points that only a later year's document states
// (its prior-year figures) are marked ◆; changes and percentages are the API's, computed exactly.

import { YEAR_OVER_YEAR } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { PALETTE } from '../palette.js';
import { formatAmount, formatShare, plainAmount, plainPercent, precisionOf, sourceCell } from '../format.js';
import { estimateLines } from './compare.js';

/** The API's row kind for each choice of the view's `rows`. */
export const ROW_KINDS = { total: 'TOTAL_EXPENDITURE', subjects: 'SUBJECT', categories: 'PROJECT_CATEGORY' };

/** Fetches each chosen department's year-over-year rows (in parallel; answers are cached). */
export async function loadYoy(state, query) {
  const answers = await Promise.all(
    state.departments.map((department) => query(YEAR_OVER_YEAR, { department, unit: state.unit })),
  );
  return answers.map((a) => a.yearOverYear);
}

/**
 * The lines the view draws: one per department and row of the chosen kind, e.g.
 * { department, label: "201 一般公共服务支出", points }.
 */
export function yoyLines(departments, state) {
  const kind = ROW_KINDS[state.rows];
  return departments.flatMap((d) =>
    d.rows
      .filter((r) => r.kind === kind)
      .map((r) => ({ department: d.department.name, label: r.code ? `${r.code} ${r.name}` : r.name, points: r.points })),
  );
}

/** The ECharts option: a line per department and row over the years; ◆ marks later statements. */
export function yoyChart(lines, state, width) {
  const unit = unitSymbol(state.unit);
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort();
  const departments = new Set(lines.map((l) => l.department));
  const name = (l) => (state.rows === 'total' ? l.department : departments.size > 1 ? `${l.department} · ${l.label}` : l.label);
  const labelled = lines.length <= 4; // more lines than that and the value labels would overlap
  const legendLines = estimateLines(lines.map(name), width - 16);
  return {
    option: {
      color: PALETTE,
      animationDuration: 300,
      tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => (v == null ? '–' : `${formatAmount(v, state.unit)} ${unit}`) },
      legend: { type: 'plain', bottom: 0, left: 0, right: 0 },
      grid: { left: 8, right: 24, top: 28, bottom: 16 + 24 * legendLines, containLabel: true },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', name: unit, axisLabel: { hideOverlap: true, formatter: (v) => formatAmount(v, state.unit) } },
      series: lines.map((l) => ({
        type: 'line',
        name: name(l),
        connectNulls: true,
        symbolSize: 10,
        label: {
          show: labelled,
          position: 'top',
          formatter: (p) => formatAmount(p.value, state.unit) + (p.data.later ? ' ◆' : ''),
        },
        data: years.map((y) => {
          const p = l.points.find((x) => x.year === y);
          return p?.amount != null
            ? { value: Number(p.amount), later: p.statedByLaterDocument, symbol: p.statedByLaterDocument ? 'diamond' : 'circle' }
            : { value: null };
        }),
      })),
    },
    height: 300 + 24 * legendLines,
  };
}

/** The table: one row per department, line and year with a figure; change, percent change, citation. */
export function yoyTable(lines, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [
    { label: s.department, wide: true },
    { label: s.name, wide: true },
    { label: s.year_, nowrap: true },
    { label: s.laterFlag, screen: false },
    { label: `${s.amount} (${unit})`, numeric: true },
    { label: `${s.change} (${unit})`, numeric: true },
    { label: s.changePercent, numeric: true, csvLabel: `${s.changePercent} (%)` },
    { label: s.source },
  ];
  const signed = (text, value) => (value > 0 ? '+' : '') + text;
  const rows = lines.flatMap((l) =>
    l.points
      .filter((p) => p.amount != null)
      .map((p) => ({
        className: p.statedByLaterDocument ? 'later' : undefined,
        cells: [
          { text: l.department },
          { text: l.label },
          // The year is a number in the CSV; the ◆ marker gets its own column there.
          { text: String(p.year) + (p.statedByLaterDocument ? ' ◆' : ''), csv: String(p.year) },
          { text: p.statedByLaterDocument ? '1' : '0' },
          { text: formatAmount(p.amount, state.unit, precisionOf(p.source)), csv: plainAmount(p.amount) },
          { text: p.change == null ? '' : signed(formatAmount(p.change, state.unit, precisionOf(p.source)), p.change), csv: plainAmount(p.change) },
          { text: p.percentChange == null ? '' : signed(formatShare(p.percentChange), p.percentChange), csv: plainPercent(p.percentChange) },
          sourceCell(p.source, state.lang),
        ],
      })),
  );
  return { columns, rows };
}
