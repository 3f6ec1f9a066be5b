/**
 * The dependency graph of a project: the one graph index of the code base (the planner, the impact
 * walks, the graph and plan views). Asset ids are interned once into 0..n-1, dependencies kept as
 * CSR in both directions. Dependencies naming unknown assets are left out of the CSR and listed in
 * `broken` (validation reports them with file, row and field; see `checkReferences` in
 * shared/model/schema.ts; the graph view marks them).
 */
import type { Asset, Dependency, DependencyKind } from '../model';
import { DEPENDENCY_KINDS } from '../model';
import { buildCsr, reverseCsr } from './csr';
import type { Csr } from './csr';

export type AssetGraph = {
  ids: string[];
  indexOf: Map<string, number>;
  /** Input position of the asset behind each node (the first with its id). */
  firstRow: Int32Array;
  /** `from` of each kept dependency (node numbers). */
  edgeFrom: Int32Array;
  /** `to` of each kept dependency. */
  edgeTo: Int32Array;
  /** Kind of each kept dependency, as an index into DEPENDENCY_KINDS. */
  edgeKind: Uint8Array;
  /** Number of kept dependencies (unknown ids and self-loops dropped). */
  m: number;
  /** from -> to ("depends on"); payload = dependency number in edgeFrom/edgeTo. */
  dependsOn: Csr;
  /** to -> from ("is depended on by"); same payload. */
  dependedOnBy: Csr;
  /** Dependencies with an end that is not an asset, by input position. */
  broken: BrokenDependency[];
};

export type BrokenDependency = { index: number; dependency: Dependency; missing: 'from' | 'to' | 'both' };

/** Kind codes, the index of each kind in DEPENDENCY_KINDS. */
export const KIND_RUNS_ON = DEPENDENCY_KINDS.indexOf('runs-on');
export const KIND_CONNECTS_TO = DEPENDENCY_KINDS.indexOf('connects-to');
export const KIND_INTEGRATES_WITH = DEPENDENCY_KINDS.indexOf('integrates-with');
export const KIND_PROTECTS = DEPENDENCY_KINDS.indexOf('protects');

/** Kind code of a kind name, unknown kinds read as integrates-with (a switch: no search of the list per dependency). */
const kindCode = (kind: DependencyKind): number => {
  switch (kind) {
    case 'runs-on':
      return KIND_RUNS_ON;
    case 'connects-to':
      return KIND_CONNECTS_TO;
    case 'protects':
      return KIND_PROTECTS;
    default:
      return KIND_INTEGRATES_WITH;
  }
};

/**
 * Interns ids and builds the dependency CSR (linear in assets + dependencies). The first asset
 * with a given id wins (duplicates are a validation error upstream).
 * @param assets the project's assets (or the graph view's nodes: anything with an id)
 * @param dependencies the project's dependencies
 */
export function buildAssetGraph(assets: readonly Pick<Asset, 'id'>[], dependencies: readonly Dependency[]): AssetGraph {
  // Sized once (no growing array at 100k ids); trimmed below when ids repeat.
  const ids = new Array<string>(assets.length);
  const indexOf = new Map<string, number>();
  const rows = new Int32Array(assets.length);
  for (let row = 0; row < assets.length; row++) {
    const id = assets[row]!.id;
    const size = indexOf.size;
    indexOf.set(id, size);
    if (indexOf.size === size) {
      // A duplicate id (a validation error upstream): the first asset keeps it.
      indexOf.set(id, ids.indexOf(id));
      continue;
    }
    rows[size] = row;
    ids[size] = id;
  }
  ids.length = indexOf.size;
  const firstRow = rows.subarray(0, ids.length);
  const n = ids.length;
  const edgeFrom = new Int32Array(dependencies.length);
  const edgeTo = new Int32Array(dependencies.length);
  const edgeKind = new Uint8Array(dependencies.length);
  let m = 0;
  const broken: BrokenDependency[] = [];
  for (let index = 0; index < dependencies.length; index++) {
    const dependency = dependencies[index]!;
    const from = indexOf.get(dependency.from);
    const to = indexOf.get(dependency.to);
    if (from === undefined || to === undefined) {
      broken.push({ index, dependency, missing: from === undefined && to === undefined ? 'both' : from === undefined ? 'from' : 'to' });
      continue;
    }
    if (from === to) continue;
    edgeFrom[m] = from;
    edgeTo[m] = to;
    edgeKind[m] = kindCode(dependency.kind);
    m++;
  }
  const dependsOn = buildCsr(n, edgeFrom, edgeTo, m);
  // Views of the kept dependencies only, so `edgeFrom.length === m` for whoever walks the list.
  return { ids, indexOf, firstRow, edgeFrom: edgeFrom.subarray(0, m), edgeTo: edgeTo.subarray(0, m), edgeKind: edgeKind.subarray(0, m), m, dependsOn, dependedOnBy: reverseCsr(dependsOn), broken };
}
