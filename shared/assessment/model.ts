/**
 * The difficulty model: answers → difficulty score and grade, effort in person-days, and how
 * complete the answers are. Pure; the numbers live on the questions (questions.ts).
 *
 * - score (0..100) = Σ weight × risk / Σ weight × 4 over the questions that apply and are answered
 *   (a multi-answer question counts its riskiest answer);
 * - grade 1..5 from the score by `GRADE_THRESHOLDS`; any blocker answer (risk 4) lifts the grade
 *   to at least 4, because one blocker decides a migration however easy the rest is;
 * - effort = (base + Σ days) × Π factor, base being the category default of the scenario;
 * - completeness = answered weight / applicable weight; a missing answer widens the high end of the
 *   effort range (up to +50 % with nothing answered) and lowers the plan's confidence.
 */
import type { AssessedKind, Question, Text } from './questions';

export type Answer = string | string[];
export type Answers = Record<string, Answer>;

/** Score at or above each threshold moves one grade up: 1 低 … 5 高. */
export const GRADE_THRESHOLDS = [15, 30, 45, 60] as const;
export const GRADE_LABELS: Record<1 | 2 | 3 | 4 | 5, Text> = {
  1: { zh: '低', en: 'low' },
  2: { zh: '较低', en: 'fairly low' },
  3: { zh: '中', en: 'medium' },
  4: { zh: '较高', en: 'fairly high' },
  5: { zh: '高', en: 'high' },
};
export type Grade = keyof typeof GRADE_LABELS;
const MAX_RISK = 4;
/** How far the high end of the effort range reaches with no answer at all. */
export const MISSING_EFFORT_SPREAD = 0.5;

export type ScoredItem = { question: string; choices: string[]; risk: number; days: number; factor: number };

export type Assessment = {
  kind: AssessedKind;
  score: number;
  grade: Grade;
  effort: number;
  /** The effort if the unanswered questions turn out badly (completeness widens the range). */
  effortHigh: number;
  completeness: number;
  items: ScoredItem[];
  /** Questions that apply and have no answer. */
  missing: string[];
  /** Questions answered with a blocker (risk 4). */
  blockers: string[];
  /** Caché/MUMPS: the application is rewritten, not its database swapped. */
  rewrite: boolean;
};

const asList = (answer: Answer | undefined): string[] => (answer === undefined ? [] : Array.isArray(answer) ? answer : [answer]);

/** Whether a question is asked, given the other answers (conditional questions). */
export function isAsked(question: Question, kind: AssessedKind, answers: Answers): boolean {
  if (!question.appliesTo.includes(kind)) return false;
  if (!question.showIf) return true;
  const chosen = asList(answers[question.showIf.question]);
  return chosen.some((id) => question.showIf!.anyOf.includes(id));
}

export const gradeOf = (score: number): Grade => (1 + GRADE_THRESHOLDS.filter((t) => score >= t).length) as Grade;

/**
 * Scores one system.
 * @param questions the questionnaire in force
 * @param kind application or platform
 * @param answers question id → choice id(s); unknown choices are ignored
 * @param base the category's default effort (person-days) the answers add to
 */
export function assess(questions: readonly Question[], kind: AssessedKind, answers: Answers, base: number): Assessment {
  let weighted = 0;
  let weightAnswered = 0;
  let weightApplicable = 0;
  let days = 0;
  let factor = 1;
  const items: ScoredItem[] = [];
  const missing: string[] = [];
  const blockers: string[] = [];
  for (const question of questions) {
    if (!isAsked(question, kind, answers)) continue;
    const share = Math.max(question.weight, 0);
    weightApplicable += share || 1;
    const chosen = question.choices.filter((choice) => asList(answers[question.id]).includes(choice.id));
    if (chosen.length === 0) {
      missing.push(question.id);
      continue;
    }
    weightAnswered += share || 1;
    const risk = Math.max(...chosen.map((choice) => choice.risk));
    const itemDays = chosen.reduce((sum, choice) => sum + choice.days, 0);
    const itemFactor = chosen.reduce((product, choice) => product * (choice.factor ?? 1), 1);
    weighted += share * Math.min(risk, MAX_RISK);
    if (risk >= MAX_RISK && share > 0) blockers.push(question.id);
    days += itemDays;
    factor *= itemFactor;
    items.push({ question: question.id, choices: chosen.map((choice) => choice.id), risk, days: itemDays, factor: itemFactor });
  }
  const scoredWeight = items.reduce((sum, item) => sum + Math.max(questions.find((q) => q.id === item.question)!.weight, 0), 0);
  const score = scoredWeight === 0 ? 0 : Math.round((weighted / (scoredWeight * MAX_RISK)) * 100);
  const grade = blockers.length > 0 ? (Math.max(gradeOf(score), 4) as Grade) : gradeOf(score);
  const completeness = weightApplicable === 0 ? 1 : weightAnswered / weightApplicable;
  const effort = Math.round((base + days) * factor);
  const rewrite = asList(answers['db-engine']).includes('cache') || asList(answers['languages']).includes('mumps');
  return {
    kind,
    score,
    grade,
    effort,
    effortHigh: Math.round(effort * (1 + MISSING_EFFORT_SPREAD * (1 - completeness))),
    completeness: Math.round(completeness * 100) / 100,
    items,
    missing,
    blockers,
    rewrite,
  };
}
