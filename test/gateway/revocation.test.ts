import { connect, type TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reissueCrl, revokeCertificate } from '../../certs/store.js';
import { memberCert } from '../support/certs.js';
import { tGateway, type TGateway } from './t-gateway.js';

/** DESIGN §3: only current members get in, on every connection, not only at its handshake. */
let gw: TGateway;
let aged: TGateway;
beforeAll(async () => {
  [gw, aged] = await Promise.all([
    tGateway((c) => ({ ...c, crlPollMs: 100 })),
    tGateway((c) => ({ ...c, maxConnectionAgeMs: 300 })),
  ]);
});
afterAll(() => Promise.all([gw?.close(), aged?.close()]));

/** One keep-alive connection, read as raw bytes, so that what the server does to it is visible. */
function open(
  on: TGateway,
  slug: string,
): Promise<{ socket: TLSSocket; received: () => string; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    let data = '';
    const socket = connect({
      host: '127.0.0.1',
      port: on.port,
      servername: 'localhost',
      ca: on.ca,
      ...memberCert(on.certs, slug),
    });
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.on('data', (d: Buffer) => (data += d.toString('latin1')));
    socket.once('error', () => undefined);
    socket.once('secureConnect', () => resolve({ socket, received: () => data, closed }));
    socket.once('error', reject);
  });
}

const request = (body: string, send = body.length) =>
  `POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, send)}`;
const TYPENAME = JSON.stringify({ query: '{ __typename }' });
const answers = (text: string) => text.match(/HTTP\/1\.1 \d{3}/g) ?? [];

describe('revocation and connection age', () => {
  it('closes a busy connection whose certificate is revoked, leaving its request in flight unanswered', async () => {
    const c = await open(gw, 'demo-platform');
    c.socket.write(request(TYPENAME));
    await expect.poll(() => answers(c.received())).toEqual(['HTTP/1.1 200']);
    // A second request is in flight: headers sent, the body only half.
    c.socket.write(request(TYPENAME, 5));
    revokeCertificate(gw.certs.dir, 'demo-platform');
    await c.closed;
    expect(answers(c.received())).toEqual(['HTTP/1.1 200']);
    expect(
      gw.logger.lines.filter((l) => l.event === 'connection_closed').map((l) => [l.fields.reason, l.fields.busy]),
    ).toEqual([['CERT_REVOKED', true]]);
    // And a new connection is refused with the reason.
    const again = await gw.as('demo-platform').query('{ __typename }');
    expect(again.status).toBe(401);
    expect(again.body.errors?.[0].extensions?.reason).toBe('CERT_REVOKED');
  });

  it('leaves connections of members still in good standing open', async () => {
    const c = await open(gw, 'samr-zhejiang');
    c.socket.write(request(TYPENAME));
    await expect.poll(() => answers(c.received())).toEqual(['HTTP/1.1 200']);
    revokeCertificate(gw.certs.dir, 'demo-platform-b');
    await expect.poll(() => gw.logger.lines.filter((l) => l.event === 'tls_reloaded').length).toBeGreaterThanOrEqual(2);
    c.socket.write(request(TYPENAME));
    await expect.poll(() => answers(c.received())).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    c.socket.destroy();
  });

  it('answers the first request after the maximum connection age with Connection: close, then closes', async () => {
    const c = await open(aged, 'demo-platform');
    c.socket.write(request(TYPENAME));
    await expect.poll(() => answers(c.received()).length).toBe(1);
    expect(c.received()).toMatch(/keep-alive/i);
    await new Promise((r) => setTimeout(r, 500));
    c.socket.write(request(TYPENAME));
    await c.closed;
    expect(answers(c.received())).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
    expect(c.received().split('HTTP/1.1 200')[2]).toMatch(/connection: close/i);
  });

  it('refuses members while the CRL is past its nextUpdate, says why, and recovers when it is re-signed, without a restart', async () => {
    const g = await tGateway((c) => ({ ...c, crlPollMs: 100 }));
    try {
      // A CRL signed 30 days minus 2 s ago: valid for 2 more seconds.
      reissueCrl(g.certs.dir, new Date(Date.now() - 30 * 86_400_000 + 2_000));
      await expect
        .poll(async () => (await g.as('demo-platform').query('{ __typename }')).body.errors?.[0]?.extensions?.reason, {
          timeout: 15_000,
          interval: 250,
        })
        .toBe('CRL_HAS_EXPIRED');
      expect(
        g.logger.lines.some((l) => l.event === 'client_certificate_refused' && l.fields.reason === 'CRL_HAS_EXPIRED'),
      ).toBe(true);
      const health = await g.as('demo-platform').get('/healthz');
      expect(JSON.parse(health.raw).warnings.map((w: { code: string }) => w.code)).toContain('TLS_CRL_EXPIRED');
      reissueCrl(g.certs.dir);
      await expect
        .poll(async () => (await g.as('demo-platform').query('{ __typename }')).status, {
          timeout: 15_000,
          interval: 250,
        })
        .toBe(200);
      expect(JSON.parse((await g.as('demo-platform').get('/healthz')).raw).warnings).toBeUndefined();
    } finally {
      await g.close();
    }
  });
});
