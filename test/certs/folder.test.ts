import { X509Certificate, createPublicKey } from 'node:crypto';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { buildCrl, certificateUri, createCa, issueCertificate, parseCrl } from '../../certs/ca.js';
import {
  DEMO_MEMBERS,
  certPaths,
  ensureDevCerts,
  initCerts,
  issueMember,
  revokeCertificate,
} from '../../certs/store.js';
import { InvalidIdentityError, parseSpiffeUri } from '../../lib/identity/spiffe.js';
import { DAY, dataKeyFilesOf, devCertsDir, read } from './helpers.js';

/** The CA folder (certs/store.ts): its layout, init, issuing and revoking members, the CRL under Node's TLS. */
const dir = devCertsDir('lsgw-certs-');
const paths = certPaths(dir);

/** Handshakes a client certificate against a server that asks for one but decides itself. */
async function handshake(server: tls.Server, client: { cert: string; key: string }) {
  const seen = new Promise<{ authorized: boolean; error?: string; san?: string }>((res) => {
    server.once('secureConnection', (s: tls.TLSSocket) => {
      res({
        authorized: s.authorized,
        error: s.authorizationError?.toString(),
        san: s.getPeerCertificate().subjectaltname,
      });
      s.end();
    });
  });
  const { port } = server.address() as AddressInfo;
  const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', ca: read(paths.ca), ...client });
  socket.on('error', () => undefined);
  socket.on('data', () => undefined);
  const result = await seen;
  socket.destroy();
  return result;
}

function tlsServer(crl: string): Promise<tls.Server> {
  const gateway = paths.service('gateway');
  const server = tls.createServer({
    key: read(gateway.key),
    cert: read(gateway.cert),
    ca: read(paths.ca),
    crl,
    requestCert: true,
    rejectUnauthorized: false,
  });
  return new Promise((res) => server.listen(0, '127.0.0.1', () => res(server)));
}

describe('CA folder', () => {
  it('lays out every file, keys 0600', () => {
    for (const f of [
      paths.ca,
      paths.caKey,
      paths.crl,
      paths.revoked,
      paths.issued,
      paths.jwtPrivate,
      paths.jwtPublic,
      ...dataKeyFilesOf(paths),
    ]) {
      expect(statSync(f).isFile()).toBe(true);
    }
    for (const f of [
      paths.caKey,
      paths.jwtPrivate,
      ...dataKeyFilesOf(paths).filter((f) => f.endsWith('.key')),
      paths.service('gateway').key,
      paths.member('demo-platform').key,
    ]) {
      expect(statSync(f).mode & 0o777).toBe(0o600);
    }
    for (const f of dataKeyFilesOf(paths).filter((f) => f.endsWith('.key')))
      expect(Buffer.from(read(f), 'base64')).toHaveLength(32);
    expect(existsSync(paths.piiEncKey)).toBe(false); // no key shared between subgraphs
    expect(createPublicKey(read(paths.jwtPublic)).asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
    const gw = new X509Certificate(read(paths.service('gateway').cert));
    expect(gw.subjectAltName).toContain('URI:spiffe://lsgw/service/gateway');
    expect(gw.subjectAltName).toContain('DNS:gateway');
    expect(gw.checkIP('127.0.0.1')).toBe('127.0.0.1');
    for (const { slug, spec } of DEMO_MEMBERS) {
      const id = parseSpiffeUri(certificateUri(read(paths.member(slug).cert))!);
      expect(id.role).toBe(spec.kind);
    }
    const issued = JSON.parse(read(paths.issued)) as { file: string }[];
    expect(issued.map((r) => r.file)).toContain('members/demo-platform.crt');
  });

  it('initCerts is idempotent and never replaces the CA or keys', () => {
    const before = [
      paths.ca,
      paths.caKey,
      ...dataKeyFilesOf(paths),
      paths.jwtPrivate,
      paths.service('gateway').cert,
    ].map(read);
    const again = initCerts(dir);
    expect(again.caCreated).toBe(false);
    expect(again.created).toEqual([]);
    expect(
      [paths.ca, paths.caKey, ...dataKeyFilesOf(paths), paths.jwtPrivate, paths.service('gateway').cert].map(read),
    ).toEqual(before);
  });

  it('issues a member, revokes it, and the CRL lists it', () => {
    const issued = issueMember(dir, {
      kind: 'regulator',
      authority: 'cac',
      level: 'prefecture',
      region: '330100',
      name: 'Hangzhou CAC',
    });
    expect(issued.cert).toBe(paths.member('cac-prefecture-330100').cert);
    const pem = read(issued.cert);
    expect(parseSpiffeUri(certificateUri(pem)!)).toEqual({
      role: 'regulator',
      authority: 'cac',
      level: 'prefecture',
      region: '330100',
    });
    expect(() =>
      issueMember(dir, { kind: 'regulator', authority: 'cac', level: 'prefecture', region: '330100', name: 'again' }),
    ).toThrow(/already exists/);

    const r = revokeCertificate(dir, issued.cert, 'cessationOfOperation');
    expect(r).toMatchObject({ serial: issued.serial, alreadyRevoked: false });
    expect(parseCrl(read(paths.crl)).serials).toContain(issued.serial);
    expect(revokeCertificate(dir, issued.cert).alreadyRevoked).toBe(true);
    expect(JSON.parse(read(paths.revoked))).toHaveLength(1);
    // a revoked slug may be re-issued
    expect(
      issueMember(dir, {
        kind: 'regulator',
        authority: 'cac',
        level: 'prefecture',
        region: '330100',
        name: 'Hangzhou CAC',
      }).serial,
    ).not.toBe(issued.serial);
  });

  it('refuses invalid members and foreign certificates', () => {
    expect(() =>
      issueMember(dir, { kind: 'platform', uscc: '91350100M000100Y44', region: '350102', name: 'X' }),
    ).toThrow(InvalidIdentityError);
    expect(() =>
      issueMember(dir, { kind: 'platform', uscc: '91350100M000100Y43', region: '350102', name: ' ' }),
    ).toThrow(/name/);
    const foreign = join(dir, 'foreign.crt');
    const other = createCa();
    writeFileSync(
      foreign,
      issueCertificate(other, { uri: 'spiffe://lsgw/service/gateway', commonName: 'x', usage: 'both' }).certPem,
    );
    expect(() => revokeCertificate(dir, foreign)).toThrow(/not issued by this CA/);
    expect(() => revokeCertificate(dir, paths.ca)).toThrow(/CA certificate itself/);
  });

  it('TLS: Node accepts the CRL, refuses a revoked client, hot-swaps a new CRL', async () => {
    const server = await tlsServer(read(paths.crl));
    try {
      const good = await handshake(server, {
        cert: read(paths.member('demo-platform-b').cert),
        key: read(paths.member('demo-platform-b').key),
      });
      expect(good).toMatchObject({ authorized: true, error: undefined });
      expect(good.san).toContain('URI:spiffe://lsgw/platform/');

      const victim = { cert: read(paths.member('samr-national').cert), key: read(paths.member('samr-national').key) };
      expect((await handshake(server, victim)).authorized).toBe(true);
      revokeCertificate(dir, paths.member('samr-national').cert, 'keyCompromise');
      const gateway = paths.service('gateway');
      server.setSecureContext({
        key: read(gateway.key),
        cert: read(gateway.cert),
        ca: read(paths.ca),
        crl: read(paths.crl),
      });
      expect(await handshake(server, victim)).toMatchObject({ authorized: false, error: 'CERT_REVOKED' });
      expect(
        (
          await handshake(server, {
            cert: read(paths.member('demo-platform-b').cert),
            key: read(paths.member('demo-platform-b').key),
          })
        ).authorized,
      ).toBe(true);

      const ca = { certPem: read(paths.ca), keyPem: read(paths.caKey) };
      const expired = buildCrl(ca, [], {
        thisUpdate: new Date(Date.now() - 40 * DAY),
        nextUpdate: new Date(Date.now() - DAY),
      });
      server.setSecureContext({ key: read(gateway.key), cert: read(gateway.cert), ca: read(paths.ca), crl: expired });
      expect(
        (
          await handshake(server, {
            cert: read(paths.member('demo-platform-b').cert),
            key: read(paths.member('demo-platform-b').key),
          })
        ).error,
      ).toBe('CRL_HAS_EXPIRED');
    } finally {
      server.close();
    }
  });

  it('ensureDevCerts re-issues a CRL that expires within 7 days, and only then', () => {
    const ca = { certPem: read(paths.ca), keyPem: read(paths.caKey) };
    const revoked = JSON.parse(read(paths.revoked));
    writeFileSync(
      paths.crl,
      buildCrl(ca, revoked, {
        thisUpdate: new Date(Date.now() - 27 * DAY),
        nextUpdate: new Date(Date.now() + 3 * DAY),
      }),
    );
    const r = ensureDevCerts(dir);
    expect(r).toMatchObject({ initialised: false, crlReissued: true });
    const info = parseCrl(read(paths.crl));
    expect(info.nextUpdate!.getTime() - Date.now()).toBeGreaterThan(29 * DAY);
    expect(info.serials).toEqual(revoked.map((x: { serial: string }) => x.serial));
    expect(ensureDevCerts(dir)).toMatchObject({ initialised: false, crlReissued: false });
  });
});
