// Compare: several departments in one year, spending by 类 as stacked or grouped bars, with each
// department's published total.

import { COMPARE } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { PALETTE } from '../palette.js';
import { formatAmount, formatShare, plainAmount, plainPercent, precisionOf, sourceCell } from '../format.js';

/** The API's SubjectLevel for each functional level of the view. */
export const SUBJECT_LEVELS = { class: 'CLASS', section: 'SECTION', item: 'ITEM' };

/** Fetches the comparison of the state's departments in the state's year. */
export async function loadCompare(state, query) {
  const level = SUBJECT_LEVELS[state.level] ?? 'CLASS';
  const data = await query(COMPARE, { year: state.year, departments: state.departments, level, unit: state.unit });
  return data.compare;
}

const TOTAL_SERIES = '__total';

/** "201 一般公共服务支出": code and name as published. */
export const classLabel = (row) => `${row.code} ${row.name}`;

/**
 * The ECharts option: horizontal bars, 类 stacked per department, or departments grouped per 类.
 * `width` is the chart's width in pixels: narrow screens get fewer axis ticks, narrower category
 * labels and a legend wrapped onto as many lines as it needs (estimated from the label lengths).
 */
export function compareChart(compare, state, width) {
  const unit = unitSymbol(state.unit);
  const narrow = width < 560;
  const departments = compare.totals.map((t) => t.departmentName);
  const value = (v) => (v == null ? null : Number(v));
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
  if (stacked) {
    // An empty bar on top of each stack, only to print the department's published total at its end.
    series.push({
      type: 'bar',
      name: TOTAL_SERIES,
      stack: 'total',
      silent: true,
      tooltip: { show: false },
      data: compare.totals.map(() => 0),
      label: {
        show: true,
        position: 'right',
        fontWeight: 'bold',
        // A total read from an evaluation report is marked as the report's, never passed off as a budget's.
        formatter: (p) => {
          const total = compare.totals[p.dataIndex];
          const mark = total.source?.document?.kind === 'EVALUATION' ? strings(state.lang).reportMark : '';
          return formatAmount(total.amount, state.unit, precisionOf(total.source)) + mark;
        },
      },
    });
  }
  const categories = stacked ? departments : compare.rows.map(classLabel);
  const barsPerCategory = stacked ? 1 : departments.length;
  const legendNames = series.map((x) => x.name).filter((n) => n !== TOTAL_SERIES);
  const legendLines = estimateLines(legendNames, width - 16);
  // A legend line is the 14 px item plus the 10 px item gap; the legend box has 5 px padding.
  const legendHeight = legendLines * 24 + 10;
  return {
    option: {
      color: PALETTE,
      animationDuration: 300,
      tooltip: { trigger: 'item', confine: true, valueFormatter: (v) => `${formatAmount(v, state.unit)} ${unit}` },
      legend: { type: 'plain', data: legendNames, bottom: 0, left: 0, right: 0, itemGap: 10, itemWidth: 18 },
      grid: { left: 8, right: narrow ? 56 : 72, top: 24, bottom: legendHeight + 16, containLabel: true },
      xAxis: {
        type: 'value',
        name: unit,
        splitNumber: narrow ? 3 : 5,
        axisLabel: { hideOverlap: true, formatter: (v) => formatAmount(v, state.unit) },
      },
      yAxis: {
        type: 'category',
        data: categories,
        inverse: true,
        axisLabel: { width: narrow ? 84 : 150, overflow: 'break', lineHeight: 14 },
      },
      series,
    },
    height: 70 + legendHeight + categories.length * (24 + 22 * barsPerCategory),
  };
}

/** How many lines a plain ECharts legend with these labels takes in `width` pixels (12 px text). */
export function estimateLines(labels, width) {
  let lines = 1;
  let used = 0;
  for (const label of labels) {
    // Icon 18 + gap 5 + text (CJK characters are about 12 px, others about 7) + item gap 10.
    const w = 33 + [...label].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0);
    if (used > 0 && used + w > width) {
      lines++;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** The table: one row per 类, amount, share and citation per department, then the totals. */
export function compareTable(compare, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [{ label: s.code }, { label: s.name, wide: true }];
  for (const total of compare.totals) {
    columns.push(
      { label: `${total.departmentName} (${unit})`, numeric: true },
      { label: `${total.departmentName} ${s.share}`, numeric: true, csvLabel: `${total.departmentName} ${s.share} (%)` },
      { label: `${total.departmentName} ${s.source}` },
    );
  }
  const figure = (amount, share, source) => [
    { text: formatAmount(amount, state.unit, precisionOf(source)), csv: plainAmount(amount) },
    { text: formatShare(share), csv: plainPercent(share) },
    source ? sourceCell(source, state.lang) : { text: '', className: 'source' },
  ];
  const rows = compare.rows.map((row) => ({
    cells: [{ text: row.code }, { text: row.name }, ...row.cells.flatMap((c) => figure(c.amount, c.share, c.source))],
  }));
  // The totals are shown but not exported: summing a CSV column must give the total once, not twice.
  rows.push({
    className: 'total',
    csv: false,
    cells: [
      { text: '' },
      { text: s.total },
      ...compare.totals.flatMap((t) => figure(t.amount, t.amount == null ? null : 1, t.source)),
    ],
  });
  return { columns, rows };
}
