/**
 * The matcher. A catalogue is compiled once into one Aho–Corasick automaton over every alias
 * (entries, vendors, keywords) plus a one-edit fuzzy index for latin names; classifying an asset
 * is then one pass over its text, and repeated strings are answered from a cache.
 */
import { BUILT_IN_CATALOGUE } from '../catalogue';
import type { Catalogue, CatalogueEntry, CpuArch, Role, Vendor } from '../catalogue';
import type { Asset, Category, Disposition } from '../model';
import { CATEGORIES } from '../model';
import { buildAutomaton } from './automaton';
import type { AliasHit, Automaton } from './automaton';
import { KEYWORDS } from './keywords';
import { aliasWeight, compactAlias, editDistance, isLetter, isWordChar, normalizeText } from './matchText';
import type { NormalizedText } from './matchText';
import { resolveClassification } from './resolve';
import { suggestDisposition } from './disposition';

const unknownDisposition = (input: ClassifyInput): Pick<Classification, 'disposition' | 'dispositionReason'> => {
  const s = suggestDisposition('unknown', input.category, { name: input.main });
  return { disposition: s.disposition, dispositionReason: s.reason };
};

/** The product's origin as classified (a PC's follows its CPU); `openSource` marks foreign open source. */
export type Origin = 'domestic' | 'foreign' | 'unknown';

export type Classification = {
  category?: Category;
  origin: Origin;
  /** Suggested disposition and why (never `compliant` for an application from its vendor alone). */
  disposition: Disposition;
  dispositionReason: { zh: string; en: string };
  cpuArch?: CpuArch;
  match: { vendor: string; product: string; entryId: string } | null;
  /** 0..1: how sure the classifier is of `origin` (0 when unknown). */
  confidence: number;
  /** Short explanation: which words decided, for the confirmation table. */
  evidence?: string;
  /** Foreign-origin open source (MySQL, PostgreSQL, Tomcat): replace only if policy requires. */
  openSource?: boolean;
};

/** What an alias points at. */
export type Target = { kind: 'entry'; entry: CatalogueEntry } | { kind: 'vendor'; vendor: Vendor } | { kind: 'keyword'; category?: Category; role?: Role; arch?: CpuArch };

export type Alias = { key: string; weight: number; needStart: boolean; needEnd: boolean; targets: Target[]; raw: string };

/** One alias found in an asset's text, with what it points at. */
export type Found = { alias: Alias; start: number; end: number; fuzzy: boolean };

export type Classifier = {
  catalogue: Catalogue;
  classify: (asset: Partial<Asset>) => Classification;
  /** Every alias found in a text (for tests and the evidence column). */
  find: (text: string) => Found[];
  entryById: Map<string, CatalogueEntry>;
  vendorById: Map<string, Vendor>;
};

const CACHE_LIMIT = 200_000;
const FUZZY_MIN = 5;
const compiled = new WeakMap<Catalogue, Classifier>();

/**
 * Classifies one asset. Never throws, whatever the input.
 * @param asset the asset or import row (any field may be missing)
 * @param catalogue the catalogue to match against (built-in by default; pass the merged one)
 * @returns the inferred category (when the asset has none or it is invalid), origin, CPU
 *   architecture, matched entry and a confidence
 */
export function classifyAsset(asset: Partial<Asset>, catalogue: Catalogue = BUILT_IN_CATALOGUE): Classification {
  return classifierFor(catalogue).classify(asset);
}

/**
 * The compiled classifier of a catalogue, compiled on first use and kept while the catalogue
 * object lives (merge a new catalogue after user edits to get a fresh one).
 */
export function classifierFor(catalogue: Catalogue = BUILT_IN_CATALOGUE): Classifier {
  let classifier = compiled.get(catalogue);
  if (!classifier) {
    classifier = compileClassifier(catalogue);
    compiled.set(catalogue, classifier);
  }
  return classifier;
}

/**
 * Compiles a catalogue into a classifier (an automaton over all aliases and a result cache).
 * @param catalogue the catalogue
 * @returns the classifier; reuse it for many assets
 */
export function compileClassifier(catalogue: Catalogue): Classifier {
  const aliases: Alias[] = [];
  const byKey = new Map<string, Alias>();
  const add = (raw: string, target: Target) => {
    const wholeWord = raw.endsWith('$');
    const key = compactAlias(wholeWord ? raw.slice(0, -1) : raw);
    if (key.length === 0) return;
    let alias = byKey.get(key);
    if (!alias) {
      const latin = /^[a-z0-9]+$/.test(key);
      alias = { key, raw, weight: aliasWeight(key), needStart: isWordChar(key[0]), needEnd: wholeWord || (latin && key.length <= 3), targets: [] };
      byKey.set(key, alias);
      aliases.push(alias);
    }
    if (wholeWord) alias.needEnd = true;
    alias.targets.push(target);
  };
  for (const entry of catalogue.entries) for (const raw of entry.aliases) add(raw, { kind: 'entry', entry });
  for (const vendor of catalogue.vendors) for (const raw of [...vendor.aliases, vendor.en, vendor.zh]) add(raw, { kind: 'vendor', vendor });
  for (const keyword of KEYWORDS) add(keyword.text, { kind: 'keyword', ...keyword });

  const automaton = buildAutomaton(aliases.map((alias) => alias.key));
  const fuzzy = buildFuzzyIndex(aliases);
  const entryById = new Map(catalogue.entries.map((entry) => [entry.id, entry]));
  const vendorById = new Map(catalogue.vendors.map((vendor) => [vendor.id, vendor]));
  const cache = new Map<string, Classification>();

  const find = (text: string): Found[] => (text.length === 0 ? [] : findAliases(normalizeText(text), automaton, aliases, fuzzy));
  const classifier: Classifier = {
    catalogue,
    entryById,
    vendorById,
    find,
    classify(asset) {
      const input = readInput(asset);
      const key = `${input.category ?? ''}\u0001${input.main}\u0001${input.cpu}\u0001${input.os}`;
      const cached = cache.get(key);
      if (cached) return cached;
      let result: Classification;
      try {
        result = resolveClassification(input, { main: find(input.main), cpu: find(input.cpu), os: find(input.os) }, classifier);
      } catch {
        // A bug here must not stop an import: report "unknown" for this asset and go on.
        result = { origin: 'unknown', match: null, confidence: 0, ...unknownDisposition(input) };
      }
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, result);
      return result;
    },
  };
  return classifier;
}

/** `main` joins name, vendor, product and version; `vendor` is the vendor field alone (a developer's registered name). */
export type ClassifyInput = { category?: Category; main: string; cpu: string; os: string; vendor?: string };

const str = (value: unknown): string => (typeof value === 'string' ? (value.length > 512 ? value.slice(0, 512) : value) : typeof value === 'number' ? String(value) : '');
const KNOWN_CATEGORIES: ReadonlySet<string> = new Set(CATEGORIES);

/** The text fields of an asset joined as the matcher reads them (no arrays: it runs once per asset). */
function readInput(asset: Partial<Asset>): ClassifyInput {
  const rawCategory: unknown = asset?.category;
  const category = typeof rawCategory === 'string' && KNOWN_CATEGORIES.has(rawCategory) ? (rawCategory as Category) : undefined;
  const main = joinPresent(joinPresent(joinPresent(str(asset?.name), str(asset?.vendor)), str(asset?.product)), str(asset?.version));
  const cpu = str(asset?.cpu);
  const os = str(asset?.os);
  const vendor = str(asset?.vendor).trim();
  return { ...(category ? { category } : {}), main, cpu, os, ...(vendor ? { vendor } : {}) };
}

const joinPresent = (a: string, b: string): string => (a && b ? `${a} | ${b}` : a || b);

function findAliases(text: NormalizedText, automaton: Automaton, aliases: Alias[], fuzzy: Map<string, number[]>): Found[] {
  const raw = automaton.search(text.compact);
  const found: Found[] = [];
  for (const hit of raw) {
    const alias = aliases[hit.alias]!;
    if (!boundariesHold(text, hit, alias)) continue;
    found.push({ alias, start: hit.start, end: hit.end, fuzzy: false });
  }
  const kept = dropContained(found);
  // Misspellings: latin words of five letters or more that no alias covered, one edit away from an alias.
  const words = text.spaced.split(' ');
  let offset = 0;
  for (const word of words) {
    const start = offset;
    offset += word.length;
    if (word.length < FUZZY_MIN || !/^[a-z]+[0-9]*$/.test(word)) continue;
    const letters = word.replace(/[0-9]+$/, '');
    if (letters.length < FUZZY_MIN) continue;
    const covered = kept.some((f) => rangeOverlaps(text, f, start, start + letters.length));
    if (covered) continue;
    const candidates = new Set<number>();
    for (const variant of deletions(letters)) for (const index of fuzzy.get(variant) ?? []) candidates.add(index);
    for (const index of candidates) {
      const alias = aliases[index]!;
      // Typos keep the first letter (windos, orcale); without that, `center` would read as `vcenter`.
      if (alias.key[0] === letters[0] && editDistance(alias.key, letters) <= 1) kept.push({ alias, start: -1, end: -1, fuzzy: true });
    }
  }
  return kept;
}

function boundariesHold(text: NormalizedText, hit: AliasHit, alias: Alias): boolean {
  const spacedStart = text.positions[hit.start]!;
  const spacedEnd = text.positions[hit.end - 1]!;
  if (alias.needStart && isWordChar(text.spaced[spacedStart - 1])) return false;
  if (alias.needEnd && isLetter(text.spaced[spacedEnd + 1])) return false;
  return true;
}

/** Drops hits lying strictly inside a longer hit (`麒麟` inside `中标麒麟`, `server` inside `sql server`). */
function dropContained(found: Found[]): Found[] {
  return found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
}

function rangeOverlaps(text: NormalizedText, f: Found, spacedStart: number, spacedEnd: number): boolean {
  if (f.fuzzy) return false;
  const a = text.positions[f.start]!;
  const b = text.positions[f.end - 1]! + 1;
  return a < spacedEnd && spacedStart < b;
}

function buildFuzzyIndex(aliases: Alias[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  aliases.forEach((alias, i) => {
    if (alias.key.length < FUZZY_MIN || !/^[a-z]+$/.test(alias.key)) return;
    if (alias.targets.every((t) => t.kind === 'keyword')) return;
    for (const variant of deletions(alias.key)) {
      const list = index.get(variant);
      if (list) list.push(i);
      else index.set(variant, [i]);
    }
  });
  return index;
}

/** The word itself and every one-character deletion of it. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

