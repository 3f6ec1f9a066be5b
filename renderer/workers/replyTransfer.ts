/**
 * What the analysis worker posts and the client reads back: the two large answers packed (the
 * plan of an `analyse` answer, planTransfer.ts; the `procurement` list, procurementTransfer.ts),
 * every other reply as it is. The page deserialises every reply on its own thread.
 */
import type { PlanResult } from '../../shared/planner';
import type { ProcurementList } from '../../shared/procurement';
import type { AnalysisKind, OutputOf, PageAnalysis, WorkerReply } from './analysisTask';
import { packPlan, unpackPlan } from './planTransfer';
import type { PackedPlan } from './planTransfer';
import { packProcurement, unpackProcurement } from './procurementTransfer';
import type { PackedProcurement } from './procurementTransfer';

/**
 * A worker reply as posted.
 * @param kind the kind of the request answered
 * @param reply the answer
 * @returns the message and the buffers to transfer with it
 */
export function replyForPage(kind: AnalysisKind, reply: WorkerReply): { message: WorkerReply; transfer: ArrayBuffer[] } {
  if (!reply.ok) return { message: reply, transfer: [] };
  if (kind === 'analyse') {
    const output = reply.output as OutputOf<'analyse'>;
    const { packed, transfer } = packPlan(output.analysis.plan);
    return { message: { ...reply, output: { ...output, analysis: { ...output.analysis, plan: packed } } }, transfer };
  }
  if (kind === 'procurement') {
    const { packed, transfer } = packProcurement(reply.output as OutputOf<'procurement'>);
    return { message: { ...reply, output: packed }, transfer };
  }
  return { message: reply, transfer: [] };
}

/**
 * The reply as the worker's `answer` gave it.
 * @param kind the kind of the request answered
 * @param reply the message received
 */
export function replyFromWorker(kind: AnalysisKind, reply: WorkerReply): WorkerReply {
  if (!reply.ok) return reply;
  if (kind === 'analyse') {
    const output = reply.output as { analysis?: Omit<PageAnalysis, 'plan'> & { plan?: PackedPlan | PlanResult }; ms: number } | undefined;
    const plan = output?.analysis?.plan;
    if (!output?.analysis || !plan || !('packed' in plan)) return reply;
    return { ...reply, output: { ...output, analysis: { ...output.analysis, plan: unpackPlan(plan) } } };
  }
  if (kind === 'procurement') {
    const list = reply.output as PackedProcurement | ProcurementList | undefined;
    if (!list || !('packed' in list)) return reply;
    return { ...reply, output: unpackProcurement(list) };
  }
  return reply;
}
