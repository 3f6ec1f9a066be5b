/**
 * From the bytes of a project file to everything a push stores: the bytes themselves (kept as
 * received), the validated project, and the plan figures. A file with errors yields its issues and
 * nothing is pushed.
 */
import { parseProjectFileText } from '../io/project';
import { makeIssue } from '../model';
import type { Parsed, ProjectFile } from '../model';
import { analyseForGroup } from './analysis';
import type { GroupAnalysis } from './analysis';

export type PreparedPush = { body: Uint8Array; project: ProjectFile; analysis: GroupAnalysis };

export function preparePush(bytes: Uint8Array, fileName: string): Parsed<PreparedPush> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, issues: [makeIssue({ code: 'not-utf8', file: fileName, zh: '项目文件不是 UTF-8 文本', en: 'the project file is not UTF-8 text' })] };
  }
  const parsed = parseProjectFileText(text, fileName);
  if (!parsed.ok) return parsed;
  const analysis = analyseForGroup(parsed.value);
  if (!analysis.ok) return { ok: false, issues: [...parsed.issues, ...analysis.issues] };
  return { ok: true, value: { body: bytes, project: parsed.value, analysis: analysis.value }, issues: parsed.issues };
}
