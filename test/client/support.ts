import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildP12 } from '../../certs/p12.js';
import { LsgwClient, type LsgwClientOptions } from '../../client/index.js';
import type { TestFederation } from '../support/federation.js';
import { residentId } from '../blacklist/fixtures.js';

/** The PEM files of a demo member of the test's CA, as a member would pass them. */
export function memberFiles(fed: TestFederation, slug: string) {
  const m = fed.certs.member(slug);
  return { cert: m.cert, key: m.key, ca: fed.certs.ca };
}

/** The member's certificate, key and the CA packed into a .p12 under a temp folder, with its passphrase. */
export function memberP12(fed: TestFederation, slug: string, passphrase = 'correct horse battery') {
  const m = fed.certs.member(slug);
  const p12 = join(mkdtempSync(join(tmpdir(), 'lsgw-p12-')), `${slug}.p12`);
  const pem = (p: string) => readFileSync(p, 'utf8');
  writeFileSync(
    p12,
    buildP12({ keyPem: pem(m.key), certPems: [pem(m.cert), pem(fed.certs.ca)], password: passphrase }),
  );
  return { p12, passphrase, ca: fed.certs.ca };
}

/** Clients made by a test, closed by `closeAll` in afterAll. */
export function tClients(fed: TestFederation) {
  const made: LsgwClient[] = [];
  return {
    as(slug: string, opts: Partial<LsgwClientOptions> = {}) {
      const c = new LsgwClient({ url: fed.gatewayUrl, member: memberFiles(fed, slug), ...opts });
      made.push(c);
      return c;
    },
    closeAll: () => Promise.all(made.map((c) => c.close())),
  };
}

/**
 * A TCP relay in front of the gateway (TLS stays end to end) that can lose one answer: `loseNextAnswer`
 * dooms the connections open at that moment (their handshakes are done, as the test made a request through
 * them first), and the next bytes the gateway sends on one of them are dropped and both sockets destroyed: the
 * request was served, but its client never hears back. Connections opened later pass untouched.
 */
export async function startLossyRelay(target: string) {
  const { port } = new URL(target);
  const open = new Set<{ client: Socket; upstream: Socket }>();
  let doomed = new Set<{ client: Socket; upstream: Socket }>();
  let dropped = 0;
  const server: Server = createServer((client) => {
    const upstream = createConnection({ host: '127.0.0.1', port: Number(port) });
    const pair = { client, upstream };
    open.add(pair);
    client.on('data', (b) => upstream.write(b));
    upstream.on('data', (b) => {
      if (doomed.has(pair)) {
        doomed = new Set();
        dropped++;
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(b);
    });
    for (const s of [client, upstream]) {
      s.on('error', () => undefined);
      s.on('close', () => {
        client.destroy();
        upstream.destroy();
        open.delete(pair);
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `https://localhost:${address.port}/graphql`,
    loseNextAnswer: () => void (doomed = new Set(open)),
    dropped: () => dropped,
    close: () =>
      new Promise<void>((resolve) => {
        for (const p of open) p.client.destroy(), p.upstream.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `n` distinct valid resident ID numbers (born a day apart from 1950-01-01, in 440304), for peer checks. */
export function residentIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const born = new Date(Date.UTC(1950, 0, 1) + i * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    return residentId(`440304${born}123`);
  });
}
