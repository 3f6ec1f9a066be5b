import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { parseProjectFileText, serializeProjectFile } from '../io';
import { arbitraryProject } from '../model/arbitraries';
import { isEncrypted } from './passphrase';
import { checkBackupFile, checkBackupIntegrity, openBytes, parseBackupText, parseDumpText, parseRestoreText, sealProjectFile, sealText, serializeBackup, serializeDump, verifyBackupBytes } from './envelope';
import type { BackupBundle, DatabaseDump } from './envelope';
import { backupFileName, parseBackupFileName } from './naming';

const project = arbitraryProject(10, 12);

const errors = (issues: { severity: string }[]) => issues.filter((i) => i.severity === 'error');

describe('project file round trip (export → import)', () => {
  it('random projects: serialise → parse deep-equals (property)', async () => {
    await fc.assert(
      fc.asyncProperty(project, async (p) => {
        const bytes = await sealProjectFile(p);
        expect(isEncrypted(bytes)).toBe(false);
        const opened = await openBytes(bytes);
        expect(opened.ok).toBe(true);
        const parsed = parseRestoreText(opened.ok ? opened.text : '', 'p.xcplan.json');
        expect(parsed.ok && errors(parsed.issues)).toEqual([]);
        expect(parsed.ok && parsed.value.kind === 'project' && parsed.value.file).toEqual(p);
        // The same text the plain shared/io reader accepts.
        expect(parseProjectFileText(serializeProjectFile(p), 'p').ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('random projects: encrypted export → import with the passphrase deep-equals; wrong passphrase yields nothing (property)', async () => {
    await fc.assert(
      fc.asyncProperty(project, fc.string({ minLength: 1, maxLength: 16 }), async (p, passphrase) => {
        const bytes = await sealProjectFile(p, passphrase);
        expect(isEncrypted(bytes)).toBe(true);
        expect(new TextDecoder().decode(bytes)).not.toContain('"assets"');
        const opened = await openBytes(bytes, passphrase);
        const parsed = opened.ok ? parseRestoreText(opened.text, 'p.xcplan.json') : undefined;
        expect(parsed?.ok && parsed.value.kind === 'project' && parsed.value.file).toEqual(p);
        const wrong = await openBytes(bytes, `${passphrase}x`);
        expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase-or-corrupt' } });
        expect(await openBytes(bytes)).toMatchObject({ ok: false, error: { code: 'passphrase-required' } });
      }),
      { numRuns: 6 },
    );
  }, 60_000);
});

describe('backup bundles', () => {
  it('round-trip every project, and reject a bundle with one bad project whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(project, { minLength: 1, maxLength: 3 }), async (files) => {
        const bundle: BackupBundle = { format: 'xcplan-backup', version: 1, createdAt: '2026-11-29T04:00:00.000Z', activeProjectId: 'p0', projects: files.map((file, i) => ({ id: `p${i}`, file })) };
        const text = await serializeBackup(bundle);
        expect(await checkBackupIntegrity(text)).toBe('ok');
        const parsed = parseRestoreText(text, 'b.json');
        expect(parsed.ok && parsed.value.kind === 'backup' && parsed.value.bundle).toEqual(bundle);
        const broken = JSON.parse(text) as { projects: { file: { assets: unknown[] } }[] };
        broken.projects[files.length - 1]!.file.assets = [{ id: '', name: '' }];
        expect(parseBackupText(JSON.stringify(broken), 'b.json').ok).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('names the field of a malformed bundle', () => {
    expect(parseBackupText('{"format":"xcplan-backup","version":2}', 'b.json')).toMatchObject({ ok: false, issues: [{ field: 'version', file: 'b.json' }] });
    expect(parseBackupText('{"format":"xcplan-backup","version":1,"createdAt":"2026-01-01T00:00:00Z","projects":[{"id":"a","file":{}},{"id":"a"}]}', 'b.json').ok).toBe(false);
    expect(parseRestoreText('not json', 'x.json')).toMatchObject({ ok: false, issues: [{ code: 'invalid-json' }] });
  });

  it('verify-after-write accepts the same bytes and refuses a short, changed or undecryptable read-back', async () => {
    const text = await serializeBackup({ format: 'xcplan-backup', version: 1, createdAt: '2026-11-29T04:00:00.000Z', projects: [] });
    const plain = await sealText(text);
    expect(await verifyBackupBytes(plain, plain.slice())).toBeUndefined();
    expect(await verifyBackupBytes(plain, plain.slice(0, -1))).toMatch(/size/);
    const flipped = plain.slice();
    flipped[3] = flipped[3]! ^ 1;
    expect(await verifyBackupBytes(plain, flipped)).toBe('hash mismatch');
    expect(await verifyBackupBytes(plain, undefined)).toBe('missing');
    const sealed = await sealText(text, 'pw');
    expect(await verifyBackupBytes(sealed, sealed.slice(), 'pw')).toBeUndefined();
    expect(await verifyBackupBytes(sealed, sealed.slice(), 'other')).toBe('wrong-passphrase-or-corrupt');
  }, 20_000);
});

describe('backup file names', () => {
  it('round-trip the time and kind, and refuse anything else', () => {
    const name = backupFileName('2026-11-29T04:30:00.123Z', false);
    expect(name).toBe('xcplan-backup-20261129T043000123Z.json');
    expect(parseBackupFileName(name)).toEqual({ name, at: '2026-11-29T04:30:00.123Z', encrypted: false });
    expect(parseBackupFileName(backupFileName('2026-11-29T04:30:00.123Z', true, 2))).toMatchObject({ encrypted: true });
    for (const bad of ['../xcplan-backup-20261129T043000123Z.json', 'xcplan-backup-20261129T043000123Z.json/..', 'xcplan-backup-20261399T043000123Z.json', 'a.json', 'xcplan-backup-20261129T043000123Z.exe', '']) {
      expect(parseBackupFileName(bad), bad).toBeUndefined();
    }
  });
  it('a copy taken before a schema upgrade carries the version it holds', () => {
    const name = backupFileName('2026-12-05T06:00:00.000Z', false, undefined, 3);
    expect(name).toBe('xcplan-backup-20261205T060000000Z-db-v3.json');
    expect(parseBackupFileName(name)).toEqual({ name, at: '2026-12-05T06:00:00.000Z', encrypted: false, dbVersion: 3 });
    expect(parseBackupFileName(backupFileName('2026-12-05T06:00:00.000Z', true, 2, 12))).toMatchObject({ encrypted: true, dbVersion: 12 });
    expect(parseBackupFileName('xcplan-backup-20261205T060000000Z.json')?.dbVersion).toBeUndefined();
    for (const bad of ['xcplan-backup-20261205T060000000Z-db-v0.json', 'xcplan-backup-20261205T060000000Z-db-v1000.json', 'xcplan-backup-20261205T060000000Z-db-3.json', 'xcplan-backup-20261205T060000000Z-db-v3-2.json']) {
      expect(parseBackupFileName(bad), bad).toBeUndefined();
    }
  });
  it('sort by time as text', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), fc.date({ min: new Date('2020-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }), (a, b) => {
        const na = backupFileName(a.toISOString(), false);
        const nb = backupFileName(b.toISOString(), false);
        expect(Math.sign(na.localeCompare(nb))).toBe(Math.sign(a.getTime() - b.getTime()));
      }),
    );
  });
});

describe('backup integrity (R-S8)', () => {
  it('a changed character in a plain backup is detected even when the JSON still parses', async () => {
    const text = await serializeBackup({ format: 'xcplan-backup', version: 1, createdAt: '2026-11-29T04:00:00.000Z', projects: [{ id: 'p1', file: { format: 'xcplan', version: 2, project: { name: '甲医院', startDate: '2027-01-01', horizonYears: 5, waveMonths: 3 }, assets: [{ id: 'A-1', name: '服务器', category: 'server', quantity: 12 }], dependencies: [] } }] });
    const bytes = await sealText(text);
    expect(await checkBackupFile(bytes)).toBe('ok');
    const damaged = await sealText(text.replace('"quantity":12', '"quantity":13'));
    expect(parseBackupText(new TextDecoder().decode(damaged), 'b').ok).toBe(true);
    expect(await checkBackupFile(damaged)).toBe('damaged');
    expect(await verifyBackupBytes(damaged, damaged)).toBe('checksum mismatch');
    expect(await checkBackupFile(bytes.subarray(0, 40))).toBe('damaged');
    const sealed = await sealText(text, 'pw');
    expect(await checkBackupFile(sealed)).toBe('locked');
    expect(await checkBackupFile(sealed, 'pw')).toBe('ok');
    const flipped = sealed.slice();
    flipped[flipped.length - 5] = flipped[flipped.length - 5]! ^ 1;
    expect(await checkBackupFile(flipped, 'pw')).toBe('damaged');
  }, 20_000);
});

describe('database copies taken before a schema upgrade (R-S6)', () => {
  const dump: DatabaseDump = {
    format: 'xcplan-db-dump',
    version: 1,
    dbVersion: 3,
    createdAt: '2026-12-05T06:00:00.000Z',
    tables: { projects: [{ id: 'p1', name: '甲医院' }], assets: [{ projectId: 'p1', id: 'A-1', quantity: 12, origin: 'foreign' }], settings: [] },
  };

  it('round-trip with their checksum; a changed character is found; restore reads them as a copy', async () => {
    const text = await serializeDump(dump);
    expect(parseDumpText(text, 'c')).toEqual({ ok: true, value: dump, issues: [] });
    expect(await checkBackupIntegrity(text)).toBe('ok');
    const bytes = await sealText(text);
    expect(await checkBackupFile(bytes)).toBe('ok');
    expect(await verifyBackupBytes(bytes, bytes)).toBeUndefined();
    const changed = text.replace('"quantity":12', '"quantity":13');
    expect(await checkBackupIntegrity(changed)).toBe('mismatch');
    expect(await checkBackupFile(await sealText(changed))).toBe('damaged');
    const restore = parseRestoreText(text, 'c');
    expect(restore.ok && restore.value.kind).toBe('dump');
    expect(await checkBackupFile(await sealText(text, 'pw'), 'pw')).toBe('ok');
  }, 20_000);

  it('name the field of a malformed copy', async () => {
    const field = async (change: (d: Record<string, unknown>) => void) => {
      const raw = JSON.parse(await serializeDump(dump)) as Record<string, unknown>;
      change(raw);
      const parsed = parseDumpText(JSON.stringify(raw), 'c');
      return parsed.ok ? 'ok' : parsed.issues[0]!.field;
    };
    expect(await field(() => undefined)).toBe('ok');
    expect(await field((d) => (d.dbVersion = 0))).toBe('dbVersion');
    expect(await field((d) => (d.dbVersion = 2.5))).toBe('dbVersion');
    expect(await field((d) => (d.createdAt = 'yesterday'))).toBe('createdAt');
    expect(await field((d) => (d.tables = []))).toBe('tables');
    expect(await field((d) => (d.tables = { '../x': [] }))).toBe('tables');
    expect(await field((d) => (d.tables = { assets: {} }))).toBe('tables.assets');
    expect(await field((d) => (d.tables = { assets: [{ id: 1 }, 'x'] }))).toBe('tables.assets.1');
    expect(await field((d) => (d.version = 2))).toBe('version');
  });
});
