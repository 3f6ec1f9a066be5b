#!/usr/bin/env node
/**
 * `xcplan`: the command line over shared/. Each subcommand lives in commands/<name>.ts and
 * exports `command: CliCommand`; they are loaded on demand so a slow one costs nothing to others.
 */
import type { CliCommand, CliIo } from './types';
import { FileError, UsageError } from './types';

const COMMANDS = ['validate', 'classify', 'plan', 'forecast', 'market', 'procure', 'report', 'runbook', 'discover', 'assess', 'db', 'push', 'pull', 'group'] as const;

async function loadCommand(name: string): Promise<CliCommand | undefined> {
  if (!(COMMANDS as readonly string[]).includes(name)) return undefined;
  try {
    const mod = (await import(`./commands/${name}.ts`)) as { command: CliCommand };
    return mod.command;
  } catch (error) {
    if (error instanceof Error && /Cannot find module|ERR_MODULE_NOT_FOUND/.test(error.message)) return undefined;
    throw error;
  }
}

async function printHelp(io: CliIo): Promise<void> {
  io.stdout(io.lang === 'zh' ? '用法: xcplan <命令> [参数]  （--lang en 切换英文）\n' : 'usage: xcplan <command> [args]  (--lang zh for Chinese)\n');
  for (const name of COMMANDS) {
    const command = await loadCommand(name);
    if (command) io.stdout(`  ${command.usage.padEnd(64)} ${command.summary[io.lang]}`);
  }
}

/**
 * Runs the command line.
 * @param argv arguments after the program name
 * @returns the exit code
 */
export async function main(argv: string[], io: Omit<CliIo, 'lang'>): Promise<number> {
  const args = [...argv];
  let lang: CliIo['lang'] = 'zh';
  const langAt = args.indexOf('--lang');
  if (langAt >= 0) {
    lang = args[langAt + 1] === 'en' ? 'en' : 'zh';
    args.splice(langAt, 2);
  }
  const fullIo: CliIo = { ...io, lang };
  const [name, ...rest] = args;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    await printHelp(fullIo);
    return name ? 0 : 2;
  }
  const command = await loadCommand(name);
  if (!command) {
    fullIo.stderr(lang === 'zh' ? `未知命令: ${name}` : `unknown command: ${name}`);
    await printHelp(fullIo);
    return 2;
  }
  try {
    return await command.run(rest, fullIo);
  } catch (error) {
    if (error instanceof UsageError) {
      fullIo.stderr(`${error.in(lang)}\n${lang === 'zh' ? '用法' : 'usage'}: xcplan ${command.usage}`);
      return 2;
    }
    if (error instanceof FileError) {
      // A file that cannot be read or written is the user's to fix, not a crash: no stack.
      fullIo.stderr(`${lang === 'zh' ? '错误' : 'error'}: ${error.path}: ${lang === 'zh' ? error.zh : error.en}`);
      return 1;
    }
    throw error;
  }
}

const isEntry = process.argv[1] !== undefined && /shared[\\/]cli[\\/]main\.ts$/.test(process.argv[1]);
if (isEntry) {
  // `xcplan … | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
