/**
 * Reading project files from disk for the command line. The only part of shared/ that touches
 * Node's file system (with the rest of shared/cli/).
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { projectScenarios } from '../forecast/compare';
import { checkFileSize, IMPORT_LIMITS } from '../io/limits';
import { parseProjectFileText } from '../io/project';
import { formatIssue, makeIssue } from '../model';
import type { Issue, Parsed, ProjectFile, Scenario } from '../model';
import { scenarioSchema } from '../model/schema';
import type { CliIo } from './types';
import { FileError, UsageError } from './types';

/** Files above this size are refused before they are read (QUALITY.md R-I1). */
export const MAX_PROJECT_FILE_BYTES = IMPORT_LIMITS.projectBytes;

/**
 * Reads and validates a project file.
 * @param path path on disk
 * @returns the project, or issues naming file, row and field
 */
export async function loadProjectFile(path: string): Promise<Parsed<ProjectFile>> {
  const file = basename(path);
  const fail = (code: string, zh: string, en: string): Parsed<ProjectFile> => ({
    ok: false,
    issues: [makeIssue({ code, file, zh, en })],
  });
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    return fail('file-not-found', '文件不存在或无法读取', 'the file does not exist or cannot be read');
  }
  const tooLarge = checkFileSize(size, file, MAX_PROJECT_FILE_BYTES);
  if (tooLarge) return { ok: false, issues: [tooLarge] };
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail('not-utf8', '项目文件不是 UTF-8 文本', 'the project file is not UTF-8 text');
  }
  // The app's own project importer (import wizard, merge, restore): forbidden keys at any depth,
  // nesting depth and the issue cap apply the same here (issue 15 #10).
  return parseProjectFileText(text, file);
}

/**
 * The bytes of a file named on the command line, and its modification time.
 * @throws FileError naming the path when it is missing, a folder or unreadable (main.ts prints one line)
 */
export async function readInputFile(path: string): Promise<{ bytes: Uint8Array; modified: Date }> {
  const unreadable = (): never => {
    throw new FileError(path, '文件不存在或无法读取', 'the file does not exist or cannot be read');
  };
  const info = await stat(path).catch(unreadable);
  if (info.isDirectory()) throw new FileError(path, '这是一个目录，请给出文件', 'that is a folder; give a file');
  return { bytes: new Uint8Array(await readFile(path).catch(unreadable)), modified: info.mtime };
}

/** Reads a JSON file named on the command line; one issue naming the file when it cannot be read or parsed. */
export async function readJsonFile(path: string, code: string, what: { zh: string; en: string }): Promise<Parsed<unknown>> {
  try {
    return { ok: true, value: JSON.parse(await readFile(path, 'utf8')) as unknown, issues: [] };
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code;
    const detail = error instanceof Error ? error.message : String(error);
    const [zh, en] = errno === 'ENOENT' ? ['文件不存在', 'the file does not exist'] : errno === 'EISDIR' ? ['这是一个目录', 'that is a folder'] : [detail, detail];
    return { ok: false, issues: [makeIssue({ code, file: basename(path), zh: `无法读取${what.zh}：${zh}`, en: `cannot read ${what.en}: ${en}` })] };
  }
}

/**
 * Reads a scenario file (`--scenario`): either a bare scenario object or a project file whose
 * `scenario` is taken.
 */
export async function loadScenarioFile(path: string): Promise<Parsed<Scenario>> {
  const file = basename(path);
  const read = await readJsonFile(path, 'invalid-json', { zh: '情景文件', en: 'the scenario file' });
  if (!read.ok) return read;
  const raw = read.value;
  const candidate = raw !== null && typeof raw === 'object' && 'scenario' in raw ? raw.scenario : raw;
  const parsed = scenarioSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return {
    ok: false,
    issues: parsed.error.issues.map((zi) =>
      makeIssue({ code: 'scenario-invalid', file, section: 'scenario', field: zi.path.join('.'), zh: zi.message, en: zi.message }),
    ),
  };
}

/** Prints issues to stderr, errors first. */
export function printIssues(issues: readonly Issue[], io: CliIo): void {
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const issue of sorted) io.stderr(formatIssue(issue, io.lang));
}

/**
 * Loads the project named by the first positional argument, applying `--scenario` if given: a
 * scenario file, or (when no such file exists) one of the project's own scenarios by name, as the
 * app's scenario menu lists them. Prints problems and returns undefined when the file has errors or
 * the scenario is neither: never a partial project.
 */
export async function loadProjectForCommand(path: string | undefined, scenarioArg: string | undefined, io: CliIo): Promise<ProjectFile | undefined> {
  // A missing argument is a usage error (exit code 2), as in every command.
  if (!path) throw new UsageError(io.lang === 'zh' ? '缺少项目文件参数' : 'missing the project file argument');
  const loaded = await loadProjectFile(path);
  printIssues(loaded.issues, io);
  if (!loaded.ok) return undefined;
  if (!scenarioArg) return loaded.value;
  if (!existsSync(scenarioArg)) {
    const project = loaded.value;
    const named = projectScenarios(project).find((s) => s.name === scenarioArg);
    if (named) return { ...project, scenario: named };
    const known = projectScenarios(project).map((s) => s.name);
    io.stderr(io.lang === 'zh'
      ? `错误: --scenario ${scenarioArg}: 既不是存在的情景文件，也不是 ${basename(path)} 中的情景（现有：${known.join('、') || '—'}）`
      : `error: --scenario ${scenarioArg}: neither an existing scenario file nor a scenario of ${basename(path)} (known: ${known.join(', ') || '—'})`);
    return undefined;
  }
  const scenario = await loadScenarioFile(scenarioArg);
  printIssues(scenario.issues, io);
  if (!scenario.ok) return undefined;
  return { ...loaded.value, scenario: scenario.value };
}
