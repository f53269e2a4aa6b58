// Drill down: a treemap of one node's children in the tree 类 → 款 → 项 → project categories → line
// items, for one department-year or the sum of several. Rounding residuals and unlisted remainders
// are children like any other (the API adds them so that children add up to the published parent)
// and are drawn hatched and grey, so nobody mistakes them for published items.

import { BREAKDOWN, BREAKDOWN_STEP } from '../queries.js';
import { strings, unitSymbol } from '../i18n.js';
import { PALETTE } from '../palette.js';
import { formatAmount, formatShare, plainAmount, plainPercent, precisionOf, sourceCell } from '../format.js';

export const RESIDUAL_KINDS = ['ROUNDING_RESIDUAL', 'UNLISTED_RESIDUAL'];

/** The key of a node in the URL's drill path: its code, or its name below the 项. */
export const nodeKey = (node) => node.code ?? node.name;

/** "201 一般公共服务支出", or the name alone for nodes without a code. */
export const nodeLabel = (node) => (node.code ? `${node.code} ${node.name}` : node.name);

/**
 * Splits a drill path into its 类/款/项 codes and the names below the 项. The codes must form a chain
 * (each code extends the one before it, e.g. 201 → 20103 → 2010399); the path is cut at the first
 * step that does not, so a hand-edited link still opens a valid view.
 */
export function splitPath(path) {
  const codes = [];
  let i = 0;
  for (; i < path.length && /^\d+$/.test(path[i]); i++) {
    const previous = codes.at(-1) ?? '';
    if (!(path[i].startsWith(previous) && path[i].length > previous.length)) break;
    codes.push(path[i]);
  }
  // Names follow only a 项 (7 digits): project categories and line items have no code.
  const tail = codes.at(-1)?.length === 7 && i === codes.length ? path.slice(i) : [];
  return { codes, tail };
}

/**
 * Fetches what the drill path shows: the node of its last code (with three levels below it, which
 * covers the names after it) and the name of every code before it for the breadcrumb.
 */
export async function loadDrill(state, query) {
  const vars = { year: state.year, departments: state.departments, unit: state.unit };
  const { codes, tail } = splitPath(state.path);
  const [anchor, ...steps] = await Promise.all([
    query(BREAKDOWN, { ...vars, code: codes.at(-1) ?? null }).then((d) => d.breakdown),
    ...codes.slice(0, -1).map((code) => query(BREAKDOWN_STEP, { ...vars, code }).then((d) => d.breakdown)),
  ]);
  return { anchor, steps, codes, tail };
}

/**
 * The breadcrumb trail [{ node, path }] from the root to the node shown, and the path it stands for
 * (shorter than the state's when part of it does not exist for these departments and year). Names
 * below the anchor are looked up among its children; one level deep at most, since only that level
 * comes with its own children.
 */
export function resolveTrail({ anchor, steps, codes, tail }) {
  if (!anchor || steps.some((s) => !s)) return null;
  const trail = [];
  if (codes.length) trail.push({ node: null, path: [] }); // the root, by name only
  steps.forEach((node, i) => trail.push({ node, path: codes.slice(0, i + 1) }));
  trail.push({ node: anchor, path: codes });
  const next = tail.length ? anchor.children?.find((c) => nodeKey(c) === tail[0]) : null;
  if (next) trail.push({ node: next, path: [...codes, tail[0]] });
  return { trail, path: trail.at(-1).path, below: next != null };
}

const hasChildren = (node) => (node.children?.length ?? 0) > 0;

/**
 * The ECharts treemap option of the node's children (those with a positive amount). `canDrill`: the
 * children's own children were fetched, so blocks with children can be opened.
 */
export function drillChart(node, state, canDrill) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const drawn = (node.children ?? []).filter((c) => Number(c.amount) > 0);
  const sum = drawn.reduce((total, c) => total + Number(c.amount), 0);
  const data = drawn
    .map((c) => {
      const residual = RESIDUAL_KINDS.includes(c.kind);
      // A block of under 1.5% of the area is a sliver: its label would be cut to a letter a line.
      // Its name stays in the tooltip and the table.
      const sliver = Number(c.amount) / sum < 0.015;
      return {
        name: nodeLabel(c),
        value: Number(c.amount),
        key: nodeKey(c),
        drillable: canDrill && hasChildren(c),
        residual,
        kindLabel: s.kinds[c.kind] ?? c.kind,
        itemStyle: residual
          ? { color: '#d9d9d9', decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 5], rotation: -Math.PI / 4, color: '#9a9a9a' } }
          : undefined,
        label: { show: !sliver, ...(residual ? { color: '#333' } : {}) },
      };
    });
  return {
    option: {
      color: PALETTE,
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
            fontSize: 13,
            lineHeight: 18,
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
export function drillTable(node, state, canDrill) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  const columns = [
    { label: s.code },
    { label: s.name, wide: true },
    { label: s.kind },
    { label: `${s.amount} (${unit})`, numeric: true },
    { label: s.shareOfParent, numeric: true, csvLabel: `${s.shareOfParent} (%)` },
    { label: s.source },
  ];
  const row = (n, share, extra) => ({
    ...extra,
    cells: [
      { text: n.code ?? '' },
      { text: n.name },
      { text: s.kinds[n.kind] ?? n.kind },
      { text: formatAmount(n.amount, state.unit, precisionOf(n.sources ?? [])), csv: plainAmount(n.amount) },
      { text: formatShare(share), csv: plainPercent(share) },
      sourceCell(n.sources ?? [], state.lang),
    ],
  });
  const rows = (node.children ?? []).map((c) =>
    row(c, c.shareOfParent, {
      className: RESIDUAL_KINDS.includes(c.kind) ? 'residual' : undefined,
      drill: canDrill && hasChildren(c) ? nodeKey(c) : undefined,
    }),
  );
  // The node itself closes the table on screen; the CSV leaves it out (its children already add up to it).
  rows.push(row(node, 1, { className: 'total', csv: false }));
  return { columns, rows };
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
