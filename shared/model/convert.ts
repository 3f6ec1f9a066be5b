/**
 * Reading version 1 project files (DESIGN.md "From version 1"). The conversion works on the parsed
 * JSON before validation, so a version 1 file goes through the same checks as a version 2 one and
 * the rest of the code only ever sees version 2. What was converted is reported to the user.
 *
 * - `origin: domestic` → `vendorOrigin: domestic`, `disposition: compliant`; an application becomes
 *   `adapt` instead (a Chinese developer does not make it compliant) and is listed for the user to
 *   confirm;
 * - `origin: foreign` → `vendorOrigin: foreign`, `disposition: replace`;
 * - `status: retained` → `retain`; `status: replaced` → `compliant` (these win over `origin`);
 * - scenario `freezeMonths` → `freezeWindows` of scope `core` (version 1 froze core cut-overs only).
 */
import type { FreezeWindow } from './types';

export type ConversionReport = {
  fromVersion: 1;
  /** Assets per resulting disposition. */
  dispositions: Record<string, number>;
  /** Applications from domestic developers converted to `adapt`: the user should confirm. */
  adaptToConfirm: string[];
  /** Scenarios whose freeze months became freeze windows. */
  freezeWindows: number;
};

type RawRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is RawRecord => value !== null && typeof value === 'object' && !Array.isArray(value);

const pad2 = (n: number): string => String(n).padStart(2, '0');
const LAST_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Version 1 freeze months as freeze windows: each run of consecutive months (December → January
 * wraps) becomes one window of scope `core`.
 * @param months months 1..12
 */
export function freezeMonthsToWindows(months: readonly unknown[]): FreezeWindow[] {
  const set = new Set(months.filter((m): m is number => typeof m === 'number' && Number.isInteger(m) && m >= 1 && m <= 12));
  if (set.size === 0) return [];
  if (set.size === 12) return [{ name: '封网月（全年）', from: '01-01', to: '12-31', scope: 'core' }];
  const windows: FreezeWindow[] = [];
  for (let m = 1; m <= 12; m++) {
    const prev = m === 1 ? 12 : m - 1;
    if (!set.has(m) || set.has(prev)) continue;
    let end = m;
    while (set.has(end === 12 ? 1 : end + 1) && (end === 12 ? 1 : end + 1) !== m) end = end === 12 ? 1 : end + 1;
    const label = end === m ? `${m}月` : `${m}–${end}月`;
    windows.push({ name: `封网月（${label}）`, from: `${pad2(m)}-01`, to: `${pad2(end)}-${LAST_DAY[end - 1]}`, scope: 'core' });
  }
  return windows;
}

/** A version 1 scenario record in version 2 shape (other fields untouched). */
export function upgradeScenarioRecord(raw: unknown): unknown {
  if (!isRecord(raw) || !('freezeMonths' in raw)) return raw;
  const { freezeMonths, ...rest } = raw;
  if (rest.freezeWindows !== undefined) return rest;
  return { ...rest, freezeWindows: Array.isArray(freezeMonths) ? freezeMonthsToWindows(freezeMonths) : freezeMonths };
}

/**
 * One version 1 asset record in version 2 shape (the project-file conversion and the database
 * migration both use it).
 * @param raw the record
 * @param report where to count what was converted (optional)
 */
export function upgradeAsset(raw: unknown, report: ConversionReport = emptyReport()): unknown {
  if (!isRecord(raw)) return raw;
  const { origin, status, ...rest } = raw;
  const next: RawRecord = { ...rest };
  if (origin === 'domestic' || origin === 'foreign' || origin === 'unknown') next.vendorOrigin = origin;
  else if (origin !== undefined) next.vendorOrigin = origin; // left for validation to name
  let disposition: string | undefined;
  if (status === 'retained') disposition = 'retain';
  else if (status === 'replaced') disposition = 'compliant';
  else if (origin === 'foreign') disposition = 'replace';
  else if (origin === 'domestic') {
    if (raw.category === 'application') {
      disposition = 'adapt';
      if (typeof raw.id === 'string') report.adaptToConfirm.push(raw.id);
    } else disposition = 'compliant';
  }
  if (status !== undefined && status !== 'retained' && status !== 'replaced' && status !== 'in-use') next.status = status;
  if (disposition) {
    next.disposition = disposition;
    report.dispositions[disposition] = (report.dispositions[disposition] ?? 0) + 1;
  }
  return next;
}

/**
 * Converts a parsed version 1 project file to version 2 shape.
 * @param root the parsed JSON object with `version: 1`
 * @returns the version 2 object (not yet validated) and what was converted
 */
const emptyReport = (): ConversionReport => ({ fromVersion: 1, dispositions: {}, adaptToConfirm: [], freezeWindows: 0 });

export function upgradeV1(root: RawRecord): { root: RawRecord; report: ConversionReport } {
  const report = emptyReport();
  const next: RawRecord = { ...root, version: 2 };
  if (Array.isArray(root.assets)) next.assets = root.assets.map((a) => upgradeAsset(a, report));
  const upgradeScenario = (s: unknown): unknown => {
    const up = upgradeScenarioRecord(s);
    if (up !== s) report.freezeWindows++;
    return up;
  };
  if (root.scenario !== undefined) next.scenario = upgradeScenario(root.scenario);
  if (Array.isArray(root.scenarios)) next.scenarios = root.scenarios.map(upgradeScenario);
  return { root: next, report };
}

/** One sentence per language saying what a version 1 conversion did. */
export function describeConversion(report: ConversionReport): { zh: string; en: string } {
  const d = report.dispositions;
  const n = (k: string): number => d[k] ?? 0;
  const confirm = report.adaptToConfirm;
  const shown = confirm.slice(0, 8).join('、') + (confirm.length > 8 ? ` 等 ${confirm.length} 项` : '');
  const shownEn = confirm.slice(0, 8).join(', ') + (confirm.length > 8 ? ` and ${confirm.length - 8} more` : '');
  return {
    zh:
      `已从版本 1 转换：已信创 ${n('compliant')} 项、适配迁移 ${n('adapt')} 项、替代 ${n('replace')} 项、保留 ${n('retain')} 项` +
      (confirm.length > 0 ? `；国产开发商的应用（${shown}）按“适配迁移”处理，请确认是否已运行信创版本` : '') +
      (report.freezeWindows > 0 ? '；封网月份已转为封网时段（仅限核心切换）' : ''),
    en:
      `Converted from version 1: ${n('compliant')} compliant, ${n('adapt')} adapt, ${n('replace')} replace, ${n('retain')} retain` +
      (confirm.length > 0 ? `; applications from domestic developers (${shownEn}) are set to "adapt": confirm whether they already run their 信创 version` : '') +
      (report.freezeWindows > 0 ? '; freeze months became freeze windows (core cut-overs only)' : ''),
  };
}
