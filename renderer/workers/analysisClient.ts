/**
 * The app's one handle on the analysis worker (shared/analysis in a Web Worker): every view asks
 * it through one typed request map (analysisTask.ts), nothing plans on the main thread.
 *
 * - Cached per project version and scenario: useActiveProjectFile hands every view the same
 *   project object until a write, so the plan, forecast, procurement and report views share one
 *   analysis, and coming back to a view is served from the cache without a round trip.
 * - Cancellable: when a request arrives for a newer project (a write), the worker still busy with
 *   the older one is terminated and a fresh one answers; the superseded requests resolve with
 *   undefined. A write gives a new object, so it always re-analyses; the WeakMap lets an old
 *   project's results be collected.
 * - Each project version is posted to a worker once: later requests about it (another view, the
 *   explanation of each selected asset, the report) name its version only. A structured clone of
 *   a 100,000-asset project blocks the page for over a second each time it is posted. A version
 *   after a write goes as its changes from the one before (projectDelta.ts).
 * - Without module workers (jsdom tests) the same tasks run on the main thread.
 */
import type { ProjectFile } from '../../shared/model';
import { answer, inputKey } from './analysisTask';
import { packPostedProject } from './layoutTransfer';
import { projectDelta } from './projectDelta';
import { replyFromWorker } from './replyTransfer';
import type { AnalysisKind, AnalysisLang, InputOf, OutputOf, PostedRequest, WorkerReply, WorkerRequest } from './analysisTask';

/** A failed request: the message and, for an invalid price book, the issues. */
export class AnalysisFailure extends Error {
  override name = 'AnalysisFailure';
  constructor(readonly reply: Extract<WorkerReply, { ok: false }>) {
    super(reply.message);
  }
}

/** What a view names: the project, a scenario by name (default: the active one) and the language. */
export type ProjectQuery = { project: ProjectFile; scenarioName?: string; lang: AnalysisLang };
type ProjectKind = Exclude<AnalysisKind, 'group'>;
type Extra<K extends ProjectKind> = Omit<InputOf<K>, 'version' | 'project' | 'scenarioName' | 'lang'>;

export type AnalysisClient = {
  /** Asks the worker; resolves with the answer (cached per project version, scenario, language and extras), or undefined when a newer project superseded it. Rejects with AnalysisFailure. */
  request: <K extends ProjectKind>(kind: K, query: ProjectQuery, extra?: Extra<K>) => Promise<OutputOf<K> | undefined>;
  /** The cached answer, if the same request was answered already (no work, synchronous). */
  peek: <K extends ProjectKind>(kind: K, query: ProjectQuery, extra?: Extra<K>) => OutputOf<K> | undefined;
  /**
   * Analyses the project in the worker ahead of any view, keeping the result there (nothing comes
   * back to the page), then builds its procurement list there. Only when the worker is idle: it
   * never stops a view's request, and while the worker is busy only the newest project asked for
   * waits its turn.
   */
  warm: (query: ProjectQuery) => void;
  /** The group of several projects (not cached: members are read live). */
  group: (input: InputOf<'group'>) => Promise<OutputOf<'group'> | undefined>;
  dispose: () => void;
};

type Pending = { request: WorkerRequest; project: ProjectFile | undefined; resolve: (reply: WorkerReply | undefined) => void };

/** The request naming its project's version only (the worker holds the project). */
function withoutProject(request: WorkerRequest): PostedRequest {
  const { project: _sent, ...input } = request.input as InputOf<'analyse'>;
  return { id: request.id, kind: request.kind, input } as PostedRequest;
}

/**
 * Up to this many assets the procurement list is fetched right after the analysis (a generated
 * estate of 20,000 assets has 17,960 items, deserialised in 78–100 ms here; 100,000 assets,
 * 89,869 items, 0.5–0.9 s); above, when the procurement view asks.
 */
export const PREFETCH_LIST_ASSETS = 20_000;

/** Quiet time after the project is read or written before the app warms its analysis (edits in a row warm once). */
export const WARM_AFTER_MS = 1000;

/** Creates a client with its own worker (the app uses the one `getAnalysisClient`). */
export function createAnalysisClient(): AnalysisClient {
  let seq = 0;
  let versions = 0;
  const versionOf = new WeakMap<ProjectFile, number>();
  const cache = new WeakMap<ProjectFile, Map<string, { value?: unknown; promise: Promise<unknown> }>>();
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let latest: ProjectFile | undefined;
  // Project versions the current worker has been sent (it keeps the latest few), and the last one.
  let posted = new Set<number>();
  let lastPosted: { version: number; project: ProjectFile } | undefined;

  /** Posts a request, with its project only when this worker has not been sent that version. */
  const post = (target: Worker, request: WorkerRequest, force = false): void => {
    const input = request.input;
    if (!('version' in input)) {
      // A group: every member's dependencies packed.
      const transfer: ArrayBuffer[] = [];
      const members = input.members.map((member) => {
        const packed = packPostedProject(member.project);
        transfer.push(...packed.transfer);
        return { ...member, project: packed.project, links: packed.links };
      });
      target.postMessage({ ...request, input: { members } }, transfer);
      return;
    }
    if (!force && posted.has(input.version)) {
      target.postMessage(withoutProject(request));
      return;
    }
    posted.add(input.version);
    // After a write: the changes from the version posted last, which the worker holds.
    const held = lastPosted;
    lastPosted = { version: input.version, project: input.project };
    const delta = !force && held ? projectDelta(held.version, held.project, input.project) : undefined;
    if (delta) {
      const stripped = withoutProject(request);
      target.postMessage({ ...stripped, input: { ...stripped.input, delta } });
      return;
    }
    const { project, links, transfer } = packPostedProject(input.project);
    target.postMessage({ ...request, input: { ...input, project, links } }, transfer);
  };

  const start = (): Worker | undefined => {
    if (typeof Worker === 'undefined') return undefined;
    try {
      const created = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
      posted = new Set<number>();
      lastPosted = undefined;
      created.onmessage = (event: MessageEvent<WorkerReply>) => {
        const entry = pending.get(event.data.id);
        if (entry && !event.data.ok && event.data.resend) {
          // The worker let that version go: post the request again, project included.
          post(created, entry.request, true);
          return;
        }
        pending.delete(event.data.id);
        entry?.resolve(replyFromWorker(entry.request.kind, event.data));
        warmNext();
      };
      return created;
    } catch {
      return undefined;
    }
  };
  worker = start();
  const usesWorker = worker !== undefined;

  /** A newer project arrived: stop the work on older ones (terminate and restart the worker), keep the rest. */
  const supersede = (project: ProjectFile) => {
    if (latest === project) return;
    latest = project;
    const stale = [...pending.values()].filter((p) => p.project !== undefined && p.project !== project);
    if (stale.length === 0 || !usesWorker) return;
    worker?.terminate();
    worker = start();
    for (const entry of stale) {
      pending.delete(entry.request.id);
      cache.get(entry.project!)?.forEach((value, key, map) => value.value === undefined && map.delete(key));
      entry.resolve(undefined);
    }
    for (const entry of pending.values()) if (worker) post(worker, entry.request);
  };

  const send = (request: WorkerRequest, project: ProjectFile | undefined): Promise<WorkerReply | undefined> => {
    if (!worker) {
      // Main-thread fallback (tests): answer after the current task, as a worker would.
      return Promise.resolve().then(() => answer(request, () => performance.now()));
    }
    const target = worker;
    return new Promise((resolve) => {
      pending.set(request.id, { request, project, resolve });
      post(target, request);
    });
  };

  const versionFor = (project: ProjectFile): number => {
    let v = versionOf.get(project);
    if (v === undefined) {
      versions += 1;
      v = versions;
      versionOf.set(project, v);
    }
    return v;
  };

  const keyOf = (kind: string, query: ProjectQuery, extra: object | undefined): string =>
    `${kind}|${inputKey({ version: 0, lang: query.lang, ...(query.scenarioName !== undefined ? { scenarioName: query.scenarioName } : {}) })}|${extra ? JSON.stringify(extra) : ''}`;

  const outcome = (reply: WorkerReply | undefined): unknown => {
    if (reply === undefined) return undefined;
    if (!reply.ok) throw new AnalysisFailure(reply);
    return reply.output;
  };

  /**
   * The project to warm once the worker is idle (the newest asked for) with the views' project
   * when it was asked, and the one whose procurement list comes next (after its analysis).
   */
  let toWarm: { query: ProjectQuery; latest: ProjectFile | undefined } | undefined;
  let toList: { query: ProjectQuery; latest: ProjectFile | undefined } | undefined;
  const warmNext = (): void => {
    if (pending.size > 0) return;
    const list = !toWarm;
    const next = toWarm ?? toList;
    if (!next) return;
    if (list) toList = undefined;
    else toWarm = undefined;
    const { query, latest: then } = next;
    // A view has asked about another project since: this one is behind what is on screen.
    if (latest !== then && latest !== query.project) return;
    const known = cache.get(query.project);
    if (list) {
      // Asked for already, or on its way.
      if (!known?.has(keyOf('procurement', query, undefined))) void client.request('warm', query, { list: true }).catch(() => undefined);
      return;
    }
    // Analysed already, or on its way: its list is next.
    if (known?.has(keyOf('analyse', query, undefined))) {
      toList = next;
      warmNext();
      return;
    }
    void client
      .request('warm', query)
      .then((done) => {
        if (done === undefined || toWarm) return;
        toList = next;
        warmNext();
      })
      .catch(() => undefined);
  };

  const client: AnalysisClient = {
    request(kind, query, extra) {
      const { project } = query;
      const key = keyOf(kind, query, extra);
      const byKey = cache.get(project) ?? new Map<string, { value?: unknown; promise: Promise<unknown> }>();
      cache.set(project, byKey);
      const cached = byKey.get(key);
      if (cached) return cached.promise as Promise<never>;
      supersede(project);
      seq += 1;
      const input = { ...extra, version: versionFor(project), project, lang: query.lang, ...(query.scenarioName !== undefined ? { scenarioName: query.scenarioName } : {}) };
      const entry: { value?: unknown; promise: Promise<unknown> } = { promise: Promise.resolve(undefined) };
      entry.promise = send({ id: seq, kind, input } as WorkerRequest, project).then((reply) => {
        if (reply === undefined) {
          if (byKey.get(key) === entry) byKey.delete(key);
          return undefined;
        }
        if (!reply.ok) byKey.delete(key);
        const value = outcome(reply);
        entry.value = value;
        // A small project's procurement list comes right after its analysis, so opening the
        // procurement view shows it at once; a large one's waits to be asked (it is most of
        // what the page would deserialise). Only for the newest project: a request about an older
        // one would stop the worker busy with the newer.
        if (kind === 'analyse' && project === latest && project.assets.length <= PREFETCH_LIST_ASSETS) void client.request('procurement', query).catch(() => undefined);
        return value;
      });
      byKey.set(key, entry);
      return entry.promise as Promise<never>;
    },
    peek(kind, query, extra) {
      return cache.get(query.project)?.get(keyOf(kind, query, extra))?.value as never;
    },
    warm(query) {
      // Without a worker the views compute on the main thread when they ask; nothing to warm.
      if (!usesWorker) return;
      toWarm = { query, latest };
      warmNext();
    },
    async group(input) {
      seq += 1;
      return outcome(await send({ id: seq, kind: 'group', input }, undefined)) as OutputOf<'group'> | undefined;
    },
    dispose() {
      worker?.terminate();
      for (const entry of pending.values()) entry.resolve(undefined);
      pending.clear();
    },
  };
  return client;
}

let shared: AnalysisClient | undefined;

/**
 * The app's one analysis client: views share its worker and its cache, so switching from the plan
 * to the forecast, procurement or report does not analyse the same project again. Never disposed
 * (it lives as long as the page).
 */
export function getAnalysisClient(): AnalysisClient {
  shared ??= createAnalysisClient();
  return shared;
}
