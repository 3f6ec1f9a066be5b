/**
 * The one palette: the colours of the app's charts, the dependency graph and the report (screen,
 * print and PDF), so a cost line, a state or a dependency kind has the same colour everywhere.
 * Muted, print-safe tones after DESIGN's calm style; state colours read as domestic green, foreign
 * red, retained brown, unscheduled amber.
 */
import type { CostLineKey } from '../model';

/** One colour per spend line of the forecast (the app chart, the report chart, the group chart). */
export const COST_LINE_COLOURS: Readonly<Record<CostLineKey, string>> = {
  os: '#2f5d8a',
  cpu: '#6b9bd1',
  database: '#2f7d6d',
  middleware: '#8fbcae',
  security: '#b5822f',
  application: '#8a6fb0',
  other: '#a3abb5',
  /** Dual-track running and training / change management: not a purchase. */
  transition: '#c4a3a0',
};

/** Where an asset stands: the graph's node fills and rings, the report's estate picture. */
export const STATE_COLOURS = {
  domestic: '#2f7d4f',
  migrated: '#4fa373',
  foreign: '#c0553b',
  unknown: '#9aa0a8',
  retained: '#8a7552',
  unscheduled: '#d08a00',
  /** Cycles, broken references: something to fix. */
  problem: '#b42318',
} as const;

/** Dependency kinds (graph view, graph export, report picture). */
export const EDGE_COLOURS = { 'runs-on': '#4a5565', 'connects-to': '#98a2b3', 'integrates-with': '#3b6fb6', protects: '#b45309' } as const;

/** The selection and what its walks reach. */
export const HIGHLIGHT_COLOURS = { selected: '#1d5fbf', prerequisite: '#1d5fbf', dependent: '#8b3fb0' } as const;

/** Distinct series in order (years of the procurement, hospitals of a group). */
export const SERIES_COLOURS = ['#2f5d8a', '#2f7d6d', '#b5822f', '#8a6fb0', '#6b9bd1', '#8fbcae', '#a3574a', '#7a8594'] as const;
