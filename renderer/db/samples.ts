/**
 * Sample hospitals from fixtures/ (written by the fixtures generator) and the first-run seed: on a
 * fresh database the app opens on the tertiary sample so there is something to look at.
 * Samples load lazily, so they stay out of the main bundle.
 */
import type { ProjectFile } from '../../shared/model';
import { createEmptyProject, validateProjectFile } from '../../shared/model';
import type { Parsed } from '../../shared/model';
import { db } from './database';
import type { PlannerDB } from './database';
import { newProjectId, replaceProject } from './projects';

export type SampleId = 'tertiary' | 'secondary';

// A glob (not a static import) so the app still builds while a sample file is missing.
const SAMPLE_LOADERS = import.meta.glob<unknown>('../../fixtures/sample-*.xcplan.json', { import: 'default' });

/** Samples present in this build, tertiary first. */
export function availableSamples(): SampleId[] {
  const ids: SampleId[] = [];
  for (const id of ['tertiary', 'secondary'] as const) if (loaderFor(id)) ids.push(id);
  return ids;
}

/** Loads and validates one sample. */
export async function loadSample(id: SampleId): Promise<Parsed<ProjectFile>> {
  const loader = loaderFor(id);
  const fileName = `sample-${id}.xcplan.json`;
  if (!loader) {
    return {
      ok: false,
      issues: [{ severity: 'error', code: 'sample-missing', file: fileName, message: { zh: '此版本未包含该示例', en: 'This build does not include that sample' } }],
    };
  }
  return validateProjectFile(await loader(), fileName);
}

/** Writes a sample as a project and returns its id. */
export async function openSample(id: SampleId, now: string, database: PlannerDB = db): Promise<Parsed<string>> {
  const parsed = await loadSample(id);
  if (!parsed.ok) return parsed;
  const projectId = `sample-${id}`;
  await replaceProject(projectId, parsed.value, now, database);
  return { ok: true, value: projectId, issues: parsed.issues };
}

/**
 * Picks the project to open at start: the remembered one if it still exists, else the newest,
 * else (fresh database) the tertiary sample, else an empty project.
 * @param remembered the active project id from settings
 * @param now ISO timestamp
 * @param emptyName name for an empty project when no sample is available
 */
export async function ensureStartupProject(remembered: string | undefined, now: string, emptyName: string, database: PlannerDB = db): Promise<string> {
  if (remembered && (await database.projects.get(remembered))) return remembered;
  const newest = await database.projects.orderBy('updatedAt').last();
  if (newest) return newest.id;
  const sample = availableSamples()[0];
  if (sample) {
    const opened = await openSample(sample, now, database);
    if (opened.ok) return opened.value;
  }
  const projectId = newProjectId(now);
  await replaceProject(projectId, createEmptyProject(emptyName, now.slice(0, 10)), now, database);
  return projectId;
}

function loaderFor(id: SampleId): (() => Promise<unknown>) | undefined {
  const entry = Object.entries(SAMPLE_LOADERS).find(([path]) => path.endsWith(`sample-${id}.xcplan.json`));
  return entry?.[1];
}
