import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { presetWindows } from '../calendar/presets';
import { command as runbookCommand } from '../cli/commands/runbook';
import { captureIo } from '../cli/testIo';
import { analyse } from '../analysis';
import { loadExcel } from '../io/xlsx';
import type { ProjectFile } from '../model';
import { planProject } from '../planner';
import type { PlanResult } from '../planner';
import { buildRunbook, cutoverInputs, pickWindowDate, runbookSheets } from '.';
import { cutoverUnits } from './units';
import type { CutoverInput } from '.';

const SAMPLE = join(__dirname, '../../fixtures/sample-tertiary.xcplan.json');
const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as ProjectFile;
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const his: CutoverInput = {
  unitId: 'APP-HIS', name: 'HIS 医院信息系统', wave: 9, waveStart: '2029-07-16', waveEnd: '2029-10-15', tier: 'core', core: true, dualTrackMonths: 3,
  assets: [
    { id: 'APP-HIS', name: 'HIS', category: 'application', vendorTeam: '东华医为' },
    { id: 'DB-HIS-01', name: 'HIS 数据库', category: 'database', vendorTeam: 'InterSystems' },
  ],
  continuity24h: true,
  freezeWindows: presetWindows(),
};

describe('runbook generation', () => {
  it('puts a core cut-over on the first weekend after 护网 and says why', () => {
    const r = buildRunbook(his);
    expect(r.window.start).toBe('2029-09-02 00:00');
    expect(r.window.end).toBe('2029-09-02 04:00');
    expect(r.notes[0]!.zh).toBe('避开封网时段：护网');
    expect(r.notes.some((n) => n.zh.includes('24 小时连续业务'))).toBe(true);
    // The dual track runs three months from the cut-over night, as the plan counts it.
    expect(r.dualTrackEnd).toBe('2029-12-01');
    expect(r.finalRollback).toBe(r.dualTrackEnd);
    expect(r.rollbackDeadline).toBe('2029-09-02 01:00');
    expect(r.vendorTeams).toEqual(['东华医为', 'InterSystems']);
    expect(r.template).toBe('application');
    expect(r.goNoGo.length).toBeGreaterThanOrEqual(6);
    expect(r.notes.some((n) => n.en.includes('database not assessed'))).toBe(true);
  });

  it("gives every system's cut-over the plan's own night, and ends its dual track when the plan retires the old system (both samples)", () => {
    const secondary = JSON.parse(readFileSync(join(__dirname, '../../fixtures/sample-secondary.xcplan.json'), 'utf8')) as ProjectFile;
    let checked = 0;
    for (const project of [sample, secondary]) {
      const { plan } = analyse(project);
      const cutover = new Map(plan.events.filter((e) => e.kind === 'cutover').map((e) => [e.unit, e]));
      const retire = new Map(plan.events.filter((e) => e.kind === 'retire').map((e) => [e.unit, e]));
      const kindOf = new Map(plan.units.map((u) => [u.id, u.kind]));
      for (const input of cutoverInputs(project, plan, 'all')) {
        const r = buildRunbook(input);
        const event = cutover.get(input.unitId)!;
        // A weekend night: the window opens on the Saturday the plan names.
        expect(new Date(`${event.date}T00:00:00Z`).getUTCDay(), input.unitId).toBe(6);
        expect(r.window.start.slice(0, 10) === event.date || r.window.start.slice(0, 10) === addDays(event.date, 1), `${input.unitId}: ${r.window.start} / ${event.date}`).toBe(true);
        if (input.core) {
          expect(r.dualTrackEnd, input.unitId).toBe(event.dualTrackUntil);
          // A system's old side is retired when its dual track ends; a core switch is swapped (no retirement event).
          if (kindOf.get(input.unitId) === 'system') expect(retire.get(input.unitId)?.date, input.unitId).toBe(r.dualTrackEnd);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('gives every core cut-over the plan counts a runbook, the core switch and the insurance router included', () => {
    const { plan } = analyse(sample);
    const core = plan.units.filter((u) => u.core && u.wave >= 1 && u.kind !== 'shared-platform').map((u) => u.id).sort();
    const inputs = cutoverInputs(sample, plan, 'core');
    expect(inputs.map((i) => i.unitId).sort()).toEqual(core);
    expect(inputs.map((i) => i.unitId)).toEqual(expect.arrayContaining(['NET-CORE-BB', 'NET-RTR-YB', 'APP-HIS']));
    const coreSwitch = buildRunbook(inputs.find((i) => i.unitId === 'NET-CORE-BB')!);
    expect(coreSwitch.template).toBe('network');
    expect(coreSwitch.name).toBe('本部核心交换机');
    expect(coreSwitch.window.start.slice(0, 10) >= '2027-01-02').toBe(true);
  });

  it('skips December for a core cut-over but not for an office system', () => {
    expect(pickWindowDate('2029-12-01', '2030-02-28', presetWindows(), true).date).toBe('2030-01-05');
    expect(pickWindowDate('2029-12-01', '2030-02-28', presetWindows(), false).date).toBe('2029-12-01');
    // 春节 (scope all) then stops everything from 20 Jan.
    expect(pickWindowDate('2030-01-19', '2030-03-31', presetWindows(), false).date).toBe('2030-02-23');
  });

  it('a long final sync moves the rollback decision later, and a normal night window is 22:00–06:00', () => {
    const r = buildRunbook({ ...his, continuity24h: false, freezeWindows: [], finalSync: { steps: [{ zh: '同步', en: 'sync' }], downtimeHours: 4 } });
    expect(r.window).toMatchObject({ start: '2029-07-21 22:00', end: '2029-07-22 06:00' });
    expect(r.rollbackDeadline).toBe('2029-07-22 03:00');
    expect(r.steps.filter((s) => s.phase === 'window').map((s) => s.title.en)).toContain('sync');
  });

  it('feeds one runbook per core cut-over of the sample plan', () => {
    const plan = planProject(sample);
    const inputs = cutoverInputs(sample, plan);
    expect(inputs.length).toBeGreaterThanOrEqual(4);
    expect(inputs.every((i) => i.core)).toBe(true);
    expect(inputs.map((i) => i.unitId)).toEqual(expect.arrayContaining(['APP-HIS', 'APP-EMR']));
    const hisUnit = inputs.find((i) => i.unitId === 'APP-HIS')!;
    // DB-HIS-01 (and what it runs on) is shared with CPOE, REG and INS, the VMware cluster with
    // everyone: HIS's own unit is its application, middleware and application-server OS.
    expect(hisUnit.assets.map((a) => a.id).sort()).toEqual(['APP-HIS', 'MW-HIS', 'OS-HIS-APP']);
    expect(cutoverInputs(sample, plan, 'all').length).toBeGreaterThan(inputs.length);
  });

  it('names as vendor teams the developer and the suppliers of the substitutes, never the foreign vendors being replaced', () => {
    const { plan, procurement } = analyse(sample, undefined, { lang: 'zh' });
    const cdr = cutoverInputs(sample, plan, 'core', procurement).find((i) => i.unitId === 'APP-CDR')!;
    const replaced = new Set(cdr.assets.flatMap((a) => sample.assets.find((x) => x.id === a.id)!).filter((a) => a.disposition === 'replace').map((a) => a.vendor));
    // CDR (万达信息) runs on Oracle, Tomcat, CentOS and Dell today.
    expect([...replaced]).toEqual(expect.arrayContaining(['Oracle', 'Dell']));
    const teams = buildRunbook(cdr).vendorTeams;
    expect(teams[0]).toBe('万达信息');
    for (const vendor of replaced) expect(teams).not.toContain(vendor);
    // Each replaced asset's team is the supplier of the substitute its procurement item recommends.
    for (const a of cdr.assets.filter((x) => x.id !== 'APP-CDR')) {
      const item = procurement.items.find((i) => i.assetId === a.id)!;
      expect(a.vendorTeam, a.id).toBe(item.alternatives.find((alt) => alt.compatible)?.vendor ?? item.alternatives[0]?.vendor);
    }
    expect(teams).toEqual(expect.arrayContaining(['达梦', '麒麟软件']));
    // Without the list only what stays has a team: the developer.
    expect(buildRunbook(cutoverInputs(sample, plan).find((i) => i.unitId === 'APP-CDR')!).vendorTeams).toEqual(['万达信息']);
  });
});

describe('xcplan runbook', () => {
  it('writes an XLSX with an overview and one sheet per core cut-over', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'xcplan-runbook-')), 'runbooks.xlsx');
    const io = captureIo();
    expect(await runbookCommand.run([SAMPLE, '--out', out], io)).toBe(0);
    expect(io.err).toEqual([]);
    const ExcelJS = await loadExcel();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(out)).slice().buffer);
    const overview = workbook.worksheets[0]!;
    expect(overview.name).toBe('切换总览');
    expect(overview.getRow(1).getCell(6).value).toBe('回退决策时限');
    const count = overview.rowCount - 1;
    expect(workbook.worksheets).toHaveLength(count + 1);
    expect(io.out.at(-1)).toBe(`已写入 ${out}（${count} 份切换手册）`);
    const hisSheet = workbook.worksheets.find((s) => s.name.endsWith('APP-HIS'))!;
    const texts = hisSheet.getColumn(3).values.map(String);
    expect(texts.some((t) => t.includes('回退决策点'))).toBe(true);
    expect(texts.some((t) => t.includes('真替真用'))).toBe(true);
  });

  it('refuses an unknown unit (exit 1) and --all with --unit (exit 2 through main)', async () => {
    const io = captureIo('en');
    expect(await runbookCommand.run([SAMPLE, '--unit', 'NOPE'], io)).toBe(1);
    expect(io.err[0]).toContain('NOPE');
    await expect(runbookCommand.run([SAMPLE, '--all', '--unit', 'APP-HIS'], io)).rejects.toThrow(/--all/);
  });

  it('sheets are bilingual', () => {
    const [overview] = runbookSheets([buildRunbook(his)], 'en');
    expect(overview!.headers[0]).toBe('Unit');
    expect(overview!.rows[0]![4]).toContain('services on contingency procedures');
  });
});

describe('units and events of the plan', () => {
  it("uses the plan's system units, their cut-over dates and dual-track ends", () => {
    const plan = planProject(sample);
    const v2: PlanResult = {
      ...plan,
      units: [
        { id: 'U-HIS', kind: 'system', assets: ['APP-HIS', 'MW-HIS', 'OS-HIS-APP'], tier: 'core', core: true, wave: 9 },
        { id: 'U-DB', kind: 'shared-platform', assets: ['DB-HIS-01'], tier: 'core', core: true, wave: 8 },
      ],
      events: [{ kind: 'cutover', unit: 'U-HIS', wave: 9, date: '2029-09-10', dualTrackUntil: '2030-01-31' }],
    };
    const inputs = cutoverInputs(sample, v2);
    expect(inputs.map((i) => [i.unitId, i.name, i.waveStart])).toEqual([['U-HIS', 'HIS 医院信息系统', '2029-09-10']]);
    // The plan's dual-track end stands when it is later than the window + dualTrackMonths.
    expect(buildRunbook(inputs[0]!).dualTrackEnd).toBe('2030-01-31');
  });

  it('keeps the chosen units in the same order as choosing after the sort', () => {
    const plan = planProject(sample);
    const all = cutoverUnits(plan);
    expect(all.length).toBeGreaterThan(3);
    expect(cutoverUnits(plan, (u) => u.core)).toEqual(all.filter((u) => u.core));
    const some = new Set(all.filter((_, i) => i % 2 === 0).map((u) => u.id));
    expect(cutoverUnits(plan, (u) => some.has(u.id))).toEqual(all.filter((u) => some.has(u.id)));
    expect(cutoverInputs(sample, plan, 'core').map((i) => i.unitId)).toEqual(all.filter((u) => u.core).map((u) => u.id));
  });
});
