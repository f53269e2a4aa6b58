// 三公 expenses (因公出国（境）费, 公务用车购置及运行费, 公务接待费): per department and year, the year's
// budget, the prior-year column its table prints, the change row, and an evaluation report's adjusted
// budget and actual expenditure where one exists. Figures are the documents'; nothing is recomputed.

import { THREE_PUBLIC } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { formatAmount, formatShare, plainAmount, precisionOf, sourceCell } from '../format.js';

/** Printed order of the items: the total, then the three parts (the car costs with their two halves). */
export const ITEMS = ['TOTAL', 'ABROAD', 'VEHICLES', 'VEHICLE_PURCHASE', 'VEHICLE_OPERATION', 'RECEPTION'];

export async function loadThreePublic(state, query) {
  const answers = await Promise.all(state.departments.map((department) => query(THREE_PUBLIC, { department, unit: state.unit })));
  return answers.map((a) => a.department).filter(Boolean);
}

/**
 * One row per department, document year, budget (fund source) and item:
 * { department, year, budget, item, amount, prior, change, adjusted, actual, sources }. `amount` is the
 * year's initial budget, `prior` the table's prior-year column, `change` its 增减 row; `adjusted` and
 * `actual` come from the year's evaluation report.
 */
export function threePublicRows(departments) {
  const rows = [];
  for (const d of departments) {
    for (const b of d.budgets) {
      const lines = b.threePublic ?? [];
      const budgets = [...new Set(lines.map((l) => l.budget))];
      for (const budget of budgets) {
        for (const item of ITEMS) {
          const of = (pred) => lines.find((l) => l.budget === budget && l.item === item && pred(l));
          const figures = {
            amount: of((l) => l.year === b.year && l.stage === 'INITIAL' && !l.isChange),
            prior: of((l) => l.year === b.year - 1 && !l.isChange),
            change: of((l) => l.isChange),
            adjusted: of((l) => l.year === b.year && l.stage === 'ADJUSTED' && !l.isChange),
            actual: of((l) => l.year === b.year && l.stage === 'ACTUAL' && !l.isChange),
          };
          if (!Object.values(figures).some(Boolean)) continue;
          const row = { department: d.name, code: d.code, year: b.year, budget, item, sources: [] };
          for (const [key, line] of Object.entries(figures)) {
            row[key] = line?.amount ?? null;
            if (line) row.sources.push(line.source);
          }
          rows.push(row);
        }
      }
    }
  }
  return rows;
}

/** change / prior as a fraction; null when either is missing or the prior year is zero. */
export function changeRate(row) {
  return row.change == null || row.prior == null || Number(row.prior) === 0 ? null : Number(row.change) / Number(row.prior);
}

export function threePublicTable(rows, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [
    { label: s.department, wide: true },
    { label: s.year_, nowrap: true },
    { label: s.threePublicItem, wide: true },
    { label: `${s.stages.INITIAL} (${unit})`, numeric: true },
    { label: `${s.priorYear} (${unit})`, numeric: true },
    { label: `${s.change} (${unit})`, numeric: true },
    { label: s.changePercent, numeric: true, csvLabel: `${s.changePercent} (%)` },
    { label: `${s.stages.ADJUSTED} (${unit})`, numeric: true },
    { label: `${s.stages.ACTUAL} (${unit})`, numeric: true },
    { label: s.source },
  ];
  const money = (v, r) => ({ text: formatAmount(v, state.unit, precisionOf(r.sources)), csv: plainAmount(v) });
  const signed = (v, r) => ({
    text: v == null ? '' : (Number(v) > 0 ? '+' : '') + formatAmount(v, state.unit, precisionOf(r.sources)),
    csv: plainAmount(v),
  });
  return {
    columns,
    rows: rows.map((r) => {
      const rate = changeRate(r);
      return {
        className: r.item === 'TOTAL' ? 'total' : r.item.startsWith('VEHICLE_') ? 'sub' : undefined,
        cells: [
          { text: r.department },
          { text: String(r.year) },
          { text: (s.threePublicItems[r.item] ?? r.item) + (r.budget === 'gpb' ? '' : ` (${r.budget})`) },
          money(r.amount, r),
          money(r.prior, r),
          signed(r.change, r),
          { text: rate == null ? '' : (rate > 0 ? '+' : '') + formatShare(rate), csv: rate == null ? '' : (rate * 100).toFixed(1) },
          money(r.adjusted, r),
          money(r.actual, r),
          sourceCell(r.sources, state.lang),
        ],
      };
    }),
  };
}
