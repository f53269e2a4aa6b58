// The view's state lives in the URL's query string, so that a shared link restores exactly one view:
//   ?view=drill&year=2023&dept=szdsj,psqzsj&path=201/20103&unit=WAN_YUAN&lang=zh
//   ?view=compare&…&chart=stacked   ?view=yoy&…&rows=subjects
//   ?view=compare&…&level=category&match=信息化   ?view=execution&dept=szdsj   ?view=threepublic   ?view=coverage
// Invariant: parse(serialize(s)) equals s for every state the page produces; unknown or malformed
// parameters fall back to defaults instead of failing.

export const VIEWS = ['compare', 'drill', 'yoy', 'execution', 'threepublic', 'coverage'];
/** What compare sets side by side: 类, 款, 项 (functional subjects) or project categories. */
export const LEVELS = ['class', 'section', 'item', 'category'];
export const UNITS = ['WAN_YUAN', 'YUAN', 'YI_YUAN'];
export const CHART_MODES = ['stacked', 'grouped'];
/** What the year-over-year view follows: the total, the 类, or the project categories. */
export const YOY_ROWS = ['total', 'subjects', 'categories'];

/** A state with every field present. `year: null` and `departments: null` mean "choose a default". */
export function defaultState(lang) {
  return {
    view: 'compare',
    year: null,
    departments: null,
    path: [],
    unit: 'WAN_YUAN',
    chart: 'stacked',
    rows: 'total',
    level: 'class',
    match: '',
    lang,
  };
}

/** Reads the state from a query string (location.search). */
export function parseState(search, fallbackLang) {
  const q = new URLSearchParams(search);
  const state = defaultState(fallbackLang);
  const pick = (name, allowed) => (allowed.includes(q.get(name)) ? q.get(name) : null);
  state.view = pick('view', VIEWS) ?? state.view;
  state.unit = pick('unit', UNITS) ?? state.unit;
  state.chart = pick('chart', CHART_MODES) ?? state.chart;
  state.rows = pick('rows', YOY_ROWS) ?? state.rows;
  state.lang = pick('lang', ['zh', 'en']) ?? state.lang;
  state.level = pick('level', LEVELS) ?? state.level;
  state.match = (q.get('match') ?? '').trim().slice(0, 40);
  if (/^\d{4}$/.test(q.get('year') ?? '')) {
    state.year = Number(q.get('year'));
  }
  if (q.has('dept')) {
    state.departments = q.get('dept').split(',').map((s) => s.trim()).filter(Boolean);
  }
  if (q.get('path')) {
    // Path segments are 类/款/项 codes, or names below the 项 (project categories, line items).
    state.path = q.get('path').split('/').filter(Boolean);
  }
  return state;
}

/** Writes the state as a query string (with the leading "?"). */
export function serializeState(state) {
  const q = new URLSearchParams();
  q.set('view', state.view);
  if (state.year != null) q.set('year', String(state.year));
  if (state.departments != null) q.set('dept', state.departments.join(','));
  if (state.view === 'drill' && state.path.length) q.set('path', state.path.join('/'));
  q.set('unit', state.unit);
  if (state.view === 'compare') q.set('chart', state.chart);
  if (state.view === 'compare' && state.level !== 'class') q.set('level', state.level);
  if (state.view === 'compare' && state.level === 'category' && state.match) q.set('match', state.match);
  if (state.view === 'yoy') q.set('rows', state.rows);
  q.set('lang', state.lang);
  // Keep "/" and "," readable in shared links; URLSearchParams would escape them.
  return '?' + q.toString().replace(/%2F/gi, '/').replace(/%2C/gi, ',');
}
