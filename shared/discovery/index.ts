/** Dependencies from the network, offline: addresses, socket tables, firewall exports, proposals (issue 16). */
export * from './addresses';
export * from './sockets';
export * from './firewall';
export * from './propose';
export * from './capture';
