import { X509Certificate, createPublicKey, verify as verifySignature } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { parseSpiffeUri } from '../lib/identity/spiffe.js';
import { buildCrl, certificateSerial, certificateUri, createCa, issueCertificate, parseCrl } from './ca.js';

/**
 * The CA primitives (ca.ts), in memory. The CA folder: test/certs/folder.test.ts; the CLI: test/certs/cli.test.ts.
 */
const DAY = 86_400_000;
let hasOpenssl = true;
try {
  execFileSync('openssl', ['version'], { stdio: 'ignore' });
} catch {
  hasOpenssl = false;
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
