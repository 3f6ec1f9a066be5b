/**
 * A new project version posted as its changes from the one the worker holds: the worker must
 * rebuild exactly the page's project, item for item and in order, whatever the write did.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import tertiaryFile from '../../fixtures/sample-tertiary.xcplan.json';
import type { Asset, ProjectFile } from '../../shared/model';
import { answer } from './analysisTask';
import { applyDelta, fromRuns, MOST_CARRIED, projectDelta, runsOver } from './projectDelta';

const tertiary = tertiaryFile as unknown as ProjectFile;
const now = () => 0;

/** What the worker receives: a structured clone (objects carried are copies, runs are positions). */
const posted = <T>(value: T): T => structuredClone(value);

describe('runs over the held list', () => {
  it('rebuild the new list exactly after any mix of replacements, insertions and deletions', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.array(fc.record({ op: fc.constantFrom('replace', 'insert', 'delete', 'move'), at: fc.nat(), count: fc.integer({ min: 1, max: 100 }) }), { maxLength: 12 }),
        (size, edits) => {
          const held = Array.from({ length: size }, (_, i) => ({ n: i }));
          let next: { n: number }[] = held.slice();
          for (const { op, at, count } of edits) {
            const i = next.length === 0 ? 0 : at % next.length;
            if (op === 'replace' && next.length > 0) next[i] = { n: -1 };
            else if (op === 'insert') next.splice(i, 0, ...Array.from({ length: count }, () => ({ n: -2 })));
            else if (op === 'delete') next.splice(i, count);
            else if (op === 'move' && next.length > 1) next = [...next.slice(i), ...next.slice(0, i)];
          }
          const runs = runsOver(held, next);
          expect(runs).toBeDefined();
          const rebuilt = fromRuns(held, runs!);
          expect(rebuilt).toHaveLength(next.length);
          rebuilt.forEach((item, k) => expect(item).toBe(next[k]));
        },
      ),
    );
  });

  it('carry only the changed item for one edit in 100,000, and give up past the most carried', () => {
    const held = Array.from({ length: 100_000 }, (_, i) => ({ n: i }));
    const next = held.slice();
    next[54_321] = { n: -1 };
    const runs = runsOver(held, next)!;
    expect(runs).toEqual([{ from: 0, count: 54_321 }, { items: [{ n: -1 }] }, { from: 54_322, count: 100_000 - 54_322 }]);
    const fresh = held.map((item) => ({ ...item }));
    expect(runsOver(held, fresh)).toBeUndefined();
    expect(runsOver(held.slice(0, 10), fresh.slice(0, 10), MOST_CARRIED)).toHaveLength(1);
  });
});

describe('a project posted as a delta', () => {
  it('gives the worker the same project and the same analysis as posting it whole', () => {
    // The first version, posted whole; then an inline edit, an added asset and a dependency gone.
    expect(answer({ id: 1, kind: 'analyse', input: { version: 9400, lang: 'zh', project: tertiary } }, now).ok).toBe(true);
    const edited: Asset = { ...tertiary.assets[5]!, quantity: tertiary.assets[5]!.quantity + 3 };
    const added: Asset = { id: 'PC-NEW-001', name: '新增工作站', category: 'terminal', quantity: 12, vendorOrigin: 'foreign', disposition: 'replace' };
    const assets = tertiary.assets.slice();
    assets[5] = edited;
    assets.splice(20, 0, added);
    const next: ProjectFile = { ...tertiary, assets, dependencies: tertiary.dependencies.filter((_, i) => i !== 3), scenario: { ...tertiary.scenario!, capacityPerWave: 500 } };
    const delta = projectDelta(9400, tertiary, next)!;
    expect(delta.assets.filter((run) => 'items' in run).flatMap((run) => ('items' in run ? run.items : []))).toEqual([edited, added]);
    const rebuilt = applyDelta(posted(tertiary), posted(delta));
    expect(rebuilt).toEqual(next);
    expect(Object.keys(rebuilt)).toEqual(Object.keys(next));
    const viaDelta = answer({ id: 2, kind: 'analyse', input: { version: 9401, lang: 'zh', delta: posted(delta) } }, now);
    const whole = answer({ id: 3, kind: 'analyse', input: { version: 9402, lang: 'zh', project: next } }, now);
    expect(viaDelta.ok && whole.ok).toBe(true);
    if (!viaDelta.ok || !whole.ok) return;
    expect(viaDelta.output).toEqual(whole.output);
  });

  it('over a version the worker no longer holds is asked again whole', () => {
    const delta = projectDelta(123_456, tertiary, { ...tertiary })!;
    expect(answer({ id: 4, kind: 'analyse', input: { version: 123_457, lang: 'zh', delta } }, now)).toMatchObject({ ok: false, resend: true });
  });
});
