/**
 * Test-only helper for command tests: a CliIo that records what a command prints. Use it as the io
 * itself (`run(args, c)`, then `c.out`) or destructured (`const { io, out, err } = captureIo()`).
 */
import type { CliIo } from './types';

export type CapturedIo = CliIo & { io: CliIo; out: string[]; err: string[] };

export function captureIo(lang: CliIo['lang'] = 'zh'): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), lang };
  return Object.assign(io, { io, out, err });
}
