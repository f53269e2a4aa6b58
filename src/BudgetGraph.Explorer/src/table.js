// The table view of what the chart shows, and its CSV download. Both are drawn from one model, so the
// CSV holds exactly the rows on screen (numbers without digit grouping, so spreadsheets read them as
// numbers).
//
// Model: { columns: [{ label, numeric?, wide?, nowrap?, csv? }], rows: [{ cells: [{ text, csv?, links? }], className?, drill?, csv? }] }
// A cell's `csv` defaults to its `text`; `links` ([{ text, href }]) draws the cell as links, one a line
// (citations opening the source viewer). A row's `drill` is the key of the node it opens, if any; a row
// with `csv: false` is shown but not exported (a parent total that would double a column's sum). A
// column with `csv: false` is shown only; one with `screen: false` is exported only (a flag column).
// At narrow widths each row is drawn as a stack of "label: value" lines (td[data-label], style.css), so
// amounts stay visible without sideways scrolling.

/** Renders the model into a <table> inside `container`; `onDrill(key)` is called for drillable rows. */
export function renderTable(container, model, { caption, onDrill } = {}) {
  const table = document.createElement('table');
  table.className = 'data-table';
  if (caption) {
    const c = table.createCaption();
    c.textContent = caption;
  }
  const head = table.createTHead().insertRow();
  const shown = model.columns.map((c) => c.screen !== false);
  for (const column of model.columns.filter((c) => c.screen !== false)) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column.label;
    if (column.numeric) th.className = 'num';
    if (column.wide) th.classList.add('wide');
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const row of model.rows) {
    const tr = body.insertRow();
    if (row.className) tr.className = row.className;
    row.cells.forEach((cell, i) => {
      if (!shown[i]) return;
      const td = tr.insertCell();
      td.dataset.label = model.columns[i]?.label ?? '';
      const numeric = model.columns[i]?.numeric;
      if (numeric) td.classList.add('num');
      if (model.columns[i]?.wide) td.classList.add('wide');
      if (model.columns[i]?.nowrap) td.classList.add('nowrap');
      if (cell.className) td.classList.add(cell.className);
      if (i === 1 && row.drill != null && onDrill) {
        // The name cell opens the node: the keyboard and small-screen way to drill down.
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'link';
        button.textContent = cell.text;
        button.addEventListener('click', () => onDrill(row.drill));
        td.appendChild(button);
      } else if (cell.links?.length) {
        cell.links.forEach((link, j) => {
          if (j) td.append(document.createElement('br'));
          const a = document.createElement('a');
          a.href = link.href;
          a.className = 'source-link';
          a.textContent = link.text;
          td.append(a);
        });
      } else {
        td.textContent = cell.text;
      }
    });
  }
  container.replaceChildren(table);
  return table;
}

/** The model as CSV text: a header line, then one line per row, CRLF line ends (RFC 4180). */
export function toCsv(model) {
  const keep = model.columns.map((c) => c.csv !== false);
  const pick = (cells) => cells.filter((_, i) => keep[i]);
  const lines = [
    pick(model.columns.map((c) => c.csvLabel ?? c.label)),
    ...model.rows.filter((r) => r.csv !== false).map((r) => pick(r.cells.map((c) => c.csv ?? c.text))),
  ];
  return lines.map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value) {
  const text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Offers the model as a CSV file. The UTF-8 byte order mark makes spreadsheet programs (Excel
 * especially) read the Chinese labels as UTF-8 instead of the system's legacy code page.
 */
export function downloadCsv(model, fileName) {
  const blob = new Blob(['\uFEFF', toCsv(model)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
