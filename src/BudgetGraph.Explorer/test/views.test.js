// Unit tests of the views added for issue 15 (execution, 三公, categories, coverage, search) and the
// palette: pure functions over answers shaped as the API gives them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultState } from '../src/state.js';
import { toCsv } from '../src/table.js';
import { PALETTE } from '../src/palette.js';
import { displayDecimals, sourceCell } from '../src/format.js';
import { executionRows, executionTable, formatRate } from '../src/views/execution.js';
import { changeRate, threePublicRows, threePublicTable } from '../src/views/threepublic.js';
import { matchShares } from '../src/views/categories.js';
import { coverageOf, defaultSelection } from '../src/views/coverage.js';
import { buildIndex, drillPath, search } from '../src/search.js';

const src = (line, precision = 0.01) => ({ document: { title: 'T', fileName: 'f.txt' }, table: 'x', line, url: `/source/f.txt?lines=${line}#L${line}`, precision });

test('twelve and more series get distinct colours', () => {
  assert.ok(PALETTE.length >= 20);
  assert.equal(new Set(PALETTE.map((c) => c.toLowerCase())).size, PALETTE.length);
});

test('display decimals follow the published precision in 万元', () => {
  assert.deepEqual(displayDecimals('WAN_YUAN', 0.01), { min: 2, max: 2 });
  assert.deepEqual(displayDecimals('WAN_YUAN', 1), { min: 0, max: 2 });
  assert.deepEqual(displayDecimals('YI_YUAN', 0.01), { min: 0, max: 4 });
});

test('a source cell links every distinct citation to the source viewer', () => {
  const cell = sourceCell([src(204), src(204), src(118)], 'zh');
  assert.deepEqual(cell.links.map((l) => l.href), ['/source/f.txt?lines=204#L204', '/source/f.txt?lines=118#L118']);
  assert.equal(cell.text.split('\n').length, 2);
});

test('execution rows: stated rates as printed, computed ones marked', () => {
  const answer = [{ code: 'szdsj', name: '中心', budgets: [
    { year: 2023, execution: null },
    { year: 2024, execution: { lines: [
      { measure: 'TOTAL', initialBudget: 68098.25, adjustedBudget: 112233.18, actualExpenditure: 108019.3, executionRate: 0.9625, rateStated: true, sources: [src(204)] },
      { measure: 'BASIC', initialBudget: 2757.38, adjustedBudget: null, actualExpenditure: 2368.94, executionRate: null, rateStated: false, sources: [src(118)] },
    ] } },
  ] }];
  const rows = executionRows(answer);
  assert.deepEqual(rows.map((r) => [r.year, r.measure]), [[2024, 'TOTAL'], [2024, 'BASIC']]);
  const table = executionTable(rows, defaultState('zh'));
  assert.deepEqual(table.rows[0].cells.slice(0, 7).map((c) => c.text), ['中心', '2024', '预算总额', '68,098.25', '112,233.18', '108,019.30', '96.25%']);
  assert.equal(formatRate(0.9624, false), '96.2%');
  const csv = toCsv(table).split('\r\n');
  assert.equal(csv[1].split(',').slice(3, 8).join(','), '68098.25,112233.18,108019.3,96.25,stated');
});

test('三公 rows put the prior-year column and the change beside the year’s budget', () => {
  const line = (item, year, stage, isChange, amount, l) => ({ item, budget: 'gpb', year, stage, isChange, amount, source: src(l, 1) });
  const answer = [{ code: 'szdsj', name: '中心', budgets: [{ year: 2023, threePublic: [
    line('TOTAL', 2022, 'INITIAL', false, 12, 1463),
    line('TOTAL', 2023, 'INITIAL', false, 12, 1465),
    line('TOTAL', 2023, 'INITIAL', true, 0, 1467),
    line('ABROAD', 2023, 'INITIAL', false, 0, 1465),
  ] }] }];
  const rows = threePublicRows(answer);
  assert.deepEqual(rows.map((r) => [r.item, r.amount, r.prior, r.change]), [['TOTAL', 12, 12, 0], ['ABROAD', 0, null, null]]);
  assert.equal(changeRate(rows[0]), 0);
  const cells = threePublicTable(rows, defaultState('zh')).rows[0].cells.map((c) => c.text);
  assert.deepEqual(cells.slice(0, 7), ['中心', '2023', '三公经费合计', '12', '12', '0', '0.0%']);
});

test('a category search term is summed per department and ranked by share of the total', () => {
  const dept = (code, total, categories) => ({ code, name: code, budget: { totalExpenditure: total, projectCategories: categories.map(([name, amount]) => ({ name, amount, source: src(1, 1) })) } });
  const ranked = matchShares([
    dept('psqzsj', 29760, [['其他网信事务支出', 7036]]),
    dept('szdsj', 94294, [['信息化类', 5401], ['信息化运维项目', 11078], ['政务综合管理', 33416], ['信息化新建项目（非政府投资项目）', 3488]]),
  ], '信息化');
  assert.deepEqual(ranked.map((r) => [r.code, r.amount]), [['szdsj', 19967], ['psqzsj', 0]]);
  assert.equal(ranked[0].share.toFixed(4), (19967 / 94294).toFixed(4));
});

test('the landing selection is the year most departments published a 支出总表 for, and only those', () => {
  const doc = (departmentCode, year, kind, expenditureTable) => ({ departmentCode, year, kind, expenditureTable });
  const documents = [doc('szdsj', 2022, 'BUDGET', true), doc('szdsj', 2023, 'BUDGET', true), doc('psqzsj', 2023, 'BUDGET', true),
    doc('szdsj', 2024, 'EVALUATION', false), doc('szzsj', 2024, 'BUDGET', true)];
  assert.deepEqual(defaultSelection(documents), { year: 2023, departments: ['szdsj', 'psqzsj'] });
  assert.equal(coverageOf(documents, 'szdsj', 2024), 'report');
  assert.equal(coverageOf(documents, 'szdsj', 2023), 'table');
  assert.equal(coverageOf(documents, 'psqzsj', 2024), null);
});

test('search finds departments, subjects, categories and line items by name or code', () => {
  const entries = buildIndex({
    departments: [{ code: 'szdsj', name: '深圳市大数据资源管理中心', budgets: [{ year: 2023, projectCategories: [
      { name: '政务综合管理', itemCode: '2010399', lineItems: [{ name: '政务短信平台' }] }] }] }],
    functionalSubjects: [{ code: '201', name: '一般公共服务支出', children: [{ code: '20103', name: '政府办公厅（室）及相关机构事务', children: [] }] }],
  });
  assert.deepEqual(search(entries, '20103').map((e) => [e.kind, e.code]), [['subject', '20103']]);
  assert.equal(search(entries, 'szdsj')[0].kind, 'department');
  assert.deepEqual(search(entries, '短信')[0].target, { view: 'drill', year: 2023, departments: ['szdsj'], path: ['201', '20103', '2010399', '政务综合管理'] });
  assert.deepEqual(search(entries, '政务综合')[0].target, { view: 'compare', level: 'category', match: '政务综合管理', year: 2023, departments: ['szdsj'] });
  assert.deepEqual(drillPath('2010399'), ['201', '20103', '2010399']);
  assert.deepEqual(search(entries, '   '), []);
});
