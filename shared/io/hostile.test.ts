/**
 * Hostile input at the parser level (issue 15 #6–#10): unclosed quotes, mixed and unknown
 * encodings, NUL bytes and lone surrogates, look-alike and reserved ids, deep nesting, and a
 * million bad records. Each is refused with a typed issue naming file, row and field, or imported
 * correctly; none throws.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { parseBackupText } from '../backup';
import { importAssetTable } from './assets';
import { parseCsv } from './csv';
import { MAX_JSON_DEPTH, parseProjectFileText, parseProjectFileValue } from './project';
import { readImportFile } from './table';
import { crossLookAlikeIssues } from './text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEAD = '{"format":"xcplan","version":1,"project":{"name":"x","startDate":"2027-01-01","horizonYears":5,"waveMonths":3}';
const projectText = (assets: unknown[], extra = '') => `${HEAD},"assets":${JSON.stringify(assets)},"dependencies":[]${extra}}`;
const asset = (id: string) => ({ id, name: `资产 ${id}`, category: 'server', quantity: 1 });

async function importCsv(text: string | Uint8Array, name = 'list.csv') {
  const table = await readImportFile(typeof text === 'string' ? utf8(text) : text, name);
  if (!table.ok) return table;
  const imported = importAssetTable(table.value, name);
  return { ...imported, issues: [...table.issues, ...imported.issues] };
}

describe('CSV quotes (issue 15 #8)', () => {
  const rows = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `A-${from + i},服务器 ${from + i},服务器,1`);

  it('refuses an unclosed quote instead of swallowing every following row, naming the line', () => {
    const text = ['编号,名称,类别,数量', ...rows(19), 'A-20,"服务器 20,服务器,1', ...rows(40, 21)].join('\n');
    const parsed = parseCsv(text, 'list.csv');
    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'unclosed-quote', file: 'list.csv', row: 21, field: '#2', severity: 'error' })]);
  });

  it('warns, naming the row, when a stray quote pair swallows rows (60 rows must not silently become 40)', async () => {
    const text = ['编号,名称,类别,数量', ...rows(19), 'A-20,"服务器 20,服务器,1', ...rows(20, 21), 'A-41,服务器 41",服务器,1', ...rows(19, 42)].join('\n');
    const result = await importCsv(text);
    expect(result.issues).toContainEqual(expect.objectContaining({ code: 'quote-spans-rows', severity: 'warning', file: 'list.csv', row: 21 }));
  });

  it('keeps a real multi-line cell without a warning', async () => {
    const result = await importCsv('编号,名称,类别,数量,备注\nA-1,服务器,服务器,1,"第一行\n第二行"\n');
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.code === 'quote-spans-rows')).toEqual([]);
    expect(result.ok && result.value.assets[0]!.notes).toBe('第一行\n第二行');
  });
});

describe('encodings (issue 15 #8)', () => {
  const lines = Array.from({ length: 30 }, (_, i) => `A-${i},门诊医生工作站 ${i},台式机,1`);

  it('refuses a UTF-8 file with one GBK line, naming the line, instead of decoding it all as GB18030', async () => {
    const head = utf8(['编号,名称,类别,数量', ...lines.slice(0, 10)].join('\n') + '\n');
    const gbk = new Uint8Array(iconv.encode('B-1,住院护士站,台式机,1\n', 'gbk'));
    const tail = utf8(lines.slice(10).join('\n'));
    const bytes = new Uint8Array([...head, ...gbk, ...tail]);
    const result = await importCsv(bytes);
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'mixed-encoding', file: 'list.csv', row: 12 })]);
  });

  it('still reads a whole GB18030 file as GB18030', async () => {
    const result = await importCsv(new Uint8Array(iconv.encode(['编号,名称,类别,数量', ...lines].join('\n'), 'gb18030')));
    expect(result.ok && result.value.assets[0]!.name).toBe('门诊医生工作站 0');
  });

  it('refuses bytes that are neither UTF-8 nor GB18030 (Shift-JIS half-width katakana) naming the line', async () => {
    const bytes = new Uint8Array([...utf8('id,name,category,quantity\nA-1,'), 0xb1, 0x2c, ...utf8('server,1\n')]);
    const result = await importCsv(bytes);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'unknown-encoding', file: 'list.csv', row: 2 });
  });
});

describe('NUL bytes and lone surrogates (issue 15 #8)', () => {
  it('refuses a NUL byte in a CSV cell with file, row and field', async () => {
    const result = await importCsv('编号,名称,类别,数量\nA-1,服务器,服务器,1\nA-2,服\u0000务器,服务器,1\n');
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([expect.objectContaining({ code: 'text-nul', file: 'list.csv', row: 3, field: '#2' })]);
  });

  it('refuses a lone surrogate in a project file, naming the field path', () => {
    const text = projectText([asset('A-1'), { ...asset('A-2'), name: 'bad \ud800 name' }]);
    const parsed = parseProjectFileText(text, 'p.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toEqual([expect.objectContaining({ code: 'text-surrogate', file: 'p.json', field: 'assets.1.name' })]);
  });

  it('refuses an escaped NUL in a project file', () => {
    const parsed = parseProjectFileText(projectText([{ ...asset('A-1'), notes: 'x\u0000y' }]), 'p.json');
    expect(parsed.issues[0]).toMatchObject({ code: 'text-nul', field: 'assets.0.notes' });
  });
});

describe('ids (issue 15 #7, #9)', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the asset id %s in project files and CSV alike', async (id) => {
    const parsed = parseProjectFileText(projectText([asset('A-1'), asset(id)]), 'p.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toContainEqual(expect.objectContaining({ code: 'forbidden-id', file: 'p.json', section: 'assets', row: 2, field: 'id' }));
    const csv = await importCsv(`编号,名称,类别,数量\nA-1,服务器,服务器,1\n${id},服务器,服务器,1\n`);
    expect(csv.ok).toBe(false);
    expect(csv.issues).toContainEqual(expect.objectContaining({ code: 'forbidden-id', row: 3, field: '编号' }));
  });

  it.each([
    ['zero-width space', 'HIS-01\u200b'],
    ['bidi override', '\u202eHIS-01'],
    ['word joiner', 'HIS\u2060-01'],
  ])('refuses an id with a %s, showing the invisible character', (_what, id) => {
    const parsed = parseProjectFileText(projectText([asset('HIS-01'), asset(id)]), 'p.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toContainEqual(expect.objectContaining({ code: 'invisible-id', row: 2, field: 'id', value: expect.stringMatching(/<U\+[0-9A-F]{4}>/) as unknown }));
  });

  it.each([
    ['NFC vs NFD', 'Café-1', 'Cafe\u0301-1'],
    ['case', 'his-01', 'HIS-01'],
    ['full-width', 'ＨＩＳ-01', 'HIS-01'],
  ])('refuses look-alike ids (%s) within one file, naming both rows', async (_what, a, b) => {
    const parsed = parseProjectFileText(projectText([asset(a), asset(b)]), 'p.json');
    expect(parsed.ok).toBe(false);
    // Where the model already normalises the id (NFC, full-width), it is an exact duplicate; else a look-alike.
    expect(parsed.issues).toContainEqual(expect.objectContaining({ code: expect.stringMatching(/^(look-alike-id|duplicate-id)$/) as unknown, row: 2, field: 'id' }));
    const csv = await importCsv(`编号,名称,类别,数量\n${a},服务器,服务器,1\n${b},服务器,服务器,1\n`);
    expect(csv.ok).toBe(false);
    expect(csv.issues).toContainEqual(expect.objectContaining({ code: expect.stringMatching(/^(look-alike-id|duplicate-id)$/) as unknown, row: 3, field: '编号' }));
  });

  it('finds look-alikes of the project ids in a file to merge, and lets equal ids through (they are conflicts)', () => {
    const issues = crossLookAlikeIssues(['HIS-01', 'Café'], [{ id: 'his-01', row: 1 }, { id: 'HIS-01', row: 2 }, { id: 'Cafe\u0301', row: 3 }, { id: 'PACS', row: 4 }], 'theirs.json');
    expect(issues.map((i) => [i.row, i.value])).toEqual([[1, 'his-01'], [3, 'Cafe\u0301']]);
  });
});

describe('deep nesting and huge error counts (issue 15 #5, #6)', () => {
  const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  it('refuses a project nested 100,000 levels deep with a typed error, without a RangeError', () => {
    const parsed = parseProjectFileText(`${HEAD},"assets":[],"dependencies":[],"extensions":${deep(100_000)}}`, 'p.json');
    expect(parsed).toMatchObject({ ok: false, issues: [{ code: 'too-deep', file: 'p.json' }] });
    expect(parsed.issues[0]!.message.en).toContain(String(MAX_JSON_DEPTH));
  });

  it('refuses a backup bundle whose project entry is deeply nested (valid JSON, as a planted backup is), without throwing', () => {
    const bundle = `{"format":"xcplan-backup","version":1,"createdAt":"2026-12-01T00:00:00Z","projects":[{"id":"p1","file":${HEAD},"assets":[],"dependencies":[],"extensions":${deep(50_000)}}}]}`;
    const parsed = parseBackupText(bundle, 'backup.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.issues[0]).toMatchObject({ code: 'too-deep' });
  });

  it('caps the issues of 200,000 empty records at 1,000 and counts the rest', () => {
    const raw = JSON.parse(`${HEAD},"assets":[${Array(200_000).fill('{}').join(',')}]}`) as unknown;
    const parsed = parseProjectFileValue(raw, 'empties.json');
    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toHaveLength(1001);
    expect(parsed.issues[0]).toMatchObject({ file: 'empties.json', section: 'assets', row: 1 });
    const last = parsed.issues[1000]!;
    expect(last.code).toBe('more-issues');
    // 250 records fill the 1,000 listed issues (four each); the other 199,750 are counted.
    expect(last.message.en).toBe('199750 more problems not listed');
  }, 120_000);
});
