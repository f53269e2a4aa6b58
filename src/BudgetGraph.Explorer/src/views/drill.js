// Drill down: a treemap of one node's children in the tree 类 → 款 → 项 → project categories → line
// items, for one department-year or the sum of several. Rounding residuals and unlisted remainders
// are children like any other (the API adds them so that children add up to the published parent)
// and are drawn hatched and grey, so nobody mistakes them for published items.

import { BREAKDOWN } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { formatAmount, formatShare, formatSources, plainAmount } from '../format.js';

export const RESIDUAL_KINDS = ['ROUNDING_RESIDUAL', 'UNLISTED_RESIDUAL'];

/** Fetches the whole tree (root with 类 children) of the state's departments and year. */
export async function loadDrill(state, query) {
  const data = await query(BREAKDOWN, { year: state.year, departments: state.departments, unit: state.unit });
  return data.breakdown;
}

/** The key of a node in the URL's drill path: its code, or its name below the 项. */
export const nodeKey = (node) => node.code ?? node.name;

/** "201 一般公共服务支出", or the name alone for nodes without a code. */
export const nodeLabel = (node) => (node.code ? `${node.code} ${node.name}` : node.name);

/**
 * The nodes along `path` from the root: [root, child, grandchild, …]. Stops at the first key that
 * is not a child of the node before it (a stale link), so the result is always a valid prefix.
 */
export function resolvePath(root, path) {
  const trail = [root];
  for (const key of path) {
    const next = trail[trail.length - 1].children?.find((c) => nodeKey(c) === key);
    if (!next) break;
    trail.push(next);
  }
  return trail;
}

const hasChildren = (node) => (node.children?.length ?? 0) > 0;

/** The ECharts treemap option of the node's children (those with a positive amount). */
export function drillChart(node, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const data = (node.children ?? [])
    .filter((c) => Number(c.amount) > 0)
    .map((c) => {
      const residual = RESIDUAL_KINDS.includes(c.kind);
      return {
        name: nodeLabel(c),
        value: Number(c.amount),
        key: nodeKey(c),
        drillable: hasChildren(c),
        residual,
        kindLabel: s.kinds[c.kind] ?? c.kind,
        itemStyle: residual
          ? { color: '#d9d9d9', decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: '#9a9a9a' } }
          : undefined,
        label: residual ? { color: '#333' } : undefined,
      };
    });
  return {
    option: {
      animationDuration: 300,
      tooltip: {
        confine: true,
        formatter: (p) =>
          `${escapeHtml(p.data.name)}<br/>${escapeHtml(p.data.kindLabel)} · ${formatAmount(p.value, state.unit)} ${unit}`,
      },
      series: [
        {
          type: 'treemap',
          data,
          roam: false,
          nodeClick: false,
          breadcrumb: { show: false },
          width: '100%',
          height: '100%',
          top: 0,
          left: 0,
          squareRatio: 1,
          itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 },
          label: {
            show: true,
            overflow: 'break',
            formatter: (p) => `${p.data.name}\n${formatAmount(p.value, state.unit)}${p.data.residual ? `\n(${p.data.kindLabel})` : ''}`,
          },
        },
      ],
    },
  };
}

/** Children with a zero or negative amount, which a treemap cannot draw (listed under the chart instead). */
export function undrawnChildren(node) {
  return (node.children ?? []).filter((c) => !(Number(c.amount) > 0));
}

/** The table: the node's children, then the node itself as the total. */
export function drillTable(node, state) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [
    { label: s.code },
    { label: s.name },
    { label: s.kind },
    { label: `${s.amount} (${unit})`, numeric: true },
    { label: s.shareOfParent, numeric: true },
    { label: s.source },
  ];
  const row = (n, share, extra) => ({
    ...extra,
    cells: [
      { text: n.code ?? '' },
      { text: n.name },
      { text: s.kinds[n.kind] ?? n.kind },
      { text: formatAmount(n.amount, state.unit), csv: plainAmount(n.amount, state.unit) },
      { text: formatShare(share) },
      { text: formatSources(n.sources, state.lang), className: 'source' },
    ],
  });
  const rows = (node.children ?? []).map((c) =>
    row(c, c.shareOfParent, {
      className: RESIDUAL_KINDS.includes(c.kind) ? 'residual' : undefined,
      drill: hasChildren(c) ? nodeKey(c) : undefined,
    }),
  );
  rows.push(row(node, 1, { className: 'total' }));
  return { columns, rows };
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
