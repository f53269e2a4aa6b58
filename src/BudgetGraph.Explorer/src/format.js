// Number and citation formatting. Amounts arrive already converted by the API into the chosen unit
// (exact decimals); the page only groups digits. Fraction digits are capped per unit at what the
// published figures can carry: 万元 with two decimals is at most 2 decimals of 万元, 0 of 元, 6 of 亿元.

import { strings } from './i18n.js';

const MAX_FRACTION = { YUAN: 0, WAN_YUAN: 2, YI_YUAN: 6 };
const formatters = new Map();

/** "94,294", "942,940,000", "9.4294"; an empty string for null. */
export function formatAmount(value, unit) {
  if (value == null) return '';
  let f = formatters.get(unit);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: MAX_FRACTION[unit] ?? 2 });
    formatters.set(unit, f);
  }
  return f.format(value);
}

/** The same amount without digit grouping, for CSV ("94294"). */
export function plainAmount(value, unit) {
  return formatAmount(value, unit).replaceAll(',', '');
}

/** A fraction as a percentage with one decimal ("98.6%"); empty for null. */
export function formatShare(share) {
  if (share == null) return '';
  // A tiny but non-zero share (a rounding residual of 1 in 90,000) must not read as nothing.
  if (share !== 0 && Math.abs(share) < 0.0005) return share > 0 ? '<0.1%' : '>-0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * A citation of one published figure: "2023年…部门预算 · 表3 支出总表 · 第 12 行", followed by the
 * markers of derived figures and of prior-year figures stated by a later document.
 */
export function formatSource(source, lang) {
  if (!source) return '';
  const s = strings(lang);
  const parts = [source.document?.title ?? source.document?.fileName, source.table, s.line(source.line)];
  let text = parts.filter(Boolean).join(' · ');
  if (source.derived) text += ` (${s.derived})`;
  if (source.statedByLaterDocument) text += ` ◆ ${s.laterDocument}`;
  return text;
}

/** Citations of every figure summed into one (several departments): one per line, distinct. */
export function formatSources(sources, lang) {
  return [...new Set((sources ?? []).map((src) => formatSource(src, lang)))].join('\n');
}
