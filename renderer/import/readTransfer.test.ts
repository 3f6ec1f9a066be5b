/**
 * The import worker's answer after postMessage: what the page rebuilds must be what the task
 * returned, dependency order and all, and a project's dependencies must not travel as objects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbitraryProject } from '../../shared/model/arbitraries';
import type { TaskResponse } from './importTasks';
import { packResponse, unpackResponse } from './readTransfer';

/** What postMessage does to the message (transferred buffers included). */
const post = <T>(message: T, transfer: ArrayBuffer[]): T => structuredClone(message, { transfer });

describe('import worker transfer', () => {
  it('gives back the very project the task read, its dependencies moved as typed arrays (property)', () => {
    fc.assert(
      fc.property(arbitraryProject(12, 30), (file) => {
        const response: TaskResponse = { op: 'read', result: { ok: true, kind: 'project', file, issues: [] } };
        const { message, transfer } = packResponse(response);
        expect(message.op === 'read' && message.result.ok && message.result.kind === 'project' && message.result.file.dependencies).toEqual([]);
        expect(transfer).toHaveLength(3);
        expect(unpackResponse(post(message, transfer))).toEqual(response);
      }),
      { numRuns: 100 },
    );
  });

  it('passes any other answer as it is', () => {
    const failed: TaskResponse = { op: 'read', result: { ok: false, issues: [{ severity: 'error', code: 'invalid-json', file: 'p.json', message: { zh: '不是有效的 JSON', en: 'not valid JSON' } }] } };
    const deps: TaskResponse = { op: 'deps', result: { ok: true, value: [{ from: 'A', to: 'MISSING', kind: 'runs-on' }], issues: [] } };
    for (const response of [failed, deps]) {
      const { message, transfer } = packResponse(response);
      expect(transfer).toEqual([]);
      expect(unpackResponse(post(message, transfer))).toEqual(response);
    }
  });
});
