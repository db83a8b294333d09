import { X509Certificate, createPublicKey, verify as verifySignature } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSpiffeUri, InvalidIdentityError } from '../lib/identity/spiffe.js';
import { buildCrl, certificateSerial, certificateUri, createCa, issueCertificate, parseCrl } from './ca.js';
import { runCli } from './cli.js';
import { DEMO_MEMBERS, certPaths, ensureDevCerts, initCerts, issueMember, revokeCertificate } from './store.js';

const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'lsgw-certs-'));
const paths = certPaths(dir);
const read = (f: string) => readFileSync(f, 'utf8');
let hasOpenssl = true;
try {
  execFileSync('openssl', ['version'], { stdio: 'ignore' });
} catch {
  hasOpenssl = false;
}

beforeAll(() => {
  const first = ensureDevCerts(dir); // the path `npm start` takes on a fresh clone
  expect(first.initialised).toBe(true);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('in-memory CA', () => {
  const ca = createCa({ commonName: 'Test CA' });
  const caX509 = new X509Certificate(ca.certPem);

  it('creates a CA certificate', () => {
    expect(caX509.ca).toBe(true);
    expect(caX509.subject).toContain('CN=Test CA');
    expect(caX509.verify(caX509.publicKey)).toBe(true);
  });

  it('issues leaf certificates with a URI SAN, EKU per usage and a positive 16-byte serial', () => {
    const leaf = issueCertificate(ca, {
      uri: 'spiffe://lsgw/platform/91350100M000100Y43/350102',
      commonName: '福州示范直播有限公司',
      organization: '福州示范直播有限公司',
      usage: 'client',
      validDays: 10,
    });
    const x = new X509Certificate(leaf.certPem);
    expect(x.verify(caX509.publicKey)).toBe(true);
    expect(x.checkIssued(caX509)).toBe(true);
    expect(x.ca).toBe(false);
    expect(x.subject).toContain('CN=福州示范直播有限公司');
    expect(x.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']);
    expect(leaf.serial).toMatch(/^[1-7][0-9A-F]{31}$/);
    expect(certificateSerial(leaf.certPem)).toBe(leaf.serial);
    expect(x.serialNumber.toUpperCase()).toBe(leaf.serial);
    expect(parseSpiffeUri(certificateUri(leaf.certPem)!)).toEqual({
      role: 'platform',
      uscc: '91350100M000100Y43',
      region: '350102',
    });
    expect(Date.parse(x.validTo) - Date.parse(x.validFrom)).toBe(10 * DAY);
    expect(leaf.keyPem).toContain('BEGIN PRIVATE KEY');

    const server = new X509Certificate(
      issueCertificate(ca, {
        uri: 'spiffe://lsgw/service/blacklist',
        commonName: 'blacklist',
        usage: 'server',
        dnsNames: ['localhost'],
        ipAddresses: ['127.0.0.1'],
      }).certPem,
    );
    expect(server.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(server.subjectAltName).toBe('URI:spiffe://lsgw/service/blacklist, DNS:localhost, IP Address:127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
  });

  it('builds a v2 CRL whose signature verifies with the CA key', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    const pem = buildCrl(
      ca,
      [
        { serial: '7A0102', revokedAt: '2026-02-01T00:00:00Z', reason: 'keyCompromise' },
        { serial: '00ff01', revokedAt: '2026-02-02T00:00:00Z' },
      ],
      { thisUpdate: now, nextUpdate: new Date(now.getTime() + 30 * DAY), crlNumber: 42 },
    );
    expect(pem).toMatch(/^-----BEGIN X509 CRL-----\r?\n/);
    const info = parseCrl(pem);
    expect(info).toEqual({
      thisUpdate: now,
      nextUpdate: new Date(now.getTime() + 30 * DAY),
      crlNumber: 42,
      serials: ['7A0102', 'FF01'],
    });

    const asn = forge.asn1.fromDer(forge.pem.decode(pem)[0].body);
    const [tbs, , sig] = asn.value as forge.asn1.Asn1[];
    expect((tbs.value as forge.asn1.Asn1[])[0].value).toBe('\x01'); // version v2
    const tbsDer = Buffer.from(forge.asn1.toDer(tbs).getBytes(), 'binary');
    const signature = Buffer.from((sig.value as string).slice(1), 'binary');
    expect(
      verifySignature(
        'sha256',
        tbsDer,
        createPublicKey(caX509.publicKey.export({ type: 'spki', format: 'pem' })),
        signature,
      ),
    ).toBe(true);
    expect(parseCrl(buildCrl(ca, [])).serials).toEqual([]);
  });

  it.skipIf(!hasOpenssl)('is accepted by openssl crl', () => {
    const d = mkdtempSync(join(tmpdir(), 'lsgw-crl-'));
    writeFileSync(join(d, 'ca.crt'), ca.certPem);
    writeFileSync(
      join(d, 'ca.crl'),
      buildCrl(ca, [{ serial: '7A0102', revokedAt: new Date().toISOString(), reason: 'superseded' }]),
    );
    const text = execFileSync(
      'openssl',
      ['crl', '-in', join(d, 'ca.crl'), '-noout', '-text', '-CAfile', join(d, 'ca.crt')],
      { encoding: 'utf8', stdio: 'pipe' },
    );
    expect(text).toContain('Version 2');
    expect(text).toContain('Serial Number: 7A0102');
    expect(text).toContain('Superseded');
    rmSync(d, { recursive: true, force: true });
  });
});

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
      paths.piiEncKey,
      paths.piiHmacKey,
    ]) {
      expect(statSync(f).isFile()).toBe(true);
    }
    for (const f of [
      paths.caKey,
      paths.jwtPrivate,
      paths.piiEncKey,
      paths.piiHmacKey,
      paths.service('gateway').key,
      paths.member('demo-platform').key,
    ]) {
      expect(statSync(f).mode & 0o777).toBe(0o600);
    }
    expect(Buffer.from(read(paths.piiEncKey), 'base64')).toHaveLength(32);
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
    const before = [paths.ca, paths.caKey, paths.piiEncKey, paths.jwtPrivate, paths.service('gateway').cert].map(read);
    const again = initCerts(dir);
    expect(again.caCreated).toBe(false);
    expect(again.created).toEqual([]);
    expect([paths.ca, paths.caKey, paths.piiEncKey, paths.jwtPrivate, paths.service('gateway').cert].map(read)).toEqual(
      before,
    );
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

describe('CLI', () => {
  async function cli(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...argv, '--dir', dir], { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  it.each([
    [
      ['issue', 'platform', '--uscc', '91350100M000100Y44', '--region', '350102', '--name', 'X'],
      "refused: --uscc 91350100M000100Y44: check character should be '3'",
    ],
    [
      ['issue', 'platform', '--uscc', '91350100M000100I43', '--region', '350102', '--name', 'X'],
      "refused: --uscc 91350100M000100I43: character 'I' is not allowed",
    ],
    [
      ['issue', 'platform', '--uscc', '91350100M000100Y43', '--region', '990102', '--name', 'X'],
      "refused: --region 990102: '99' is not a province-level code",
    ],
    [['issue', 'platform', '--uscc', '91350100M000100Y43', '--region', '350102'], 'refused: --name is required'],
    [
      ['issue', 'regulator', '--authority', 'mps', '--level', 'province', '--region', '330000', '--name', 'X'],
      'refused: --authority mps: unknown (expected samr or cac)',
    ],
    [
      ['issue', 'regulator', '--authority', 'samr', '--level', 'city', '--region', '330100', '--name', 'X'],
      'refused: --level city: unknown (expected national, province, prefecture, county)',
    ],
    [
      ['issue', 'regulator', '--authority', 'samr', '--level', 'national', '--region', '330000', '--name', 'X'],
      'refused: --region 330000: a national office must use region 100000',
    ],
    [['issue', 'member', '--name', 'X'], 'refused: issue member: expected platform or regulator'],
    [
      ['issue', 'platform', '--uscc', '91350100M000100Y43', '--region', '350102', '--name', 'X', '--colour', 'red'],
      'refused: unknown option --colour',
    ],
    [['revoke', 'no-such.crt'], 'refused: no-such.crt: no such certificate file'],
  ])('refuses %j', async (argv, message) => {
    const r = await cli(...argv);
    expect(r).toEqual({ code: 1, out: [], err: [message] });
  });

  it('issues, revokes and re-issues the CRL, printing paths and no key material', async () => {
    const issued = await cli(
      'issue',
      'platform',
      '--uscc',
      '91350100M000100Y43',
      '--region',
      '350102',
      '--name',
      '福州示范直播有限公司',
      '--out',
      'fz-demo',
    );
    expect(issued.code).toBe(0);
    expect(issued.out).toContain(`wrote ${paths.member('fz-demo').cert}`);
    expect(issued.out).toContain(`wrote ${paths.member('fz-demo').key}`);
    const revoked = await cli('revoke', paths.member('fz-demo').cert, '--reason', 'superseded');
    expect(revoked.code).toBe(0);
    expect(revoked.out[0]).toBe(`revoked serial ${certificateSerial(read(paths.member('fz-demo').cert))}`);
    const crl = await cli('crl');
    expect(crl.code).toBe(0);
    expect(crl.out[0]).toMatch(new RegExp(`^wrote ${paths.crl} \\(next update `));
    const init = await cli('init');
    expect(init.out[0]).toBe(`kept the existing CA in ${dir}`);
    expect([...issued.out, ...revoked.out, ...crl.out, ...init.out].join('\n')).not.toMatch(/PRIVATE KEY|BEGIN/);
  });

  it('exits 1 with a one-line message when run as a program', () => {
    const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
    const cliPath = fileURLToPath(new URL('./cli.ts', import.meta.url));
    let status = 0;
    let stderr = '';
    try {
      execFileSync(
        tsx,
        [
          cliPath,
          'issue',
          'platform',
          '--uscc',
          '91350100M000100Y44',
          '--region',
          '350102',
          '--name',
          'X',
          '--dir',
          dir,
        ],
        { stdio: 'pipe', encoding: 'utf8' },
      );
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toBe("refused: --uscc 91350100M000100Y44: check character should be '3'\n");
  });
});
