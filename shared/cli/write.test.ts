/**
 * Output files of the command line: a path that cannot be written is a clear error naming the path
 * and why (exit code 1, no stack trace), found before the work that would produce the file, and
 * nothing is left behind.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FileError } from './types';
import { checkOutputPath, writeAtomically } from './write';

const ROOT = join(__dirname, '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'sample-tertiary.xcplan.json');
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xcplan-out-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeAtomically', () => {
  it('writes the whole file and leaves no temporary file', async () => {
    const path = join(dir, 'ok.csv');
    await writeAtomically(path, new TextEncoder().encode('a,b\n1,2\n'));
    expect(await readFile(path, 'utf8')).toBe('a,b\n1,2\n');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names the missing folder', async () => {
    const path = join(dir, 'no-such-folder', 'x.pdf');
    const error = await writeAtomically(path, new Uint8Array(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).zh).toContain(join(dir, 'no-such-folder'));
    expect((error as FileError).zh).toContain('不存在');
  });

  it('refuses a folder as the file and keeps what the folder holds', async () => {
    const folder = join(dir, 'a-folder');
    await mkdir(folder);
    await writeFile(join(folder, 'keep.txt'), 'kept');
    const error = await writeAtomically(folder, new Uint8Array(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect(await readFile(join(folder, 'keep.txt'), 'utf8')).toBe('kept');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('checkOutputPath', () => {
  it('accepts a new file in an existing folder and an existing file', async () => {
    await expect(checkOutputPath(join(dir, 'new.xlsx'))).resolves.toBeUndefined();
    await expect(checkOutputPath(join(dir, 'ok.csv'))).resolves.toBeUndefined();
  });

  it('refuses a folder, a missing folder and a path through a file', async () => {
    await expect(checkOutputPath(dir)).rejects.toMatchObject({ zh: expect.stringContaining('目录') as unknown });
    await expect(checkOutputPath(join(dir, 'missing', 'x.pdf'))).rejects.toMatchObject({ en: expect.stringContaining('does not exist') as unknown });
    await expect(checkOutputPath(join(dir, 'ok.csv', 'x.pdf'))).rejects.toBeInstanceOf(FileError);
  });
});

/** A real `xcplan` process, so the exit code and what reaches the terminal are the user's. */
function xcplan(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'shared/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

describe('xcplan with an output path that cannot be written', () => {
  it('report: exit code 1 and one line naming the path, before planning or rendering', () => {
    const out = join(dir, 'missing', 'roadmap.pdf');
    const run = xcplan('report', SAMPLE, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`错误: ${out}: 目录 ${join(dir, 'missing')} 不存在\n`);
    // Nothing was planned or rendered: the summary line comes after the files are written.
    expect(run.stdout).toBe('');
  }, 60_000);

  it('report --xlsx onto a folder, in English', () => {
    const run = xcplan('report', SAMPLE, '--xlsx', dir, '--lang', 'en');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`error: ${dir}: that is a folder; give a file name\n`);
  }, 60_000);

  it('classify --rejects into a missing folder: the same one line, not a stack trace', () => {
    const out = join(dir, 'missing', 'rejects.csv');
    const run = xcplan('classify', join(ROOT, 'fixtures', 'messy', 'hospital-assets-utf8bom.csv'), '--rejects', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${out}: 目录 ${join(dir, 'missing')} 不存在`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
