import { GLOSSARY } from '../../../../shared/model/labels';
import { ITEM_LABELS } from '../../../../shared/report/labels';

export const messages = {
  title: '费用预测',
  subtitle: '按年、按费用线的信创替换支出（低–高区间），预算上限与信创覆盖率；全国医院国产操作系统与 CPU 市场模型。',
  tabs: { project: '项目预测', compare: '情景对比', market: '全国市场', book: '价格本' },
  loading: '正在计算…',
  noProject: '请先在“项目”中打开或创建一个项目。',
  error: '无法计算预测：',
  tableCaption: '金额单位：{{unit}}',
  lines: GLOSSARY.zh.costLine,
  chart: { label: '各年支出（按费用线堆叠）', band: '价格本低–高区间（每项单价取其低值/高值）', budget: '年度预算上限（约束一次性支出）', oneOff: '一次性支出（计入预算上限）', coverage: '业务系统信创覆盖率', coverageAxis: '覆盖率' },
  table: {
    year: '年份', total: '合计', range: '低–高', coverage: '覆盖率', securityShare: '安全占比', budget: '预算上限', sum: '合计',
    belowMinimum: '低于 {{min}} 下限',
    oneOff: '一次性', support: '服务费', assessments: '等保/密评', dualTrack: '双轨运行', change: '培训与变革', savings: '节约', shortfall: '安全缺口', highOverBudget: '高值超出预算上限',
    rangeNote: '低–高：价格本中每项单价自身的低值与高值。合计按费用线相加，也按款项相加：一次性 + 服务费 + 等保/密评 + 双轨运行 + 培训与变革 = 合计。一次性支出与迁移计划各批次、采购清单一致，受年度预算上限约束（迁移计划按此安排批次）；服务费（已购国产产品的年度订阅与维保）、等保测评与密评、双轨运行（新旧并行期间旧系统的维保）、培训与变革另列，不占预算上限。节约为平台下线后停付的境外维保，未从合计中扣除；安全缺口为达到 {{min}} 所需补足的安全投入（元）。',
  },
  summary: {
    totalNote: '含年度订阅与维保',
    total: '规划期总支出', peak: '支出高峰', fullCoverage: '全面覆盖', fullCoverageNote: '全部应替资产完成替代', fullCoverageRetained: '按例外保留的 {{count}} 项资产除外', notReached: '规划期内未达到', flags: '安全投入不足年份',
    beyond: '规划期之后的批次：{{amount}}', securityNote: '新建信息化项目网络安全预算不低于项目总预算的 {{min}}（国卫规划发〔2022〕29号 第三十条）。',
  },
  budgetNeed: { title: '预算与进度', ask: '测算所需年度预算', asking: '正在按不同年度预算重新编排测算…', hint: '按每年 {{cap}}的预算上限重新编排，与不受预算约束的进度对比，并找出可按该进度完成的最低年度预算（最多重新编排 14 次）。' },
  compare: {
    loading: '正在按各情景分别排程与测算…',
    name: '情景', total: '总支出', range: '低–高', years: '全面覆盖所需年数', peakYear: '高峰年份', peakSpend: '高峰支出',
    finalCoverage: '期末覆盖率', waves: '批次', unscheduled: '未排入', single: '项目只有一个情景；在“迁移计划”中添加情景后即可对比。', notReached: '未达到', yearsValue: '{{count}} 年',
  },
  market: {
    title: '全国医院国产操作系统与 CPU 市场规模（亿元）', os: '操作系统', cpu: 'CPU', seed: '亿欧数据', model: '模型',
    seedTable: '与亿欧智库发布数据对照', point: '发布数据', modelValue: '模型', deviation: '偏差', within: '在容差内', outside: '超出容差',
    assumptions: '模型假设（可编辑）', reset: '恢复默认假设', hospitals: '医院数', terminals: '终端', servers: '服务器',
    grade: { tertiary: '三级', secondary: '二级', primary: '一级', ungraded: '未定级' },
    perHospitalTerminals: '每院终端数', perHospitalServers: '每院服务器数', growth: '医院数年增长',
    adoption: '国产化累计渗透率（年末）', prices: '单价（元，{{year}} 年价）', osDesktop: '操作系统·桌面', osServer: '操作系统·服务器',
    cpuTerminal: 'CPU 平台·终端', cpuServer: 'CPU 平台·服务器', price: '单价', change: '年变化', support: '年服务费率',
    cpuNote: 'CPU 市场按国产 CPU 整机平台价值计：按芯片单价计算，医院终端与服务器存量无法达到 521.9 亿元。',
  },
  book: {
    title: '价格本', intro: '国产替代的单价（元/台·套），低/基准/高三档，年价格变化与年服务费率。默认值均为规划估算，请用本地招标价替换；资产上填写的单价优先于价格本。',
    item: '项目', line: '费用线', low: '低', base: '基准', high: '高', change: '年变化 %', recurring: '年服务费 %', estimate: '估算', quoted: '已修改',
    source: '来源', cpuFamily: '目标 CPU 路线', baseYear: '价格基准年', reset: '恢复默认价格', saved: '已保存', saveFailed: '保存失败：{{message}}', noProject: '打开项目后可编辑价格本。',
    families: { mixed: '混合（不指定）', kunpeng: '鲲鹏', phytium: '飞腾', loongson: '龙芯', hygon: '海光', zhaoxin: '兆芯' },
    items: ITEM_LABELS.zh,
  },
};
