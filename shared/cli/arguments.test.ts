/**
 * What every `xcplan` command does with its arguments: extra arguments and unknown options are
 * usage errors in the user's language (never silently dropped), `--scenario` takes a file or one
 * of the project's scenarios by name, and an unreadable input file is one line naming it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { parseArgs } from './args';
import { command as forecast } from './commands/forecast';
import { command as plan } from './commands/plan';
import { command as procure } from './commands/procure';
import { command as discover } from './commands/discover';
import { captureIo } from './testIo';
import { FileError, UsageError } from './types';

const SAMPLE = join(__dirname, '..', '..', 'fixtures', 'sample-tertiary.xcplan.json');

describe('parseArgs', () => {
  it('refuses more positionals than the command takes, naming them, in both languages', () => {
    const error = (() => {
      try {
        parseArgs(['p.json', '5'], { flags: ['budget'], positionals: 1 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).in('zh')).toBe('多余的参数：5');
    expect((error as UsageError).in('en')).toBe('unexpected arguments: 5');
    expect(parseArgs(['p.json', '--budget'], { flags: ['budget'], positionals: 1 }).flags.has('budget')).toBe(true);
  });

  it('names an unknown option and a missing value in Chinese first', () => {
    expect(() => parseArgs(['--nope'], {})).toThrow('未知选项 --nope');
    expect(() => parseArgs(['--year'], { options: ['year'] })).toThrow('--year 需要一个值');
  });
});

describe('commands', () => {
  it('forecast --budget 5: a usage error, not the forecast without the 5', async () => {
    await expect(forecast.run([SAMPLE, '--budget', '5'], captureIo())).rejects.toThrow('多余的参数：5');
  });

  it('--scenario by name gives that scenario; an unknown name lists the known ones', async () => {
    const byName = captureIo();
    expect(await plan.run([SAMPLE, '--scenario', '预算受限', '--json'], byName)).toBe(0);
    const baseline = captureIo();
    expect(await plan.run([SAMPLE, '--json'], baseline)).toBe(0);
    const waves = (c: { out: string[] }) => (JSON.parse(c.out.join('\n')) as { waves: unknown[] }).waves.length;
    // The budget-capped scenario of the sample takes longer than its baseline.
    expect(waves(byName)).toBeGreaterThan(waves(baseline));
    const unknown = captureIo();
    expect(await forecast.run([SAMPLE, '--scenario', '不存在'], unknown)).toBe(1);
    expect(unknown.err).toEqual(['错误: --scenario 不存在: 既不是存在的情景文件，也不是 sample-tertiary.xcplan.json 中的情景（现有：基准、快速、预算受限）']);
    expect(unknown.out).toEqual([]);
  });

  it('procure --year with no purchases says which years have them', async () => {
    const c = captureIo();
    expect(await procure.run([SAMPLE, '--year', '1999', '--json'], c)).toBe(0);
    expect(c.err).toEqual(['1999 年没有采购条目；有采购的年份：2027、2028、2029、2030']);
  });

  it('discover with a missing address file: a FileError naming it', async () => {
    const error = await discover.run([SAMPLE, '--addresses', '/nonexistent/addresses.csv', '/nonexistent/capture.txt'], captureIo()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).path).toBe('/nonexistent/addresses.csv');
    expect((error as FileError).zh).toBe('文件不存在或无法读取');
  });
});
