/** One entry point for a capture file: a socket table or a firewall export, told apart by content. */
import { decodeText } from '../io';
import type { Parsed } from '../model';
import { parseFirewallExport } from './firewall';
import { parseSocketTable } from './sockets';
import type { Flow } from './sockets';

const SOCKET_TABLE = /活动连接|Active Connections|^\s*(Netid\s+)?State\s+Recv-Q/m;

/**
 * @param bytes the file (UTF-8, UTF-16 or GB18030)
 * @param file its name
 * @param capturedAt when it was taken, for captures without timestamps (ISO)
 */
export function readCapture(bytes: Uint8Array, file: string, capturedAt?: string): Parsed<Flow[]> {
  const { text } = decodeText(bytes);
  return SOCKET_TABLE.test(text) ? parseSocketTable(text, file, capturedAt) : parseFirewallExport(text, file, capturedAt);
}
