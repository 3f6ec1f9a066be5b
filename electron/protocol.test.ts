// Unit tests (node) of electron/protocol.ts: the app:// scheme maps only to files inside dist/,
// with the CSP response header (R-E2, R-E3).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createAppHandler, installAppProtocol, registerAppScheme, resolveAppPath } from './protocol';
import { CSP } from './security';

vi.mock('electron', () => ({}));

const ROOT = '/opt/planner/dist';

describe('resolveAppPath (R-E3)', () => {
  it('maps app URLs inside dist/', () => {
    expect(resolveAppPath(ROOT, 'app://planner/')).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://planner/index.html')).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath(ROOT, 'app://planner/assets/index-abc.js?v=1#x')).toBe(`${ROOT}/assets/index-abc.js`);
    expect(resolveAppPath(ROOT, 'app://planner/assets/%E4%B8%AD.png')).toBe(`${ROOT}/assets/中.png`);
  });
  it('rejects traversal, encoded traversal, absolute paths and foreign hosts', () => {
    for (const url of [
      'app://x/../../etc/passwd',
      'app://planner/%2e%2e/%2e%2e/etc/passwd',
      'app://planner/%2E%2E%2Fetc%2Fpasswd',
      'app://planner/assets/..%2f..%2fetc%2fpasswd',
      'app://planner/..%5c..%5cwindows%5cwin.ini',
      'app://planner/a%00.html',
      'app://planner/C:/Windows/win.ini',
      'app://planner/%ZZ',
      'app://evil/index.html',
      'app://user@planner/index.html',
      'app://planner:99/index.html',
      'file:///etc/passwd',
      'https://planner/index.html',
      '::not a url',
    ]) {
      expect(resolveAppPath(ROOT, url), url).toBeUndefined();
    }
  });
  it('refuses dot segments the URL parser would fold silently', () => {
    expect(resolveAppPath(ROOT, 'app://planner/../../etc/passwd')).toBeUndefined();
    expect(resolveAppPath(ROOT, 'app://planner/assets/./../index.html')).toBeUndefined();
    expect(resolveAppPath(ROOT, 'app://planner/assets/..')).toBeUndefined();
    expect(resolveAppPath(ROOT, 'app://planner/assets/x..y.js')).toBe(`${ROOT}/assets/x..y.js`);
  });
});

describe('createAppHandler (R-E2)', () => {
  let root = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'xc-proto-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, '..', 'secret.txt'), 'secret').catch(() => undefined);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('serves index.html with the CSP header and a content type', async () => {
    const res = await createAppHandler(root)(new Request('app://planner/index.html'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<title>x</title>');
    const js = await createAppHandler(root)(new Request('app://planner/assets/app.js'));
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });
  it('answers traversal with 400 and missing files with 404, both with the CSP, reading nothing outside', async () => {
    const read = vi.fn((p: string) => Promise.reject(new Error(`no ${p}`)));
    const handler = createAppHandler(root, read);
    // Request (like Chromium) may fold the dot segments before the handler sees the URL: then it
    // is an in-root miss; either way nothing outside the root is read.
    for (const url of ['app://planner/%2e%2e/secret.txt', 'app://planner/../secret.txt', 'app://planner/..%2fsecret.txt']) {
      const bad = await handler(new Request(url));
      expect([400, 404], url).toContain(bad.status);
      expect(bad.headers.get('content-security-policy')).toBe(CSP);
    }
    for (const [path] of read.mock.calls) expect(path.startsWith(`${root}/`), path).toBe(true);
    const raw = await handler({ method: 'GET', url: 'app://planner/%2e%2e/secret.txt' } as Request);
    expect(raw.status).toBe(400);
    const missing = await createAppHandler(root)(new Request('app://planner/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CSP);
  });
  it('refuses methods other than GET and HEAD', async () => {
    const res = await createAppHandler(root)(new Request('app://planner/index.html', { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app: as standard + secure and installs the handler', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0] as unknown as [{ scheme: string; privileges: Record<string, boolean> }[]];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]!.scheme).toBe('app');
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true });
    installAppProtocol(protocol, '/dist');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
