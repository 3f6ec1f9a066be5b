/**
 * `xcplan assess <project file> [--json]`: each assessed system's difficulty grade, effort and
 * completeness (extensions.assessment), and each database instance's migration assessment
 * (extensions.dbassess): engine, target and tool, conversion effort, final-sync downtime, rewrite.
 */
import { basename } from 'node:path';

import { assessmentConfidence, assessProject, GRADE_LABELS, readAssessment } from '../../assessment';
import { assessDatabases, readDbAssess, TARGET_TOOLS } from '../../dbassess';
import { parseArgs } from '../args';
import { loadProjectForCommand, printIssues } from '../load';
import type { CliCommand } from '../types';

export const command: CliCommand = {
  name: 'assess',
  usage: 'assess <项目文件.xcplan.json> [--json]',
  summary: { zh: '系统改造难度与工作量、数据库迁移评估', en: 'difficulty and effort per system, database migration assessment' },
  async run(args, io) {
    const { positionals, flags } = parseArgs(args, { flags: ['json'], positionals: 1 });
    const [path] = positionals;
    const project = await loadProjectForCommand(path, undefined, io);
    if (!project) return 1;
    const file = basename(path!);
    const section = readAssessment(project, file);
    const dbSection = readDbAssess(project, file);
    printIssues([...section.issues, ...dbSection.issues], io);
    if (!section.ok || !dbSection.ok) return 1;
    const systems = [...assessProject(project, section.value).values()];
    const databases = assessDatabases(project, dbSection.value);
    const confidence = assessmentConfidence(systems);
    if (flags.has('json')) {
      io.stdout(JSON.stringify({ confidence, systems: systems.map(({ asset, ...a }) => ({ id: asset.id, name: asset.name, ...a })), databases }, null, 2));
      return 0;
    }
    const zh = io.lang === 'zh';
    io.stdout(zh ? `== 系统评估（${systems.length} 个，答题完整度加权 ${Math.round(confidence * 100)}%）==` : `== Systems (${systems.length}, effort-weighted completeness ${Math.round(confidence * 100)}%) ==`);
    for (const a of systems) {
      const rewrite = a.rewrite ? (zh ? '  应用重写' : '  rewrite') : '';
      io.stdout(`  ${a.asset.id} ${a.asset.name}  ${zh ? '难度' : 'grade'} ${a.grade}（${GRADE_LABELS[a.grade][io.lang]}） ${zh ? '风险分' : 'score'} ${a.score}  ${a.effort}${a.effortHigh > a.effort ? `–${a.effortHigh}` : ''} ${zh ? '人天' : 'person-days'}  ${zh ? '完整度' : 'answered'} ${Math.round(a.completeness * 100)}%${rewrite}`);
    }
    io.stdout(zh ? `\n== 数据库实例（${databases.length} 个）==` : `\n== Database instances (${databases.length}) ==`);
    for (const db of databases) {
      const what = db.engine === 'domestic' ? (zh ? '已是国产数据库' : 'already domestic') : db.estimate.rewrite ? (zh ? 'Caché/MUMPS：随应用重写，非数据库替换' : 'Caché/MUMPS: application rewrite, not a database swap') : `→ ${TARGET_TOOLS[db.target].product[io.lang]} (${db.estimate.tools.migrate} + ${db.estimate.tools.sync})  ${db.estimate.effort} ${zh ? '人天' : 'person-days'}  ${zh ? '停机' : 'downtime'} ${db.estimate.downtimeHours} h${db.entered ? '' : zh ? '  （未录入对象数，按默认估算）' : '  (no counts entered: defaults)'}`;
      io.stdout(`  ${db.assetId} ${db.name} [${db.engine}]  ${what}`);
    }
    return 0;
  },
};
