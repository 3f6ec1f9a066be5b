export const messages = {
  title: '设置',
  display: '显示',
  language: '界面语言',
  money: '金额单位',
  unit: { wan: '$t(common:units.wan)', yuan: '$t(common:units.yuan)' },
  priceBook: '价格表（当前项目）',
  storage: {
    title: '本地数据存储',
    persisted: '已获得持久存储：浏览器不会因磁盘空间紧张而清除本应用的数据。',
    notPersisted: '尚未获得持久存储：磁盘空间紧张时浏览器可能清除数据。',
    unknown: '此环境无法查询存储状态。',
    usage: '已用 {{usage}} / 可用配额 {{quota}}',
    ask: '再次申请持久存储',
    backup: '所有数据只保存在本机。备份与恢复见下方“备份与恢复”：桌面版自动备份，网页版请定期下载备份。',
  },
};
