/** The group roll-up as table rows, for the terminal, XLSX export and the app alike. */
import { PRICE_LINES } from '../forecast';
import type { ExportCell, ExportSheet } from '../io/export';
import { GLOSSARY } from '../model';
import { tenderPackageTable } from '../procurement/table';
import type { Lang } from '../model';
import type { Rollup } from './store';

const share = (value: number | null): ExportCell => (value === null ? '' : Math.round(value * 1000) / 10);

/** Per hospital and year, per year over all hospitals (amounts in yuan, coverage in %), and the joint tenders when there are any. */
export function rollupSheets(rollup: Rollup, lang: Lang): ExportSheet[] {
  const zh = lang === 'zh';
  const families = zh ? ['Oracle 实例', 'Windows 终端/许可', 'VMware 主机', 'Intel 服务器'] : ['Oracle instances', 'Windows seats', 'VMware hosts', 'Intel servers'];
  const perHospital: ExportSheet = {
    name: zh ? '按医院与年份' : 'By hospital and year',
    headers: [
      zh ? '医院编号' : 'Hospital id',
      zh ? '医院' : 'Hospital',
      zh ? '省份' : 'Province',
      zh ? '修订' : 'Revision',
      zh ? '年份' : 'Year',
      ...PRICE_LINES.map((l) => `${GLOSSARY[lang].costLine[l]}${zh ? '（元）' : ' (yuan)'}`),
      zh ? '合计（元）' : 'Total (yuan)',
      zh ? '业务系统覆盖率%' : 'Systems coverage %',
      zh ? '终端覆盖率%' : 'Terminals coverage %',
      zh ? '服务器覆盖率%' : 'Servers coverage %',
      zh ? '仍为国外的核心系统' : 'Core systems still foreign',
      ...families,
    ],
    rows: rollup.rows.map((r) => [
      r.hospitalId,
      r.hospitalName,
      r.province ?? '',
      r.revision,
      r.year,
      ...PRICE_LINES.map((l) => Math.round(r.spend[l])),
      Math.round(r.spend.total),
      share(r.coverage.systems),
      share(r.coverage.terminals),
      share(r.coverage.servers),
      r.coreSystemsForeign,
      r.families.oracleInstances,
      r.families.windowsSeats,
      r.families.vmwareHosts,
      r.families.intelServers,
    ]),
    formats: [undefined, undefined, undefined, undefined, undefined, ...PRICE_LINES.map(() => 'yuan' as const), 'yuan', 'decimal1', 'decimal1', 'decimal1', 'count', 'count', 'count', 'count', 'count'],
  };
  const perYear: ExportSheet = {
    name: zh ? '按年份汇总' : 'By year',
    headers: [zh ? '年份' : 'Year', zh ? '医院数' : 'Hospitals', zh ? '合计（元）' : 'Total (yuan)', zh ? '仍为国外的核心系统' : 'Core systems still foreign', ...families],
    rows: rollup.years.map((y) => [y.year, y.hospitals, Math.round(y.total), y.coreSystemsForeign, y.families.oracleInstances, y.families.windowsSeats, y.families.vmwareHosts, y.families.intelServers]),
    formats: [undefined, 'count', 'yuan', 'count', 'count', 'count', 'count', 'count'],
  };
  // The joint tenders (联合采购包), each naming its hospitals as the other sheets do.
  const names = new Map(rollup.rows.map((r) => [r.hospitalId, r.hospitalName]));
  const joint = tenderPackageTable(rollup.packages.map((p) => ({ ...p, hospitals: p.hospitalIds.map((id) => names.get(id) ?? id) })), lang);
  return rollup.packages.length > 0 ? [perHospital, perYear, joint] : [perHospital, perYear];
}
