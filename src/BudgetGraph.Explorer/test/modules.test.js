// Unit tests of the explorer's pure modules (no browser, no API): `npm test`, or `node --test test/`.
// The browser tests in tests/BudgetGraph.Api.Tests/Explorer/ cover the page end to end.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultState, parseState, serializeState } from '../src/state.js';
import { formatAmount, formatShare, formatSource, plainAmount } from '../src/format.js';
import { toCsv } from '../src/table.js';
import { splitPath, resolveTrail } from '../src/views/drill.js';
import { yoyLines, yoyTable } from '../src/views/yoy.js';

test('a state survives the URL unchanged', () => {
  const state = { ...defaultState('zh'), view: 'drill', year: 2023, departments: ['szdsj', 'psqzsj'], path: ['201', '20103', '2010399', '政务综合管理'], unit: 'YI_YUAN', lang: 'en' };
  const search = serializeState(state);
  assert.equal(search, '?view=drill&year=2023&dept=szdsj,psqzsj&path=201/20103/2010399/%E6%94%BF%E5%8A%A1%E7%BB%BC%E5%90%88%E7%AE%A1%E7%90%86&unit=YI_YUAN&lang=en');
  assert.deepEqual(parseState(search, 'zh'), state);
});

test('unknown or malformed parameters fall back to the defaults', () => {
  const state = parseState('?view=pie&year=23&unit=EUR&chart=3d&lang=fr', 'en');
  assert.deepEqual(state, defaultState('en'));
});

test('amounts are grouped, with at most the unit’s published decimals', () => {
  assert.equal(formatAmount(94294, 'WAN_YUAN'), '94,294');
  assert.equal(formatAmount(40980.57, 'WAN_YUAN'), '40,980.57');
  assert.equal(formatAmount(942940000, 'YUAN'), '942,940,000');
  assert.equal(formatAmount(4.098057, 'YI_YUAN'), '4.0981');
  assert.equal(formatAmount(4.497211, 'YI_YUAN'), '4.4972');
  assert.equal(formatAmount(null, 'WAN_YUAN'), '');
  assert.equal(plainAmount(942940000), '942940000');
  // 万元 at the published precision: two decimals when the source published two, always.
  assert.equal(formatAmount(108019.3, 'WAN_YUAN', 0.01), '108,019.30');
  assert.equal(formatAmount(94294, 'WAN_YUAN', 1), '94,294');
  assert.equal(formatAmount(680982500, 'YUAN', 0.01), '680,982,500');
  // The CSV gets the exact value, never the rounded one.
  assert.equal(plainAmount(4.497211), '4.497211');
});

test('a tiny share does not read as nothing', () => {
  assert.equal(formatShare(1 / 91221), '<0.1%');
  assert.equal(formatShare(-1 / 93003), '>-0.1%');
  assert.equal(formatShare(0), '0.0%');
  assert.equal(formatShare(0.98630877), '98.6%');
});

test('a citation names document, table and line, and marks derived and later figures', () => {
  const source = { document: { title: '2022年深圳市大数据资源管理中心部门预算' }, table: '文字部分', line: 81, derived: true, statedByLaterDocument: true };
  assert.equal(formatSource(source, 'zh'), '2022年深圳市大数据资源管理中心部门预算 · 文字部分 · 第 81 行 (推算) ◆ 后续文件所述');
  assert.equal(formatSource(source, 'en'), '2022年深圳市大数据资源管理中心部门预算 · 文字部分 · line 81 (derived) ◆ stated by a later document');
});

test('a citation of a figure wrapped over several lines names the range firstLine–line', () => {
  const source = { document: { title: '2024年度深圳市大数据资源管理中心部门整体绩效评价报告' }, table: '部门整体绩效评价报告', firstLine: 198, line: 204 };
  assert.equal(formatSource(source, 'zh'), '2024年度深圳市大数据资源管理中心部门整体绩效评价报告 · 部门整体绩效评价报告 · 第 198–204 行');
  assert.equal(formatSource(source, 'en'), '2024年度深圳市大数据资源管理中心部门整体绩效评价报告 · 部门整体绩效评价报告 · lines 198–204');
  assert.equal(formatSource({ ...source, firstLine: 204 }, 'zh'), '2024年度深圳市大数据资源管理中心部门整体绩效评价报告 · 部门整体绩效评价报告 · 第 204 行');
});

test('CSV quotes what needs quoting and ends every row with CRLF', () => {
  const model = { columns: [{ label: '名称' }, { label: 'Source' }], rows: [{ cells: [{ text: 'a, "b"' }, { text: 'one\ntwo', csv: 'x' }] }] };
  assert.equal(toCsv(model), '名称,Source\r\n"a, ""b""",x\r\n');
});

test('a drill path is cut where its codes stop forming a chain', () => {
  assert.deepEqual(splitPath(['201', '20103', '2010399', '政务综合管理']), { codes: ['201', '20103', '2010399'], tail: ['政务综合管理'] });
  assert.deepEqual(splitPath(['201', '20501', '2050101']), { codes: ['201'], tail: [] });
  assert.deepEqual(splitPath(['20103', '政务综合管理']), { codes: ['20103'], tail: [] }); // names only below a 项
  assert.deepEqual(splitPath([]), { codes: [], tail: [] });
});

test('the breadcrumb trail runs from the root to the node, names looked up below the anchor', () => {
  const category = { code: null, name: '政务综合管理', children: [] };
  const anchor = { code: '2010399', name: '其他…', children: [category] };
  const steps = [{ code: '201', name: '一般公共服务支出' }, { code: '20103', name: '政府办公厅（室）及相关机构事务' }];
  const resolved = resolveTrail({ anchor, steps, codes: ['201', '20103', '2010399'], tail: ['政务综合管理'] });
  assert.deepEqual(resolved.trail.map((s) => s.path.join('/')), ['', '201', '201/20103', '201/20103/2010399', '201/20103/2010399/政务综合管理']);
  assert.equal(resolved.below, true);
  const stale = resolveTrail({ anchor, steps, codes: ['201', '20103', '2010399'], tail: ['不存在'] });
  assert.deepEqual(stale.path, ['201', '20103', '2010399']);
  assert.equal(resolveTrail({ anchor: null, steps: [], codes: ['999'], tail: [] }), null);
});

test('year over year follows the chosen rows, marks later statements and signs changes', () => {
  const point = (year, amount, change, percentChange, later) => ({ year, amount, change, percentChange, statedByLaterDocument: later, source: null });
  const answer = {
    department: { code: 'szdsj', name: '深圳市大数据资源管理中心' },
    years: [2021, 2022, 2023],
    rows: [
      { kind: 'TOTAL_EXPENDITURE', code: null, name: '支出合计', points: [point(2021, 60015, null, null, true), point(2022, 65585, 5570, 0.0928, false), point(2023, null, null, null, false)] },
      { kind: 'SUBJECT', code: '201', name: '一般公共服务支出', points: [point(2022, 64063, null, null, false), point(2023, 93003, 28940, 0.4517, false)] },
    ],
  };
  const state = { ...defaultState('zh'), view: 'yoy' };
  const total = yoyLines([answer], state);
  assert.deepEqual(total.map((l) => l.label), ['支出合计']);
  const table = yoyTable(total, state);
  assert.deepEqual(table.rows.map((r) => r.cells.slice(1, 7).map((c) => c.text)), [
    ['支出合计', '2021 ◆', '1', '60,015', '', ''],
    ['支出合计', '2022', '0', '65,585', '+5,570', '+9.3%'],
  ]);
  // In the CSV the year is a number and the ◆ marker has its own column (exported only).
  const csv = toCsv(table).split('\r\n');
  assert.equal(csv[0], '部门,名称,年度,以后年度文件所述,金额 (万元),比上年增减 (万元),增减率 (%),出处');
  assert.equal(csv[1], '深圳市大数据资源管理中心,支出合计,2021,1,60015,,,');
  assert.equal(csv[2], '深圳市大数据资源管理中心,支出合计,2022,0,65585,5570,9.3,');
  const subjects = yoyLines([answer], { ...state, rows: 'subjects' });
  assert.deepEqual(subjects.map((l) => l.label), ['201 一般公共服务支出']);
  assert.equal(yoyTable(subjects, state).rows[1].cells[5].csv, '28940');
});
