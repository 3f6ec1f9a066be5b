/** Runbooks as workbook sheets: an overview, then one sheet per cut-over (timeline and lists). */
import type { ExportCell, ExportSheet } from '../io/export';
import type { Lang } from '../model';
import type { Runbook } from './build';

const L = {
  overview: { zh: '切换总览', en: 'Cut-overs' },
  headers: {
    zh: ['切换单元', '名称', '批次', '核心', '切换窗口', '回退决策时限', '双轨期结束（最终回退期限）', '准入条件数', '厂商团队', '说明'],
    en: ['Unit', 'Name', 'Wave', 'Core', 'Window', 'Rollback deadline', 'Dual track ends (final rollback)', 'Go/no-go criteria', 'Vendor teams', 'Notes'],
  },
  sheet: { zh: ['阶段', '时间', '事项', '负责'], en: ['Phase', 'When', 'Item', 'Owner'] },
  phase: { prepare: { zh: '准备', en: 'prepare' }, window: { zh: '切换窗口', en: 'window' }, after: { zh: '切换后', en: 'after' } },
  lists: {
    goNoGo: { zh: '切换准入条件', en: 'Go/no-go' },
    rollback: { zh: '回退步骤', en: 'Rollback' },
    people: { zh: '人员', en: 'People' },
    vendor: { zh: '厂商团队', en: 'Vendor team' },
    postChecks: { zh: '切换后检查（真替真用）', en: 'Post-switch checks (really used)' },
  },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
} as const;

/**
 * @param runbooks the runbooks
 * @param lang headers and texts
 * @returns sheets for `toXlsx`
 */
export function runbookSheets(runbooks: readonly Runbook[], lang: Lang): ExportSheet[] {
  const sep = lang === 'zh' ? '；' : '; ';
  const overview: ExportSheet = {
    name: L.overview[lang],
    headers: L.headers[lang],
    rows: runbooks.map((r) => [r.unitId, r.name, r.wave, r.core ? L.yes[lang] : L.no[lang], r.window.text[lang], r.rollbackDeadline, r.dualTrackEnd, r.goNoGo.length, r.vendorTeams.join(sep), r.notes.map((n) => n[lang]).join(sep)]),
  };
  const sheets = runbooks.map((r): ExportSheet => {
    const rows: ExportCell[][] = r.steps.map((s) => [L.phase[s.phase][lang], s.at, s.title[lang], s.owner[lang]]);
    const list = (label: { zh: string; en: string }, items: readonly { zh: string; en: string }[] | readonly string[]) =>
      items.forEach((item) => rows.push([label[lang], '', typeof item === 'string' ? item : item[lang], '']));
    list(L.lists.goNoGo, r.goNoGo);
    list(L.lists.rollback, r.rollback.map((step) => ({ zh: `${step.zh}（时限 ${r.rollbackDeadline}）`, en: `${step.en} (by ${r.rollbackDeadline})` })));
    list(L.lists.people, r.people);
    list(L.lists.vendor, r.vendorTeams);
    list(L.lists.postChecks, r.postChecks);
    return { name: `W${r.wave} ${r.unitId}`, headers: L.sheet[lang], rows };
  });
  return [overview, ...sheets];
}
