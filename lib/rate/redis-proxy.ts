import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

/**
 * Test support: a TCP proxy to Redis that can hold every byte it receives (a Redis that stops answering,
 * as under a long pause) or cut every connection and refuse new ones (a Redis that is gone). No mocks:
 * the limit store under test speaks to a real Redis through it.
 */
export interface RedisProxy {
  url: string;
  stall(): void;
  release(): void;
  cut(): Promise<void>;
  close(): Promise<void>;
}

export async function redisProxy(target: URL): Promise<RedisProxy> {
  let stalled = false;
  const pending: Array<() => void> = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => {}).on('close', () => (sockets.delete(s), client.destroy(), upstream.destroy()));
    }
    client.on('data', (d) => (stalled ? pending.push(() => upstream.write(d)) : upstream.write(d)));
    upstream.on('data', (d) => client.write(d));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const closed = () =>
    new Promise<void>((r) => {
      for (const s of sockets) s.destroy();
      server.close(() => r());
    });
  return {
    url: `redis://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stall: () => void (stalled = true),
    release: () => {
      stalled = false;
      for (const f of pending.splice(0)) f();
    },
    cut: closed,
    close: () => (server.listening ? closed() : Promise.resolve()),
  };
}
