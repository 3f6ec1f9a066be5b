/**
 * `xcplan market [--assumptions <file.json>] [--json]`: the national hospital domestic OS and CPU
 * markets per year from the model, with the seed's published points beside them.
 */
import { basename } from 'node:path';

import { compareToSeed, DEFAULT_MARKET_ASSUMPTIONS, marketModel, readMarketAssumptions, SEED_POINTS, SEED_SOURCE } from '../../market';
import type { MarketAssumptions } from '../../market';
import { parseArgs } from '../args';
import { printIssues, readJsonFile } from '../load';
import type { CliCommand } from '../types';
import { formatMoney, formatShare } from '../../format';

export const command: CliCommand = {
  name: 'market',
  usage: 'market [--assumptions <假设.json>] [--json]',
  summary: { zh: '全国医院国产操作系统与 CPU 市场规模模型（对照亿欧数据）', en: 'national hospital domestic OS and CPU market model, beside the seed figures' },
  async run(args, io) {
    const { flags, options } = parseArgs(args, { flags: ['json'], options: ['assumptions'], positionals: 0 });
    let assumptions: MarketAssumptions = DEFAULT_MARKET_ASSUMPTIONS;
    const path = options.get('assumptions');
    if (path) {
      const raw = await readJsonFile(path, 'assumptions-unreadable', { zh: '假设文件', en: 'the assumptions' });
      printIssues(raw.issues, io);
      if (!raw.ok) return 1;
      const read = readMarketAssumptions(raw.value, basename(path));
      printIssues(read.issues, io);
      if (!read.ok) return 1;
      assumptions = read.value;
    }
    const result = marketModel(assumptions);
    const seed = compareToSeed(result, SEED_POINTS);
    if (flags.has('json')) {
      io.stdout(JSON.stringify({
        unit: result.unit,
        years: result.years.map((y) => ({ year: y.year, os: y.os, cpu: y.cpu })),
        seed: { source: SEED_SOURCE, points: seed },
        details: result.years,
      }, null, 2));
      return 0;
    }
    const yi = (v: number) => formatMoney(v, 'yi', io.lang).split(' ')[0]!;
    io.stdout(io.lang === 'zh' ? '单位：亿元' : 'Amounts in 100M yuan (亿元)');
    io.stdout(io.lang === 'zh' ? '年份\t医院数\t终端\t服务器\t操作系统\t增速\tCPU\t增速' : 'Year\tHospitals\tTerminals\tServers\tOS\tGrowth\tCPU\tGrowth');
    for (const y of result.years) {
      const g = (v: number | null) => (v === null ? '—' : formatShare(v, 0));
      io.stdout([y.year, y.hospitals, y.terminals, y.servers, yi(y.os), g(y.osGrowth), yi(y.cpu), g(y.cpuGrowth)].join('\t'));
    }
    io.stdout(io.lang === 'zh' ? `\n对照：${SEED_SOURCE.zh}` : `\nSeed: ${SEED_SOURCE.en}`);
    for (const point of seed) {
      const model = point.kind === 'growth' ? formatShare(point.model, 0) : yi(point.model);
      const mark = point.within ? '✓' : '✗';
      io.stdout(`${mark} ${point.text[io.lang]} — ${io.lang === 'zh' ? '模型' : 'model'} ${model} (${formatShare(point.deviation, 1)})`);
    }
    return seed.every((p) => p.within) || path ? 0 : 1;
  },
};
