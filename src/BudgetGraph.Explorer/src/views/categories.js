// Compare by project category (项目支出总表): each chosen department's categories in one year, with each
// category's share of the department's total expenditure (支出总计). A search term (`match`) sums every
// category whose name contains it, per department, and ranks the departments by that share: "which
// department spent the largest share on 信息化 projects?" is read off the ranking.

import { CATEGORIES } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { PALETTE } from '../palette.js';
import { formatAmount, formatShare, plainAmount, plainPercent, precisionOf, sourceCell } from '../format.js';
import { estimateLines } from './compare.js';

export async function loadCategories(state, query) {
  const data = await query(CATEGORIES, { year: state.year, unit: state.unit });
  return data.departments.filter((d) => state.departments.includes(d.code) && d.budget);
}

/** The category names of all chosen departments, in the order first met. */
export function categoryNames(departments) {
  return [...new Set(departments.flatMap((d) => d.budget.projectCategories.map((c) => c.name)))];
}

/**
 * Per department: the categories whose name contains `match`, their sum and its share of the
 * department's total, ranked by share (largest first). Sums are of decimals as sent by the API,
 * added in cents to stay exact.
 */
export function matchShares(departments, match) {
  if (!match) return [];
  return departments
    .map((d) => {
      const matched = d.budget.projectCategories.filter((c) => c.name.includes(match));
      const cents = matched.reduce((sum, c) => sum + Math.round(Number(c.amount) * 100), 0);
      const amount = cents / 100;
      const total = Number(d.budget.totalExpenditure);
      return { code: d.code, name: d.name, matched, amount, total, share: total ? amount / total : null, sources: matched.map((c) => c.source) };
    })
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1));
}

export function categoriesChart(departments, state, width) {
  const unit = unitSymbol(state.unit);
  const names = categoryNames(departments);
  const legendLines = estimateLines(names, width - 16);
  return {
    option: {
      color: PALETTE,
      animationDuration: 300,
      tooltip: { trigger: 'item', confine: true, valueFormatter: (v) => `${formatAmount(v, state.unit)} ${unit}` },
      legend: { type: 'plain', bottom: 0, left: 0, right: 0, itemGap: 10, itemWidth: 18 },
      grid: { left: 8, right: 24, top: 16, bottom: legendLines * 24 + 26, containLabel: true },
      xAxis: { type: 'value', name: unit, splitNumber: width < 560 ? 3 : 5, axisLabel: { hideOverlap: true, formatter: (v) => formatAmount(v, state.unit) } },
      yAxis: { type: 'category', data: departments.map((d) => d.name), inverse: true, axisLabel: { width: width < 560 ? 84 : 150, overflow: 'break' } },
      series: names.map((name) => ({
        type: 'bar',
        name,
        stack: 'total',
        barMaxWidth: 48,
        emphasis: { focus: 'series' },
        data: departments.map((d) => {
          const c = d.budget.projectCategories.find((x) => x.name === name);
          return c ? Number(c.amount) : null;
        }),
      })),
    },
    height: 70 + legendLines * 24 + departments.length * 50,
  };
}

/** The table: one row per category, amount, share of total and citation per department; totals last. */
export function categoriesTable(departments, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [{ label: s.projectCategory, wide: true }];
  for (const d of departments) {
    columns.push(
      { label: `${d.name} (${unit})`, numeric: true },
      { label: `${d.name} ${s.shareOfTotal}`, numeric: true, csvLabel: `${d.name} ${s.shareOfTotal} (%)` },
      { label: `${d.name} ${s.source}` },
    );
  }
  const figure = (amount, total, source) => {
    const share = amount == null || !Number(total) ? null : Number(amount) / Number(total);
    return [
      { text: formatAmount(amount, state.unit, precisionOf(source)), csv: plainAmount(amount) },
      { text: formatShare(share), csv: plainPercent(share) },
      source ? sourceCell(source, state.lang) : { text: '' },
    ];
  };
  const rows = categoryNames(departments).map((name) => ({
    cells: [
      { text: name },
      ...departments.flatMap((d) => {
        const c = d.budget.projectCategories.find((x) => x.name === name);
        return figure(c?.amount, d.budget.totalExpenditure, c?.source);
      }),
    ],
  }));
  rows.push({
    className: 'total',
    cells: [{ text: s.total }, ...departments.flatMap((d) => figure(d.budget.totalExpenditure, d.budget.totalExpenditure, d.budget.source))],
  });
  return { columns, rows };
}
