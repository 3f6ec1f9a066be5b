/**
 * The analysis client: one typed request map, a cache per project version and scenario (a view
 * coming back is served without work), and cancellation when the project changes (the busy worker
 * is terminated and the superseded request resolves with undefined).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { ProjectFile } from '../../shared/model';
import { AnalysisFailure, createAnalysisClient, PREFETCH_LIST_ASSETS } from './analysisClient';
import { MOST_CARRIED } from './projectDelta';
import type { WorkerReply, WorkerRequest } from './analysisTask';

const answered: WorkerRequest[] = [];

vi.mock('./analysisTask', () => ({
  inputKey: (input: { version: number; lang: string; scenarioName?: string }) => `${input.version}|${input.lang}|${input.scenarioName ?? ''}`,
  answer: (request: WorkerRequest): WorkerReply => {
    answered.push(request);
    if ('project' in request.input && request.input.project.project.name === 'broken') {
      return { id: request.id, ok: false, message: 'the price book is invalid', issues: [] };
    }
    return { id: request.id, ok: true, output: { kind: request.kind, name: 'project' in request.input ? request.input.project.project.name : 'group', lang: 'lang' in request.input ? request.input.lang : undefined } };
  },
}));

const project = (name: string): ProjectFile => ({ format: 'xcplan', version: 2, project: { name, startDate: '2027-01-01', horizonYears: 1, waveMonths: 3 }, assets: [], dependencies: [] });

beforeEach(() => {
  answered.length = 0;
});

describe('analysis client (main-thread fallback)', () => {
  it('analyses a project version once per scenario and language, and serves a revisit from the cache', async () => {
    const client = createAnalysisClient();
    const p = project('A');
    const first = await client.request('analyse', { project: p, lang: 'zh' });
    const again = await client.request('analyse', { project: p, lang: 'zh' });
    const analysed = () => answered.filter((r) => r.kind === 'analyse');
    expect(analysed()).toHaveLength(1);
    expect(again).toBe(first);
    expect(client.peek('analyse', { project: p, lang: 'zh' })).toBe(first);
    await client.request('analyse', { project: p, lang: 'en' });
    await client.request('analyse', { project: p, lang: 'zh', scenarioName: '快速' });
    await client.request('analyse', { project: { ...p }, lang: 'zh' });
    expect(analysed()).toHaveLength(4);
    // Each version of the project is numbered: the copy (a write) is a new version.
    const versions = analysed().map((r) => ('version' in r.input ? r.input.version : 0));
    expect(versions[3]).toBeGreaterThan(versions[0]!);
  });

  it("fetches a small project's procurement list with its analysis, and a large one's only when asked", async () => {
    const client = createAnalysisClient();
    const small = project('small');
    await client.request('analyse', { project: small, lang: 'zh' });
    await vi.waitFor(() => expect(client.peek('procurement', { project: small, lang: 'zh' })).toBeDefined());
    const large = { ...project('large'), assets: Array.from({ length: PREFETCH_LIST_ASSETS + 1 }, (_, i) => ({ id: `A-${i}` }) as ProjectFile['assets'][number]) };
    await client.request('analyse', { project: large, lang: 'zh' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered.filter((r) => r.kind === 'procurement' && 'project' in r.input && r.input.project === large)).toHaveLength(0);
    expect(client.peek('procurement', { project: large, lang: 'zh' })).toBeUndefined();
  });

  it('does not fetch the list of a project a newer one has replaced', async () => {
    const client = createAnalysisClient();
    const older = project('older');
    const newer = project('newer');
    const first = client.request('analyse', { project: older, lang: 'zh' });
    const second = client.request('analyse', { project: newer, lang: 'zh' });
    await Promise.all([first, second]);
    await vi.waitFor(() => expect(client.peek('procurement', { project: newer, lang: 'zh' })).toBeDefined());
    expect(answered.filter((r) => r.kind === 'procurement' && 'project' in r.input && r.input.project === older)).toHaveLength(0);
  });

  it('warms nothing without a worker: the views compute when they ask', async () => {
    const client = createAnalysisClient();
    client.warm({ project: project('A'), lang: 'zh' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(answered).toHaveLength(0);
  });

  it('rejects with the failure and does not cache it', async () => {
    const client = createAnalysisClient();
    const p = project('broken');
    await expect(client.request('analyse', { project: p, lang: 'zh' })).rejects.toBeInstanceOf(AnalysisFailure);
    await expect(client.request('analyse', { project: p, lang: 'zh' })).rejects.toBeInstanceOf(AnalysisFailure);
    expect(answered).toHaveLength(2);
  });
});

describe('analysis client with a worker', () => {
  const workers: FakeWorker[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
    posted: WorkerRequest[] = [];
    terminated = false;
    constructor() {
      workers.push(this);
    }
    postMessage(request: WorkerRequest) {
      this.posted.push(request);
    }
    terminate() {
      this.terminated = true;
    }
    reply(request: WorkerRequest) {
      this.onmessage?.({ data: { id: request.id, ok: true, output: { name: 'project' in request.input ? request.input.project.project.name : '' } } } as MessageEvent<WorkerReply>);
    }
  }
  beforeEach(() => {
    workers.length = 0;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('cancels the analysis of an older project when a newer one is asked for', async () => {
    const client = createAnalysisClient();
    const old = client.request('analyse', { project: project('v1'), lang: 'zh' });
    const group = client.group({ members: [] });
    expect(workers).toHaveLength(1);
    const newer = client.request('analyse', { project: project('v2'), lang: 'zh' });
    // The busy worker is stopped; a fresh one gets the new request and the group request still wanted.
    expect(workers[0]!.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(await old).toBeUndefined();
    const fresh = workers[1]!;
    expect(fresh.posted.map((r) => r.kind).sort()).toEqual(['analyse', 'group']);
    for (const request of fresh.posted) fresh.reply(request);
    expect(await newer).toEqual({ name: 'v2' });
    expect(await group).toEqual({ name: '' });
  });

  it('posts a project version once: later requests about it name the version only', () => {
    const client = createAnalysisClient();
    const p = project('same');
    void client.request('analyse', { project: p, lang: 'zh' });
    void client.request('explain', { project: p, lang: 'zh' }, { assetId: 'A-1' });
    void client.request('report', { project: p, lang: 'zh' }, { date: '2026-12-04' });
    const [first, ...later] = workers[0]!.posted;
    const sent = first!.input as { project?: ProjectFile; version?: number; links?: { from: Int32Array } };
    // The project's own assets; its dependencies as typed arrays (rebuilt by the worker).
    expect(sent.project?.assets).toBe(p.assets);
    expect(sent.project?.dependencies).toEqual([]);
    expect(sent.links?.from).toHaveLength(p.dependencies.length);
    for (const request of later) {
      expect(request.input).not.toHaveProperty('project');
      expect(request.input).toHaveProperty('version', sent.version);
    }
    // A new version (a write), once the worker is done with this one, goes as its changes from it.
    for (const request of workers[0]!.posted) workers[0]!.reply(request);
    const edited = { ...p, assets: [{ id: 'A-1' } as ProjectFile['assets'][number]] };
    void client.request('analyse', { project: edited, lang: 'zh' });
    expect(workers).toHaveLength(1);
    const newer = workers.at(-1)!.posted.at(-1)!.input as { project?: ProjectFile; version?: number; delta?: { base: number; assets: unknown[] } };
    expect(newer).not.toHaveProperty('project');
    expect(newer.version).toBeGreaterThan(sent.version!);
    expect(newer.delta?.base).toBe(sent.version);
    expect(newer.delta?.assets).toEqual([{ items: edited.assets }]);
  });

  it('posts a new version whole when it shares too little with the one before, or the worker was restarted', () => {
    const client = createAnalysisClient();
    const many = (tag: string) => Array.from({ length: MOST_CARRIED + 1 }, (_, i) => ({ id: `${tag}-${i}` }) as ProjectFile['assets'][number]);
    const first = { ...project('big'), assets: many('A') };
    void client.request('analyse', { project: first, lang: 'zh' });
    workers[0]!.reply(workers[0]!.posted[0]!);
    void client.request('analyse', { project: { ...first, assets: many('B') }, lang: 'zh' });
    expect(workers[0]!.posted.at(-1)!.input).toHaveProperty('project');
    // A newer version while that one is analysed: the busy worker is replaced and holds nothing.
    void client.request('analyse', { project: { ...first }, lang: 'zh' });
    expect(workers).toHaveLength(2);
    expect(workers[1]!.posted.at(-1)!.input).toHaveProperty('project');
  });

  it('posts the project again when the worker no longer holds that version', async () => {
    const client = createAnalysisClient();
    const p = project('held');
    const first = client.request('analyse', { project: p, lang: 'zh' });
    const second = client.request('explain', { project: p, lang: 'zh' }, { assetId: 'A-1' });
    const worker = workers[0]!;
    worker.reply(worker.posted[0]!);
    const stripped = worker.posted[1]!;
    expect(stripped.input).not.toHaveProperty('project');
    worker.onmessage?.({ data: { id: stripped.id, ok: false, message: 'project version not held', issues: [], resend: true } } as unknown as MessageEvent<WorkerReply>);
    const again = worker.posted[2]!;
    expect(again.id).toBe(stripped.id);
    expect('project' in again.input && again.input.project?.assets).toBe(p.assets);
    worker.reply(again);
    expect(await first).toEqual({ name: 'held' });
    expect(await second).toEqual({ name: 'held' });
  });

  it('posts each group member with its dependencies packed', () => {
    const client = createAnalysisClient();
    const p = { ...project('member'), dependencies: [{ from: 'A', to: 'B', kind: 'runs-on' as const }] };
    void client.group({ members: [{ id: 'm1', project: p }] });
    const posted = workers[0]!.posted[0]!.input as unknown as { members: { id: string; project: ProjectFile; links?: { from: Int32Array } }[] };
    expect(posted.members[0]!.project.assets).toBe(p.assets);
    expect(posted.members[0]!.project.dependencies).toEqual([]);
    expect(posted.members[0]!.links?.from).toHaveLength(1);
  });

  it('warms a project while the worker is idle, its analysis then its list, only the newest, never twice', async () => {
    const client = createAnalysisClient();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    const p = project('warm');
    client.warm({ project: p, lang: 'zh' });
    const worker = workers[0]!;
    const kinds = () => worker.posted.map((r) => (r.kind === 'warm' && (r.input as { list?: boolean }).list ? 'warm-list' : r.kind));
    expect(kinds()).toEqual(['warm']);
    // The project goes with the warm-up; a view's request after it names the version only.
    expect(worker.posted[0]!.input).toHaveProperty('project');
    void client.request('analyse', { project: p, lang: 'zh' });
    expect(kinds()).toEqual(['warm', 'analyse']);
    expect(worker.posted[1]!.input).not.toHaveProperty('project');
    // Busy: two later versions wait, only the newer is warmed, once the worker is idle; the older
    // version's list is not built.
    const v2 = { ...p };
    const v3 = { ...p };
    client.warm({ project: v2, lang: 'zh' });
    client.warm({ project: v3, lang: 'zh' });
    worker.reply(worker.posted[0]!);
    await settle();
    expect(kinds()).toEqual(['warm', 'analyse']);
    worker.reply(worker.posted[1]!);
    await settle();
    expect(kinds()).toEqual(['warm', 'analyse', 'warm']);
    expect(workers).toHaveLength(1);
    expect((worker.posted[2]!.input as { delta?: unknown }).delta).toBeDefined();
    // Its analysis done, its procurement list is built next.
    worker.reply(worker.posted[2]!);
    await settle();
    expect(kinds()).toEqual(['warm', 'analyse', 'warm', 'warm-list']);
    worker.reply(worker.posted[3]!);
    await settle();
    // Warmed again (the hook after a re-render): nothing is sent twice.
    client.warm({ project: v3, lang: 'zh' });
    await settle();
    expect(worker.posted).toHaveLength(4);
  });

  it("does not let a warm-up stop a view's request, and drops one for a project a view has moved past", async () => {
    const client = createAnalysisClient();
    const older = project('older');
    const newer = project('newer');
    const busy = client.request('report', { project: older, lang: 'zh' }, { date: '2026-12-04' });
    // Warmed while the worker is busy: it waits, and the busy worker is not stopped for it.
    client.warm({ project: older, lang: 'zh' });
    expect(workers[0]!.posted.map((r) => r.kind)).toEqual(['report']);
    expect(workers[0]!.terminated).toBe(false);
    // Before the worker is idle a view asks about a newer version (a write): the waiting warm-up
    // of the older one is dropped, not sent once the view's analysis is done.
    const view = client.request('analyse', { project: newer, lang: 'zh' });
    expect(await busy).toBeUndefined();
    const fresh = workers[1]!;
    fresh.reply(fresh.posted[0]!);
    expect(await view).toEqual({ name: 'newer' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fresh.posted.map((r) => r.kind)).not.toContain('warm');
  });

  it('does not restart the worker for requests about the same project', () => {
    const client = createAnalysisClient();
    const p = project('same');
    void client.request('analyse', { project: p, lang: 'zh' });
    void client.request('compare', { project: p, lang: 'zh' });
    expect(workers).toHaveLength(1);
    expect(workers[0]!.posted).toHaveLength(2);
  });
});
