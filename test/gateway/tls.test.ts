import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { connect, type ConnectionOptions } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCertificate } from '../../certs/ca.js';
import { issueMember, revokeCertificate } from '../../certs/store.js';
import { codeOf, tClient } from '../../lib/testing/client.js';
import { memberCert, type ClientCert } from '../support/certs.js';
import { tGateway, type TGateway } from './t-gateway.js';

const PLATFORM_URI = 'spiffe://lsgw/platform/91330106MA27XXXXX0/330106';
const TYPENAME = '{ __typename }';

let gw: TGateway;
beforeAll(async () => {
  gw = await tGateway();
});
afterAll(() => gw?.close());

type Outcome = { protocol: string; cipher: string } | { error: string };

/** One raw TLS handshake against the gateway, presenting the demo platform's certificate. */
function handshake(opts: ConnectionOptions): Promise<Outcome> {
  return new Promise((resolve) => {
    const s = connect({
      host: '127.0.0.1',
      port: gw.port,
      servername: 'localhost',
      ca: gw.ca,
      ...memberCert(gw.certs, 'demo-platform'),
      ...opts,
    });
    s.once('secureConnect', () => {
      resolve({ protocol: s.getProtocol() ?? '', cipher: s.getCipher().name });
      s.end();
    });
    s.once('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
}

const handshakeFailures = () =>
  gw.logger.lines.filter((l) => l.event === 'tls_handshake_failed').map((l) => l.fields.errorCode);

describe('client-facing TLS', () => {
  it('refuses a TLS 1.1 handshake, even from a client willing to offer it', async () => {
    const before = handshakeFailures().length;
    // SECLEVEL=0 lets this client's OpenSSL actually offer TLS 1.1, so the refusal is the server's.
    const r = await handshake({ minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' });
    expect(r).toEqual({ error: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION' });
    expect(handshakeFailures().slice(before)).toContain('ERR_SSL_UNSUPPORTED_PROTOCOL');
  });

  it('refuses TLS 1.0 too', async () => {
    expect(await handshake({ minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' })).toEqual({
      error: 'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
    });
  });

  it('speaks TLS 1.2 with a forward-secret AEAD cipher', async () => {
    const r = await handshake({ maxVersion: 'TLSv1.2' });
    expect(r).toMatchObject({ protocol: 'TLSv1.2' });
    expect((r as { cipher: string }).cipher).toMatch(/^ECDHE-(RSA|ECDSA)-(AES\d+-GCM-SHA\d+|CHACHA20-POLY1305)$/);
  });

  it('speaks TLS 1.3', async () => {
    expect(await handshake({ minVersion: 'TLSv1.3' })).toMatchObject({ protocol: 'TLSv1.3' });
  });

  it.each([
    ['AES128-SHA', 'RSA key exchange, CBC, SHA-1'],
    ['AES256-GCM-SHA384', 'RSA key exchange (no forward secrecy)'],
    ['ECDHE-RSA-AES128-SHA', 'CBC with SHA-1'],
    ['ECDHE-RSA-AES256-SHA384', 'CBC'],
  ])('refuses a TLS 1.2 client offering only %s (%s)', async (cipher) => {
    const before = handshakeFailures().length;
    expect(await handshake({ maxVersion: 'TLSv1.2', ciphers: `${cipher}@SECLEVEL=0` })).toEqual({
      error: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
    });
    expect(handshakeFailures().slice(before)).toContain('ERR_SSL_NO_SHARED_CIPHER');
  });

  it('answers over HTTPS with TLS 1.2 and TLS 1.3 alike', async () => {
    for (const maxVersion of ['TLSv1.2', 'TLSv1.3'] as const) {
      const c = tClient(gw.url, gw.ca, memberCert(gw.certs, 'demo-platform'), { maxVersion });
      const r = await c.query(TYPENAME);
      await c.close();
      expect(r.body).toEqual({ data: { __typename: 'Query' } });
    }
  });
});

describe('why a client certificate was refused, in the log', () => {
  const caPair = () => ({ certPem: readFileSync(gw.certs.ca, 'utf8'), keyPem: readFileSync(gw.certs.caKey, 'utf8') });
  const serialOf = (pem: string | Buffer) => new X509Certificate(pem).serialNumber.toUpperCase();

  /** Calls the gateway with `cert`; returns the refusal log lines this connection produced. */
  async function refusedAs(cert?: ClientCert) {
    const before = gw.logger.lines.length;
    const r = await gw.withCert(cert).query(TYPENAME);
    expect(r.status).toBe(401);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    return gw.logger.lines.slice(before).filter((l) => l.event === 'client_certificate_refused');
  }

  function expectNoKeyMaterial(cert?: ClientCert) {
    const logged = gw.logger.json();
    expect(logged).not.toMatch(/PRIVATE KEY/);
    if (cert) {
      // Not even a fragment of the key's body.
      const body = String(cert.key)
        .replace(/-----[^-]+-----/g, '')
        .replace(/\s+/g, '');
      for (let i = 0; i + 40 <= body.length; i += 200) expect(logged).not.toContain(body.slice(i, i + 40));
    }
  }

  it('logs a missing certificate', async () => {
    const lines = await refusedAs(undefined);
    expect(lines).toEqual([
      {
        level: 'warn',
        event: 'client_certificate_refused',
        fields: { reason: 'NO_CERTIFICATE', subject: '', serial: '' },
      },
    ]);
  });

  it('logs a certificate from an unknown CA with its subject and serial', async () => {
    const other = createCa({ commonName: 'Impostor CA' });
    const issued = issueCertificate(other, { uri: PLATFORM_URI, commonName: 'Impostor Platform', usage: 'client' });
    const cert = { cert: issued.certPem, key: issued.keyPem };
    const [line] = await refusedAs(cert);
    expect(line.fields).toEqual({
      reason: expect.stringMatching(/UNABLE_TO_VERIFY|SELF_SIGNED|UNABLE_TO_GET_ISSUER/),
      subject: 'Impostor Platform',
      serial: serialOf(issued.certPem),
    });
    expectNoKeyMaterial(cert);
  });

  it('logs an expired certificate with its subject and serial', async () => {
    const now = Date.now();
    const issued = issueCertificate(caPair(), {
      uri: PLATFORM_URI,
      commonName: 'Expired Platform',
      usage: 'client',
      notBefore: new Date(now - 10 * 86_400_000),
      notAfter: new Date(now - 86_400_000),
    });
    const cert = { cert: issued.certPem, key: issued.keyPem };
    const [line] = await refusedAs(cert);
    expect(line.fields).toEqual({
      reason: 'CERT_HAS_EXPIRED',
      subject: 'Expired Platform',
      serial: serialOf(issued.certPem),
    });
    expectNoKeyMaterial(cert);
  });

  it('logs a revoked certificate with its subject and serial', async () => {
    const issued = issueMember(
      gw.certs.dir,
      { kind: 'platform', uscc: '91350100M000100Y43', region: '350102', name: 'Revoked Co.' },
      { slug: 'revoked-co' },
    );
    revokeCertificate(gw.certs.dir, issued.cert, 'keyCompromise');
    gw.gateway.reloadTls();
    const cert = memberCert(gw.certs, 'revoked-co');
    const [line] = await refusedAs(cert);
    expect(line.fields).toEqual({ reason: 'CERT_REVOKED', subject: 'Revoked Co.', serial: serialOf(cert.cert) });
    expectNoKeyMaterial(cert);
  });

  it('logs nothing about a valid certificate', async () => {
    const before = gw.logger.lines.length;
    expect((await gw.as('demo-platform').query(TYPENAME)).status).toBe(200);
    expect(gw.logger.lines.slice(before).filter((l) => l.event === 'client_certificate_refused')).toEqual([]);
  });
});
