import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ProjectFile } from '../model';
import { assessDatabases, DBASSESS_KEY, emptyCounts, engineOf, estimateInstance, importCatalogueCsv, readDbAssess, withCatalogueImport } from '.';
import { withExtension } from '../io/extensions';
import type { DbInstance } from '.';

const FIXTURES = join(__dirname, '../../fixtures');
const read = (name: string) => importCatalogueCsv(new Uint8Array(readFileSync(join(FIXTURES, 'dbassess', name))), name);
const sample = JSON.parse(readFileSync(join(FIXTURES, 'sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;

describe('catalogue CSV import', () => {
  it('reads sqlplus CSV (quoted upper-case headers): counts, PL/SQL lines, features, size', () => {
    const result = read('oracle-emr-sqlplus.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.counts).toEqual({ tables: 1380, views: 253, procedures: 620, packages: 48, triggers: 174, sequences: 640, codeLines: 152070 });
    expect(result.value.features).toEqual(['dblink', 'mview']);
    expect(result.value.schemas.map((s) => s.name)).toEqual(['EMR', 'EMR_QC']);
    expect(result.value.sizeGb).toBe(1820);
  });

  it("skips sqlcmd's dash line and row-count footer, finds CLR, links and jobs", () => {
    const result = read('sqlserver-lis-sqlcmd.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.counts.procedures).toBe(838);
    expect(result.value.counts.codeLines).toBe(95650);
    expect(result.value.features).toEqual(['clr', 'dblink', 'jobs']);
  });

  it('reads tab-separated mysql batch output and psql --csv output', () => {
    const mysql = read('mysql-drg-batch.tsv');
    const pg = read('postgresql-iam-psql.csv');
    expect(mysql.ok && mysql.value.counts.tables).toBe(318);
    expect(mysql.ok && mysql.value.features).toEqual(['jobs']);
    expect(pg.ok && pg.value.features).toEqual(['mview']);
    expect(pg.ok && pg.value.counts.views).toBe(11);
  });

  it('names the row and field of a bad count, and a missing column', () => {
    const bad = read('bad-count.csv');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({ file: 'bad-count.csv', row: 2, field: 'object_count', value: 'abc' });
    const noColumn = importCatalogueCsv(new TextEncoder().encode('schema,type\nA,TABLE\n'), 'x.csv');
    expect(noColumn.ok).toBe(false);
    expect(noColumn.issues[0]!.message.en).toContain('schema_name');
  });
});

describe('instance assessment on the tertiary sample', () => {
  it('assesses every database instance and marks the Caché ones as rewrites', () => {
    const all = assessDatabases(sample, {});
    expect(all.map((db) => db.assetId)).toEqual(sample.assets.filter((a) => a.category === 'database').map((a) => a.id));
    const his = all.find((db) => db.assetId === 'DB-HIS-01')!;
    expect(his.engine).toBe('cache');
    expect(his.estimate.rewrite).toBe(true);
    expect(his.estimate.steps[0]!.zh).toContain('随应用重写');
    expect(all.find((db) => db.assetId === 'DB-EMR-01')!.engine).toBe('oracle');
    expect(all.find((db) => db.assetId === 'DB-IH-01')!.engine).toBe('domestic');
    expect(all.find((db) => db.assetId === 'DB-CDSS-01')!.engine).toBe('mysql');
    expect(engineOf({ vendor: 'Microsoft', product: 'SQL Server 2012' })).toBe('sqlserver');
  });

  it('an imported catalogue drives effort and downtime, and schemas find their tenant application', () => {
    const emr = read('oracle-emr-sqlplus.csv');
    if (!emr.ok) throw new Error('fixture');
    const apps = sample.assets.filter((a) => a.category === 'application').map((a) => a.id);
    const section = withCatalogueImport({ defaultTarget: 'kingbase' }, 'DB-EMR-01', emr.value, apps);
    const project = withExtension(sample, DBASSESS_KEY, section);
    expect(readDbAssess(project).ok).toBe(true);
    const db = assessDatabases(project, section).find((d) => d.assetId === 'DB-EMR-01')!;
    expect(db.schemas.find((s) => s.name === 'EMR')!.app).toBe('APP-EMR');
    expect(db.target).toBe('kingbase');
    expect(db.estimate.tools.sync).toBe('KFS');
    expect(db.estimate.effort).toBeGreaterThan(300);
    expect(db.estimate.downtimeHours).toBeCloseTo(2.8, 1);
    expect(db.estimate.syncMethod).toBe('incremental');
  });

  it('more code and features cost more; a full load stops the system longer', () => {
    const base: DbInstance = { assetId: 'X', engine: 'oracle', schemas: [], counts: { ...emptyCounts(), tables: 200 }, features: [], target: 'dm', sizeGb: 500 };
    const small = estimateInstance(base);
    const big = estimateInstance({ ...base, counts: { ...base.counts, codeLines: 100_000 }, features: ['dblink'] });
    expect(big.effort).toBeGreaterThan(small.effort + 100);
    const tsql = estimateInstance({ ...base, engine: 'sqlserver', counts: { ...base.counts, codeLines: 100_000 } });
    const plsql = estimateInstance({ ...base, counts: { ...base.counts, codeLines: 100_000 } });
    expect(tsql.effort).toBeGreaterThan(plsql.effort);
    expect(estimateInstance({ ...base, engine: 'other' }).downtimeHours).toBeGreaterThan(small.downtimeHours);
  });

  it('a malformed section names its field', () => {
    const bad = readDbAssess({ extensions: { dbassess: { instances: { 'DB-EMR-01': { target: 'db2' } } } } }, 'p.json');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]).toMatchObject({ field: 'instances.DB-EMR-01.target', section: 'extensions.dbassess' });
  });
});
