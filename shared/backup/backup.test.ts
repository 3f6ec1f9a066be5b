import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { decryptBytes, encryptBytes, isEncrypted, MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from './passphrase';
import { DEFAULT_RETENTION, retentionCap, selectBackupsToKeep } from './retention';

const text = (s: string) => new TextEncoder().encode(s);

describe('passphrase encryption', () => {
  it('round-trips and hides the plaintext', async () => {
    const plain = text('{"name":"ZZ-CANARY-01 HIS 数据库服务器"}');
    const sealed = await encryptBytes(plain, '口令 passphrase');
    expect(isEncrypted(sealed)).toBe(true);
    expect(Buffer.from(sealed).includes(Buffer.from('ZZ-CANARY-01'))).toBe(false);
    const opened = await decryptBytes(sealed, '口令 passphrase');
    expect(opened.ok && new TextDecoder().decode(opened.value)).toBe('{"name":"ZZ-CANARY-01 HIS 数据库服务器"}');
  });

  it('refuses a wrong passphrase with a typed error', async () => {
    const sealed = await encryptBytes(text('secret'), 'right');
    const opened = await decryptBytes(sealed, 'wrong');
    expect(opened).toMatchObject({ ok: false, error: { code: 'wrong-passphrase-or-corrupt' } });
  });

  it('detects a flipped byte in the header and in the body', async () => {
    const sealed = await encryptBytes(text('payload'), 'pw');
    for (const index of [8, sealed.length - 1]) {
      const bad = sealed.slice();
      bad[index] = bad[index]! ^ 0x01;
      const opened = await decryptBytes(bad, 'pw');
      expect(opened.ok).toBe(false);
    }
  });

  it('uses a fresh salt and IV for every export', async () => {
    const a = await encryptBytes(text('same'), 'pw');
    const b = await encryptBytes(text('same'), 'pw');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it.each([
    ['fewer iterations than the minimum', 1000],
    ['10 million iterations (minutes of work before the passphrase is checked; issue 15 #11)', 10_000_000],
    ['more than the maximum', MAX_PBKDF2_ITERATIONS + 1],
  ])('rejects headers that ask for %s', async (_what, iterations) => {
    const sealed = await encryptBytes(text('x'), 'pw');
    const headerLength = (sealed[4]! << 8) | sealed[5]!;
    const header = new TextDecoder().decode(sealed.subarray(6, 6 + headerLength));
    const weak = header.replace(`"iter":${MIN_PBKDF2_ITERATIONS}`, `"iter":${iterations}`);
    const weakBytes = new TextEncoder().encode(weak);
    const rebuilt = new Uint8Array(6 + weakBytes.length + sealed.length - 6 - headerLength);
    rebuilt.set(sealed.subarray(0, 4));
    rebuilt[4] = weakBytes.length >> 8;
    rebuilt[5] = weakBytes.length & 0xff;
    rebuilt.set(weakBytes, 6);
    rebuilt.set(sealed.subarray(6 + headerLength), 6 + weakBytes.length);
    expect(await decryptBytes(rebuilt, 'pw')).toMatchObject({ ok: false, error: { code: 'weak-kdf' } });
  });
});

describe('backup retention', () => {
  const now = '2027-03-20T12:00:00.000Z';

  it('keeps three of today, one a day, one a week', () => {
    const backups = [];
    for (let hour = 0; hour < 12; hour++) backups.push({ name: `today-${hour}`, at: `2027-03-20T${String(hour).padStart(2, '0')}:30:00.000Z` });
    for (let day = 1; day <= 40; day++) {
      const at = new Date(Date.parse(now) - day * 86_400_000).toISOString();
      backups.push({ name: `day-${day}-a`, at }, { name: `day-${day}-b`, at: new Date(Date.parse(at) - 3_600_000).toISOString() });
    }
    const keep = selectBackupsToKeep(backups, now);
    expect(keep.slice(0, 3)).toEqual(['today-11', 'today-10', 'today-9']);
    expect(keep.filter((n) => n.startsWith('day-') && n.endsWith('-b'))).toEqual([]);
    expect(keep).toContain('day-1-a');
    expect(keep).toContain('day-14-a');
    expect(keep.length).toBeLessThanOrEqual(retentionCap(DEFAULT_RETENTION));
  });

  it('always keeps the newest, never more than the cap, only names it was given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.uuid(), at: fc.integer({ min: 0, max: 120 * 86_400_000 }) }), { maxLength: 200 }),
        (raw) => {
          const backups = raw.map((b) => ({ name: b.name, at: new Date(Date.parse(now) - b.at).toISOString() }));
          const keep = selectBackupsToKeep(backups, now);
          const names = new Set(backups.map((b) => b.name));
          expect(keep.every((n) => names.has(n))).toBe(true);
          expect(keep.length).toBeLessThanOrEqual(retentionCap(DEFAULT_RETENTION));
          if (backups.length > 0) {
            const newest = [...backups].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0]!;
            expect(keep[0] === newest.name || Date.parse(backups.find((b) => b.name === keep[0])!.at) === Date.parse(newest.at)).toBe(true);
          }
        },
      ),
    );
  });

  it('pruning after every backup keeps a long history: three today, one for each of 14 days, weekly ones beyond (calendar days)', () => {
    let onDisk: { name: string; at: string }[] = [];
    const start = Date.parse('2027-01-01T00:00:00.000Z');
    for (let hour = 0; hour < 60 * 24; hour += 4) {
      const at = new Date(start + hour * 3_600_000).toISOString();
      onDisk.push({ name: at, at });
      const keep = new Set(selectBackupsToKeep(onDisk, at, DEFAULT_RETENTION, 480));
      onDisk = onDisk.filter((b) => keep.has(b.name));
    }
    const now = onDisk.map((b) => b.at).sort().at(-1)!;
    const localDay = (iso: string) => Math.floor((Date.parse(iso) + 480 * 60_000) / 86_400_000);
    const ages = new Set(onDisk.map((b) => localDay(now) - localDay(b.at)));
    for (let age = 1; age <= 14; age++) expect(ages.has(age), `day ${age}`).toBe(true);
    // The run ends at 04:00 local time: the two backups of today so far are both kept.
    expect(onDisk.filter((b) => localDay(b.at) === localDay(now))).toHaveLength(2);
    expect(onDisk.length).toBeGreaterThan(3 + 14 + 4);
    expect(onDisk.length).toBeLessThanOrEqual(retentionCap(DEFAULT_RETENTION));
  });
});
