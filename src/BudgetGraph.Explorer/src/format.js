// Number and citation formatting. Amounts arrive already converted by the API into the chosen unit
// (exact decimals); the page only rounds for display and groups digits:
// - 万元 (the unit the documents publish in): at least the published precision when the figure's source
//   states it (0.01 → always two decimals, so 108,019.30 and not 108,019.3), and never fewer digits than
//   the figure has (at most 2: a report's 4.09 stays 4.09 even where its precision is recorded as whole);
// - 元: whole yuan (every published figure is a whole number of yuan);
// - 亿元: a headline unit, at most 4 decimals (a whole 万元), so 44,972.11 万元 reads 4.4972, not 4.497211.
// CSV cells carry the exact value the API sent (plainAmount), never the rounded one.

import { strings } from './i18n.js';

const formatters = new Map();

/** Decimals to show for an amount in `unit` whose source was published to `precision` 万元 (1, 0.01, or null). */
export function displayDecimals(unit, precision) {
  if (unit === 'YUAN') return { min: 0, max: 0 };
  if (unit === 'YI_YUAN') return { min: 0, max: 4 };
  if (precision != null && Number(precision) > 0) {
    const d = Math.max(0, Math.round(-Math.log10(Number(precision))));
    return { min: d, max: Math.max(d, 2) };
  }
  return { min: 0, max: 2 };
}

/** "94,294", "108,019.30", "942,940,000", "9.4294"; an empty string for null. */
export function formatAmount(value, unit, precision = null) {
  if (value == null) return '';
  const { min, max } = displayDecimals(unit, precision);
  const key = `${min}/${max}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** The exact amount for CSV, without digit grouping ("94294", "108019.3"); empty for null. */
export function plainAmount(value) {
  return value == null ? '' : String(value);
}

/** A fraction as a percentage number with one decimal for CSV ("98.6"); empty for null. */
export function plainPercent(share) {
  return share == null ? '' : (share * 100).toFixed(1);
}

/** A fraction as a percentage with one decimal ("98.6%"); empty for null. */
export function formatShare(share) {
  if (share == null) return '';
  // A tiny but non-zero share (a rounding residual of 1 in 90,000) must not read as nothing.
  if (share !== 0 && Math.abs(share) < 0.0005) return share > 0 ? '<0.1%' : '>-0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

/** "第 12 行", or "第 198–204 行" when the figure's sentence or row spans several lines. */
export function formatLines(source, lang) {
  const s = strings(lang);
  if (source.line == null) return '';
  const first = source.firstLine ?? source.line;
  return first === source.line ? s.line(source.line) : s.lines(first, source.line);
}

/**
 * A citation of one published figure: "2023年…部门预算 · 表3 支出总表 · 第 12 行" (or "第 198–204 行"
 * when it spans several lines), followed by the
 * markers of derived figures and of prior-year figures stated by a later document.
 */
export function formatSource(source, lang) {
  if (!source) return '';
  const s = strings(lang);
  const parts = [source.document?.title ?? source.document?.fileName, source.table, formatLines(source, lang)];
  let text = parts.filter(Boolean).join(' · ');
  if (source.derived) text += ` (${s.derived})`;
  if (source.statedByLaterDocument) text += ` ◆ ${s.laterDocument}`;
  return text;
}

/** Citations of every figure summed into one (several departments): one per line, distinct. */
export function formatSources(sources, lang) {
  return [...new Set((sources ?? []).map((src) => formatSource(src, lang)))].join('\n');
}

/**
 * A table cell citing `sources` (one or several): its text is the citations, one a line, each a link to
 * the source viewer (source.url) that opens the document at the cited line; the CSV gets the text.
 */
export function sourceCell(sources, lang) {
  const list = (Array.isArray(sources) ? sources : [sources]).filter(Boolean);
  const seen = new Map();
  for (const src of list) {
    const text = formatSource(src, lang);
    if (!seen.has(text)) seen.set(text, src.url);
  }
  const links = [...seen].map(([text, href]) => ({ text, href }));
  return { text: links.map((l) => l.text).join('\n'), links, className: 'source' };
}

/** The published precision of the first cited source that states one (null if none does). */
export function precisionOf(sources) {
  const list = Array.isArray(sources) ? sources : [sources];
  return list.find((s) => s?.precision != null)?.precision ?? null;
}
