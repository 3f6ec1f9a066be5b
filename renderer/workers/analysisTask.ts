/**
 * The requests the analysis worker answers, as one typed map, and the code that answers them.
 * Shared by the Web Worker and the main-thread fallback of jsdom tests (browsers without module
 * workers). Every answer comes from shared/analysis: the plan, the forecast, the procurement list,
 * the scenario comparison, the group and the report are one computed result per project version
 * and scenario. The worker keeps the planner's context of its latest analyses, so explaining a
 * selected asset needs no second planning run.
 */
import type { Lang } from '../../shared/format';
import { analyseWithContext, AnalysisError, budgetNeed, budgetNeedText, compareScenarioRuns } from '../../shared/analysis';
import type { Analysis, BudgetNeed } from '../../shared/analysis';
import type { ScenarioSummary } from '../../shared/forecast';
import { groupForecast } from '../../shared/group';
import type { GroupForecast, GroupMember } from '../../shared/group';
import type { Issue, ProjectFile, Scenario } from '../../shared/model';
import type { ProcurementList } from '../../shared/procurement';
import { assetInsight } from '../../shared/planner';
import type { AssetInsight, PlanContext } from '../../shared/planner';
import { buildReport, ReportError } from '../../shared/report';
import type { ReportModel } from '../../shared/report';
import { receivedProject } from './layoutTransfer';
import type { PackedLinks } from './layoutTransfer';
import { applyDelta } from './projectDelta';
import type { ProjectDelta } from './projectDelta';

export type AnalysisLang = Lang;

/** What every per-project request names: the project (and its version, so the worker can reuse), the scenario, the language. */
export type ProjectInput = {
  /** Changes with every write of the project (the client numbers project objects). */
  version: number;
  project: ProjectFile;
  /** A named scenario of the project instead of the active one. */
  scenarioName?: string;
  lang: AnalysisLang;
};

/** The one typed request map: kind → what is sent and what comes back. */
export type AnalysisRequests = {
  analyse: { input: ProjectInput; output: { analysis: PageAnalysis; ms: number } };
  /**
   * Analyse and keep the result, send back only its time: the app warms the analysis of the
   * project it has read while the user is elsewhere, so the plan, forecast, procurement and report
   * views find it done (the page receives nothing it did not ask for). `list`: also build its
   * procurement list (a second step, so a view asking meanwhile waits for the analysis only).
   */
  warm: { input: ProjectInput & { list?: boolean }; output: { ms: number } };
  /** The procurement list of the same analysis (only the procurement view reads it). */
  procurement: { input: ProjectInput; output: ProcurementList };
  explain: { input: ProjectInput & { assetId: string }; output: AssetInsight | undefined };
  compare: { input: ProjectInput; output: ScenarioSummary[] };
  /**
   * What the scenario's yearly cap costs in time and the budget that would end the plan as early
   * as the other limits allow (null without a cap). Reruns the scheduler of the held analysis up
   * to 14 times (about 1 s at 100,000 assets), so the forecast view asks for it on a button, not
   * on every edit.
   */
  budget: { input: ProjectInput; output: (BudgetNeed & { text: string }) | null };
  report: { input: ProjectInput & { date: string; projectName?: string }; output: ReportModel };
  group: { input: { members: GroupMember[] }; output: GroupForecast };
};
export type AnalysisKind = keyof AnalysisRequests;
/**
 * The analysis as the page receives it, without what most views do not read. Every part the page
 * receives is deserialised on its thread, so at 100,000 assets each of these froze it:
 * - the per-asset cost record, which no view reads (the plan, forecast and procurement list carry
 *   the same yuan), and the tier record, which repeats each placement's tier: 0.2-0.3 s each;
 * - the procurement list (about 90,000 items): about 0.6 s to deserialise and 0.5 s for the worker
 *   to serialise. Only the procurement view reads it; it asks for it (`procurement`), from the
 *   same analysis.
 */
export type PageAnalysis = Omit<Analysis, 'costs' | 'tiers' | 'procurement'>;
export type InputOf<K extends AnalysisKind> = AnalysisRequests[K]['input'];
export type OutputOf<K extends AnalysisKind> = AnalysisRequests[K]['output'];

export type WorkerRequest = { [K in AnalysisKind]: { id: number; kind: K; input: InputOf<K> } }[AnalysisKind];
/**
 * A request as posted: a project version the worker already holds is not sent again (a structured
 * clone of a 100,000-asset project blocks the page for over a second), only its number; a new
 * version goes as its changes from the one posted before it (`delta`, projectDelta.ts) when it
 * shares most of its rows with it.
 */
export type PostedRequest = {
  [K in AnalysisKind]: {
    id: number;
    kind: K;
    input: InputOf<K> extends ProjectInput ? Omit<InputOf<K>, 'project'> & { project?: ProjectFile; links?: PackedLinks; delta?: ProjectDelta } : { members: (GroupMember & { links?: PackedLinks })[] };
  };
}[AnalysisKind];

/** `resend`: the worker does not hold the project version named (it was restarted or let it go); post it again with the project. */
export type WorkerReply = { id: number; ok: true; output: unknown } | { id: number; ok: false; message: string; issues: Issue[]; zh?: string; resend?: true };

/** The scenario a request names: the project's one with that name, else the active one. */
export function scenarioOf(project: ProjectFile, name: string | undefined): Scenario | undefined {
  if (name === undefined) return project.scenario;
  const all = [project.scenario, ...(project.scenarios ?? [])].filter((s): s is Scenario => s !== undefined);
  return all.find((s) => s.name === name) ?? project.scenario;
}

export const inputKey = (input: Pick<ProjectInput, 'version' | 'scenarioName' | 'lang'>): string => `${input.version}|${input.lang}|${input.scenarioName ?? ''}`;

/** The project of each of the latest versions posted, so later requests about a version need not carry it. */
const projects = new Map<number, ProjectFile>();
const PROJECTS = 3;

/**
 * The request with its project: the one it carries (kept for the requests that follow), else the
 * one held for its version; undefined when the version is not held.
 */
function withProject(request: PostedRequest): WorkerRequest | undefined {
  const input = request.input;
  if (!('version' in input)) {
    // A group: each member's project, its dependencies rebuilt.
    const members = input.members.map((member: GroupMember & { links?: PackedLinks }) => {
      const { links, ...rest } = member;
      return { ...rest, project: receivedProject(member.project, links) };
    });
    return { ...request, input: { members } } as WorkerRequest;
  }
  if (input.project || input.delta) {
    const { links, delta, ...rest } = input;
    // A delta over a version no longer held: the client posts the whole project again.
    const base = delta ? projects.get(delta.base) : undefined;
    if (delta && !base) return undefined;
    const project = delta ? applyDelta(base!, delta) : receivedProject(input.project!, links);
    // A delta is an edit: the page has moved on from the version it was made from, so its analyses
    // go. Kept, at 100,000 assets they held about 70 MB of heap each and slowed every later
    // collection (`workerEditHeapMb`, `workerEditAnalysisMs` in bench/analysis.bench.ts).
    if (delta) supersede(delta.base);
    projects.delete(input.version);
    projects.set(input.version, project);
    while (projects.size > PROJECTS) projects.delete(projects.keys().next().value!);
    return { ...request, input: { ...rest, project } } as WorkerRequest;
  }
  const project = projects.get(input.version);
  return project ? ({ ...request, input: { ...input, project } } as WorkerRequest) : undefined;
}

/** The latest analyses with their planner context (a few, for explaining and for the report). */
const held = new Map<string, { version: number; analysis: Analysis; context?: PlanContext; ms: number }>();
const HOLD = 4;

/** Lets go of the analyses of a project version an edit replaced (the project itself stays, as the base of the next delta). */
function supersede(version: number): void {
  for (const [key, entry] of [...held]) if (entry.version === version) held.delete(key);
}

function analysisOf(input: ProjectInput, now: () => number) {
  const key = inputKey(input);
  const found = held.get(key);
  if (found) return found;
  const { analysis, context } = analyseWithContext(input.project, scenarioOf(input.project, input.scenarioName), { lang: input.lang, file: input.project.project.name, now });
  const entry = { version: input.version, analysis, ms: analysis.timings.totalMs, ...(context ? { context } : {}) };
  held.set(key, entry);
  while (held.size > HOLD) held.delete(held.keys().next().value!);
  return entry;
}

/**
 * Answers one request. Never throws: a failure comes back as a reply with the message and, for an
 * invalid price book, the issues naming the field.
 * @param request the numbered request
 * @param now a clock for the analysis time (performance.now)
 */
export function answer(posted: PostedRequest, now: () => number): WorkerReply {
  const request = withProject(posted);
  if (!request) return { id: posted.id, ok: false, message: 'project version not held', issues: [], resend: true };
  try {
    return { id: request.id, ok: true, output: run(request, now) };
  } catch (error) {
    if (error instanceof AnalysisError) return { id: request.id, ok: false, message: error.message, issues: error.issues };
    if (error instanceof ReportError) return { id: request.id, ok: false, message: error.en, zh: error.zh, issues: [] };
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error), issues: [] };
  }
}

function run(request: WorkerRequest, now: () => number): unknown {
  switch (request.kind) {
    case 'analyse': {
      const { analysis: a, ms } = analysisOf(request.input, now);
      // Named one by one: a spread would read the procurement list, which is built when first read.
      const page: PageAnalysis = { scenario: a.scenario, book: a.book, plan: a.plan, forecast: a.forecast, change: a.change, issues: a.issues, broken: a.broken, timings: a.timings };
      return { analysis: page, ms } satisfies OutputOf<'analyse'>;
    }
    case 'warm': {
      const { analysis, ms } = analysisOf(request.input, now);
      // Read once, the list is built and kept with the analysis.
      if (request.input.list) void analysis.procurement;
      return { ms } satisfies OutputOf<'warm'>;
    }
    case 'procurement':
      return analysisOf(request.input, now).analysis.procurement satisfies OutputOf<'procurement'>;
    case 'explain': {
      const { analysis, context } = analysisOf(request.input, now);
      return context ? assetInsight(context, analysis.plan, request.input.assetId) : undefined;
    }
    case 'compare': {
      const { project, lang } = request.input;
      // The active scenario's analysis is the one the views already asked for (held, or held from now on).
      const active = (scenario: Scenario) => (scenario === project.scenario ? analysisOf({ ...request.input, scenarioName: undefined }, now).analysis : undefined);
      return compareScenarioRuns(project, { lang, file: project.project.name }, active) satisfies OutputOf<'compare'>;
    }
    case 'budget': {
      const { analysis, context } = analysisOf(request.input, now);
      const need = budgetNeed(request.input.project, analysis, request.input.project.project.name, context);
      return (need ? { ...need, text: budgetNeedText(need, request.input.lang) } : null) satisfies OutputOf<'budget'>;
    }
    case 'report': {
      const { project, scenarioName, lang, date, projectName } = request.input;
      // The report of the scenario the views show reuses that analysis; another scenario is analysed here.
      const { analysis, context } = analysisOf(request.input, now);
      return buildReport(project, scenarioName, lang, { date, ...(projectName ? { projectName } : {}), analysis, ...(context ? { context } : {}) }) satisfies OutputOf<'report'>;
    }
    case 'group':
      return groupForecast(request.input.members) satisfies OutputOf<'group'>;
  }
}
