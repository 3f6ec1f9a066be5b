export const messages = {
  appName: '信创迁移规划',
  nav: {
    inventory: '资产清单',
    plan: '迁移计划',
    graph: '依赖图',
    forecast: '费用预测',
    procurement: '采购清单',
    report: '路线图报告',
    projects: '项目',
    settings: '设置',
  },
  language: '语言',
  loading: '加载中…',
};
