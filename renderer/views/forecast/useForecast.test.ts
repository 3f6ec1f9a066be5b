/**
 * The forecast view reads the project's one analysis (answered by the analysis worker's task):
 * the forecast is the analysis's, the comparison has one row per scenario, and a broken price book
 * comes back as issues naming the field.
 */
import { describe, expect, it } from 'vitest';

import { analyse } from '../../../shared/analysis';
import type { ProjectFile } from '../../../shared/model';
import sampleFile from '../../../fixtures/sample-tertiary.xcplan.json';
import { answer } from '../../workers/analysisTask';
import type { OutputOf, WorkerReply } from '../../workers/analysisTask';
import { forecastState } from './useForecast';

const sample = sampleFile as unknown as ProjectFile;
const now = () => 0;
const value = <T,>(reply: WorkerReply): T => {
  if (!reply.ok) throw new Error(reply.message);
  return reply.output as T;
};

describe('forecastState', () => {
  it('is the analysis forecast, with the scenario comparison once it arrives', () => {
    const project = structuredClone(sample);
    const input = { version: 1, project, lang: 'zh' as const };
    const analysed = value<OutputOf<'analyse'>>(answer({ id: 1, kind: 'analyse', input }, now));
    const compared = value<OutputOf<'compare'>>(answer({ id: 2, kind: 'compare', input }, now));
    const early = forecastState({ status: 'ready', project, value: analysed, pending: false }, { status: 'loading' });
    expect(early.status === 'ready' && early.scenarios).toBeUndefined();
    const state = forecastState({ status: 'ready', project, value: analysed, pending: false }, { status: 'ready', project, value: compared, pending: false });
    if (state.status !== 'ready') throw new Error(state.status);
    expect(state.forecast.years.map((y) => y.oneOff)).toEqual(analyse(project).forecast.years.map((y) => y.oneOff));
    expect(state.scenarios!.map((s) => s.name)).toEqual(['基准', ...(project.scenarios ?? []).map((s) => s.name)]);
    expect(state.scenarios![0]!.total).toBe(state.forecast.totals.total);
  });

  it('turns a broken price book into issues naming the field', () => {
    const project = { ...structuredClone(sample), extensions: { priceBook: { items: { 'os-desktop': { price: { low: 9, base: 1, high: 2 } } } } } } as ProjectFile;
    const reply = answer({ id: 1, kind: 'analyse', input: { version: 2, project, lang: 'zh' } }, now);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    const state = forecastState({ status: 'error', failure: reply }, { status: 'loading' });
    expect(state.status === 'error' && state.issues.map((i) => i.field)).toEqual(['items.os-desktop.price']);
  });
});
