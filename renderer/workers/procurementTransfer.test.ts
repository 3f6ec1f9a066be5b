/**
 * The procurement list as the page receives it from the analysis worker: its items packed into
 * columns and a string table, transferred, then rebuilt, are the list the worker made, field by
 * field and in the same field order, for both samples and a generated estate.
 */
import { describe, expect, it } from 'vitest';

import secondaryFile from '../../fixtures/sample-secondary.xcplan.json';
import tertiaryFile from '../../fixtures/sample-tertiary.xcplan.json';
import { analyse } from '../../shared/analysis';
import type { ProjectFile } from '../../shared/model';
import type { ProcurementList } from '../../shared/procurement';
import { answer } from './analysisTask';
import { packProcurement, unpackProcurement } from './procurementTransfer';
import { replyForPage, replyFromWorker } from './replyTransfer';
import { throughPostMessage as postedBack, TRANSFER_PROJECTS } from './transferTesting';

const throughPostMessage = (list: ProcurementList): ProcurementList => postedBack(list, packProcurement, unpackProcurement);

describe('procurement list transfer to the page', () => {
  it.each(TRANSFER_PROJECTS)('gives back the list of the %s, every item field by field, in its order', (_name, project) => {
    const { procurement } = analyse(project);
    expect(procurement.items.length).toBeGreaterThan(0);
    const back = throughPostMessage(procurement);
    expect(back).toEqual(structuredClone(procurement));
    // The same text in an export or a JSON dump: fields in the builder's order.
    expect(JSON.stringify(back)).toBe(JSON.stringify(procurement));
  });

  it('keeps the fields only some items have (role, bundle, certification, budget year)', () => {
    const { procurement } = analyse(tertiaryFile as unknown as ProjectFile);
    const back = throughPostMessage(procurement);
    for (const field of ['role', 'bundleId', 'bundleName', 'purchaseBy', 'budgetYear'] as const) {
      const had = procurement.items.filter((item) => item[field] !== undefined).length;
      expect(had, field).toBeGreaterThan(0);
      expect(back.items.filter((item) => item[field] !== undefined).length, field).toBe(had);
    }
  });

  it('packs the procurement answer, and the client reads it back as the worker answered', () => {
    const project = secondaryFile as unknown as ProjectFile;
    const reply = answer({ id: 1, kind: 'procurement', input: { version: 8101, lang: 'zh', project } }, () => 0);
    const { message, transfer } = replyForPage('procurement', reply);
    expect(transfer.length).toBeGreaterThan(0);
    expect(replyFromWorker('procurement', structuredClone(message, { transfer }))).toEqual(structuredClone(reply));
  });
});
