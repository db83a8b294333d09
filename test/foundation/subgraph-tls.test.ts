import { connect, type ConnectionOptions } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeCertificate } from '../../certs/store.js';
import { memberCert, serviceCert } from '../support/certs.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

/**
 * The subgraphs share the gateway's TLS bootstrap (lib/http/mtls-server.ts): one cipher policy, and TLS
 * files re-read when they change, so a CRL published after start is enforced without a restart.
 */
let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ env: { CRL_POLL_MS: '100' } });
});
afterAll(() => fed?.close());

type Outcome = { protocol: string; cipher: string } | { error: string };

function handshake(url: string, opts: ConnectionOptions): Promise<Outcome> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port: Number(port), servername: 'localhost', ca: fed.ca, ...opts });
    s.once('secureConnect', () => {
      // TLS 1.3 sends the server's verdict on the client certificate after the handshake: wait for it.
      s.once('data', () => undefined);
      setTimeout(() => {
        resolve(s.destroyed ? { error: 'closed' } : { protocol: s.getProtocol() ?? '', cipher: s.getCipher().name });
        s.destroy();
      }, 150);
    });
    s.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
}

describe('subgraph TLS', () => {
  it.each([
    ['AES128-SHA', 'RSA key exchange, CBC, SHA-1'],
    ['AES128-GCM-SHA256', 'RSA key exchange (no forward secrecy)'],
    ['ECDHE-RSA-AES128-SHA', 'CBC with SHA-1'],
  ])('refuses a TLS 1.2 client offering only %s (%s), as the gateway does', async (cipher) => {
    const r = await handshake(fed.subgraphs.blacklist.url, {
      ...serviceCert(fed.certs, 'gateway'),
      maxVersion: 'TLSv1.2',
      ciphers: `${cipher}@SECLEVEL=0`,
    });
    expect(r).toEqual({ error: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE' });
  });

  it('speaks TLS 1.2 only with a forward-secret AEAD cipher, and TLS 1.3', async () => {
    const tls12 = await handshake(fed.subgraphs['penalty-reports'].url, {
      ...serviceCert(fed.certs, 'gateway'),
      maxVersion: 'TLSv1.2',
    });
    expect(tls12).toMatchObject({
      protocol: 'TLSv1.2',
      cipher: expect.stringMatching(/^ECDHE-(RSA|ECDSA)-(AES\d+-GCM-SHA\d+|CHACHA20-POLY1305)$/),
    });
    expect(
      await handshake(fed.subgraphs['penalty-reports'].url, {
        ...serviceCert(fed.certs, 'gateway'),
        minVersion: 'TLSv1.3',
      }),
    ).toMatchObject({ protocol: 'TLSv1.3' });
  });

  it('refuses at the handshake a certificate revoked after it started, once the CRL file changes', async () => {
    const url = fed.subgraphs['case-cooperation'].url;
    const member = memberCert(fed.certs, 'demo-platform');
    // A member certificate chains to the CA, so the handshake passes (the request is then refused: not the gateway).
    expect(await handshake(url, { ...member, maxVersion: 'TLSv1.2' })).toMatchObject({ protocol: 'TLSv1.2' });
    revokeCertificate(fed.certs.dir, 'demo-platform');
    await expect
      .poll(() => handshake(url, { ...member, maxVersion: 'TLSv1.2' }), { timeout: 10_000, interval: 200 })
      .toEqual({ error: expect.stringMatching(/CERTIFICATE_REVOKED|ECONNRESET/) });
  });

  it('closes an open connection whose certificate a new CRL revokes, as the gateway does', async () => {
    const { port } = new URL(fed.subgraphs.blacklist.url);
    const socket = connect({
      host: '127.0.0.1',
      port: Number(port),
      servername: 'localhost',
      ca: fed.ca,
      ...memberCert(fed.certs, 'samr-zhejiang'),
    });
    await new Promise((r) => socket.once('secureConnect', r));
    const closed = new Promise((r) => socket.once('close', r));
    socket.on('error', () => undefined);
    revokeCertificate(fed.certs.dir, 'samr-zhejiang');
    await closed;
    expect(socket.destroyed).toBe(true);
  });
});
