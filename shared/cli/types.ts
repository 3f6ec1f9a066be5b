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

/** A file named on the command line that cannot be read or written, with why in both languages (main.ts prints one line, no stack). */
export class FileError extends Error {
  override name = 'FileError';
  constructor(
    readonly path: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${path}: ${en}`);
  }
}

/** A usage error: its message in the command's language, or (`en` given) Chinese as the message and English beside it. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly en?: string,
  ) {
    super(message);
  }

  /** The text in `lang`. */
  in(lang: Lang): string {
    return lang === 'en' && this.en !== undefined ? this.en : this.message;
  }
}
