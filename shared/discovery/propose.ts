/**
 * From observed flows to proposed dependencies with their evidence, for bulk accept or reject.
 * A flow client → server:port is matched to assets through the address index; flows inside one
 * asset, and those whose ends are unknown, are set aside (unknown addresses are listed so the user
 * can add them to the address list).
 */
import type { Category, Dependency, DependencyKind, ProjectFile } from '../model';
import type { AddressIndex } from './addresses';
import type { Flow } from './sockets';

export type Evidence = { ports: number[]; count: number; first?: string; last?: string; sources: string[]; samples: string[] };
export type ProposalStatus = 'new' | 'exists' | 'reverse-exists' | 'rejected';
export type Proposal = { id: string; from: string; to: string; kind: DependencyKind; status: ProposalStatus; evidence: Evidence };
export type Unmatched = { ip: string; side: 'client' | 'server'; ports: number[]; count: number };

const DEVICE: readonly Category[] = ['terminal', 'peripheral', 'medical-device'];
const SYSTEM: readonly Category[] = ['application', 'middleware'];

/** The kind of edge a flow suggests, by the categories at its two ends. */
export function proposedKind(client: Category, server: Category): DependencyKind {
  if (SYSTEM.includes(client) && server === 'database') return 'runs-on';
  if (SYSTEM.includes(client) && SYSTEM.includes(server)) return 'integrates-with';
  if (DEVICE.includes(client)) return 'connects-to';
  return 'connects-to';
}

export const proposalId = (from: string, to: string, kind: DependencyKind): string => `${from}|${to}|${kind}`;
const MAX_SAMPLES = 5;

/**
 * @param project assets, dependencies (to mark what is already known)
 * @param flows flows from socket tables and firewall exports
 * @param index the address index
 * @param rejected proposal ids rejected before
 */
export function proposeDependencies(project: Pick<ProjectFile, 'assets' | 'dependencies'>, flows: readonly Flow[], index: AddressIndex, rejected: readonly string[] = []): { proposals: Proposal[]; unmatched: Unmatched[] } {
  const category = new Map(project.assets.map((a) => [a.id, a.category]));
  const known = new Set(project.dependencies.map((d) => `${d.from}|${d.to}`));
  const rejectedSet = new Set(rejected);
  const byPair = new Map<string, Proposal>();
  const unmatched = new Map<string, Unmatched>();
  const note = (ip: string, side: Unmatched['side'], port: number, count: number) => {
    const u = unmatched.get(`${side}:${ip}`) ?? { ip, side, ports: [], count: 0 };
    if (!u.ports.includes(port)) u.ports.push(port);
    u.count += count;
    unmatched.set(`${side}:${ip}`, u);
  };
  for (const flow of flows) {
    const from = index.resolve(flow.clientIp);
    const to = index.resolve(flow.serverIp, flow.port);
    if (!from) note(flow.clientIp, 'client', flow.port, flow.count);
    if (!to) note(flow.serverIp, 'server', flow.port, flow.count);
    if (!from || !to || from === to) continue;
    const kind = proposedKind(category.get(from)!, category.get(to)!);
    const id = proposalId(from, to, kind);
    const p = byPair.get(id) ?? { id, from, to, kind, status: 'new' as ProposalStatus, evidence: { ports: [], count: 0, sources: [], samples: [] } };
    const e = p.evidence;
    if (!e.ports.includes(flow.port)) e.ports.push(flow.port);
    e.count += flow.count;
    if (flow.first && (!e.first || flow.first < e.first)) e.first = flow.first;
    if (flow.last && (!e.last || flow.last > e.last)) e.last = flow.last;
    if (!e.sources.includes(flow.source)) e.sources.push(flow.source);
    const sample = `${flow.clientIp} → ${flow.serverIp}:${flow.port}`;
    if (e.samples.length < MAX_SAMPLES && !e.samples.includes(sample)) e.samples.push(sample);
    byPair.set(id, p);
  }
  const proposals = [...byPair.values()].map((p) => {
    const status: ProposalStatus = rejectedSet.has(p.id) ? 'rejected' : known.has(`${p.from}|${p.to}`) ? 'exists' : known.has(`${p.to}|${p.from}`) ? 'reverse-exists' : 'new';
    p.evidence.ports.sort((a, b) => a - b);
    p.evidence.sources.sort();
    return { ...p, status };
  });
  const order: Record<ProposalStatus, number> = { new: 0, 'reverse-exists': 1, exists: 2, rejected: 3 };
  proposals.sort((a, b) => order[a.status] - order[b.status] || b.evidence.count - a.evidence.count || a.id.localeCompare(b.id));
  return { proposals, unmatched: [...unmatched.values()].sort((a, b) => b.count - a.count || a.ip.localeCompare(b.ip)) };
}

/**
 * Accepts proposals: their edges join the project's dependencies (never twice); rejected ids are
 * remembered in the discovery section so they are not proposed again.
 * @returns the new dependency list and the ids to add to `extensions.discovery.rejected`
 */
export function decideProposals(dependencies: readonly Dependency[], proposals: readonly Proposal[], accept: readonly string[], reject: readonly string[]): { dependencies: Dependency[]; added: Dependency[]; rejected: string[] } {
  const have = new Set(dependencies.map((d) => proposalId(d.from, d.to, d.kind)));
  const added: Dependency[] = [];
  for (const p of proposals) {
    if (!accept.includes(p.id) || have.has(p.id)) continue;
    have.add(p.id);
    added.push({ from: p.from, to: p.to, kind: p.kind });
  }
  return { dependencies: [...dependencies, ...added], added, rejected: proposals.filter((p) => reject.includes(p.id)).map((p) => p.id) };
}
