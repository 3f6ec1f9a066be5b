/**
 * Test helpers for the worker's packed answers (planTransfer, procurementTransfer): postMessage's
 * round trip, and the projects each codec is checked on.
 */
import { expect } from 'vitest';

import secondaryFile from '../../fixtures/sample-secondary.xcplan.json';
import tertiaryFile from '../../fixtures/sample-tertiary.xcplan.json';
import { generateEstate } from '../../fixtures/generate/estate';
import type { ProjectFile } from '../../shared/model';

/**
 * What postMessage does with a packed value: a structured clone, its buffers transferred (and so
 * gone from the sender, which the helper checks), then the receiver's unpacking.
 */
export function throughPostMessage<T, P>(value: T, pack: (value: T) => { packed: P; transfer: ArrayBuffer[] }, unpack: (packed: P) => T): T {
  const { packed, transfer } = pack(value);
  const received = structuredClone(packed, { transfer });
  expect(transfer.every((buffer) => buffer.byteLength === 0)).toBe(true);
  return unpack(received);
}

/** Both samples and a generated estate, by name. */
export const TRANSFER_PROJECTS: [string, ProjectFile][] = [
  ['tertiary sample', tertiaryFile as unknown as ProjectFile],
  ['secondary sample', secondaryFile as unknown as ProjectFile],
  ['generated estate of 3,000 assets', generateEstate({ assets: 3000, seed: 7 })],
];
