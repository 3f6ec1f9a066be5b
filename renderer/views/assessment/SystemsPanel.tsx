/**
 * The questionnaire per system: pick an application or platform, answer (or share an archetype's
 * answers), and see its difficulty grade, effort and completeness move as you answer.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { answersOf, assess, assessedKind, baseEffort, GRADE_LABELS, isAsked, questionnaire, SECTION_LABELS } from '../../../shared/assessment';
import type { Answer, AssessmentSection } from '../../../shared/assessment';
import { GLOSSARY, TIERS } from '../../../shared/model';
import type { Asset, ProjectFile, Tier } from '../../../shared/model';
import { Chip, formatNumber, formatShare } from '../../components';
import type { ChipTone, Lang } from '../../components';

type Props = {
  project: ProjectFile;
  section: AssessmentSection;
  lang: Lang;
  onChange: (section: AssessmentSection) => void;
  /** Clears the effort typed on the asset, so the plan takes the assessment's. */
  onUseAssessedEffort?: (assetId: string) => void;
};

const gradeTone = (grade: number): ChipTone => (grade >= 4 ? 'foreign' : grade === 3 ? 'warn' : 'domestic');

/** Tiers as the list shows them: the core first, whose systems set the plan's length and need the closest assessment. */
const TIER_ORDER: readonly (Tier | undefined)[] = [...[...TIERS].reverse(), undefined];

/**
 * The systems by tier (core first; platforms and systems without a tier last), each tier by name as
 * a Chinese reader looks one up (pinyin order), not by asset id.
 */
function systemsByTier(systems: readonly Asset[]): { tier: Tier | undefined; systems: Asset[] }[] {
  const collator = new Intl.Collator('zh-CN', { numeric: true });
  const groups = new Map<Tier | undefined, Asset[]>();
  for (const asset of systems) {
    const tier = asset.category === 'application' ? asset.tier : undefined;
    let group = groups.get(tier);
    if (!group) groups.set(tier, (group = []));
    group.push(asset);
  }
  return TIER_ORDER.filter((tier) => groups.has(tier)).map((tier) => ({ tier, systems: groups.get(tier)!.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) }));
}

export function SystemsPanel({ project, section, lang, onChange, onUseAssessedEffort }: Props) {
  const { t } = useTranslation('assessment');
  const questions = useMemo(() => questionnaire(section), [section]);
  const systems = useMemo(() => project.assets.filter((a) => assessedKind(a.category) !== undefined && (a.category === 'application' || section.systems?.[a.id])), [project, section]);
  const groups = useMemo(() => systemsByTier(systems), [systems]);
  const [selected, setSelected] = useState<string | undefined>(groups[0]?.systems[0]?.id);
  const asset = systems.find((a) => a.id === selected);
  const kind = asset ? assessedKind(asset.category) : undefined;
  const answers = asset ? (answersOf(section, asset.id) ?? {}) : {};
  const result = asset && kind ? assess(questions, kind, answers, baseEffort(project, asset.category)) : undefined;
  const system = asset ? section.systems?.[asset.id] : undefined;

  const setAnswer = (question: string, answer: Answer | undefined) => {
    if (!asset) return;
    const own = { ...system?.answers };
    if (answer === undefined || (Array.isArray(answer) && answer.length === 0)) delete own[question];
    else own[question] = answer;
    onChange({ ...section, systems: { ...section.systems, [asset.id]: { ...system, answers: own } } });
  };
  const setArchetype = (archetype: string) => {
    if (!asset) return;
    const next = { ...system };
    if (archetype) next.archetype = archetype;
    else delete next.archetype;
    onChange({ ...section, systems: { ...section.systems, [asset.id]: next } });
  };

  return (
    <div className="asm-systems">
      <ul className="asm-list" aria-label={t('systems.list')}>
        {groups.map(({ tier, systems: inTier }) => {
          const label = tier ? GLOSSARY[lang].tier[tier] : t('systems.noTier');
          return (
            <li key={tier ?? 'none'} className="asm-group">
              <div className="asm-group-label" id={`asm-group-${tier ?? 'none'}`}>
                {label} <span className="asm-group-count">{inTier.length}</span>
              </div>
              <ul aria-labelledby={`asm-group-${tier ?? 'none'}`}>
                {inTier.map((a) => {
                  const k = assessedKind(a.category)!;
                  const own = answersOf(section, a.id);
                  const r = own ? assess(questions, k, own, baseEffort(project, a.category)) : undefined;
                  return (
                    <li key={a.id}>
                      <button type="button" aria-pressed={a.id === selected} onClick={() => setSelected(a.id)}>
                        <span className="asm-name">{a.name}</span>
                        {r ? <Chip tone={gradeTone(r.grade)}>{t('grade', { grade: r.grade, label: GRADE_LABELS[r.grade][lang] })}</Chip> : <Chip>{t('systems.notAssessed')}</Chip>}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
      {asset && kind && result ? (
        <div className="asm-form">
          <div className="asm-result" role="status" aria-live="polite" data-testid="assessment-result">
            <strong>{asset.name}</strong>
            {/* Nothing answered yet: no grade or score to show (a green 难度 1（低） would read as assessed). */}
            {result.completeness > 0 ? (
              <>
                <Chip tone={gradeTone(result.grade)}>{t('grade', { grade: result.grade, label: GRADE_LABELS[result.grade][lang] })}</Chip>
                <span>{t('result.score', { score: result.score })}</span>
              </>
            ) : (
              <Chip>{t('systems.notAssessed')}</Chip>
            )}
            <span data-testid="assessment-effort">{t('result.effort', { effort: formatNumber(result.effort, lang), high: formatNumber(result.effortHigh, lang) })}</span>
            <span>{t('result.completeness', { value: formatShare(result.completeness, 0) })}</span>
            {result.rewrite ? <Chip tone="foreign">{t('result.rewrite')}</Chip> : null}
          </div>
          {asset.effort !== undefined ? (
            // The plan takes the effort typed on the asset over the assessment's; say so, and offer the switch.
            <p className="asm-note asm-own-effort" data-testid="assessment-own-effort">
              {t('result.ownEffort', { effort: formatNumber(asset.effort, lang) })}{' '}
              {onUseAssessedEffort ? (
                <button type="button" className="link-button" onClick={() => onUseAssessedEffort(asset.id)}>{t('result.useAssessed')}</button>
              ) : null}
            </p>
          ) : null}
          <label className="asm-archetype">
            {t('systems.archetype')}
            <select value={system?.archetype ?? ''} onChange={(e) => setArchetype(e.target.value)}>
              <option value="">{t('systems.noArchetype')}</option>
              {(section.archetypes ?? []).map((a) => (
                <option key={a.id} value={a.id}>{a.name}</option>
              ))}
            </select>
          </label>
          {questions.filter((q) => isAsked(q, kind, answers)).map((q) => {
            const chosen = answers[q.id];
            const list = chosen === undefined ? [] : Array.isArray(chosen) ? chosen : [chosen];
            return (
              <fieldset key={q.id} className="asm-question">
                <legend>
                  <small>{SECTION_LABELS[q.section][lang]}</small> {q.text[lang]}
                  {list.length === 0 ? <span className="asm-missing">{t('systems.missing')}</span> : null}
                </legend>
                {q.choices.map((c) => (
                  <label key={c.id} className="asm-choice">
                    <input
                      type={q.kind === 'multi' ? 'checkbox' : 'radio'}
                      name={`${asset.id}-${q.id}`}
                      checked={list.includes(c.id)}
                      onChange={(e) => setAnswer(q.id, q.kind === 'multi' ? (e.target.checked ? [...list, c.id] : list.filter((id) => id !== c.id)) : c.id)}
                    />
                    {c.label[lang]}
                    <small>{t('systems.choiceCost', { days: c.days, risk: c.risk })}</small>
                  </label>
                ))}
              </fieldset>
            );
          })}
        </div>
      ) : (
        <p className="asm-note">{t('systems.none')}</p>
      )}
    </div>
  );
}
