/**
 * The worker's side of "a project version is posted once": it keeps the projects it was sent and
 * answers later requests that name only the version; a version it does not hold is asked for again.
 */
import { describe, expect, it, vi } from 'vitest';

import sampleFile from '../../fixtures/sample-secondary.xcplan.json';
import tertiaryFile from '../../fixtures/sample-tertiary.xcplan.json';
import * as analysisModule from '../../shared/analysis';
import { compareScenarioRuns } from '../../shared/analysis';
import * as procurementModule from '../../shared/procurement';
import type { ProjectFile } from '../../shared/model';
import { answer } from './analysisTask';
import { packDependencies, packPostedProject } from './layoutTransfer';
import { projectDelta } from './projectDelta';
import type { OutputOf, PostedRequest } from './analysisTask';

const sample = sampleFile as unknown as ProjectFile;
const now = () => 0;

describe('analysis task: project versions held by the worker', () => {
  it('answers a request that names a version it was sent, and asks again for one it was not', () => {
    const version = 9001;
    const missing: PostedRequest = { id: 1, kind: 'explain', input: { version, lang: 'zh', assetId: sample.assets[0]!.id } };
    expect(answer(missing, now)).toMatchObject({ id: 1, ok: false, resend: true });

    const full: PostedRequest = { id: 2, kind: 'analyse', input: { version, lang: 'zh', project: sample } };
    const analysed = answer(full, now);
    expect(analysed.ok).toBe(true);

    const explained = answer({ ...missing, id: 3 }, now);
    expect(explained.ok).toBe(true);
    if (!explained.ok) return;
    expect(explained.output).toMatchObject({ id: sample.assets[0]!.id });
  });

  it('warms an analysis without sending it, and answers the views from it afterwards', () => {
    const analysed = vi.spyOn(analysisModule, 'analyseWithContext');
    const input = { version: 9050, lang: 'zh' as const, project: sample };
    const warmed = answer({ id: 1, kind: 'warm', input }, now);
    if (!warmed.ok) throw new Error('the warm-up should be answered');
    // Its time only: none of the analysis travels back to the page.
    expect(Object.keys(warmed.output as object)).toEqual(['ms']);
    expect((warmed.output as OutputOf<'warm'>).ms).toBeGreaterThanOrEqual(0);
    const plan = answer({ id: 2, kind: 'analyse', input: { version: 9050, lang: 'zh' } }, now);
    const report = answer({ id: 3, kind: 'report', input: { version: 9050, lang: 'zh', date: '2026-12-04' } }, now);
    expect(plan.ok && report.ok).toBe(true);
    expect(analysed).toHaveBeenCalledTimes(1);
    // Another language is another analysis.
    answer({ id: 4, kind: 'analyse', input: { version: 9050, lang: 'en' } }, now);
    expect(analysed).toHaveBeenCalledTimes(2);
    analysed.mockRestore();
  });

  it('warms the procurement list as a second step, which the procurement view then gets without building it again', () => {
    const built = vi.spyOn(procurementModule, 'buildProcurementList');
    const input = { version: 9060, lang: 'zh' as const, project: sample };
    answer({ id: 1, kind: 'warm', input }, now);
    expect(built).not.toHaveBeenCalled();
    const warmed = answer({ id: 2, kind: 'warm', input: { version: 9060, lang: 'zh', list: true } }, now);
    expect(warmed.ok && Object.keys(warmed.output as object)).toEqual(['ms']);
    expect(built).toHaveBeenCalledTimes(1);
    const listed = answer({ id: 3, kind: 'procurement', input: { version: 9060, lang: 'zh' } }, now);
    expect(listed.ok && (listed.output as OutputOf<'procurement'>).items.length).toBeGreaterThan(0);
    expect(built).toHaveBeenCalledTimes(1);
    built.mockRestore();
  });

  it('lets go of the analyses of a version an edit replaced, and keeps those of other versions', () => {
    const analysed = vi.spyOn(analysisModule, 'analyseWithContext');
    const other = { version: 9300, lang: 'zh' as const, project: tertiaryFile as unknown as ProjectFile };
    answer({ id: 1, kind: 'warm', input: other }, now);
    answer({ id: 2, kind: 'warm', input: { version: 9301, lang: 'zh', project: sample } }, now);
    answer({ id: 3, kind: 'warm', input: { version: 9301, lang: 'en' } }, now);
    expect(analysed).toHaveBeenCalledTimes(3);
    // An edit of version 9301: one quantity changes, the page posts the changes only.
    const assets = sample.assets.slice();
    assets[0] = { ...assets[0]!, quantity: assets[0]!.quantity + 1 };
    const delta = projectDelta(9301, sample, { ...sample, assets });
    if (!delta) throw new Error('an edit of one asset should travel as a delta');
    expect(answer({ id: 4, kind: 'warm', input: { version: 9302, lang: 'zh', delta } }, now).ok).toBe(true);
    expect(analysed).toHaveBeenCalledTimes(4);
    // The other project's analysis is still held; both languages of the edited version are gone
    // (asking again analyses again), though the version itself is still held as the next delta's base.
    answer({ id: 5, kind: 'explain', input: { version: 9300, lang: 'zh', assetId: sample.assets[0]!.id } }, now);
    expect(analysed).toHaveBeenCalledTimes(4);
    expect(answer({ id: 6, kind: 'explain', input: { version: 9301, lang: 'en', assetId: sample.assets[0]!.id } }, now).ok).toBe(true);
    expect(analysed).toHaveBeenCalledTimes(5);
    analysed.mockRestore();
  });

  it('lets the oldest versions go: a request naming one of them is asked again', () => {
    for (let v = 100; v < 105; v++) expect(answer({ id: v, kind: 'compare', input: { version: v, lang: 'en', project: sample } }, now).ok).toBe(true);
    expect(answer({ id: 200, kind: 'compare', input: { version: 104, lang: 'en' } }, now).ok).toBe(true);
    expect(answer({ id: 201, kind: 'compare', input: { version: 100, lang: 'en' } }, now)).toMatchObject({ ok: false, resend: true });
  });

  it('sends the procurement list on its own, from the same analysis as the plan and forecast, built only when asked for', () => {
    const built = vi.spyOn(procurementModule, 'buildProcurementList');
    const input = { version: 9100, lang: 'zh' as const, project: sample };
    const analysed = answer({ id: 1, kind: 'analyse', input }, now);
    // The plan and forecast views' answer did not wait for the list.
    expect(built).not.toHaveBeenCalled();
    const listed = answer({ id: 2, kind: 'procurement', input: { version: 9100, lang: 'zh' } }, now);
    answer({ id: 3, kind: 'procurement', input: { version: 9100, lang: 'zh' } }, now);
    expect(built).toHaveBeenCalledTimes(1);
    built.mockRestore();
    if (!analysed.ok || !listed.ok) throw new Error('both requests should be answered');
    const { analysis } = analysed.output as OutputOf<'analyse'>;
    const list = listed.output as OutputOf<'procurement'>;
    // The plan view's answer leaves the list out (at 100,000 assets it is most of what the page would deserialise).
    expect(analysis).not.toHaveProperty('procurement');
    expect(list.items.length).toBeGreaterThan(0);
    // The same yuan: each year's items add up to the forecast's one-off spend of that year.
    for (const year of list.years) {
      const forecastYear = analysis.forecast.years.find((y) => y.year === year.year);
      expect(forecastYear?.oneOff).toBeCloseTo(year.cost, 2);
    }
  });

  it('rebuilds the dependencies of a project posted with them packed, in their order', () => {
    const { links } = packDependencies(sample.assets, sample.dependencies);
    const packed = answer({ id: 1, kind: 'analyse', input: { version: 9200, lang: 'zh', project: { ...sample, dependencies: [] }, links } }, now);
    const plain = answer({ id: 2, kind: 'analyse', input: { version: 9201, lang: 'zh', project: sample } }, now);
    if (!packed.ok || !plain.ok) throw new Error('both requests should be answered');
    const planOf = (reply: typeof packed) => (reply.output as OutputOf<'analyse'>).analysis.plan;
    expect(planOf(packed)).toEqual(planOf(plain));
    // The worker holds the rebuilt project: a later request naming the version reads its dependencies.
    const explained = answer({ id: 3, kind: 'explain', input: { version: 9200, lang: 'zh', assetId: sample.dependencies[0]!.from } }, now);
    const reference = answer({ id: 4, kind: 'explain', input: { version: 9201, lang: 'zh', assetId: sample.dependencies[0]!.from } }, now);
    expect(explained).toEqual({ ...reference, id: 3 });
  });

  it('rebuilds the dependencies of every member of a group posted packed', () => {
    const tertiary = tertiaryFile as unknown as ProjectFile;
    const members = [
      { id: 'a', project: sample },
      { id: 'b', project: tertiary },
    ];
    const packed = members.map((m) => {
      const { project, links } = packPostedProject(m.project);
      expect(project.dependencies).toEqual([]);
      return { ...m, project, links };
    });
    const viaPacked = answer({ id: 1, kind: 'group', input: { members: packed } }, now);
    const viaPlain = answer({ id: 2, kind: 'group', input: { members } }, now);
    expect(viaPacked.ok).toBe(true);
    expect(viaPacked).toEqual({ ...viaPlain, id: 1 });
  });

  it('compares the scenarios with the active one as the views were given it, and the same figures as a fresh comparison', () => {
    const tertiary = tertiaryFile as unknown as ProjectFile;
    const analysed = answer({ id: 1, kind: 'analyse', input: { version: 9300, lang: 'zh', project: tertiary } }, now);
    const compared = answer({ id: 2, kind: 'compare', input: { version: 9300, lang: 'zh' } }, now);
    if (!analysed.ok || !compared.ok) throw new Error('both requests should be answered');
    const summaries = compared.output as OutputOf<'compare'>;
    expect(summaries).toEqual(compareScenarioRuns(tertiary, { lang: 'zh', file: tertiary.project.name }));
    expect(summaries[0]!.total).toBe((analysed.output as OutputOf<'analyse'>).analysis.forecast.totals.total);
  });
});
