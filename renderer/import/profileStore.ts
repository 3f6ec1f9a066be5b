/**
 * The user's own import profiles (a column mapping and value decisions saved from the wizard),
 * kept in localStorage so they are found again for the next file of the same layout. Each is
 * checked with shared/io's parseProfile when read back; a broken entry is dropped.
 */
import { parseProfile } from '../../shared/io';
import type { ImportProfile } from '../../shared/io';

const KEY = 'xcplan.importProfiles';

/** The saved profiles, newest first. */
export function loadUserProfiles(): ImportProfile[] {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry) => {
      const parsed = parseProfile(entry, KEY);
      return parsed.ok ? [{ ...parsed.value, signature: parsed.value.signature }] : [];
    });
  } catch {
    return [];
  }
}

/** Saves a profile, replacing one of the same name. */
export function saveUserProfile(profile: ImportProfile): void {
  const others = loadUserProfiles().filter((saved) => saved.id !== profile.id);
  const stored = [profile, ...others].map(({ name, headers, signature, values, defaultCategory }) => ({ name: name.zh, headers, signature, values, ...(defaultCategory ? { defaultCategory } : {}) }));
  localStorage.setItem(KEY, JSON.stringify(stored));
}
