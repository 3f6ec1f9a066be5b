/**
 * An edit that shows at once and is written in the background. The local value stays until the
 * stored value has caught up with it, so a reload that carries an earlier write neither shows the
 * answers before the latest click nor becomes the base of the next edit (which would drop it).
 */
import { useState } from 'react';

/**
 * @param stored the value as last read from the database
 * @param scope what the value belongs to (the project id); an edit never shows in another scope
 * @param save writes a value; a rejected write drops the local value, so the stored one shows again
 * @returns the value to show and the function that edits it
 */
export function usePendingEdit<T>(stored: T, scope: string | undefined, save: (next: T) => Promise<void>): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ scope: string | undefined; value: T } | undefined>();
  // Once the store holds the edit, later changes from elsewhere show again (state adjusted while
  // rendering, as React recommends for values derived from props).
  if (pending && JSON.stringify(stored) === JSON.stringify(pending.value)) setPending(undefined);
  const value = pending && pending.scope === scope ? pending.value : stored;
  const edit = (next: T) => {
    const mine = { scope, value: next };
    setPending(mine);
    save(next).catch(() => setPending((current) => (current === mine ? undefined : current)));
  };
  return [value, edit];
}
