/**
 * An asset's dependencies in both directions, as links, with add and remove. Adding checks the
 * rules of the data contract: not to itself, the other asset must exist, no duplicates.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Dependency, DependencyKind } from '../../../shared/model';
import { DEPENDENCY_KINDS } from '../../../shared/model';
import { Button } from '../../components/Button';

export type DependencyListProps = {
  assetId: string;
  dependencies: readonly Dependency[];
  knownIds: ReadonlySet<string>;
  onOpen: (id: string) => void;
  /** Resolves to a problem message, or undefined when added. */
  onAdd: (dep: Dependency) => Promise<string | undefined>;
  onRemove: (dep: Dependency) => void;
};

export function DependencyList({ assetId, dependencies, knownIds, onOpen, onAdd, onRemove }: DependencyListProps) {
  const { t } = useTranslation('inventory');
  const outgoing = dependencies.filter((d) => d.from === assetId);
  const incoming = dependencies.filter((d) => d.to === assetId);
  const [direction, setDirection] = useState<'out' | 'in'>('out');
  const [kind, setKind] = useState<DependencyKind>('runs-on');
  const [other, setOther] = useState('');
  const [problem, setProblem] = useState('');
  const add = async () => {
    const target = other.trim();
    if (!target) return;
    if (!knownIds.has(target)) {
      setProblem(t('deps.dangling', { id: target }));
      return;
    }
    const dep: Dependency = direction === 'out' ? { from: assetId, to: target, kind } : { from: target, to: assetId, kind };
    const result = await onAdd(dep);
    setProblem(result ?? '');
    if (!result) setOther('');
  };
  const section = (title: string, list: Dependency[], end: 'to' | 'from', testId: string) => (
    <section className="deps-section" data-testid={testId}>
      <h3>
        {title} <span className="muted">({list.length})</span>
      </h3>
      {list.length === 0 ? (
        <p className="muted">{t('deps.none')}</p>
      ) : (
        <ul className="deps-list">
          {list.map((d) => (
            <li key={`${d.from}|${d.to}|${d.kind}`}>
              <span className="deps-kind">{t(`common:kind.${d.kind}`)}</span>
              <button type="button" className="inv-link" onClick={() => onOpen(d[end])}>
                {d[end]}
              </button>
              <button type="button" className="deps-remove" aria-label={t('deps.remove', { id: d[end] })} onClick={() => onRemove(d)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className="deps">
      {section(t('deps.dependsOn'), outgoing, 'to', 'deps-out')}
      {section(t('deps.usedBy'), incoming, 'from', 'deps-in')}
      <form
        className="deps-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          {t('deps.direction')}
          <select value={direction} onChange={(e) => setDirection(e.target.value === 'in' ? 'in' : 'out')}>
            <option value="out">{t('deps.thisDependsOn')}</option>
            <option value="in">{t('deps.dependsOnThis')}</option>
          </select>
        </label>
        <label>
          {t('deps.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as DependencyKind)}>
            {DEPENDENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`common:kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('deps.otherId')}
          <input value={other} onChange={(e) => setOther(e.target.value)} />
        </label>
        <Button type="submit">{t('deps.add')}</Button>
        {problem ? (
          <p className="form-problems" role="alert">
            {problem}
          </p>
        ) : null}
      </form>
    </div>
  );
}
