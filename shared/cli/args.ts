/** A small, strict argument parser: positionals, `--flag` booleans and `--name value` options. */
import { UsageError } from './types';

export type ParsedArgs = { positionals: string[]; flags: Set<string>; options: Map<string, string> };

/**
 * @param args the arguments after the subcommand
 * @param spec which names are boolean flags and which take a value, and how many positionals the
 *   command takes at most (more is a usage error naming them, not silently ignored: `--budget 5`
 *   where `--budget` is a flag would otherwise drop the 5)
 */
export function parseArgs(args: readonly string[], spec: { flags?: string[]; options?: string[]; positionals?: number }): ParsedArgs {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (spec.flags?.includes(name)) {
      flags.add(name);
    } else if (spec.options?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} 需要一个值`, `--${name} needs a value`);
      options.set(name, value);
    } else {
      throw new UsageError(`未知选项 --${name}`, `unknown option --${name}`);
    }
  }
  if (spec.positionals !== undefined && positionals.length > spec.positionals) {
    const extra = positionals.slice(spec.positionals).join(' ');
    throw new UsageError(`多余的参数：${extra}`, `unexpected arguments: ${extra}`);
  }
  return { positionals, flags, options };
}
