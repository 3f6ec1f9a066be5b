export const messages = {
  title: 'Settings',
  display: 'Display',
  language: 'Language',
  money: 'Money unit',
  unit: { wan: '$t(common:units.wan)', yuan: '$t(common:units.yuan)' },
  priceBook: 'Price book (active project)',
  storage: {
    title: 'Local data storage',
    persisted: 'Persistent storage granted: the browser will not evict this app’s data when the disk fills up.',
    notPersisted: 'Persistent storage not granted: the browser may evict data when the disk is nearly full.',
    unknown: 'Storage status is not available here.',
    usage: '{{usage}} used of a {{quota}} quota',
    ask: 'Ask for persistent storage again',
    backup: 'All data stays on this computer. See Backup and restore below: the desktop app backs up automatically; in the web build, download a backup regularly.',
  },
};
