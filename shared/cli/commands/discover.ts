/**
 * `xcplan discover <project> --addresses addresses.csv <capture>… [--json] [--accept-new --out p.json]`:
 * proposes dependencies from socket tables (ss, netstat) and firewall exports, with evidence.
 * `--accept-new --out` writes the project with every new proposal accepted and the addresses kept
 * in `extensions.discovery` (the app offers the same per proposal).
 */
import { basename } from 'node:path';

import { buildAddressIndex, decideProposals, DISCOVERY_KEY, importAddressCsv, proposeDependencies, readCapture, readDiscovery } from '../../discovery';
import { withExtension } from '../../io/extensions';
import type { Flow } from '../../discovery';
import { serializeProjectFile } from '../../io';
import { parseArgs } from '../args';
import { loadProjectForCommand, printIssues, readInputFile } from '../load';
import type { CliCommand } from '../types';
import { UsageError } from '../types';
import { checkOutputPath, writeAtomically } from '../write';

export const command: CliCommand = {
  name: 'discover',
  usage: 'discover <项目文件> --addresses 地址.csv <抓取文件>… [--json] [--accept-new --out 新项目.json]',
  summary: { zh: '从 ss/netstat 套接字表和防火墙会话导出发现依赖（含证据）', en: 'dependencies from ss/netstat socket tables and firewall exports, with evidence' },
  async run(args, io) {
    const { positionals, flags, options } = parseArgs(args, { flags: ['json', 'accept-new'], options: ['addresses', 'out'] });
    const [path, ...captures] = positionals;
    const zh = io.lang === 'zh';
    if (flags.has('accept-new') !== options.has('out')) throw new UsageError(zh ? '--accept-new 与 --out 需一起使用' : '--accept-new and --out go together');
    if (captures.length === 0 && path) throw new UsageError(zh ? '至少需要一个抓取文件' : 'at least one capture file is needed');
    const out = options.get('out');
    if (out) await checkOutputPath(out);
    const project = await loadProjectForCommand(path, undefined, io);
    if (!project) return 1;
    const stored = readDiscovery(project, basename(path!));
    printIssues(stored.issues, io);
    if (!stored.ok) return 1;
    let addresses = stored.value.addresses ?? {};
    const addressPath = options.get('addresses');
    if (addressPath) {
      const imported = importAddressCsv((await readInputFile(addressPath)).bytes, basename(addressPath), new Set(project.assets.map((a) => a.id)));
      printIssues(imported.issues, io);
      if (!imported.ok) return 1;
      addresses = { ...addresses, ...imported.value };
    }
    if (Object.keys(addresses).length === 0) throw new UsageError(zh ? '项目中没有地址，请用 --addresses 导入' : 'no addresses in the project: import them with --addresses');
    const flows: Flow[] = [];
    for (const capture of captures) {
      // Captures without timestamps are dated by the file's modification time, in local wall-clock time like the firewall logs.
      const { bytes, modified: mtime } = await readInputFile(capture);
      const local = new Date(mtime.getTime() - mtime.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
      const read = readCapture(bytes, basename(capture), local);
      printIssues(read.issues, io);
      if (!read.ok) return 1;
      flows.push(...read.value);
    }
    const result = proposeDependencies(project, flows, buildAddressIndex(project.assets, addresses), stored.value.rejected);
    if (flags.has('json')) io.stdout(JSON.stringify(result, null, 2));
    else {
      const label = { new: zh ? '新' : 'new', exists: zh ? '已有' : 'known', 'reverse-exists': zh ? '反向已有' : 'known reversed', rejected: zh ? '已拒绝' : 'rejected' } as const;
      for (const p of result.proposals) {
        const e = p.evidence;
        io.stdout(`[${label[p.status]}] ${p.from} → ${p.to} (${p.kind})  ${zh ? '端口' : 'ports'} ${e.ports.join(',')}  ${zh ? '次数' : 'count'} ${e.count}  ${e.first ?? ''}${e.last && e.last !== e.first ? ` – ${e.last}` : ''}  ${e.sources.join(', ')}`);
      }
      for (const u of result.unmatched) io.stdout(`${zh ? '未识别地址' : 'unknown address'} ${u.ip} (${u.side}) ${zh ? '端口' : 'ports'} ${u.ports.join(',')} ×${u.count}`);
    }
    if (out) {
      const fresh = result.proposals.filter((p) => p.status === 'new').map((p) => p.id);
      const decided = decideProposals(project.dependencies, result.proposals, fresh, []);
      const next = withExtension({ ...project, dependencies: decided.dependencies }, DISCOVERY_KEY, { ...stored.value, addresses });
      await writeAtomically(out, new TextEncoder().encode(serializeProjectFile(next)));
      io.stderr(zh ? `已写入 ${out}：新增 ${decided.added.length} 条依赖` : `wrote ${out}: ${decided.added.length} dependencies added`);
    }
    return 0;
  },
};
