// BudgetGraph Explorer: the page shell. It keeps the view's state in the URL (state.js), fetches
// through the public GraphQL API (queries.js), and draws one chart with its table per view
// (views/*.js). No framework: the DOM is small; controls are built once and updated in place,
// chart, table and notes are redrawn per state change.

import * as echarts from 'echarts/core';
import { BarChart, LineChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { DEPARTMENTS, graphql } from './queries.js';
import { CHART_MODES, parseState, serializeState, UNITS, VIEWS, YOY_ROWS } from './state.js';
import { strings, unitSymbol } from './i18n.js';
import { formatAmount, formatSource } from './format.js';
import { downloadCsv, renderTable } from './table.js';
import { compareChart, compareTable, loadCompare } from './views/compare.js';
import { drillChart, drillTable, loadDrill, nodeLabel, resolveTrail, RESIDUAL_KINDS, undrawnChildren } from './views/drill.js';
import { loadYoy, yoyChart, yoyLines, yoyTable } from './views/yoy.js';
import './style.css';

// SVG, not canvas: crisp at any zoom, text selectable, and blocks are elements a test can find.
echarts.use([BarChart, LineChart, TreemapChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const browserLang = (navigator.language || 'zh').toLowerCase().startsWith('zh') ? 'zh' : 'en';
let state = parseState(location.search, browserLang);
let departments = [];
let tableModel = null;
let renderSeq = 0;

/** Answers are cached per (query, variables): switching views back and forth does not refetch. */
const cache = new Map();
function query(text, variables) {
  const key = text + JSON.stringify(variables);
  if (!cache.has(key)) {
    const pending = graphql(text, variables);
    pending.catch(() => cache.delete(key)); // a failed request may be retried
    cache.set(key, pending);
  }
  return cache.get(key);
}

const app = document.getElementById('app');
app.innerHTML = `
  <header class="top">
    <div class="brand">
      <h1><span class="logo">BudgetGraph</span> <span data-t="title"></span></h1>
      <p data-t="subtitle"></p>
    </div>
    <div class="top-controls">
      <label class="unit"><span data-t="unit"></span> <select id="unit"></select></label>
      <button type="button" id="lang" class="toggle"></button>
    </div>
  </header>
  <nav class="tabs" role="tablist" id="tabs"></nav>
  <section class="controls">
    <label class="year"><span data-t="year"></span> <select id="year"></select></label>
    <fieldset id="departments"><legend data-t="departments"></legend><div class="choices"></div></fieldset>
    <fieldset id="chart-mode"><legend data-t="chartMode"></legend><div class="choices"></div></fieldset>
    <fieldset id="yoy-rows"><legend data-t="yoyRows"></legend><div class="choices"></div></fieldset>
  </section>
  <main>
    <div id="status" role="status"></div>
    <div id="totals"></div>
    <nav id="breadcrumb"></nav>
    <p id="heading" class="heading"></p>
    <div id="chart"></div>
    <div id="notes"></div>
    <section id="table-section">
      <div class="table-head">
        <h2 data-t="table"></h2>
        <button type="button" id="download" class="button"></button>
      </div>
      <div id="table" class="table-scroll"></div>
    </section>
  </main>
  <footer>
    <span data-t="apiNote"></span>: <code>POST /graphql</code> · <a href="/graphql" data-t="playground"></a>
  </footer>`;

const $ = (sel) => app.querySelector(sel);
const chartEl = $('#chart');
const chart = echarts.init(chartEl, null, { renderer: 'svg' });
new ResizeObserver(() => chart.resize()).observe(chartEl);

chart.on('click', (p) => {
  if (state.view === 'drill' && p.data?.drillable) {
    setState({ path: [...state.path, p.data.key] });
  }
});

$('#lang').addEventListener('click', () => setState({ lang: state.lang === 'zh' ? 'en' : 'zh' }));
$('#unit').addEventListener('change', (e) => setState({ unit: e.target.value }));
$('#year').addEventListener('change', (e) => setState({ year: Number(e.target.value), path: [] }));
$('#download').addEventListener('click', () => {
  if (tableModel) downloadCsv(tableModel, csvFileName());
});
window.addEventListener('popstate', () => {
  state = parseState(location.search, state.lang);
  render();
});

/** Applies a change, records it in the URL (a new history entry, so Back undoes it) and redraws. */
function setState(patch, { replace = false } = {}) {
  state = { ...state, ...patch };
  const url = serializeState(state);
  if (url !== location.search) {
    history[replace ? 'replaceState' : 'pushState'](null, '', url);
  }
  render();
}

/** Fills the state's open choices (year, departments) from what the warehouse holds. */
function applyDefaults() {
  const years = allYears();
  const patch = {};
  if (state.year == null || !years.includes(state.year)) {
    // The latest year that most departments have documents for: a comparison worth looking at.
    const count = (y) => departments.filter((d) => d.fiscalYears.includes(y)).length;
    patch.year = [...years].sort((a, b) => count(b) - count(a) || b - a)[0] ?? new Date().getFullYear();
  }
  if (state.departments == null) {
    const year = patch.year ?? state.year;
    patch.departments = departments.filter((d) => d.fiscalYears.includes(year)).map((d) => d.code);
  } else {
    const known = state.departments.filter((c) => departments.some((d) => d.code === c));
    if (known.length !== state.departments.length) patch.departments = known;
  }
  // Replace, not push: the defaults are where the visit starts, not a step to go back from.
  setState(patch, { replace: true });
}

function allYears() {
  return [...new Set(departments.flatMap((d) => d.fiscalYears))].sort((a, b) => b - a);
}

function csvFileName() {
  const s = strings(state.lang);
  const parts = ['budgetgraph', s.csvFile, state.view, state.year, ...state.departments];
  if (state.view === 'drill' && state.path.length) parts.push(...state.path);
  return parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_') + '.csv';
}

/** Draws the controls for the current state and language, then the view. */
function render() {
  const s = strings(state.lang);
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `BudgetGraph · ${s.title}`;
  for (const el of app.querySelectorAll('[data-t]')) el.textContent = s[el.dataset.t];
  $('#lang').textContent = s.language;
  $('#lang').setAttribute('aria-label', s.languageLabel);
  $('#download').textContent = s.download;

  updateControls(s);
  drawView();
}

/**
 * Creates the controls once the department list is known. They are updated in place afterwards
 * (updateControls), never re-created, so keyboard focus stays where the user left it.
 */
function buildControls() {
  $('#unit').replaceChildren(...UNITS.map((u) => option(u)));
  $('#year').replaceChildren(...allYears().map((y) => option(y)));
  $('#tabs').replaceChildren(
    ...VIEWS.map((v) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.dataset.view = v;
      b.addEventListener('click', () => setState({ view: v }));
      return b;
    }),
  );
  $('#departments .choices').replaceChildren(
    ...departments.map((d) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = d.code;
      box.addEventListener('change', () => {
        // Keep the order of the department list, whatever the order of clicks.
        const chosen = new Set(state.departments);
        if (box.checked) chosen.add(d.code);
        else chosen.delete(d.code);
        setState({ departments: departments.map((x) => x.code).filter((c) => chosen.has(c)) });
      });
      const name = document.createElement('span');
      name.textContent = d.name + ' ';
      name.append(document.createElement('small'));
      return choice(box, name);
    }),
  );
  radios('#chart-mode', CHART_MODES, 'chart');
  radios('#yoy-rows', YOY_ROWS, 'rows');
}

/** A group of radio buttons that sets `state[key]` to one of `values`. */
function radios(selector, values, key) {
  $(`${selector} .choices`).replaceChildren(
    ...values.map((value) => {
      const radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = selector.slice(1);
      radio.value = value;
      radio.addEventListener('change', () => setState({ [key]: value }));
      return choice(radio, document.createElement('span'));
    }),
  );
}

/** Brings the controls in line with the state and the language. */
function updateControls(s) {
  for (const o of $('#unit').options) o.textContent = s.unitNames[o.value];
  $('#unit').value = state.unit;
  if (state.year != null) $('#year').value = String(state.year);
  $('#year').closest('label').hidden = state.view === 'yoy';
  for (const b of $('#tabs').children) {
    b.textContent = s[{ compare: 'viewCompare', drill: 'viewDrill', yoy: 'viewYoy' }[b.dataset.view]];
    b.setAttribute('aria-selected', String(b.dataset.view === state.view));
  }
  for (const label of $('#departments .choices').children) {
    const box = label.querySelector('input');
    const d = departments.find((x) => x.code === box.value);
    box.checked = state.departments?.includes(d.code) ?? false;
    const note = label.querySelector('small');
    note.hidden = state.view === 'yoy' || d.fiscalYears.includes(state.year);
    note.textContent = `(${s.noBudget})`;
  }
  $('#chart-mode').hidden = state.view !== 'compare';
  $('#yoy-rows').hidden = state.view !== 'yoy';
  for (const [selector, key] of [['#chart-mode', 'chart'], ['#yoy-rows', 'rows']]) {
    for (const label of $(`${selector} .choices`).children) {
      const radio = label.querySelector('input');
      radio.checked = state[key] === radio.value;
      label.querySelector('span').textContent = key === 'rows' ? s.yoyRowNames[radio.value] : s[radio.value];
    }
  }
}

function option(value) {
  const o = document.createElement('option');
  o.value = String(value);
  o.textContent = String(value);
  return o;
}

function choice(input, ...content) {
  const label = document.createElement('label');
  label.className = 'choice';
  label.append(input, ...content);
  return label;
}

/** Loads the view's data and draws chart, table and notes; a newer render cancels an older one. */
async function drawView() {
  const seq = ++renderSeq;
  const s = strings(state.lang);
  const status = $('#status');
  const view = state.view;
  app.dataset.view = view;
  $('#totals').hidden = view !== 'compare';
  $('#breadcrumb').hidden = view !== 'drill';

  if (!departments.length) {
    // Still loading the department list (start()); the defaults come with it.
    status.className = 'loading';
    status.textContent = s.loading;
    return;
  }
  if (!state.departments?.length) {
    showEmpty(s.noDepartments);
    return;
  }
  status.className = 'loading';
  status.textContent = s.loading;
  app.dataset.ready = 'false';
  let data;
  try {
    data = await { compare: loadCompare, drill: loadDrill, yoy: loadYoy }[view](state, query);
  } catch (error) {
    if (seq !== renderSeq) return;
    status.className = 'error';
    status.textContent = s.error + error.message;
    app.dataset.ready = 'error';
    return;
  }
  if (seq !== renderSeq) return;
  status.className = '';
  status.textContent = '';

  let drawn;
  if (view === 'compare') drawn = drawCompare(data);
  else if (view === 'drill') drawn = drawDrill(data);
  else drawn = drawYoy(data);
  if (!drawn) return;

  chartEl.style.height = `${drawn.height}px`;
  chart.resize();
  const painted = chartPainted();
  chart.setOption(drawn.option, { notMerge: true });
  // For screen readers, the picture in one sentence; the table below holds every figure.
  chartEl.setAttribute('role', 'img');
  chartEl.setAttribute('aria-label', drawn.summary);
  tableModel = drawn.table;
  renderTable($('#table'), drawn.table, {
    onDrill: view === 'drill' ? (key) => setState({ path: [...state.path, key] }) : undefined,
  });
  $('#table-section').hidden = false;
  $('#notes').replaceChildren(...drawn.notes.map(paragraph));
  await painted;
  if (seq === renderSeq) app.dataset.ready = 'true';
}

/**
 * Resolves when ECharts has painted the option just set (its "finished" event, after the animation),
 * or after two seconds at the latest. Until then #app says data-ready="false": tests and screen
 * readers see the new view only once it is on screen.
 */
function chartPainted() {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      chart.off('finished', done);
      resolve();
    };
    const timer = setTimeout(done, 2000);
    chart.on('finished', done);
  });
}

function showEmpty(message) {
  const status = $('#status');
  status.className = 'empty';
  status.textContent = message;
  chart.clear();
  chartEl.style.height = '0px';
  $('#totals').replaceChildren();
  $('#breadcrumb').replaceChildren();
  $('#heading').textContent = '';
  $('#notes').replaceChildren();
  $('#table-section').hidden = true;
  tableModel = null;
  app.dataset.ready = 'true';
}

function paragraph(text) {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function drawCompare(compare) {
  const s = strings(state.lang);
  $('#totals').replaceChildren(
    ...compare.totals.map((t) => {
      const card = document.createElement('div');
      card.className = 'total-card';
      card.dataset.department = t.departmentCode;
      const name = document.createElement('div');
      name.className = 'name';
      name.textContent = t.departmentName;
      const amount = document.createElement('div');
      amount.className = 'amount';
      amount.textContent = t.amount == null ? s.noBudget : `${formatAmount(t.amount, state.unit)} ${unitSymbol(state.unit)}`;
      const source = document.createElement('div');
      source.className = 'source';
      source.textContent = formatSource(t.source, state.lang);
      card.append(name, amount, source);
      return card;
    }),
  );
  $('#heading').textContent = `${state.year} · ${s.viewCompare}`;
  if (!compare.rows.length) {
    showEmpty(s.noData);
    $('#totals').hidden = false;
    return null;
  }
  const { option, height } = compareChart(compare, state, chartEl.clientWidth || 800);
  const sources = compare.rows.flatMap((r) => r.cells.map((c) => c.source)).concat(compare.totals.map((t) => t.source));
  const unit = unitSymbol(state.unit);
  const summary = `${state.year} ${s.viewCompare}: ${compare.totals
    .map((t) => `${t.departmentName} ${t.amount == null ? s.noBudget : `${formatAmount(t.amount, state.unit)} ${unit}`}`)
    .join('; ')}`;
  return { option, height, summary, table: compareTable(compare, state), notes: sourceNotes(sources) };
}

function drawDrill(data) {
  const s = strings(state.lang);
  const resolved = resolveTrail(data);
  if (!resolved) {
    if (state.path.length) {
      // The path does not exist for these departments and year: start again from the root.
      setState({ path: [] }, { replace: true });
    } else {
      showEmpty(s.noData);
    }
    return null;
  }
  if (resolved.path.length !== state.path.length) {
    // A stale or hand-edited link: keep the valid prefix of the path.
    state = { ...state, path: resolved.path };
    history.replaceState(null, '', serializeState(state));
  }
  const { trail } = resolved;
  const node = trail.at(-1).node;
  if (trail.length === 1 && !node.children?.length) {
    showEmpty(s.noData);
    return null;
  }

  const crumbs = trail.map((step, i) => {
    const label = step.path.length === 0 ? s.breadcrumbRoot : nodeLabel(step.node);
    if (i === trail.length - 1) {
      const here = document.createElement('span');
      here.className = 'crumb current';
      here.setAttribute('aria-current', 'page');
      here.textContent = label;
      return here;
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'crumb';
    b.textContent = label;
    b.addEventListener('click', () => setState({ path: step.path }));
    return b;
  });
  const nav = $('#breadcrumb');
  nav.setAttribute('aria-label', s.breadcrumbLabel);
  nav.replaceChildren(...crumbs.flatMap((c, i) => (i ? [separator(), c] : [c])));

  const names = state.departments.map((c) => departments.find((d) => d.code === c)?.name ?? c);
  const who = names.length === 1 ? names[0] : `${s.sumOf(names.length)}: ${names.join('、')}`;
  $('#heading').textContent = `${who} · ${state.year} · ${formatAmount(node.amount, state.unit)} ${unitSymbol(state.unit)}`;

  const canDrill = !resolved.below;
  const anyDrillable = canDrill && node.children?.some((c) => c.children?.length);
  const notes = [anyDrillable ? s.drillHint : node.children?.length ? s.backHint : s.leafHint];
  if (node.children?.some((c) => RESIDUAL_KINDS.includes(c.kind))) notes.push(s.residualNote);
  const undrawn = undrawnChildren(node);
  if (undrawn.length) {
    notes.push(`${s.negativeNote} ${undrawn.map((c) => `${nodeLabel(c)} ${formatAmount(c.amount, state.unit)}`).join('；')}`);
  }
  notes.push(...sourceNotes([node, ...(node.children ?? [])].flatMap((n) => n.sources ?? [])));

  const width = chartEl.clientWidth || 800;
  const unit = unitSymbol(state.unit);
  const summary = `${nodeLabel(node)} ${formatAmount(node.amount, state.unit)} ${unit}: ${(node.children ?? [])
    .map((c) => `${nodeLabel(c)} ${formatAmount(c.amount, state.unit)}`)
    .join('; ')}`;
  return {
    ...drillChart(node, state, canDrill),
    summary,
    height: node.children?.length ? Math.round(Math.min(520, Math.max(260, width * 0.62))) : 0,
    table: drillTable(node, state, canDrill),
    notes,
  };
}

function drawYoy(list) {
  const s = strings(state.lang);
  $('#heading').textContent = s.yoyTitle;
  const lines = yoyLines(list, state);
  if (!lines.some((l) => l.points.some((p) => p.amount != null))) {
    showEmpty(s.noData);
    return null;
  }
  const { option, height } = yoyChart(lines, state, chartEl.clientWidth || 800);
  const summary = lines
    .map((l) => `${l.department} ${l.label}: ${l.points
      .filter((p) => p.amount != null)
      .map((p) => `${p.year} ${formatAmount(p.amount, state.unit)}${p.statedByLaterDocument ? ' ◆' : ''}`)
      .join(', ')}`)
    .join('; ');
  const sources = lines.flatMap((l) => l.points.map((p) => p.source));
  return { option, height, summary, table: yoyTable(lines, state), notes: sourceNotes(sources) };
}

/** The legends of the markers the shown citations use. */
function sourceNotes(sources) {
  const s = strings(state.lang);
  const notes = [];
  if (sources.some((x) => x?.statedByLaterDocument)) notes.push(s.laterNote);
  if (sources.some((x) => x?.derived)) notes.push(s.derivedNote);
  return notes;
}

function separator() {
  const span = document.createElement('span');
  span.className = 'sep';
  span.setAttribute('aria-hidden', 'true');
  span.textContent = '›';
  return span;
}

async function start() {
  render();
  try {
    departments = (await query(DEPARTMENTS, {})).departments;
  } catch (error) {
    const status = $('#status');
    status.className = 'error';
    status.textContent = strings(state.lang).error + error.message;
    app.dataset.ready = 'error';
    return;
  }
  buildControls();
  applyDefaults();
}

start();
