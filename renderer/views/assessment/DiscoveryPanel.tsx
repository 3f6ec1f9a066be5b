/**
 * Dependencies from the network: import the address list and socket tables or firewall exports,
 * review the proposed edges with their evidence, accept or reject them in bulk.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { buildAddressIndex, DISCOVERY_KEY, importAddressCsv, proposeDependencies, readCapture, readDiscovery } from '../../../shared/discovery';
import type { DiscoverySection, Flow, Proposal } from '../../../shared/discovery';
import { formatIssue } from '../../../shared/model';
import type { Issue, ProjectFile } from '../../../shared/model';
import { Chip, formatNumber, pushToast } from '../../components';
import type { ChipTone, Lang } from '../../components';
import { useAppStore } from '../../state/store';
import { saveDiscoveryDecisions, saveExtension } from '../../db/extensions';

const TONE: Record<Proposal['status'], ChipTone> = { new: 'accent', exists: 'neutral', 'reverse-exists': 'warn', rejected: 'unknown' };
const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

export function DiscoveryPanel({ project, lang }: { project: ProjectFile; lang: Lang }) {
  const { t } = useTranslation('assessment');
  const projectId = useAppStore((s) => s.activeProjectId);
  const read = useMemo(() => readDiscovery(project, project.project.name), [project]);
  const section: DiscoverySection = useMemo(() => (read.ok ? read.value : {}), [read]);
  const [flows, setFlows] = useState<Flow[]>([]);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const addressCount = Object.keys(section.addresses ?? {}).length;
  const result = useMemo(() => (addressCount === 0 ? undefined : proposeDependencies(project, flows, buildAddressIndex(project.assets, section.addresses ?? {}), section.rejected)), [project, flows, section, addressCount]);

  const fail = (error: unknown) => pushToast({ tone: 'error', text: t('saveFailed', { detail: error instanceof Error ? error.message : String(error) }) });
  const onAddresses = async (file: File) => {
    const parsed = importAddressCsv(await bytesOf(file), file.name, new Set(project.assets.map((a) => a.id)));
    setIssues(parsed.issues);
    if (!parsed.ok || !projectId) return;
    await saveExtension(projectId, DISCOVERY_KEY, { ...section, addresses: { ...section.addresses, ...parsed.value } }, new Date().toISOString()).catch(fail);
  };
  const onCaptures = async (files: FileList) => {
    const found: Flow[] = [];
    const problems: Issue[] = [];
    for (const file of Array.from(files)) {
      const parsed = readCapture(await bytesOf(file), file.name, new Date(file.lastModified).toISOString().slice(0, 19));
      problems.push(...parsed.issues);
      if (parsed.ok) found.push(...parsed.value);
    }
    setIssues(problems);
    setFlows((prev) => [...prev, ...found]);
    setSelected(new Set());
  };
  const decide = async (accept: boolean) => {
    if (!result || !projectId) return;
    const chosen = result.proposals.filter((p) => selected.has(p.id));
    const rejected = accept ? section.rejected ?? [] : [...new Set([...(section.rejected ?? []), ...chosen.map((p) => p.id)])];
    const edges = accept ? chosen.map((p) => ({ from: p.from, to: p.to, kind: p.kind })) : [];
    try {
      const added = await saveDiscoveryDecisions(projectId, edges, { ...section, rejected }, new Date().toISOString());
      pushToast({ tone: 'info', text: accept ? t('discovery.accepted', { count: added }) : t('discovery.rejected', { count: chosen.length }) });
      setSelected(new Set());
    } catch (error) {
      fail(error);
    }
  };
  const toggle = (id: string) => setSelected((prev) => {
    const next = new Set(prev);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  if (!read.ok) return <div role="alert" className="asm-error">{read.issues.map((i) => formatIssue(i, lang)).join('\n')}</div>;
  const selectable = result?.proposals.filter((p) => p.status === 'new' || p.status === 'reverse-exists') ?? [];
  return (
    <div className="asm-discovery">
      <p className="asm-note">{t('discovery.hint')}</p>
      <div className="asm-toolbar">
        <label>
          {t('discovery.addresses', { count: addressCount })}
          <input type="file" accept=".csv,.txt" data-testid="addresses-input" onChange={(e) => e.target.files?.[0] && void onAddresses(e.target.files[0])} />
        </label>
        <label>
          {t('discovery.captures', { count: flows.length })}
          <input type="file" multiple accept=".csv,.txt,.log" data-testid="captures-input" onChange={(e) => e.target.files && void onCaptures(e.target.files)} />
        </label>
        <button type="button" className="btn" disabled={selectable.length === 0} onClick={() => setSelected(new Set(selectable.map((p) => p.id)))}>{t('discovery.selectNew')}</button>
        <button type="button" className="btn btn-primary" disabled={selected.size === 0} onClick={() => void decide(true)}>{t('discovery.accept', { count: selected.size })}</button>
        <button type="button" className="btn" disabled={selected.size === 0} onClick={() => void decide(false)}>{t('discovery.reject')}</button>
      </div>
      {issues.length > 0 ? <div role="alert" className="asm-error"><ul>{issues.map((i, k) => <li key={k}>{formatIssue(i, lang)}</li>)}</ul></div> : null}
      {result && result.proposals.length > 0 ? (
        <table className="asm-table" data-testid="proposals">
          <thead>
            <tr>{(['pick', 'status', 'from', 'to', 'kind', 'ports', 'count', 'seen', 'sources'] as const).map((h) => <th key={h} scope="col">{t(`discovery.col.${h}`)}</th>)}</tr>
          </thead>
          <tbody>
            {result.proposals.map((p) => (
              <tr key={p.id}>
                <td><input type="checkbox" aria-label={`${p.from} → ${p.to}`} disabled={p.status === 'exists' || p.status === 'rejected'} checked={selected.has(p.id)} onChange={() => toggle(p.id)} /></td>
                <td><Chip tone={TONE[p.status]}>{t(`discovery.status.${p.status}`)}</Chip></td>
                <td>{p.from}</td>
                <td>{p.to}</td>
                <td>{t(`discovery.kind.${p.kind}`)}</td>
                <td>{p.evidence.ports.join(', ')}</td>
                <td>{formatNumber(p.evidence.count, lang)}</td>
                <td>{p.evidence.first ?? ''}{p.evidence.last && p.evidence.last !== p.evidence.first ? ` – ${p.evidence.last}` : ''}</td>
                <td>{p.evidence.sources.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {result && result.unmatched.length > 0 ? (
        <p className="asm-note">{t('discovery.unmatched', { list: result.unmatched.slice(0, 12).map((u) => `${u.ip} (${u.ports.join(',')})`).join(', ') })}</p>
      ) : null}
    </div>
  );
}
