import { describe, expect, it } from 'vitest';

import { withExtension } from '../io/extensions';
import { BUILT_IN_CATALOGUE, mergeCatalogue, parseUserCatalogue, USER_CATALOGUE_KEY } from '.';
import type { CatalogueEntry, UserCatalogue } from '.';

const entry: CatalogueEntry = { id: 'database.local-db', vendorId: 'dameng', family: '某定制数据库', aliases: ['localdb'], category: 'database', origin: 'domestic' };

describe('user catalogue', () => {
  it('round-trips through the project extensions', () => {
    const project = withExtension({ extensions: { other: 1 } }, USER_CATALOGUE_KEY, { vendors: [], entries: [entry] });
    const parsed = parseUserCatalogue(project.extensions[USER_CATALOGUE_KEY], 'p.json');
    expect(parsed.ok && parsed.value.entries).toEqual([entry]);
    expect(project.extensions.other).toBe(1);
    expect(withExtension(project, USER_CATALOGUE_KEY, undefined).extensions[USER_CATALOGUE_KEY]).toBeUndefined();
  });

  it('overrides a built-in entry by id without touching the built-in set', () => {
    const override: CatalogueEntry = { ...BUILT_IN_CATALOGUE.entries.find((e) => e.id === 'database.oracle')!, note: { zh: '本院说明', en: 'local note' } };
    const merged = mergeCatalogue(BUILT_IN_CATALOGUE, { vendors: [], entries: [override] });
    expect(merged.entries.find((e) => e.id === 'database.oracle')!.note!.zh).toBe('本院说明');
    expect(BUILT_IN_CATALOGUE.entries.find((e) => e.id === 'database.oracle')!.note!.zh).not.toBe('本院说明');
    expect(merged.entries.length).toBe(BUILT_IN_CATALOGUE.entries.length);
  });

  it('keeps valid rows and names the bad ones', () => {
    const raw: unknown = { entries: [entry, { id: 'x', vendorId: 'v', family: 'f', category: 'spaceship', origin: 'domestic' }] };
    const parsed = parseUserCatalogue(raw, 'p.json');
    expect(parsed.ok).toBe(true);
    expect((parsed.ok ? parsed.value : ({} as UserCatalogue)).entries).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ file: 'p.json', section: 'extensions.catalogue.entries', row: 2, field: 'category' });
    expect(parseUserCatalogue('nonsense', 'p.json').ok).toBe(false);
  });
});
