/**
 * The graph as a standalone SVG document (for the leadership's slides and the PDF report): the
 * whole estate fitted to the page, the same colours as the canvas, a title line and a legend.
 * Pure string building so it can be tested without a DOM.
 */
import { escapeMarkup } from '../../../shared/format';
import { DEPENDENCY_KINDS } from '../../../shared/model';
import type { Tier } from '../../../shared/model';
import { EDGE, FILL_ORDER, HIGHLIGHT, RING, ROLE } from './scene';
import type { Scene } from './scene';

export type SvgOptions = {
  title: string;
  subtitle: string;
  tierLabels: Record<Tier, string>;
  legend: { label: string; colour: string }[];
  /** Page size in px. */
  size?: number;
};

const DASH: Record<string, string> = { 'runs-on': '', 'connects-to': '2 3', 'integrates-with': '6 4', protects: '1 2' };

/**
 * Serialises the scene as SVG.
 * @returns the SVG document text (UTF-8, with XML declaration)
 */
export function sceneToSvg(scene: Scene, o: SvgOptions): string {
  const size = o.size ?? 1200;
  const header = 64;
  const { x, y, r, bands, extent } = scene.model.layout;
  const scale = (size - 40) / (2 * Math.max(extent, 1));
  const cx = size / 2;
  const cy = header + size / 2;
  const X = (v: number) => (cx + v * scale).toFixed(1);
  const Y = (v: number) => (cy + v * scale).toFixed(1);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size + header + 40}" viewBox="0 0 ${size} ${size + header + 40}" font-family="system-ui, 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif">`);
  out.push(`<rect width="100%" height="100%" fill="#fbfcfd"/>`);
  out.push(`<text x="20" y="30" font-size="18" font-weight="600" fill="#1f2329">${escapeMarkup(o.title)}</text>`);
  out.push(`<text x="20" y="52" font-size="13" fill="#5c6470">${escapeMarkup(o.subtitle)}</text>`);
  out.push('<g fill="none" stroke="#e3e7ed">');
  for (const band of bands) if (band.count > 0) out.push(`<circle cx="${cx}" cy="${cy}" r="${(((band.inner + band.outer) / 2) * scale).toFixed(1)}"/>`);
  out.push('</g><g font-size="12" fill="#7b8494" text-anchor="middle">');
  bands.forEach((band, b) => {
    if (band.count > 0) out.push(`<text x="${cx}" y="${(cy - (b === 0 ? 0 : band.inner - 22) * scale + 4).toFixed(1)}">${escapeMarkup(o.tierLabels[band.tier])}</text>`);
  });
  out.push('</g>');
  const { edgeFrom, edgeTo, edgeKind } = scene.model.graph;
  for (let kind = 0; kind < DEPENDENCY_KINDS.length; kind += 1) {
    const name = DEPENDENCY_KINDS[kind]!;
    const d: string[] = [];
    for (let e = 0; e < edgeFrom.length; e += 1) {
      if (edgeKind[e] !== kind) continue;
      d.push(`M${X(x[edgeFrom[e]!]!)} ${Y(y[edgeFrom[e]!]!)}L${X(x[edgeTo[e]!]!)} ${Y(y[edgeTo[e]!]!)}`);
    }
    if (d.length === 0) continue;
    const dash = DASH[name] ? ` stroke-dasharray="${DASH[name]}"` : '';
    out.push(`<path d="${d.join('')}" fill="none" stroke="${EDGE[name]}" stroke-opacity="${scene.hasSelection ? 0.08 : 0.5}" stroke-width="0.8"${dash} data-kind="${name}"/>`);
  }
  for (let f = 0; f < FILL_ORDER.length; f += 1) {
    const circles: string[] = [];
    for (let i = 0; i < x.length; i += 1) {
      if (scene.fill[i] !== f) continue;
      const faded = scene.role[i] === ROLE.faded ? ' fill-opacity="0.18"' : '';
      const stroke = ringStroke(scene, i);
      circles.push(`<circle cx="${X(x[i]!)}" cy="${Y(y[i]!)}" r="${Math.max(0.8, r[i]! * scale).toFixed(1)}"${faded}${stroke}><title>${escapeMarkup(scene.model.nodes[i]!.asset.name)}</title></circle>`);
    }
    if (circles.length > 0) out.push(`<g fill="${FILL_ORDER[f]}">${circles.join('')}</g>`);
  }
  const ly = size + header + 20;
  let lx = 20;
  out.push('<g font-size="12" fill="#1f2329">');
  for (const item of o.legend) {
    out.push(`<circle cx="${lx + 6}" cy="${ly - 4}" r="6" fill="${item.colour}"/><text x="${lx + 16}" y="${ly}">${escapeMarkup(item.label)}</text>`);
    lx += 24 + item.label.length * 13;
  }
  out.push('</g></svg>');
  return out.join('\n');
}

function ringStroke(scene: Scene, i: number): string {
  if (scene.selected === i) return ` stroke="${RING.selected}" stroke-width="3"`;
  if (scene.role[i] === ROLE.prerequisite) return ` stroke="${HIGHLIGHT.prerequisite}" stroke-width="2"`;
  if (scene.role[i] === ROLE.dependent) return ` stroke="${HIGHLIGHT.dependent}" stroke-width="2"`;
  const flags = scene.ring[i]!;
  if (flags & 4) return ` stroke="${RING.cycle}" stroke-width="2"`;
  if (flags & 8) return ` stroke="${RING.broken}" stroke-width="2" stroke-dasharray="3 2"`;
  if (flags & 2) return ` stroke="${RING.unscheduled}" stroke-width="2"`;
  if (flags & 1) return ` stroke="${RING.retained}" stroke-width="1.6"`;
  return '';
}

