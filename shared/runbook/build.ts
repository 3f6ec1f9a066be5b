/**
 * One runbook per cut-over: dated window, dual-track end, final data sync, go/no-go criteria,
 * rollback procedure and deadlines, people and vendor teams, post-switch checks, as a timeline.
 * Input is a small interface (`CutoverInput`) the plan feeds (units.ts); pure and deterministic.
 */
import type { Category, FreezeWindow, IsoDate, Tier } from '../model';
import { addDays, addMonths, saturdayFrom, weekendWindow } from '../planner';
import { TEMPLATES, templateKindOf } from './template';
import type { TemplateKind } from './template';

type Text = { zh: string; en: string };

export type CutoverInput = {
  unitId: string;
  name: string;
  wave: number;
  /** First day of the wave (or the plan's cut-over date). */
  waveStart: IsoDate;
  waveEnd?: IsoDate;
  tier?: Tier;
  core: boolean;
  dualTrackMonths: number;
  /** The plan's own dual-track end for this cut-over, when it has one. */
  dualTrackUntil?: IsoDate;
  assets: { id: string; name: string; category: Category; vendorTeam?: string }[];
  /** 门急诊 24 h: the switch keeps outpatient and emergency running on contingency procedures. */
  continuity24h?: boolean;
  /** From the database assessment: final-sync steps and downtime. */
  finalSync?: { steps: Text[]; downtimeHours: number };
  freezeWindows?: readonly FreezeWindow[];
};

export type RunbookStep = { phase: 'prepare' | 'window' | 'after'; at: string; title: Text; owner: Text };

export type Runbook = {
  unitId: string;
  name: string;
  wave: number;
  core: boolean;
  template: TemplateKind;
  window: { start: string; end: string; text: Text };
  dualTrackEnd: IsoDate;
  /** Last moment to decide a rollback inside the window. */
  rollbackDeadline: string;
  /** After this date the old system is retired and rollback is no longer possible. */
  finalRollback: IsoDate;
  goNoGo: Text[];
  rollback: Text[];
  people: Text[];
  vendorTeams: string[];
  postChecks: Text[];
  steps: RunbookStep[];
  notes: Text[];
};

const hhmm = (hours: number) => `${String(Math.floor(hours) % 24).padStart(2, '0')}:${String(Math.round((hours % 1) * 60)).padStart(2, '0')}`;
const t = (zh: string, en: string): Text => ({ zh, en });

/**
 * The cut-over night: the plan's own weekend rule (`weekendWindow`), so the runbook's window is the
 * date the plan gives the cut-over; the first Saturday when every weekend up to `until` is frozen.
 */
export function pickWindowDate(from: IsoDate, until: IsoDate | undefined, windows: readonly FreezeWindow[], core: boolean): { date: IsoDate; skipped: string[] } {
  const found = weekendWindow(from, until ?? addDays(from, 366), windows, core);
  return { date: found.date || saturdayFrom(from), skipped: found.skipped };
}

/**
 * @param input the cut-over unit and its dates
 * @returns the runbook; times are local wall-clock (`YYYY-MM-DD HH:MM`)
 */
export function buildRunbook(input: CutoverInput): Runbook {
  const template = templateKindOf(input.assets.map((a) => a.category));
  const base = TEMPLATES[template];
  const { date, skipped } = pickWindowDate(input.waveStart, input.waveEnd, input.freezeWindows ?? [], input.core);
  const sunday = addDays(date, 1);
  // Night window Saturday 22:00 → Sunday 06:00; with 门急诊 24 h the stop is cut to 00:00–04:00.
  const startHour = input.continuity24h ? 24 : 22;
  const endHour = input.continuity24h ? 28 : 30;
  const downtime = input.finalSync?.downtimeHours ?? 0;
  // Rollback must be decided early enough to finish it (2 h) before the window ends.
  const deadlineHour = Math.max(startHour + Math.min(downtime + 1, endHour - startHour - 2), startHour + 1);
  const at = (hour: number) => `${hour >= 24 ? sunday : date} ${hhmm(hour)}`;
  // The dual track runs from the cut-over night, as in the plan; the plan's date stands unless the
  // window had to move past the plan's (a plan read from a file).
  const planned = input.dualTrackUntil;
  const dualTrackEnd = planned && planned >= addMonths(date, input.dualTrackMonths) ? planned : addMonths(date, input.dualTrackMonths);
  const vendorTeams = [...new Set(input.assets.map((a) => a.vendorTeam).filter((v): v is string => !!v))];
  const notes: Text[] = [];
  if (skipped.length > 0) notes.push(t(`避开封网时段：${skipped.join('、')}`, `moved out of freeze windows: ${skipped.join(', ')}`));
  if (input.continuity24h) notes.push(t('24 小时连续业务：停机期间门急诊与病区按应急预案手工作业、事后补录；急诊优先恢复', 'round-the-clock services: during the stop outpatient, emergency and the wards work on paper per the contingency plan and re-enter afterwards; emergency comes back first'));
  if (template === 'application' && input.assets.some((a) => a.category === 'database') && !input.finalSync) notes.push(t('数据库迁移尚未评估：最终同步时长未知', 'database not assessed yet: the final sync time is unknown'));

  const owner = { lead: t('切换总指挥', 'cut-over lead'), vendor: t('厂商团队', 'vendor teams'), dba: t('数据库管理员', 'DBA'), dept: t('业务科室', 'departments'), ops: t('信息中心运维', 'IT operations') };
  const syncSteps = input.finalSync?.steps ?? [t('最终数据同步与一致性校验（行数、校验和、关键业务抽样）', 'final data sync and consistency check (row counts, checksums, business samples)')];
  const steps: RunbookStep[] = [
    { phase: 'prepare', at: addDays(date, -30), title: t('冻结需求变更，确定切换版本', 'freeze change requests, fix the release'), owner: owner.lead },
    { phase: 'prepare', at: addDays(date, -14), title: t('全量迁移演练并计时', 'timed full rehearsal'), owner: owner.vendor },
    { phase: 'prepare', at: addDays(date, -7), title: t('用户培训与应急预案演练', 'user training and contingency drill'), owner: owner.dept },
    { phase: 'prepare', at: addDays(date, -1), title: t('切换准入评审会（逐条核对准入条件）', 'go/no-go meeting (criteria one by one)'), owner: owner.lead },
    { phase: 'window', at: at(startHour), title: t('发布停机公告，停止旧系统写入，最终备份', 'announce, stop writes on the old system, final backup'), owner: owner.ops },
    ...syncSteps.map((title, i): RunbookStep => ({ phase: 'window', at: at(startHour + 0.25 + i * 0.25), title, owner: owner.dba })),
    { phase: 'window', at: at(deadlineHour), title: t('回退决策点：未通过验证即执行回退', 'rollback decision point: roll back unless verified'), owner: owner.lead },
    { phase: 'window', at: at(endHour - 1), title: t('业务抽样验证，开放新系统', 'business sample checks, open the new system'), owner: owner.dept },
    { phase: 'after', at: addDays(sunday, 1), title: t('首个工作日现场保障（厂商驻场）', 'first working day on-site support (vendor on site)'), owner: owner.vendor },
    { phase: 'after', at: addDays(sunday, 7), title: t('真替真用第一次检查：使用率、缺陷、接口', 'first "really used" check: usage, defects, interfaces'), owner: owner.lead },
    { phase: 'after', at: dualTrackEnd, title: t('双轨期结束：旧系统只读归档后下线', 'dual track ends: old system archived read-only, then retired'), owner: owner.ops },
  ];

  return {
    unitId: input.unitId,
    name: input.name,
    wave: input.wave,
    core: input.core,
    template,
    window: {
      start: at(startHour),
      end: at(endHour),
      text: input.continuity24h
        ? t(`${sunday}（周日）00:00–04:00（周六深夜停机），业务按应急预案运行`, `Sunday ${sunday} 00:00–04:00 (the night after Saturday), services on contingency procedures`)
        : t(`${date}（周六）22:00 至 ${sunday}（周日）06:00`, `Saturday ${date} 22:00 to Sunday ${sunday} 06:00`),
    },
    dualTrackEnd,
    rollbackDeadline: at(deadlineHour),
    finalRollback: dualTrackEnd,
    goNoGo: base.goNoGo,
    rollback: base.rollback,
    people: base.people,
    vendorTeams,
    postChecks: base.postChecks,
    steps,
    notes,
  };
}
