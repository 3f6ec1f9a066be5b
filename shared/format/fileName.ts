/** File names made from user text (a hospital's or project's name) that every OS accepts. */

const MAX_LENGTH = 120;

/**
 * `name` with the characters Windows, macOS and Linux refuse (control characters and
 * `\ / : * ? " < > |`) replaced by `_`, runs of them by one, cut to 120 characters.
 * @param name user text, e.g. the hospital's name
 * @param fallback used when nothing is left
 */
export function safeFileName(name: string, fallback = 'project'): string {
  // eslint-disable-next-line no-control-regex
  const safe = name.replace(/[\u0000-\u001f\\/:*?"<>|]+/g, '_').trim().slice(0, MAX_LENGTH).trim();
  return safe.replace(/^\.+$/, '') || fallback;
}
