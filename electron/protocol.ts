// Main process. The `app://planner/` privileged scheme that serves the bundled web build (dist/)
// instead of file:// (checklist 18, R-E3), with the CSP as a response header (R-E2). A request
// path is decoded, normalised and must stay inside dist/; anything else is a 404/400.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

import type { Protocol } from 'electron';

import { APP_HOST, APP_SCHEME } from '../shared/ipc';
import { CSP } from './security';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers on every response of the app protocol. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** Registers `app:` as a standard, secure scheme. Must run before the app's `ready` event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Maps a request URL to a file under `root`, or undefined when the URL is not ours, is malformed,
 * or escapes `root` (`..`, `%2e%2e`, encoded slashes or backslashes, NUL, absolute paths).
 * `/` maps to index.html.
 */
export function resolveAppPath(root: string, url: string): string | undefined {
  // Reject on the raw string first: the URL parser folds `..` and `%2e%2e` silently, and a
  // request that tries either is refused outright rather than quietly re-rooted.
  const rawPath = url.replace(/[?#].*$/s, '');
  if (/%2e|%2f|%5c|%00/i.test(rawPath) || /(^|[/\\])\.\.?([/\\]|$)/.test(rawPath.replace(/^[a-z]+:\/\/[^/]*/i, ''))) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.hostname !== APP_HOST || u.username !== '' || u.password !== '' || u.port !== '') return undefined;
  const raw = u.pathname;
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.includes('\\')) return undefined;
  const segments = path.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:/.test(s))) return undefined;
  const rel = segments.length === 0 ? 'index.html' : segments.join('/');
  if (isAbsolute(rel)) return undefined;
  const base = resolve(root);
  const full = resolve(base, rel);
  const inside = relative(base, full);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return undefined;
  return full;
}

/** Content type of a served file by extension. */
export function mimeOf(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** File reader used by the handler (replaceable in tests). */
export type ReadFn = (path: string) => Promise<Uint8Array>;

/** Builds the request handler for the app scheme over the given root directory. */
export function createAppHandler(root: string, read: ReadFn = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = { ...SECURITY_HEADERS };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('method not allowed', { status: 405, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    const path = resolveAppPath(root, request.url);
    if (!path) return new Response('bad request', { status: 400, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    try {
      const body = await read(path);
      return new Response(request.method === 'HEAD' ? null : body.slice().buffer, {
        status: 200,
        headers: { ...headers, 'Content-Type': mimeOf(path) },
      });
    } catch {
      return new Response('not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    }
  };
}

/** Serves `root` on `app://planner/`. Call after `ready`. */
export function installAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root));
}
