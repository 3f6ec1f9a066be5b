/** The contract every `xcplan` subcommand implements; commands are testable without a process. */
import type { Lang } from '../model';

export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Language for human-readable output (`--lang en`, default zh). */
  lang: Lang;
};

export type CliCommand = {
  name: string;
  summary: { zh: string; en: string };
  usage: string;
  /** @returns the process exit code (0 ok, 1 input errors, 2 usage errors) */
  run: (args: string[], io: CliIo) => Promise<number>;
};

export class UsageError extends Error {
  override name = 'UsageError';
}
