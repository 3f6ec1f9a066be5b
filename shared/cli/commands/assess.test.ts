import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { captureIo } from '../testIo';
import { command as assess } from './assess';

const FIX = join(__dirname, '../../../fixtures');

describe('xcplan assess', () => {
  it('prints grade, effort and completeness per system and marks the Caché instance as a rewrite', async () => {
    const project = JSON.parse(readFileSync(join(FIX, 'sample-tertiary.xcplan.json'), 'utf8')) as { extensions?: Record<string, unknown> };
    project.extensions = { ...project.extensions, assessment: JSON.parse(readFileSync(join(FIX, 'assessment/sample-tertiary.assessment.json'), 'utf8')) as unknown };
    const path = join(mkdtempSync(join(tmpdir(), 'xcplan-assess-')), 'p.xcplan.json');
    writeFileSync(path, JSON.stringify(project));
    const io = captureIo();
    expect(await assess.run([path], io)).toBe(0);
    expect(io.out[0]).toBe('== 系统评估（7 个，答题完整度加权 98%）==');
    expect(io.out).toContain('  APP-LIS LIS 实验室信息系统  难度 2（较低） 风险分 22  163 人天  完整度 100%');
    expect(io.out).toContain('  DB-HIS-01 HIS 数据库 [cache]  Caché/MUMPS：随应用重写，非数据库替换');
    const json = captureIo();
    expect(await assess.run([path, '--json'], json)).toBe(0);
    const report = JSON.parse(json.out[0]!) as { systems: { id: string; grade: number }[]; databases: unknown[] };
    expect(report.systems.find((s) => s.id === 'APP-HIS')!.grade).toBe(5);
    expect(report.databases).toHaveLength(35);
  });
});
