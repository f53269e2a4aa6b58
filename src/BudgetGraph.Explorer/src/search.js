// The search box: one index of departments, functional subjects (类/款/项), project categories and line
// items, searched by Chinese name or code; choosing a hit jumps to the view that shows it:
// - a department → its year over year;
// - a subject → the drill-down at it (类 → 款 → 项), for the chosen year and departments;
// - a project category → compare by project category, the category's name as the search term;
// - a line item → the drill-down of its department-year, opened at its category.
// The index is fetched once, on the first keystroke (queries.js SEARCH_INDEX).

/** Builds the list of searchable entries from the SEARCH_INDEX answer. */
export function buildIndex(data) {
  const entries = [];
  for (const d of data.departments) {
    entries.push({ kind: 'department', label: d.name, code: d.code, target: { view: 'yoy', departments: [d.code] } });
  }
  const levels = { 3: 'class', 5: 'section', 7: 'item' };
  const visit = (subject) => {
    // A subject opens the drill-down at it, for the year and departments already chosen.
    entries.push({
      kind: 'subject',
      label: subject.name,
      code: subject.code,
      target: { view: 'drill', path: drillPath(subject.code) },
      level: levels[subject.code.length],
    });
    for (const child of subject.children ?? []) visit(child);
  };
  for (const subject of data.functionalSubjects) visit(subject);
  const categories = new Map();
  for (const d of data.departments) {
    for (const b of d.budgets) {
      for (const c of b.projectCategories) {
        const key = `${c.name}`;
        const found = categories.get(key) ?? { years: new Set(), departments: new Set() };
        found.years.add(b.year);
        found.departments.add(d.code);
        categories.set(key, found);
        for (const item of c.lineItems) {
          entries.push({
            kind: 'lineItem',
            label: item.name,
            detail: `${d.name} ${b.year} · ${c.name}`,
            target: { view: 'drill', year: b.year, departments: [d.code], path: c.itemCode ? [...drillPath(c.itemCode), c.name] : [] },
          });
        }
      }
    }
  }
  for (const [name, found] of categories) {
    const year = Math.max(...found.years);
    entries.push({
      kind: 'category',
      label: name,
      detail: [...found.years].sort().join('、'),
      target: { view: 'compare', level: 'category', match: name, year, departments: [...found.departments] },
    });
  }
  return entries;
}

/** "2010399" → ["201", "20103", "2010399"]: the drill path down to a 类/款/项 code. */
export function drillPath(code) {
  return [3, 5, 7].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/**
 * The entries matching `text` (case-insensitive, by name or code), best first: exact code, code
 * prefix, name prefix, name contains. At most `limit`.
 */
export function search(entries, text, limit = 12) {
  const q = text.trim().toLowerCase();
  if (!q) return [];
  const score = (e) => {
    const code = (e.code ?? '').toLowerCase();
    const label = e.label.toLowerCase();
    if (code && code === q) return 0;
    if (code && code.startsWith(q)) return 1;
    if (label.startsWith(q)) return 2;
    if (label.includes(q)) return 3;
    return null;
  };
  return entries
    .map((e) => ({ e, s: score(e) }))
    .filter((x) => x.s != null)
    .sort((a, b) => a.s - b.s || a.e.label.length - b.e.label.length)
    .slice(0, limit)
    .map((x) => x.e);
}

/** Wires the box: results under it, Enter or a click jumps (go(patch)), Escape closes. */
export function attachSearch({ input, list, load, strings, go }) {
  let entries = null;
  const close = () => {
    list.hidden = true;
    list.replaceChildren();
  };
  const show = async () => {
    if (!entries) entries = buildIndex(await load());
    const s = strings();
    const hits = search(entries, input.value);
    if (!input.value.trim()) return close();
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit) => {
            const li = document.createElement('li');
            const b = document.createElement('button');
            b.type = 'button';
            b.dataset.kind = hit.kind;
            const kind = document.createElement('small');
            kind.textContent = `${s.searchKinds[hit.kind]} · `;
            const detail = document.createElement('small');
            detail.textContent = hit.detail ? ` · ${hit.detail}` : '';
            b.append(kind, `${hit.code ? `${hit.code} ` : ''}${hit.label}`, detail);
            b.addEventListener('click', () => {
              close();
              input.value = '';
              go(hit.target);
            });
            li.append(b);
            return li;
          })
        : [Object.assign(document.createElement('li'), { textContent: s.searchNothing })]),
    );
    list.hidden = false;
  };
  input.addEventListener('input', () => show().catch(close));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
    if (e.key === 'Enter') list.querySelector('button')?.click();
  });
}
