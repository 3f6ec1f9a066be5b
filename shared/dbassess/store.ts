/**
 * The database assessments of a project, `extensions.dbassess`: per database asset what the user
 * typed or imported; engine and version default from the asset's product, the target from the
 * section's `defaultTarget` (DM unless said otherwise).
 */
import { z } from 'zod';

import { readExtension } from '../io/extensions';
import type { Asset, Parsed, ProjectFile } from '../model';
import { emptyCounts } from './catalogue';
import { ENGINES, estimateInstance, TARGETS } from './estimate';
import type { DbEstimate, DbInstance, Engine, Target } from './estimate';

export const DBASSESS_KEY = 'dbassess';

const countsSchema = z.object({ tables: z.number(), views: z.number(), procedures: z.number(), packages: z.number(), triggers: z.number(), sequences: z.number(), codeLines: z.number() }).partial();
const instanceSchema = z.object({
  engine: z.enum(ENGINES).optional(),
  version: z.string().max(100).optional(),
  sizeGb: z.number().min(0).optional(),
  schemas: z.array(z.object({ name: z.string().max(128), app: z.string().max(128).optional(), sizeMb: z.number().min(0).optional(), counts: countsSchema.optional() })).optional(),
  counts: countsSchema.optional(),
  features: z.array(z.string().max(64)).optional(),
  target: z.enum(TARGETS).optional(),
});
const sectionSchema = z.object({ defaultTarget: z.enum(TARGETS).optional(), instances: z.record(z.string(), instanceSchema).optional() });
export type DbAssessSection = z.infer<typeof sectionSchema>;

export function readDbAssess(project: Pick<ProjectFile, 'extensions'>, file = 'project'): Parsed<DbAssessSection> {
  return readExtension(project, DBASSESS_KEY, sectionSchema, file, { zh: '数据库评估', en: 'database assessment' });
}

/** The engine a database asset runs, from its vendor, product and version text. */
export function engineOf(asset: Pick<Asset, 'vendor' | 'product' | 'version'>): Engine {
  const text = `${asset.vendor ?? ''} ${asset.product ?? ''} ${asset.version ?? ''}`;
  if (/达梦|\bDM\d|金仓|kingbase|oceanbase|gauss|神通|南大通用|GBase|TDSQL|PolarDB/i.test(text)) return 'domestic';
  if (/cach[eé]|\bIRIS\b|ensemble|MUMPS/i.test(text)) return 'cache';
  if (/oracle database|\boracle\b(?!.*mysql)/i.test(text) && !/mysql/i.test(text)) return 'oracle';
  if (/sql server|mssql/i.test(text)) return 'sqlserver';
  if (/mysql|mariadb/i.test(text)) return 'mysql';
  if (/postgres/i.test(text)) return 'postgresql';
  return 'other';
}

/** Every database asset as an instance, with what the user entered on top of the defaults. */
export function dbInstances(project: Pick<ProjectFile, 'assets' | 'extensions'>, section: DbAssessSection): (DbInstance & { name: string; entered: boolean })[] {
  return project.assets
    .filter((asset) => asset.category === 'database')
    .map((asset) => {
      const input = section.instances?.[asset.id];
      const target: Target = input?.target ?? section.defaultTarget ?? 'dm';
      return {
        assetId: asset.id,
        name: asset.name,
        engine: input?.engine ?? engineOf(asset),
        ...(input?.version ?? asset.product ? { version: input?.version ?? asset.product } : {}),
        ...(input?.sizeGb !== undefined ? { sizeGb: input.sizeGb } : {}),
        schemas: (input?.schemas ?? []).map((s) => ({ ...s, counts: { ...emptyCounts(), ...s.counts } })),
        counts: { ...emptyCounts(), ...input?.counts },
        features: input?.features ?? [],
        target,
        entered: input !== undefined,
      };
    });
}

/** Instance plus its estimate, for the view, the runbook and the report. */
export function assessDatabases(project: Pick<ProjectFile, 'assets' | 'extensions'>, section: DbAssessSection): (DbInstance & { name: string; entered: boolean; estimate: DbEstimate })[] {
  return dbInstances(project, section).map((db) => ({ ...db, estimate: estimateInstance(db) }));
}

/**
 * Stores a catalogue import for one instance: counts, schemas (each matched to the tenant
 * application whose id ends with the schema's name, e.g. schema `HRP` → `APP-HRP`), features, size.
 * @param appIds the project's application ids, for the tenant match
 */
export function withCatalogueImport(section: DbAssessSection, assetId: string, imported: { schemas: DbInstance['schemas']; counts: DbInstance['counts']; features: string[]; sizeGb: number }, appIds: readonly string[]): DbAssessSection {
  const tenant = (schema: string) => appIds.find((id) => id.toUpperCase().split(/[-_]/).pop() === schema.toUpperCase().replace(/_?(USER|DB|PROD)$/, ''));
  const previous = section.instances?.[assetId] ?? {};
  const schemas = imported.schemas.map((s) => {
    const app = previous.schemas?.find((p) => p.name === s.name)?.app ?? tenant(s.name);
    return { ...s, ...(app ? { app } : {}) };
  });
  const features = [...new Set([...(previous.features ?? []), ...imported.features])].sort();
  return { ...section, instances: { ...section.instances, [assetId]: { ...previous, schemas, counts: imported.counts, features, sizeGb: imported.sizeGb } } };
}
