/**
 * PNG and SVG export of the graph as the leadership sees it: the whole estate fitted to the page
 * with a title, the play position and a legend. PNG renders the same canvas drawing off screen.
 */
import { fitTransform } from '../../../shared/layout';
import { saveFile } from '../../platform';
import { drawScene } from './drawScene';
import { sceneToSvg } from './exportSvg';
import type { SvgOptions } from './exportSvg';
import type { Scene } from './scene';
import { safeFileName } from '../../../shared/format';

const PNG_SIZE = 1600;
const HEADER = 72;

/**
 * Exports the scene.
 * @returns the file name saved, or undefined when the user cancelled
 */
export async function exportGraph(format: 'png' | 'svg', scene: Scene, options: SvgOptions, baseName: string): Promise<string | undefined> {
  const name = `${safeFileName(baseName)}.${format}`;
  if (format === 'svg') return (await saveFile(name, sceneToSvg(scene, options), 'image/svg+xml')) ? name : undefined;
  const bytes = await renderPng(scene, options);
  return (await saveFile(name, bytes, 'image/png')) ? name : undefined;
}

async function renderPng(scene: Scene, o: SvgOptions): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = PNG_SIZE;
  canvas.height = PNG_SIZE + HEADER;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2d context unavailable');
  const t = fitTransform(scene.model.layout.extent, PNG_SIZE, PNG_SIZE, 24);
  drawScene(ctx, scene, { width: PNG_SIZE, height: PNG_SIZE + HEADER, transform: { ...t, ty: t.ty + HEADER }, dpr: 1, tierLabels: o.tierLabels, connectFrom: -1, hover: -1 });
  ctx.fillStyle = '#1f2329';
  ctx.font = '600 22px system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
  ctx.textAlign = 'left';
  ctx.fillText(o.title, 24, 34);
  ctx.font = '15px system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';
  ctx.fillStyle = '#5c6470';
  ctx.fillText(o.subtitle, 24, 58);
  let x = 24;
  const y = PNG_SIZE + HEADER - 20;
  for (const item of o.legend) {
    ctx.fillStyle = item.colour;
    ctx.beginPath();
    ctx.arc(x + 7, y - 5, 7, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = '#1f2329';
    ctx.fillText(item.label, x + 20, y);
    x += 40 + ctx.measureText(item.label).width;
  }
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  return new Uint8Array(await blob.arrayBuffer());
}

