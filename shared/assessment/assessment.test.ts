import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { ProjectFile } from '../model';
import { assess, ASSESSMENT_KEY, assessmentConfidence, assessProject, BUILT_IN_QUESTIONS, effortOverrides, isAsked, questionnaire, readAssessment } from '.';
import { withExtension } from '../io/extensions';
import type { AssessmentSection } from '.';

const FIXTURES = join(__dirname, '../../fixtures');
const sample = JSON.parse(readFileSync(join(FIXTURES, 'sample-tertiary.xcplan.json'), 'utf8')) as ProjectFile;
const section = JSON.parse(readFileSync(join(FIXTURES, 'assessment/sample-tertiary.assessment.json'), 'utf8')) as AssessmentSection;
const project = withExtension(sample, ASSESSMENT_KEY, section);

describe('difficulty model on the tertiary sample', () => {
  const results = assessProject(project, section);

  it('grades HIS, EMR, LIS and PACS differently, and HIS hardest', () => {
    const grade = (id: string) => results.get(id)!.grade;
    expect(new Set(['APP-HIS', 'APP-EMR', 'APP-LIS', 'APP-PACS'].map(grade)).size).toBe(4);
    expect(grade('APP-HIS')).toBe(5);
    expect(results.get('APP-HIS')!.rewrite).toBe(true);
    expect(results.get('APP-EMR')!.rewrite).toBe(false);
    const efforts = ['APP-HIS', 'APP-EMR', 'APP-LIS', 'APP-PACS'].map((id) => results.get(id)!.effort);
    expect(new Set(efforts).size).toBe(4);
    expect(Math.max(...efforts)).toBe(results.get('APP-HIS')!.effort);
    // Far from the flat 30 person-days every application had before.
    expect(results.get('APP-HIS')!.effort).toBeGreaterThan(1000);
  });

  it('changing one answer changes the effort', () => {
    const before = results.get('APP-LIS')!.effort;
    const edited: AssessmentSection = { ...section, systems: { ...section.systems, 'APP-LIS': { answers: { ...section.systems!['APP-LIS']!.answers, availability: 'er-24h' } } } };
    const after = effortOverrides(withExtension(sample, ASSESSMENT_KEY, edited)).get('APP-LIS')!;
    // (base 30 + days) × 1.3 instead of × 1.1, plus 15 more days.
    expect(after).toBeGreaterThan(before);
    expect(after).toBe(Math.round(((before / 1.1) + 15) * 1.3));
  });

  it('systems of one archetype share its answers and keep their own on top', () => {
    const cpoe = results.get('APP-CPOE')!;
    const reg = results.get('APP-REG')!;
    expect(cpoe.items.find((i) => i.question === 'db-engine')!.choices).toEqual(['cache']);
    expect(reg.items.find((i) => i.question === 'interfaces')!.choices).toEqual(['insurance', 'bank']);
    expect(cpoe.missing).toEqual(['concurrency']);
    expect(cpoe.completeness).toBeLessThan(1);
    expect(cpoe.effortHigh).toBeGreaterThan(cpoe.effort);
  });

  it('effortOverrides covers exactly the assessed systems', () => {
    const map = effortOverrides(project);
    expect([...map.keys()].sort()).toEqual(['APP-CPOE', 'APP-EMR', 'APP-HIS', 'APP-INS', 'APP-LIS', 'APP-PACS', 'APP-REG']);
    expect(effortOverrides(sample).size).toBe(0);
  });
});

describe('the model itself', () => {
  const questions = questionnaire({});

  it('asks conditional questions only when their condition holds', () => {
    const dbCode = questions.find((q) => q.id === 'db-code')!;
    expect(isAsked(dbCode, 'application', { 'db-engine': 'oracle' })).toBe(true);
    expect(isAsked(dbCode, 'application', { 'db-engine': 'cache' })).toBe(false);
    expect(isAsked(dbCode, 'application', {})).toBe(false);
    const a = assess(questions, 'application', { 'db-engine': 'domestic' }, 30);
    expect(a.missing).not.toContain('db-code');
    expect(a.missing).toContain('client-type');
  });

  it('a blocker lifts the grade to at least 4 even when everything else is easy', () => {
    const easy = { 'client-type': 'bs', 'languages': ['java'], 'runtime': 'standard', 'db-engine': 'domestic', 'vendor-version': 'proven', 'vendor-cert': 'certified', 'availability': 'office-hours' };
    expect(assess(questions, 'application', easy, 30).grade).toBeLessThanOrEqual(2);
    expect(assess(questions, 'application', { ...easy, 'vendor-version': 'none' }, 30).grade).toBe(4);
  });

  it('nothing answered: grade 1, effort = base, completeness 0, range +50%', () => {
    const a = assess(questions, 'platform', {}, 20);
    expect(a).toMatchObject({ score: 0, grade: 1, effort: 20, effortHigh: 30, completeness: 0 });
  });

  it('weights are editable and move the score', () => {
    const answers = { 'client-type': 'bs-ie', 'availability': 'office-hours' };
    const base = assess(questionnaire({}), 'application', answers, 30).score;
    const heavier = assess(questionnaire({ weights: { 'client-type': 12 } }), 'application', answers, 30).score;
    expect(heavier).toBeGreaterThan(base);
  });

  it("a project's question replaces the built-in one of the same id and new ones are added", () => {
    const own = { ...BUILT_IN_QUESTIONS[0]!, text: { zh: '客户端（本院）', en: 'Client (ours)' } };
    const extra = { ...BUILT_IN_QUESTIONS[0]!, id: 'ours', text: { zh: '自定义', en: 'custom' } };
    const merged = questionnaire({ questions: [own, extra] });
    expect(merged).toHaveLength(BUILT_IN_QUESTIONS.length + 1);
    expect(merged[0]!.text.zh).toBe('客户端（本院）');
  });

  it('confidence weighs completeness by effort', () => {
    expect(assessmentConfidence([])).toBe(1);
    const full = assess(questions, 'platform', { 'runtime': 'standard', 'db-engine': 'domestic', 'vendor-version': 'proven', 'vendor-cert': 'certified', 'data-volume': 'small', 'availability': 'office-hours', 'concurrency': 'low' }, 20);
    expect(full.completeness).toBe(1);
    expect(assessmentConfidence([full, assess(questions, 'platform', {}, 20)])).toBeLessThan(1);
  });

  it('a malformed section is an error naming the field', () => {
    const read = readAssessment({ extensions: { assessment: { systems: { 'APP-HIS': { answers: { availability: 3 } } } } } }, 'x.xcplan.json');
    expect(read.ok).toBe(false);
    expect(read.issues[0]).toMatchObject({ code: 'assessment-invalid', file: 'x.xcplan.json', section: 'extensions.assessment', field: 'systems.APP-HIS.answers.availability' });
  });
});
