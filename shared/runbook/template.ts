/**
 * Runbook templates per kind of cut-over (issue 16, part 3): what must be true to go, how to roll
 * back, who is there and what is checked afterwards (真替真用: the new system is really used).
 * Data in both languages; the generator (build.ts) dates and fills them.
 */
import type { Category } from '../model';

type Text = { zh: string; en: string };
export type TemplateKind = 'application' | 'database' | 'platform' | 'network' | 'terminal';

export type RunbookTemplate = { goNoGo: Text[]; rollback: Text[]; people: Text[]; postChecks: Text[] };

const t = (zh: string, en: string): Text => ({ zh, en });

/** Which template a unit uses: the kind of its leading asset. */
export function templateKindOf(categories: readonly Category[]): TemplateKind {
  if (categories.includes('application')) return 'application';
  if (categories.includes('database')) return 'database';
  if (categories.some((c) => c === 'terminal' || c === 'peripheral' || c === 'office')) return 'terminal';
  if (categories.some((c) => c === 'network' || c === 'security-appliance')) return 'network';
  return 'platform';
}

const COMMON_GO: Text[] = [
  t('全量迁移演练已完成，实际耗时在窗口内', 'a full rehearsal ran and fit the window'),
  t('最终备份完成并已验证可恢复', 'final backup taken and restore verified'),
  t('回退方案已演练，回退负责人在场', 'rollback rehearsed, its owner present'),
  t('业务科室已确认停机公告与应急预案', 'departments confirmed the downtime notice and contingency plan'),
];

export const TEMPLATES: Record<TemplateKind, RunbookTemplate> = {
  application: {
    goNoGo: [
      ...COMMON_GO,
      t('用户验收测试（UAT）通过，无一级缺陷遗留', 'user acceptance passed, no severity-1 defect open'),
      t('接口联调通过（HL7、医保前置机、支付）', 'interfaces tested end to end (HL7, insurance front-end, payment)'),
      t('信创终端客户端、读卡与打印控件已在全部目标终端安装验证', 'domestic-OS client, card-reader and print controls verified on every target terminal'),
      t('关键用户培训完成，操作手册已下发', 'key users trained, manuals handed out'),
    ],
    rollback: [
      t('停止新系统写入，保留新系统数据快照备查', 'stop writes on the new system, keep a snapshot for review'),
      t('将切换后产生的业务数据按回退脚本回写旧系统（或手工补录）', 'write the data created since the switch back to the old system by script (or re-enter by hand)'),
      t('恢复旧系统的负载均衡、域名与连接配置，开放旧系统', 'restore load balancer, DNS and connection settings, open the old system'),
      t('通知科室回退完成，记录原因并复盘', 'tell the departments, record the cause, hold a review'),
    ],
    people: [
      t('切换总指挥（信息中心主任）', 'cut-over lead (head of the information centre)'),
      t('应用厂商实施团队与研发值守', "application vendor's implementation team and on-call developers"),
      t('数据库与系统管理员', 'database and system administrators'),
      t('网络与安全值班', 'network and security on duty'),
      t('业务科室联络人（门诊、住院、医技、收费）', 'department contacts (outpatient, inpatient, medical technology, billing)'),
    ],
    postChecks: [
      t('挂号、医嘱、收费、医保结算全流程抽样通过', 'registration, orders, billing and insurance settlement sampled end to end'),
      t('接口消息无积压，错误队列为空', 'no interface backlog, error queues empty'),
      t('性能：高峰时段响应时间不劣于切换前', 'peak-hour response times no worse than before'),
      t('真替真用：新系统承载全部日常业务，旧系统只读（记录使用率）', 'really used: the new system carries all daily work, the old one is read-only (usage recorded)'),
      t('等保与密评相关配置（审计、加密、国密证书）生效', 'security configuration (audit, encryption, SM certificates) in force'),
    ],
  },
  database: {
    goNoGo: [
      ...COMMON_GO,
      t('对象转换完成，存储过程与触发器单元测试通过', 'objects converted, procedures and triggers unit-tested'),
      t('增量同步延迟稳定在分钟级以内', 'incremental sync lag stable under a minute'),
      t('数据比对（行数、校验和）无差异', 'data comparison (row counts, checksums) shows no difference'),
    ],
    rollback: [
      t('应用连接串切回源库', 'point the applications back to the source database'),
      t('启用反向同步（新库 → 源库）补回切换后数据', 'use reverse sync (new → source) to bring back data written since the switch'),
      t('核对关键表行数后开放', 'reconcile key tables, then open'),
    ],
    people: [
      t('数据库管理员（源库与目标库）', 'database administrators (source and target)'),
      t('数据库厂商迁移工程师', "database vendor's migration engineers"),
      t('应用厂商值守', 'application vendor on call'),
    ],
    postChecks: [
      t('慢 SQL 与执行计划巡检', 'slow SQL and plan review'),
      t('备份与容灾复制在新库上运行', 'backup and DR replication running on the new database'),
      t('源库只读保留至双轨期结束', 'source kept read-only until the dual-track period ends'),
    ],
  },
  platform: {
    goNoGo: [...COMMON_GO, t('新平台（服务器、虚拟化、存储）压力测试通过', 'new platform (servers, virtualization, storage) load-tested'), t('租户迁移顺序与资源配额已确认', 'tenant migration order and quotas confirmed')],
    rollback: [t('将已迁移的虚拟机或业务迁回原平台', 'move migrated VMs or workloads back to the old platform'), t('恢复原平台存储映射与网络配置', 'restore the old storage mappings and network settings')],
    people: [t('系统与虚拟化管理员', 'system and virtualization administrators'), t('平台厂商工程师', "platform vendor's engineers"), t('各租户应用负责人', 'owners of each tenant application')],
    postChecks: [t('监控、备份、容灾覆盖新平台', 'monitoring, backup and DR cover the new platform'), t('原平台下线时间已排定', 'retirement of the old platform scheduled')],
  },
  network: {
    goNoGo: [...COMMON_GO, t('新设备配置与策略已逐条比对', 'new device configuration and policies compared rule by rule'), t('带外管理通道可用', 'out-of-band management available')],
    rollback: [t('恢复原设备接线与配置', 'restore the old cabling and configuration'), t('确认路由收敛、业务恢复', 'confirm routes converge and services recover')],
    people: [t('网络与安全管理员', 'network and security administrators'), t('设备厂商工程师', "device vendor's engineers")],
    postChecks: [t('关键业务访问与医保专网连通', 'key services and the insurance network reachable'), t('安全策略命中与日志正常上报', 'policies hit and logs reported')],
  },
  terminal: {
    goNoGo: [t('信创终端镜像与外设驱动验证通过', 'domestic terminal image and peripheral drivers verified'), t('用户数据迁移方案确认', 'user data migration confirmed'), t('科室培训排期完成', 'department training scheduled')],
    rollback: [t('保留旧终端一周备用', 'keep the old terminals for a week as spares')],
    people: [t('桌面运维', 'desktop support'), t('终端厂商驻场', "terminal vendor's on-site staff"), t('科室联络人', 'department contacts')],
    postChecks: [t('真替真用：抽查终端实际使用（登录与业务操作记录）', 'really used: sample the terminals\' actual use (logins and work done)')],
  },
};
