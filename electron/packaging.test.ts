// Unit test (node) of the packaging configuration (electron-builder.yml): the release fuses of
// R-E10, the targets (Windows x64 NSIS, Linux x64/arm64 deb + AppImage + dir, loong64 via the
// repackaging script) and the files that ship. Parsed with electron-builder's own YAML reader.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// js-yaml ships with electron-builder (no separate dependency for one test).
const yaml = require('js-yaml') as { load: (text: string) => unknown };

type Target = { target: string; arch: string[] };
type Config = {
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: Target[] };
  linux: { target: Target[] };
};

const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it('burns the release fuses of R-E10', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });
  it('ships only the web build, the bundled shell and package.json, in an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/**/*', 'dist-electron/**/*', 'package.json']);
  });
  it('targets Windows x64 NSIS and Linux x64/arm64 deb, AppImage and dir', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    const linux = Object.fromEntries(config.linux.target.map((t) => [t.target, [...t.arch].sort()]));
    expect(linux).toEqual({ deb: ['arm64', 'x64'], AppImage: ['arm64', 'x64'], dir: ['arm64', 'x64'] });
  });
  it('packages loong64 with the same fuses through the repackaging script', () => {
    const script = readFileSync(join(ROOT, 'electron', 'package-loong64.sh'), 'utf8');
    for (const fuse of ['RunAsNode=off', 'EnableNodeOptionsEnvironmentVariable=off', 'EnableNodeCliInspectArguments=off', 'OnlyLoadAppFromAsar=on', 'GrantFileProtocolExtraPrivileges=off', 'EnableCookieEncryption=on']) {
      expect(script).toContain(fuse);
    }
    expect(script).toContain('Architecture: loong64');
  });
  it('points package.json main at the bundled main process', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };
    expect(pkg.main).toBe('dist-electron/main.cjs');
    expect(pkg.scripts['build:electron']).toBe('node electron/build.mjs');
    expect(existsSync(join(ROOT, 'electron', 'build.mjs'))).toBe(true);
  });
});
