/**
 * Hospital calendar presets (issue 16, part 4): the freeze windows hospitals actually respect,
 * as data producing scenario `freezeWindows` entries `{ name, from: 'MM-DD', to: 'MM-DD', scope }`.
 * `scope: 'core'` stops core cut-overs only; `'all'` stops every change. A window may cross the
 * year end (`from` after `to`).
 */
import type { FreezeWindow } from '../model';

export type { FreezeWindow };
export type FreezeScope = FreezeWindow['scope'];
type Text = { zh: string; en: string };

export type CalendarPreset = FreezeWindow & { id: string; label: Text; why: Text };

/** Recurring national windows. 春节 covers the whole range the festival moves in (21 Jan – 20 Feb). */
export const NATIONAL_PRESETS: CalendarPreset[] = [
  { id: 'spring-festival', name: '春节', from: '01-20', to: '02-20', scope: 'all', label: { zh: '春节', en: 'Spring Festival' }, why: { zh: '节前节后门急诊高峰、值班人员少，厂商驻场难以保障', en: 'outpatient peaks around the holiday, skeleton staff, vendor engineers away' } },
  { id: 'two-sessions', name: '两会', from: '03-01', to: '03-15', scope: 'core', label: { zh: '全国两会', en: 'National Two Sessions' }, why: { zh: '重要时期网络安全保障，原则上不做核心系统变更', en: 'security assurance period: no core changes' } },
  { id: 'hw-drill', name: '护网', from: '07-15', to: '08-31', scope: 'core', label: { zh: '护网行动（攻防演练）', en: 'HW red-team exercise (summer)' }, why: { zh: '攻防演练期间冻结核心系统与边界变更，安全团队全员值守', en: 'core and perimeter changes frozen during the national red-team exercise' } },
  { id: 'national-day', name: '国庆', from: '09-25', to: '10-08', scope: 'all', label: { zh: '国庆', en: 'National Day' }, why: { zh: '长假及重大活动保障', en: 'long holiday and event security' } },
  { id: 'insurance-year-end', name: '医保年终结算', from: '12-01', to: '12-31', scope: 'core', label: { zh: '医保年终结算', en: 'Medical-insurance year-end settlement' }, why: { zh: '医保年度清算、财务结账，收费与结算系统不得中断', en: 'annual insurance settlement and closing: billing must not stop' } },
];

/** The hospital's own reviews: they need stable systems for weeks before the visit. */
export const HOSPITAL_EVENTS = {
  'grade-review': { name: '等级评审', label: { zh: '医院等级评审', en: 'Hospital grade review' }, weeksBefore: 8, scope: 'all' },
  'emr-rating': { name: '电子病历分级评价', label: { zh: '电子病历系统应用水平分级评价', en: 'EMR application level rating' }, weeksBefore: 12, scope: 'core' },
  'interop-test': { name: '互联互通测评', label: { zh: '医院信息互联互通标准化成熟度测评', en: 'Interoperability maturity assessment' }, weeksBefore: 12, scope: 'core' },
} as const satisfies Record<string, { name: string; label: Text; weeksBefore: number; scope: FreezeScope }>;
export type HospitalEvent = keyof typeof HOSPITAL_EVENTS;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The freeze window before one of the hospital's own reviews: from `weeksBefore` (default per
 * event) before the visit to one week after it. The name carries the year, because the window is
 * one-off where the format is recurring; remove it from the scenario after the review.
 * @param event which review
 * @param date the visit's date, `YYYY-MM-DD`
 */
export function hospitalEventWindow(event: HospitalEvent, date: string, weeksBefore?: number): FreezeWindow {
  const spec = HOSPITAL_EVENTS[event];
  const visit = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(visit.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  const start = new Date(visit.getTime() - (weeksBefore ?? spec.weeksBefore) * 7 * 86_400_000);
  const end = new Date(visit.getTime() + 7 * 86_400_000);
  const mmdd = (d: Date) => `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return { name: `${spec.name}（${date.slice(0, 4)}）`, from: mmdd(start), to: mmdd(end), scope: spec.scope };
}

/** Freeze windows from preset ids (all national presets when none are named). */
export function presetWindows(ids: readonly string[] = NATIONAL_PRESETS.map((p) => p.id)): FreezeWindow[] {
  return ids.map((id) => {
    const preset = NATIONAL_PRESETS.find((p) => p.id === id);
    if (!preset) throw new RangeError(`unknown calendar preset: ${id}`);
    return { name: preset.name, from: preset.from, to: preset.to, scope: preset.scope };
  });
}

