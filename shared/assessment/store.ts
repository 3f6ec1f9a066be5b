/**
 * The assessment section of the project file, `extensions.assessment`: the project's own questions
 * (same id replaces a built-in one), weight overrides, archetypes (a group of systems sharing
 * answers, e.g. all 卫宁 modules on one platform) and each system's answers.
 */
import { z } from 'zod';

import { readExtension } from '../io/extensions';
import { DEFAULT_EFFORT_PER_UNIT } from '../model';
import type { Asset, Category, Parsed, ProjectFile } from '../model';
import { assess } from './model';
import type { Answers, Assessment } from './model';
import { BUILT_IN_QUESTIONS } from './questions';
import type { AssessedKind, Question } from './questions';

export const ASSESSMENT_KEY = 'assessment';

const answersSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const textSchema = z.object({ zh: z.string().max(500), en: z.string().max(500) });
const questionSchema = z.object({
  id: z.string().min(1).max(64),
  section: z.enum(['client', 'code', 'database', 'interfaces', 'vendor', 'data', 'availability']),
  text: textSchema,
  kind: z.enum(['single', 'multi']),
  weight: z.number().min(0).max(100),
  appliesTo: z.array(z.enum(['application', 'platform'])).min(1),
  choices: z.array(z.object({ id: z.string().min(1).max(64), label: textSchema, risk: z.number().min(0).max(4), days: z.number().min(0).max(100_000), factor: z.number().min(0.1).max(10).optional() })).min(1),
  showIf: z.object({ question: z.string(), anyOf: z.array(z.string()) }).optional(),
});
const sectionSchema = z.object({
  questions: z.array(questionSchema).optional(),
  weights: z.record(z.string(), z.number().min(0).max(100)).optional(),
  archetypes: z.array(z.object({ id: z.string().min(1).max(64), name: z.string().max(200), answers: answersSchema })).optional(),
  systems: z.record(z.string(), z.object({ archetype: z.string().optional(), answers: answersSchema.optional() })).optional(),
});
export type AssessmentSection = z.infer<typeof sectionSchema>;

/**
 * Reads `extensions.assessment`.
 * @returns the section (empty when absent); a malformed section is an error naming the field
 */
export function readAssessment(project: Pick<ProjectFile, 'extensions'>, file = 'project'): Parsed<AssessmentSection> {
  return readExtension(project, ASSESSMENT_KEY, sectionSchema, file, { zh: '评估数据', en: 'assessment' });
}

/** The questionnaire in force: built-in questions, replaced or extended by the project's, weights overridden. */
export function questionnaire(section: AssessmentSection): Question[] {
  const own = new Map((section.questions ?? []).map((q) => [q.id, q]));
  const merged = BUILT_IN_QUESTIONS.map((q) => own.get(q.id) ?? q);
  for (const q of own.values()) if (!BUILT_IN_QUESTIONS.some((b) => b.id === q.id)) merged.push(q);
  const weights = section.weights ?? {};
  return merged.map((q) => (weights[q.id] === undefined ? q : { ...q, weight: weights[q.id]! }));
}

const PLATFORM_CATEGORIES: readonly Category[] = ['database', 'middleware', 'virtualization'];

/** Applications and platforms are assessed; everything else keeps its category default. */
export function assessedKind(category: Category): AssessedKind | undefined {
  if (category === 'application') return 'application';
  return PLATFORM_CATEGORIES.includes(category) ? 'platform' : undefined;
}

/** A system's answers: its archetype's, then its own on top. */
export function answersOf(section: AssessmentSection, assetId: string): Answers | undefined {
  const system = section.systems?.[assetId];
  if (!system) return undefined;
  const archetype = system.archetype ? section.archetypes?.find((a) => a.id === system.archetype) : undefined;
  return { ...archetype?.answers, ...system.answers };
}

/** The category default effort the answers add to (the scenario's override first). */
export function baseEffort(project: Pick<ProjectFile, 'scenario'>, category: Category): number {
  return project.scenario?.effortPerUnit?.[category] ?? DEFAULT_EFFORT_PER_UNIT[category];
}

/** Assessments of every assessed system that has answers (own or through an archetype). */
export function assessProject(project: Pick<ProjectFile, 'assets' | 'scenario' | 'extensions'>, section: AssessmentSection): Map<string, Assessment & { asset: Asset }> {
  const questions = questionnaire(section);
  const result = new Map<string, Assessment & { asset: Asset }>();
  for (const asset of project.assets) {
    const kind = assessedKind(asset.category);
    const answers = answersOf(section, asset.id);
    if (!kind || !answers) continue;
    result.set(asset.id, { ...assess(questions, kind, answers, baseEffort(project, asset.category)), asset });
  }
  return result;
}

/**
 * Effort per assessed system, for the planner's `asset.effort` where the user has not set one.
 * A malformed section gives no overrides (the plan keeps its defaults; validation reports it).
 */
export function effortOverrides(project: Pick<ProjectFile, 'assets' | 'scenario' | 'extensions'>): Map<string, number> {
  const read = readAssessment(project);
  if (!read.ok) return new Map();
  return new Map([...assessProject(project, read.value)].map(([id, a]) => [id, a.effort]));
}

/**
 * The plan's confidence from the answers: the effort-weighted completeness of the assessed
 * systems (1 when nothing is assessed), so missing answers on HIS weigh more than on the OA.
 */
export function assessmentConfidence(assessments: Iterable<Assessment>): number {
  let weight = 0;
  let sum = 0;
  for (const a of assessments) {
    weight += a.effort;
    sum += a.effort * a.completeness;
  }
  return weight === 0 ? 1 : Math.round((sum / weight) * 100) / 100;
}
