import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A TCP relay put between two of our processes to fail the link the way a network or a stuck process
 * does, without touching either end (TLS passes through it untouched, so mTLS stays end to end):
 * - `pass`: relays both ways.
 * - `refuse`: stops listening and drops every connection (connection refused, as a stopped process).
 * - `blackhole`: accepts new connections and never relays a byte (a stopped process whose kernel still
 *   completes the TCP handshake: the TLS handshake never ends).
 * - `drop-answers`: connections already open keep relaying towards the target, but nothing comes back
 *   (the request arrives and is served; its answer is lost).
 */
export type ProxyMode = 'pass' | 'refuse' | 'blackhole' | 'drop-answers';

export interface TProxy {
  readonly port: number;
  /** Where it relays to; settable until the first connection. */
  target: { host: string; port: number } | undefined;
  set(mode: ProxyMode): Promise<void>;
  close(): Promise<void>;
}

export async function tProxy(host = '127.0.0.1'): Promise<TProxy> {
  let mode: ProxyMode = 'pass';
  const open = new Set<Socket>();
  const track = (s: Socket) => (open.add(s), s.once('close', () => open.delete(s)), s.on('error', () => s.destroy()));
  const dropAll = () => {
    for (const s of open) s.destroy();
  };
  const server: Server = createServer((client) => {
    track(client);
    if (mode === 'blackhole' || !proxy.target) return void client.resume();
    const upstream = track(createConnection(proxy.target));
    client.on('data', (b) => upstream.write(b));
    upstream.on('data', (b) => {
      if (mode !== 'drop-answers') client.write(b);
    });
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, host, ok));
  const port = (server.address() as AddressInfo).port;
  const listening = () => server.listening;
  const proxy: TProxy = {
    port,
    target: undefined,
    async set(next) {
      // Open connections go (except to lose their answers), so the next call must connect anew.
      if (next !== 'drop-answers') dropAll();
      if (next === 'refuse' && listening()) await new Promise<void>((ok) => server.close(() => ok()));
      if (next !== 'refuse' && !listening()) await new Promise<void>((ok) => server.listen(port, host, ok));
      mode = next;
      // Settle: let the processes at either end see their connections close before the next call.
      await new Promise((ok) => setTimeout(ok, 100));
    },
    async close() {
      dropAll();
      if (listening()) await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
  return proxy;
}
