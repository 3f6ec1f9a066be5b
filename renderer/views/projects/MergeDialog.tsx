/**
 * Merge a colleague's project file into a project (issue 7): pick the file, see what is new,
 * identical and conflicting, choose per conflict (or in bulk), then commit atomically through the
 * import path. The project's rows are snapshotted first, so the toast's 撤销 puts it back exactly.
 */
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { capIssues, checkFileSize, crossLookAlikeIssues, decodeText, IMPORT_LIMITS, parseProjectFileText } from '../../../shared/io';
import { CATEGORY_LABELS, FIELD_HEADERS, TIER_LABELS } from '../../../shared/io';
import { DISPOSITION_NAMES, VENDOR_ORIGIN_NAMES } from '../../../shared/model';
import type { ImportField } from '../../../shared/io';
import { applyMerge, isNoOp, planMerge } from '../../../shared/merge';
import type { Choice, FieldDiff, MergePlan } from '../../../shared/merge';
import type { Issue, ProjectFile } from '../../../shared/model';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { IssueList } from '../../components/IssueList';
import { importIntoProject } from '../../db/importIntoProject';
import { readProject } from '../../db/projects';
import { pickFile } from '../../platform';
import type { PickedFile } from '../../platform';
import { formatNumber, toLang } from '../../../shared/format';
import type { Lang } from '../../../shared/format';

type Step =
  | { kind: 'pick' }
  | { kind: 'reading' }
  | { kind: 'invalid'; file: string; issues: Issue[] }
  | { kind: 'review'; file: string; base: ProjectFile; incoming: ProjectFile; plan: MergePlan };

type Row = { key: string; kind: 'asset' | 'scenario'; label: string; fields: FieldDiff[] };

/**
 * @param incoming a file to review straight away instead of picking one (the group store's head
 *   revision after a refused push)
 * @param onMerged called after the merge is committed
 */
export function MergeDialog({ projectId, projectName, onClose, incoming, onMerged }: { projectId: string; projectName: string; onClose: () => void; incoming?: PickedFile; onMerged?: () => void }) {
  const { t, i18n } = useTranslation('projects');
  const lang = toLang(i18n.language);
  const [step, setStep] = useState<Step>({ kind: 'pick' });
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const rows = useMemo((): Row[] => {
    if (step.kind !== 'review') return [];
    return [
      ...step.plan.assets.conflicts.map((c): Row => ({ key: `a:${c.id}`, kind: 'asset', label: `${c.id} · ${c.mine.name}`, fields: c.fields })),
      ...step.plan.scenarios.conflicts.map((c): Row => ({ key: `s:${c.name}`, kind: 'scenario', label: `${t('mergeDialog.scenario')} · ${c.name}`, fields: c.fields })),
    ];
  }, [step, t]);
  const open = rows.filter((r) => !choices[r.key]).length;

  const choose = async () => {
    setError(undefined);
    let picked;
    try {
      picked = await pickFile([{ name: t('mergeDialog.pick'), extensions: ['json'] }]);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return;
    }
    if (!picked) return;
    await review(picked);
  };

  const review = async (picked: PickedFile) => {
    setStep({ kind: 'reading' });
    const tooLarge = checkFileSize(picked.bytes.byteLength, picked.name);
    if (tooLarge) {
      setStep({ kind: 'invalid', file: picked.name, issues: [tooLarge] });
      return;
    }
    const parsed = parseProjectFileText(decodeText(picked.bytes).text, picked.name);
    if (!parsed.ok) {
      setStep({ kind: 'invalid', file: picked.name, issues: parsed.issues });
      return;
    }
    const base = await readProject(projectId);
    if (!base) {
      onClose();
      return;
    }
    // An incoming id that only looks like one of ours (case, NFC/NFD) would be added as a
    // second, invisible duplicate with no conflict shown: refused, naming the row (issue 15 #9).
    const twins = crossLookAlikeIssues(base.assets.map((a) => a.id), parsed.value.assets.map((a, i) => ({ id: a.id, row: i + 1 })), picked.name);
    if (twins.length > 0) {
      setStep({ kind: 'invalid', file: picked.name, issues: capIssues(twins, IMPORT_LIMITS.listedIssues, picked.name) });
      return;
    }
    setChoices({});
    setStep({ kind: 'review', file: picked.name, base, incoming: parsed.value, plan: planMerge(base, parsed.value) });
  };

  // A file handed in (the group store's version) is reviewed at once, exactly as a picked one.
  const started = useRef(false);
  useEffect(() => {
    if (!incoming || started.current) return;
    started.current = true;
    void review(incoming);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the file handed in
  }, [incoming]);

  const commit = async () => {
    if (step.kind !== 'review') return;
    setBusy(true);
    setError(undefined);
    try {
      const base = await readProject(projectId);
      if (!base) throw new Error(projectId);
      const assets: Record<string, Choice> = {};
      const scenarios: Record<string, Choice> = {};
      for (const [key, choice] of Object.entries(choices)) {
        if (key.startsWith('a:')) assets[key.slice(2)] = choice;
        else scenarios[key.slice(2)] = choice;
      }
      const result = applyMerge(base, step.incoming, { assets, scenarios });
      if (!result.ok) {
        setError(t('mergeDialog.changedMeanwhile'));
        return;
      }
      await importIntoProject(projectId, { assets: result.project.assets, dependencies: result.project.dependencies, project: result.project }, {
        doneText: t('mergeDialog.merged', { name: projectName, added: result.counts.added, taken: result.counts.takenTheirs }),
        undoneText: t('mergeDialog.undone', { name: projectName }),
      });
      onMerged?.();
      onClose();
    } catch (e) {
      setError(t('failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const setAll = (choice: Choice) => setChoices(Object.fromEntries(rows.map((r) => [r.key, choice])));
  const canCommit = step.kind === 'review' && !isNoOp(step.plan) && open === 0 && !busy;

  return (
    <Dialog
      title={t('mergeDialog.title', { name: projectName })}
      onClose={onClose}
      wide
      footer={
        <>
          {step.kind === 'review' && open > 0 ? <span className="merge-open" role="status">{t('mergeDialog.unresolved', { count: open })}</span> : null}
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          {step.kind === 'review' ? (
            <Button variant="primary" disabled={!canCommit} onClick={() => void commit()}>
              {t('mergeDialog.commit')}
            </Button>
          ) : null}
        </>
      }
    >
      <div className="merge-dialog">
        <p className="merge-intro">{t('mergeDialog.intro')}</p>
        <div className="merge-pick">
          <Button variant={step.kind === 'review' ? 'default' : 'primary'} disabled={step.kind === 'reading'} onClick={() => void choose()}>
            {t('mergeDialog.pick')}
          </Button>
          {step.kind === 'reading' ? <span className="muted">{t('mergeDialog.reading')}</span> : null}
          {step.kind === 'review' ? <span className="muted">{t('mergeDialog.fileLabel', { file: step.file })}</span> : null}
        </div>
        {error ? (
          <p className="banner banner-error" role="alert">
            {error}
          </p>
        ) : null}
        {step.kind === 'invalid' ? (
          <div role="alert">
            <p className="merge-invalid">{t('mergeDialog.invalid', { file: step.file })}</p>
            <IssueList issues={step.issues} testId="merge-issues" />
          </div>
        ) : null}
        {step.kind === 'review' ? <Review plan={step.plan} rows={rows} choices={choices} setChoice={(key, c) => setChoices((prev) => ({ ...prev, [key]: c }))} setAll={setAll} lang={lang} /> : null}
      </div>
    </Dialog>
  );
}

/** Conflicts rendered at first; more on request, so a file with thousands of changes stays responsive. */
const PAGE = 200;

function Review({ plan, rows, choices, setChoice, setAll, lang }: { plan: MergePlan; rows: Row[]; choices: Record<string, Choice>; setChoice: (key: string, c: Choice) => void; setAll: (c: Choice) => void; lang: Lang }) {
  const { t } = useTranslation('projects');
  const [shown, setShown] = useState(PAGE);
  const counts: [string, number][] = [
    ['added', plan.assets.added.length],
    ['identical', plan.assets.identical.length],
    ['conflicts', rows.length],
    ['depsAdded', plan.dependencies.added.length],
    ['dangling', plan.dependencies.dangling.length],
    ['scenariosAdded', plan.scenarios.added.length],
  ];
  const sectionName = (key: string) => (['priceBook', 'catalogue', 'procurementRules'].includes(key) ? t(`mergeDialog.section.${key}`) : key);
  return (
    <>
      <dl className="merge-summary" data-testid="merge-summary">
        {counts.map(([key, n]) => (
          <div key={key} className={`merge-count merge-count-${key}${key === 'conflicts' && n > 0 ? ' is-warn' : ''}`} data-count={key}>
            <dt>{t(`mergeDialog.summary.${key}`)}</dt>
            <dd>{formatNumber(n, lang)}</dd>
          </div>
        ))}
      </dl>
      {isNoOp(plan) ? <p className="merge-note">{t('mergeDialog.noChanges')}</p> : null}
      {plan.metaDiffers.length > 0 ? <p className="merge-note">{t('mergeDialog.metaDiffers', { fields: plan.metaDiffers.map((f) => t(`mergeDialog.metaFields.${f.field}`)).join(lang === 'zh' ? '、' : ', ') })}</p> : null}
      {plan.extensionsDiffer.length > 0 ? <p className="merge-note">{t('mergeDialog.extensionsDiffer', { sections: plan.extensionsDiffer.map(sectionName).join(lang === 'zh' ? '、' : ', ') })}</p> : null}
      {plan.dependencies.dangling.length > 0 ? (
        <p className="merge-note">{t('mergeDialog.danglingList', { list: plan.dependencies.dangling.slice(0, 10).map((d) => `${d.from} → ${d.to}`).join(lang === 'zh' ? '；' : '; ') })}</p>
      ) : null}
      {rows.length > 0 ? (
        <section aria-label={t('mergeDialog.conflictsTitle', { count: rows.length })}>
          <div className="merge-conflicts-head">
            <h3>{t('mergeDialog.conflictsTitle', { count: rows.length })}</h3>
            <Button onClick={() => setAll('mine')}>{t('mergeDialog.keepAllMine')}</Button>
            <Button onClick={() => setAll('theirs')}>{t('mergeDialog.takeAllTheirs')}</Button>
          </div>
          <div className="merge-table-wrap">
            <table className="data-table merge-table">
              <thead>
                <tr>
                  <th scope="col">{t('mergeDialog.col.item')}</th>
                  <th scope="col">{t('mergeDialog.col.field')}</th>
                  <th scope="col">{t('mergeDialog.col.mine')}</th>
                  <th scope="col">{t('mergeDialog.col.theirs')}</th>
                  <th scope="col">{t('mergeDialog.col.choice')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, shown).map((row) => (
                  <Fragment key={row.key}>
                    {row.fields.map((diff, i) => (
                      <tr key={diff.field} className={i === 0 ? 'merge-first' : undefined} data-conflict={row.key}>
                        {i === 0 ? (
                          <th scope="rowgroup" rowSpan={row.fields.length} className="merge-item">
                            {row.label}
                          </th>
                        ) : null}
                        <td>{fieldLabel(row.kind, diff.field, lang, t)}</td>
                        <td className={choices[row.key] === 'mine' ? 'is-chosen' : undefined}>{showValue(diff.field, diff.mine, lang, t('mergeDialog.empty'))}</td>
                        <td className={choices[row.key] === 'theirs' ? 'is-chosen' : undefined}>{showValue(diff.field, diff.theirs, lang, t('mergeDialog.empty'))}</td>
                        {i === 0 ? (
                          <td rowSpan={row.fields.length} className="merge-choice">
                            <div role="radiogroup" aria-label={t('mergeDialog.choiceFor', { item: row.label })}>
                              {(['mine', 'theirs'] as const).map((c) => (
                                <label key={c}>
                                  <input type="radio" name={`merge-${row.key}`} value={c} checked={choices[row.key] === c} onChange={() => setChoice(row.key, c)} />
                                  {c === 'mine' ? t('mergeDialog.keepMine') : t('mergeDialog.takeTheirs')}
                                </label>
                              ))}
                            </div>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > shown ? (
            <Button variant="quiet" onClick={() => setShown((n) => n + PAGE)}>
              {t('mergeDialog.showMore', { count: Math.min(PAGE, rows.length - shown), rest: rows.length - shown })}
            </Button>
          ) : null}
        </section>
      ) : null}
    </>
  );
}

function fieldLabel(kind: Row['kind'], field: string, lang: Lang, t: (key: string) => string): string {
  if (kind === 'scenario') {
    const key = `mergeDialog.scenarioFields.${field}`;
    const label = t(key);
    return label === key ? field : label;
  }
  return field in FIELD_HEADERS ? FIELD_HEADERS[field as ImportField][lang] : field;
}

function showValue(field: string, value: unknown, lang: Lang, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  if (typeof value === 'string') {
    if (field === 'category' && value in CATEGORY_LABELS) return CATEGORY_LABELS[value as keyof typeof CATEGORY_LABELS][lang];
    if (field === 'vendorOrigin' && value in VENDOR_ORIGIN_NAMES) return VENDOR_ORIGIN_NAMES[value as keyof typeof VENDOR_ORIGIN_NAMES][lang];
    if (lang === 'zh' && field === 'tier' && value in TIER_LABELS) return TIER_LABELS[value as keyof typeof TIER_LABELS];
    if (field === 'disposition' && value in DISPOSITION_NAMES) return DISPOSITION_NAMES[value as keyof typeof DISPOSITION_NAMES][lang];
    return value;
  }
  if (typeof value === 'number') return formatNumber(value, lang, 2);
  return JSON.stringify(value);
}
