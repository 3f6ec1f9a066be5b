/**
 * Why a wave holds nothing. A wave without work in the middle of a programme is the first thing a
 * director asks about, and "waiting for dependencies" is not an answer: the binding constraints of
 * the units that go in the next wave with work are (rule 11). Their reasons name what held them
 * until then: the year's budget or security reserve spent, the core gate, a freeze window.
 */
import { GLOSSARY } from '../model';
import type { Lang } from '../model';
import type { PlanResult, ReasonCode } from './types';
import { placementOf } from './placements';

/** One constraint that kept units out of an idle wave, with how many units and the first few of them. */
export type IdleCause = { code: ReasonCode; units: number; examples: string[] };

/** A wave with no work and the causes, read from the units of the next wave that has work. */
export type IdleWave = { wave: number; nextWave: number | undefined; causes: IdleCause[] };

const EXAMPLES = 3;

/**
 * The idle waves of a plan and their causes, most units first (ties by reason order of the plan).
 * A unit is counted once, by its own placement reason (members of a system move "with" it).
 * @param plan a planner result
 */
export function idleWaves(plan: Pick<PlanResult, 'waves' | 'assetIds' | 'placements'>): IdleWave[] {
  const idle: IdleWave[] = [];
  const waves = plan.waves;
  for (let i = 0; i < waves.length; i += 1) {
    const wave = waves[i]!;
    if (wave.assets.length > 0) continue;
    const next = waves.slice(i + 1).find((w) => w.assets.length > 0);
    const byCode = new Map<ReasonCode, IdleCause>();
    for (const id of next?.assets ?? []) {
      const placement = placementOf(plan, id);
      // A shared platform is built with its first tenant: the tenant's reason is the cause.
      if (!placement || (placement.unit !== undefined && placement.unit !== id) || placement.reason.code === 'shared-platform') continue;
      const code = placement.reason.code;
      const cause = byCode.get(code) ?? { code, units: 0, examples: [] };
      cause.units += 1;
      if (cause.examples.length < EXAMPLES) cause.examples.push(id);
      byCode.set(code, cause);
    }
    idle.push({ wave: wave.index, nextWave: next?.index, causes: [...byCode.values()].sort((a, b) => b.units - a.units) });
  }
  return idle;
}

/**
 * Why a wave without work is empty, in words: the glossary's reasons of the units that go next.
 * The report's waves table, `xcplan plan` and the plan view's wave header say the same.
 * @param idle one idle wave
 * @param lang language
 */
export function idleWaveText(idle: IdleWave, lang: Lang): string {
  const causes = idle.causes.map((c) => (lang === 'zh' ? `${GLOSSARY.zh.reason[c.code]} ${c.units} 项` : `${GLOSSARY.en.reason[c.code].toLowerCase()}: ${c.units}`));
  if (idle.nextWave === undefined) return lang === 'zh' ? '本批无资产' : 'nothing in this wave';
  return lang === 'zh' ? `本批无资产：${causes.join('、')}，顺延至第 ${idle.nextWave} 批` : `nothing in this wave — ${causes.join(', ')} — moved to wave ${idle.nextWave}`;
}
