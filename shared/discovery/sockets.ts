/**
 * Socket tables collected without agents: `ss -tnp` / `ss -tanp` on Linux and `netstat -ano` on
 * Windows (English or Chinese locale: 活动连接 / 协议 本地地址 外部地址 状态). Each established
 * connection becomes a flow from its client to its server: the side whose port is listening in the
 * same capture is the server; without LISTEN rows, the side with the lower, non-ephemeral port.
 */
import type { Parsed } from '../model';
import { makeIssue } from '../model';

export type Flow = { clientIp: string; serverIp: string; port: number; count: number; first?: string; last?: string; source: string };
type Socket = { state: string; local: [string, number]; peer: [string, number] };

/** `10.1.1.1:80`, `[::ffff:10.1.1.1]:80`, `::ffff:10.1.1.1:80`, `*:*` → address and port. */
function endpoint(text: string): [string, number] | undefined {
  const bracket = /^\[(.+)\]:(\d+|\*)$/.exec(text);
  const plain = /^(.+):(\d+|\*)$/.exec(text);
  const match = bracket ?? plain;
  if (!match) return undefined;
  const address = match[1]!.replace(/^::ffff:/i, '').replace(/%.+$/, '');
  return [address, match[2] === '*' ? 0 : Number(match[2])];
}

const ESTABLISHED = /^(ESTAB|ESTABLISHED|已建立)$/i;
const LISTENING = /^(LISTEN|LISTENING|侦听|正在侦听|监听)$/i;
const EPHEMERAL_FROM = 32768;
const LOOPBACK = /^(127\.|::1$)/;

/**
 * @param text the captured output
 * @param source file name (evidence and messages)
 * @param capturedAt when it was captured (ISO), used as first and last seen
 */
export function parseSocketTable(text: string, source: string, capturedAt?: string): Parsed<Flow[]> {
  const sockets: Socket[] = [];
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const cells = raw.trim().split(/\s+/);
    if (cells.length < 4) continue;
    let state: string;
    let local: [string, number] | undefined;
    let peer: [string, number] | undefined;
    if (/^(TCP|TCPv6)$/i.test(cells[0]!)) {
      // netstat -ano: Proto Local Foreign State PID
      [local, peer, state] = [endpoint(cells[1]!), endpoint(cells[2]!), cells[3]!];
    } else if (/^(tcp)$/i.test(cells[0]!) && cells.length >= 6) {
      // ss -tanp with the Netid column: Netid State Recv-Q Send-Q Local Peer [Process]
      [state, local, peer] = [cells[1]!, endpoint(cells[4]!), endpoint(cells[5]!)];
    } else if (/^[A-Z-]+[0-9]?$/i.test(cells[0]!) && /^\d+$/.test(cells[1]!) && /^\d+$/.test(cells[2]!)) {
      // ss -tnp: State Recv-Q Send-Q Local Peer [Process]
      [state, local, peer] = [cells[0]!, endpoint(cells[3]!), endpoint(cells[4]!)];
    } else continue;
    if (local && peer) sockets.push({ state, local, peer });
  }
  if (sockets.length === 0) {
    return { ok: false, issues: [makeIssue({ code: 'sockets-empty', file: source, zh: '没有识别到套接字行（支持 ss -tnp、ss -tanp、netstat -ano 的输出）', en: 'no socket rows recognised (ss -tnp, ss -tanp and netstat -ano output are supported)' })] };
  }
  const listening = new Set(sockets.filter((s) => LISTENING.test(s.state)).map((s) => s.local[1]));
  const flows = new Map<string, Flow>();
  for (const s of sockets) {
    if (!ESTABLISHED.test(s.state) && !/^(TIME_WAIT|TIME-WAIT|CLOSE_WAIT|CLOSE-WAIT)$/i.test(s.state)) continue;
    const [localIp, localPort] = s.local;
    const [peerIp, peerPort] = s.peer;
    if (LOOPBACK.test(localIp) && LOOPBACK.test(peerIp)) continue;
    // With LISTEN rows (ss -tanp, netstat -ano) the listening side serves; without, the lower, non-ephemeral port.
    const localServes = listening.size > 0 ? listening.has(localPort) : localPort < peerPort && localPort < EPHEMERAL_FROM;
    const [clientIp, serverIp, port] = localServes ? [peerIp, localIp, localPort] : [localIp, peerIp, peerPort];
    const key = `${clientIp}>${serverIp}:${port}`;
    const flow = flows.get(key) ?? { clientIp, serverIp, port, count: 0, source, ...(capturedAt ? { first: capturedAt, last: capturedAt } : {}) };
    flow.count++;
    flows.set(key, flow);
  }
  return { ok: true, value: [...flows.values()], issues: [] };
}
