// BudgetGraph Explorer: the page shell. It keeps the view's state in the URL (state.js), fetches
// through the public GraphQL API (queries.js), and draws one chart with its table per view
// (views/*.js). No framework: the DOM is small; controls are built once and updated in place,
// chart, table and notes are redrawn per state change.

import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { COVERAGE, DEPARTMENTS, EXECUTION, graphql, SEARCH_INDEX } from './queries.js';
import { PALETTE } from './palette.js';
import { CHART_MODES, LEVELS, parseState, serializeState, UNITS, VIEWS, YOY_ROWS } from './state.js';
import { strings, unitSymbol } from './i18n.js';
import { formatAmount, formatShare, formatSource, precisionOf } from './format.js';
import { categoriesChart, categoriesTable, loadCategories, matchShares } from './views/categories.js';
import { coverageOf, coverageTable, defaultSelection } from './views/coverage.js';
import { executionChart, executionRows, executionTable, formatRate, loadExecution } from './views/execution.js';
import { loadThreePublic, threePublicRows, threePublicTable } from './views/threepublic.js';
import { attachSearch } from './search.js';
import { downloadCsv, renderTable } from './table.js';
import { compareChart, compareTable, loadCompare } from './views/compare.js';
import { drillChart, drillTable, loadDrill, nodeLabel, resolveTrail, RESIDUAL_KINDS, undrawnChildren } from './views/drill.js';
import { loadYoy, yoyChart, yoyLines, yoyTable } from './views/yoy.js';
import './style.css';

// SVG, not canvas: crisp at any zoom, text selectable, and blocks are elements a test can find.
echarts.use([BarChart, LineChart, ScatterChart, TreemapChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The views that show one year (the year picker is shown for them). */
const YEARLY_VIEWS = ['compare', 'drill'];
const VIEW_NAMES = {
  compare: 'viewCompare', drill: 'viewDrill', yoy: 'viewYoy', execution: 'viewExecution', threepublic: 'viewThreePublic', coverage: 'viewCoverage',
};

const browserLang = (navigator.language || 'zh').toLowerCase().startsWith('zh') ? 'zh' : 'en';
let state = parseState(location.search, browserLang);
let departments = [];
let documents = [];
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
    <div class="search" role="search">
      <input type="search" id="search" autocomplete="off">
      <ul id="search-results" hidden></ul>
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
    <fieldset id="level"><legend data-t="level"></legend><div class="choices"></div></fieldset>
    <label class="match" id="match-box"><span data-t="match"></span> <input type="search" id="match"></label>
  </section>
  <main>
    <p id="stage" class="stage"></p>
    <div id="status" role="status"></div>
    <div id="totals"></div>
    <nav id="breadcrumb"></nav>
    <p id="heading" class="heading"></p>
    <div id="match-summary"></div>
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

$('#match').addEventListener('change', (e) => setState({ match: e.target.value.trim() }));
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
  // The year the most departments published a 支出总表 for (the latest on a tie) and exactly those
  // departments: the landing view never shows a department without the stage it compares.
  const landing = defaultSelection(documents);
  if (state.year == null || !years.includes(state.year)) {
    patch.year = landing.year ?? years[0] ?? new Date().getFullYear();
  }
  if (state.departments == null) {
    const year = patch.year ?? state.year;
    patch.departments = departments.filter((d) => coverageOf(documents, d.code, year) === 'table').map((d) => d.code);
    if (!patch.departments.length) patch.departments = departments.filter((d) => d.fiscalYears.includes(year)).map((d) => d.code);
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
  radios('#level', LEVELS, 'level');
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
  $('#year').closest('label').hidden = !YEARLY_VIEWS.includes(state.view);
  $('#departments').hidden = state.view === 'coverage';
  $('#level').hidden = state.view !== 'compare';
  $('#match-box').hidden = !(state.view === 'compare' && state.level === 'category');
  if (document.activeElement !== $('#match')) $('#match').value = state.match;
  $('#match').placeholder = s.matchPlaceholder;
  $('#search').placeholder = s.searchPlaceholder;
  $('#search').setAttribute('aria-label', s.search);
  $('#stage').textContent = s.stageOf[state.view === 'compare' && state.level === 'category' ? 'category' : state.view];
  for (const b of $('#tabs').children) {
    b.textContent = s[VIEW_NAMES[b.dataset.view]];
    b.setAttribute('aria-selected', String(b.dataset.view === state.view));
  }
  for (const label of $('#departments .choices').children) {
    const box = label.querySelector('input');
    const d = departments.find((x) => x.code === box.value);
    box.checked = state.departments?.includes(d.code) ?? false;
    const note = label.querySelector('small');
    // Said per department: a year with only an evaluation report is not "no budget".
    const covered = coverageOf(documents, d.code, state.year);
    note.hidden = !YEARLY_VIEWS.includes(state.view) || covered === 'table';
    note.textContent = `(${covered === 'report' ? s.reportOnly : s.noDocument})`;
  }
  $('#chart-mode').hidden = state.view !== 'compare' || state.level === 'category';
  $('#yoy-rows').hidden = state.view !== 'yoy';
  for (const [selector, key] of [['#chart-mode', 'chart'], ['#yoy-rows', 'rows'], ['#level', 'level']]) {
    for (const label of $(`${selector} .choices`).children) {
      const radio = label.querySelector('input');
      radio.checked = state[key] === radio.value;
      label.querySelector('span').textContent =
        key === 'rows' ? s.yoyRowNames[radio.value] : key === 'level' ? s.levelNames[radio.value] : s[radio.value];
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
  const categoryView = view === 'compare' && state.level === 'category';
  $('#totals').hidden = view !== 'compare' || categoryView;
  $('#breadcrumb').hidden = view !== 'drill';
  $('#match-summary').replaceChildren();

  if (!departments.length) {
    // Still loading the department list (start()); the defaults come with it.
    status.className = 'loading';
    status.textContent = s.loading;
    return;
  }
  if (!state.departments?.length && view !== 'coverage') {
    showEmpty(s.noDepartments);
    return;
  }
  status.className = 'loading';
  status.textContent = s.loading;
  app.dataset.ready = 'false';
  let data;
  try {
    const loaders = {
      compare: categoryView ? loadCategories : loadCompareWithReports,
      drill: loadDrill,
      yoy: loadYoy,
      execution: loadExecution,
      threepublic: loadThreePublic,
      coverage: async () => documents,
    };
    data = await loaders[view](state, query);
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

  const draw = {
    compare: categoryView ? drawCategories : drawCompare,
    drill: drawDrill,
    yoy: drawYoy,
    execution: drawExecution,
    threepublic: drawThreePublic,
    coverage: drawCoverage,
  }[view];
  const drawn = draw(data);
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

/**
 * The comparison, and for each chosen department that has only an evaluation report this year, that
 * report's execution figures: its card shows them, labelled, instead of an empty total.
 */
async function loadCompareWithReports(state, query) {
  const compare = await loadCompare(state, query);
  const reportOnly = compare.totals.filter((t) => isReportFigure(t.source) || (t.amount == null && coverageOf(documents, t.departmentCode, state.year) === 'report'));
  const reports = await Promise.all(reportOnly.map((t) => query(EXECUTION, { department: t.departmentCode, unit: state.unit })));
  const byCode = new Map(reports.map((r) => [r.department.code, r.department.budgets.find((b) => b.year === state.year)?.execution]));
  return { ...compare, reports: byCode };
}

/** The figure is an evaluation report's (the API shows a year known only from a report), not a budget's. */
const isReportFigure = (source) => source?.document?.kind === 'EVALUATION';

/** A link to the source viewer at the cited lines, its text the citation. */
function sourceLink(source) {
  const a = document.createElement('a');
  a.href = source.url;
  a.className = 'source-link';
  a.textContent = formatSource(source, state.lang);
  return a;
}

function drawCompare(compare) {
  const s = strings(state.lang);
  const unit = unitSymbol(state.unit);
  $('#totals').replaceChildren(
    ...compare.totals.map((t) => {
      const card = document.createElement('div');
      card.className = 'total-card';
      card.dataset.department = t.departmentCode;
      const name = document.createElement('div');
      name.className = 'name';
      name.textContent = t.departmentName;
      const source = document.createElement('div');
      source.className = 'source';
      const report = compare.reports?.get(t.departmentCode)?.lines?.find((l) => l.measure === 'TOTAL');
      // A report's figures are never shown as a budget's total: the card says whose they are, and each stage is named.
      if (report && (t.amount == null || isReportFigure(t.source))) {
        card.classList.add('report');
        const label = document.createElement('div');
        label.className = 'report-label';
        label.textContent = s.reportCard;
        const figures = document.createElement('div');
        figures.className = 'figures';
        const precision = precisionOf(report.sources);
        for (const [key, stage] of [['initialBudget', 'INITIAL'], ['adjustedBudget', 'ADJUSTED'], ['actualExpenditure', 'ACTUAL']]) {
          if (report[key] == null) continue;
          const term = document.createElement('span');
          term.textContent = s.stages[stage];
          const value = document.createElement('b');
          value.dataset.stage = stage;
          value.textContent = `${formatAmount(report[key], state.unit, precision)} ${unit}`;
          figures.append(term, value);
        }
        if (report.executionRate != null) {
          const term = document.createElement('span');
          term.textContent = s.executionRate;
          const value = document.createElement('b');
          value.textContent = formatRate(report.executionRate, report.rateStated);
          figures.append(term, value);
        }
        // Each stage's figure is cited where the report prints it (one link per distinct citation).
        const urls = new Set();
        for (const src of report.sources) {
          if (urls.has(src.url)) continue;
          urls.add(src.url);
          source.append(sourceLink(src));
        }
        card.append(name, label, figures, source);
        return card;
      }
      const amount = document.createElement('div');
      amount.className = 'amount';
      amount.textContent = t.amount == null ? s.noDocument : `${formatAmount(t.amount, state.unit, precisionOf(t.source))} ${unit}`;
      if (t.source) source.append(sourceLink(t.source));
      card.append(name, amount, source);
      return card;
    }),
  );
  $('#heading').textContent = `${state.year} · ${s.viewCompare} · ${s.levelNames[state.level]}`;
  if (!compare.rows.length) {
    showEmpty(s.noData);
    $('#totals').hidden = false;
    return null;
  }
  const { option, height } = compareChart(compare, state, chartEl.clientWidth || 800);
  const sources = compare.rows.flatMap((r) => r.cells.map((c) => c.source)).concat(compare.totals.map((t) => t.source));
  const reportNotes = compare.totals
    .filter((t) => t.amount != null && isReportFigure(t.source))
    // COMPARE asks for the API's default stage, INITIAL: the report's initial budget is compared.
    .map((t) => s.reportTotalNote(t.departmentName, s.stages.INITIAL));
  const summary = `${state.year} ${s.viewCompare}: ${compare.totals
    .map((t) => `${t.departmentName} ${t.amount == null ? s.noDocument : `${formatAmount(t.amount, state.unit, precisionOf(t.source))} ${unit}`}`)
    .join('; ')}`;
  return { option, height, summary, table: compareTable(compare, state), notes: [...reportNotes, ...sourceNotes(sources)] };
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

  // Only the departments whose figures are summed in this node are named: those whose documents it cites.
  // A department cited only by an evaluation report adds the report's total, which has no breakdown.
  const cited = new Map();
  for (const src of node.sources ?? []) {
    const code = documents.find((d) => d.fileName === src.document?.fileName)?.departmentCode;
    if (code) cited.set(code, (cited.get(code) ?? true) && isReportFigure(src));
  }
  const names = state.departments
    .filter((c) => cited.has(c))
    .map((c) => (departments.find((d) => d.code === c)?.name ?? c) + (cited.get(c) ? s.reportTotalMark : ''));
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

function drawCategories(list) {
  const s = strings(state.lang);
  const missing = state.departments.filter((c) => !list.some((d) => d.code === c)).map((c) => departments.find((d) => d.code === c)?.name ?? c);
  $('#heading').textContent = `${state.year} · ${s.viewCompare} · ${s.levelNames.category}` + (missing.length ? ` · ${s.missingYears(missing.join('、'))}` : '');
  if (!list.length) {
    showEmpty(s.noData);
    return null;
  }
  if (state.match) {
    const intro = document.createElement('p');
    intro.textContent = s.matchResult(state.match);
    const ol = document.createElement('ol');
    ol.id = 'match-result';
    for (const m of matchShares(list, state.match)) {
      const li = document.createElement('li');
      li.dataset.department = m.code;
      li.textContent = `${m.name}: ${formatShare(m.share)} (${formatAmount(m.amount, state.unit, precisionOf(m.sources))} / ${formatAmount(m.total, state.unit)} ${unitSymbol(state.unit)}; ${m.matched.map((c) => c.name).join('、') || s.matchNone})`;
      ol.append(li);
    }
    $('#match-summary').replaceChildren(intro, ol);
  }
  const { option, height } = categoriesChart(list, state, chartEl.clientWidth || 800);
  const summary = list.map((d) => `${d.name}: ${d.budget.projectCategories.map((c) => `${c.name} ${formatAmount(c.amount, state.unit)}`).join(', ')}`).join('; ');
  return { option, height, summary, table: categoriesTable(list, state), notes: sourceNotes(list.flatMap((d) => d.budget.projectCategories.map((c) => c.source))) };
}

function drawExecution(list) {
  const s = strings(state.lang);
  const rows = executionRows(list);
  $('#heading').textContent = `${s.viewExecution} · ${[...new Set(rows.map((r) => `${r.department} ${r.year}`))].join('、')}`;
  if (!rows.length) {
    showEmpty(s.noExecution);
    return null;
  }
  const { option, height } = executionChart(rows, state, chartEl.clientWidth || 800);
  const unit = unitSymbol(state.unit);
  const summary = rows
    .filter((r) => r.measure === 'TOTAL')
    .map((r) => `${r.department} ${r.year}: ${s.stages.INITIAL} ${formatAmount(r.initialBudget, state.unit)} ${unit}, ${s.stages.ADJUSTED} ${formatAmount(r.adjustedBudget, state.unit)}, ${s.stages.ACTUAL} ${formatAmount(r.actualExpenditure, state.unit)}, ${s.executionRate} ${formatRate(r.executionRate, r.rateStated)}`)
    .join('; ');
  return { option, height, summary, table: executionTable(rows, state), notes: sourceNotes(rows.flatMap((r) => r.sources)) };
}

function drawThreePublic(list) {
  const s = strings(state.lang);
  const rows = threePublicRows(list);
  $('#heading').textContent = s.viewThreePublic;
  if (!rows.length) {
    showEmpty(s.noThreePublic);
    return null;
  }
  const totals = rows.filter((r) => r.item === 'TOTAL' && r.budget === 'gpb');
  const unit = unitSymbol(state.unit);
  const option = {
    color: PALETTE,
    animationDuration: 300,
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => (v == null ? '–' : `${formatAmount(v, state.unit)} ${unit}`) },
    legend: { bottom: 0, left: 0 },
    grid: { left: 8, right: 16, top: 28, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: totals.map((r) => `${r.department.slice(0, 12)} ${r.year}`), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
    yAxis: { type: 'value', name: unit },
    series: [
      ['amount', s.stages.INITIAL],
      ['prior', s.priorYear],
      ['actual', s.stages.ACTUAL],
    ].map(([key, name]) => ({
      type: 'bar',
      name,
      barMaxWidth: 24,
      label: { show: true, position: 'top', formatter: (p) => formatAmount(p.value, state.unit) },
      data: totals.map((r) => (r[key] == null ? null : Number(r[key]))),
    })),
  };
  const summary = totals.map((r) => `${r.department} ${r.year}: ${formatAmount(r.amount, state.unit)} ${unit}`).join('; ');
  return { option, height: 300, summary, table: threePublicTable(rows, state), notes: sourceNotes(rows.flatMap((r) => r.sources)) };
}

function drawCoverage(list) {
  const s = strings(state.lang);
  $('#heading').textContent = s.viewCoverage;
  const years = [...new Set(list.map((d) => d.year))].sort();
  const names = [...new Set(list.map((d) => d.departmentName))];
  // One mark a document: a square for a budget, a diamond for an evaluation report.
  const option = {
    color: PALETTE,
    animation: false,
    tooltip: { confine: true, formatter: (p) => p.data.title },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    legend: { bottom: 0, left: 0 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'category', data: names, axisLabel: { width: (chartEl.clientWidth || 800) < 560 ? 90 : 220, overflow: 'break' } },
    series: ['BUDGET', 'EVALUATION'].map((kind) => ({
      type: 'scatter',
      name: s.documentKinds[kind],
      symbol: kind === 'BUDGET' ? 'rect' : 'diamond',
      symbolSize: 20,
      data: list.filter((d) => d.kind === kind).map((d) => ({ value: [String(d.year), d.departmentName], title: d.title })),
    })),
  };
  return { option, height: 90 + names.length * 50, summary: list.map((d) => d.title).join('; '), table: coverageTable(list, state), notes: [] };
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
    [departments, documents] = await Promise.all([
      query(DEPARTMENTS, {}).then((d) => d.departments),
      query(COVERAGE, {}).then((d) => d.documents),
    ]);
  } catch (error) {
    const status = $('#status');
    status.className = 'error';
    status.textContent = strings(state.lang).error + error.message;
    app.dataset.ready = 'error';
    return;
  }
  buildControls();
  attachSearch({
    input: $('#search'),
    list: $('#search-results'),
    load: () => query(SEARCH_INDEX, {}),
    strings: () => strings(state.lang),
    go: (patch) => setState({ ...patch, path: patch.path ?? [] }),
  });
  applyDefaults();
}

start();
