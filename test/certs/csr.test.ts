import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCrl } from '../../certs/ca.js';
import { EXIT } from '../../certs/cli.js';
import { inspectCsr } from '../../certs/csr.js';
import type { IssuedRecord } from '../../certs/store.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { PLATFORM, certsCli, opensslCsr, platformArgs, removeTmp, tamperedCsr, tmp } from './helpers.js';

/**
 * Onboarding by CSR (DESIGN §3): a member's own key, an openssl-made (or `certs csr`-made) request, a
 * certificate whose identity is only what the operator typed, used for real against the federation.
 */
const NATIONAL_SAMR_URI = 'URI:spiffe://lsgw/regulator/samr/national/100000';
const VIEWER = '{ viewer { role org name region certSerial } }';

let fed: TestFederation;
let dir: string;
const member = tmp('lsgw-member-'); // the member's own machine: never the CA folder
const read = (f: string) => readFileSync(f, 'utf8');

beforeAll(async () => {
  fed = await startTestFederation();
  dir = fed.certs.dir;
});
afterAll(async () => {
  await fed?.close();
  removeTmp();
});

/** `viewer` through the gateway with a fresh connection (closed by fed.close). */
const viewerWith = (cert: string, key: string) => fed.withCert({ cert: read(cert), key: read(key) }).query(VIEWER);

describe('sign <csr>', () => {
  it.each([
    ['EC P-256', 'ec' as const, 'P-256'],
    ['RSA 2048', 'rsa2048' as const, 'RSA 2048'],
  ])(
    'signs an openssl %s CSR with a forged subject and SAN as the operator typed it, and the gateway takes it',
    async (_label, key, keyName) => {
      const slug = `fz-${key}`;
      // The member asks to be the national SAMR office; the operator types a Fuzhou platform.
      const made = opensslCsr(member, slug, {
        key,
        subject: '/CN=State Administration for Market Regulation/O=SAMR',
        san: 'URI:spiffe://lsgw/regulator/samr/national/100000,DNS:evil.example',
      });
      const r = await certsCli(dir, 'sign', made.csr, ...platformArgs(), '--out', slug);
      expect(r.err).toEqual([]);
      expect(r.code).toBe(EXIT.OK);
      const certFile = fed.certs.member(slug).cert;
      expect(r.out[0]).toMatch(
        new RegExp(
          `^signed spiffe://lsgw/platform/${PLATFORM.uscc}/${PLATFORM.region} serial [0-9A-F]+ \\(key ${keyName}, valid until `,
        ),
      );
      expect(r.out[1]).toContain('ignored from the CSR: subject CN=State Administration for Market Regulation');
      expect(r.out[1]).toContain('url:spiffe://lsgw/regulator/samr/national/100000');
      expect(r.out).toContain(`wrote ${certFile}`);
      expect(r.out.join('\n')).not.toMatch(/BEGIN|PRIVATE/);
      expect(() => statSync(fed.certs.member(slug).key)).toThrow(); // no key in the CA folder

      const x = new X509Certificate(read(certFile));
      expect(x.subjectAltName).toBe(`URI:spiffe://lsgw/platform/${PLATFORM.uscc}/${PLATFORM.region}`);
      expect(x.subject).toBe(`CN=${PLATFORM.name}\nO=${PLATFORM.name}`);
      expect(x.keyUsage).toEqual(['1.3.6.1.5.5.7.3.2']); // clientAuth only
      expect(x.ca).toBe(false);
      expect(x.checkPrivateKey(await import('node:crypto').then((c) => c.createPrivateKey(read(made.key))))).toBe(true);
      const records = JSON.parse(read(fed.certs.issued)) as IssuedRecord[];
      expect(records.find((rec) => rec.serial === x.serialNumber.toUpperCase())).toMatchObject({
        file: `members/${slug}.crt`,
        source: 'csr',
        uri: x.subjectAltName!.slice(4),
      });

      const res = await viewerWith(certFile, made.key);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.viewer).toEqual({
        role: 'PLATFORM',
        org: PLATFORM.uscc,
        name: PLATFORM.name,
        region: PLATFORM.region,
        certSerial: x.serialNumber.toUpperCase(),
      });
      expect(res.raw).not.toContain('100000');
    },
  );

  it('signs a regulator CSR made by `certs csr` (the member without openssl)', async () => {
    const out = join(member, 'hz-cac');
    const made = await certsCli(dir, 'csr', '--out', out);
    expect(made.code).toBe(EXIT.OK);
    expect(statSync(join(out, 'member.key')).mode & 0o777).toBe(0o600);
    expect((await inspectCsr(read(join(out, 'member.csr')))).keyDescription).toBe('P-256');
    const r = await certsCli(
      dir,
      'sign',
      join(out, 'member.csr'),
      'regulator',
      '--authority',
      'cac',
      '--level',
      'prefecture',
      '--region',
      '330100',
      '--name',
      'Hangzhou CAC',
    );
    expect(r.code).toBe(EXIT.OK);
    const res = await viewerWith(fed.certs.member('cac-prefecture-330100').cert, join(out, 'member.key'));
    expect(res.body.data.viewer).toMatchObject({ role: 'REGULATOR', org: 'cac/prefecture/330100', region: '330100' });
  });

  it('makes an RSA key with --key-type rsa, and never writes a key into the CA folder', async () => {
    const out = join(member, 'rsa');
    expect((await certsCli(dir, 'csr', '--out', out, '--key-type', 'rsa')).code).toBe(EXIT.OK);
    expect((await inspectCsr(read(join(out, 'member.csr')))).keyDescription).toBe('RSA 2048');
    expect(await certsCli(dir, 'csr', '--out', out)).toMatchObject({
      code: EXIT.REFUSED,
      err: [`refused: ${join(out, 'member.key')} already exists: choose another --out`],
    });
    const inCa = await certsCli(dir, 'csr', '--out', join(dir, 'members', 'x'));
    expect(inCa).toMatchObject({
      code: EXIT.REFUSED,
      err: [expect.stringMatching(/is inside the CA folder .*a member's key never goes there$/)],
    });
    expect(await certsCli(dir, 'csr', '--out', out, '--key-type', 'dsa')).toMatchObject({
      code: EXIT.REFUSED,
      err: ['refused: --key-type dsa: expected ec or rsa'],
    });
  });

  it.each([
    [
      'a 1024-bit RSA key',
      () => opensslCsr(member, 'weak', { key: 'rsa1024' }).csr,
      'refused: RSA key of 1024 bits: at least 2048 required (or use EC P-256)',
    ],
    [
      'an EC P-384 key',
      () => opensslCsr(member, 'p384', { key: 'ec-p384' }).csr,
      'refused: EC key on curve secp384r1: only P-256 (prime256v1) is accepted',
    ],
    [
      'a signature that does not match',
      () =>
        tamperedCsr(
          opensslCsr(member, 'tamper', { key: 'ec', subject: '/CN=zzzzzzzz' }).csr,
          'zzzzzzzz',
          join(member, 'tampered.csr'),
        ),
      "refused: the CSR's signature does not verify with its own public key (altered or not made with that key)",
    ],
    [
      'something that is not a CSR',
      () => fed.certs.ca,
      'refused: not a certificate signing request (expected PEM "CERTIFICATE REQUEST" or DER)',
    ],
  ])('refuses %s, writing nothing', async (_label, csrOf, message) => {
    const before = read(fed.certs.issued);
    const r = await certsCli(dir, 'sign', csrOf(), ...platformArgs(), '--out', 'refused');
    expect(r).toEqual({ code: EXIT.REFUSED, out: [], err: [message] });
    expect(read(fed.certs.issued)).toBe(before);
    expect(() => statSync(fed.certs.member('refused').cert)).toThrow();
  });

  it('validates the identity exactly as issue does', async () => {
    const { csr } = opensslCsr(member, 'ident', { key: 'ec' });
    const bad = ['platform', '--uscc', '91350100M000100Y44', '--region', '350102', '--name', 'X'];
    const viaIssue = await certsCli(dir, 'issue', ...bad);
    const viaSign = await certsCli(dir, 'sign', csr, ...bad);
    expect(viaSign).toEqual(viaIssue);
    expect(viaSign).toEqual({
      code: EXIT.REFUSED,
      out: [],
      err: ["refused: --uscc 91350100M000100Y44: check character should be '3'"],
    });
    expect(
      await certsCli(
        dir,
        'sign',
        csr,
        'regulator',
        '--authority',
        'samr',
        '--level',
        'national',
        '--region',
        '330000',
        '--name',
        'X',
      ),
    ).toMatchObject({
      code: EXIT.REFUSED,
      err: ['refused: --region 330000: a national office must use region 100000'],
    });
    expect(
      await certsCli(dir, 'sign', csr, 'platform', '--uscc', PLATFORM.uscc, '--region', PLATFORM.region),
    ).toMatchObject({ err: ['refused: --name is required'] });
    expect(await certsCli(dir, 'sign', csr, 'member')).toMatchObject({
      err: ['refused: sign member: expected platform or regulator'],
    });
    expect(await certsCli(dir, 'sign')).toMatchObject({
      err: ['refused: sign needs a CSR file: sign <csr.pem> platform|regulator …'],
    });
  });
});

describe('renewal', () => {
  it('gives a second certificate while the first stays valid, then revokes only the old one', async () => {
    const slug = 'renewing';
    const first = opensslCsr(member, 'renew-1', { key: 'ec' });
    expect((await certsCli(dir, 'sign', first.csr, ...platformArgs(), '--out', slug)).code).toBe(EXIT.OK);
    const oldSerial = new X509Certificate(read(fed.certs.member(slug).cert)).serialNumber.toUpperCase();

    const second = opensslCsr(member, 'renew-2', { key: 'ec' });
    const r = await certsCli(dir, 'sign', second.csr, ...platformArgs(), '--out', slug);
    expect(r.code).toBe(EXIT.OK);
    const archived = fed.certs.member(`${slug}.${oldSerial.toLowerCase()}`).cert;
    expect(r.out).toContain(`  it stays valid until revoked: npm run certs -- revoke --serial ${oldSerial}`);
    expect(r.out.find((l) => l.startsWith('renewal:'))).toContain(`serial ${oldSerial}`);
    const newSerial = new X509Certificate(read(fed.certs.member(slug).cert)).serialNumber.toUpperCase();
    expect(newSerial).not.toBe(oldSerial);
    expect(new X509Certificate(read(archived)).serialNumber.toUpperCase()).toBe(oldSerial);

    // Overlap: both certificates work.
    expect((await viewerWith(archived, first.key)).body.data.viewer.certSerial).toBe(oldSerial);
    expect((await viewerWith(fed.certs.member(slug).cert, second.key)).body.data.viewer.certSerial).toBe(newSerial);
    // Another identity cannot take over the slot while it holds a current certificate.
    const other = await certsCli(
      dir,
      'sign',
      second.csr,
      'platform',
      '--uscc',
      '91330106MA27XXXXX0',
      '--region',
      '330106',
      '--name',
      'Other',
      '--out',
      slug,
    );
    expect(other).toMatchObject({
      code: EXIT.REFUSED,
      err: [
        expect.stringContaining(
          `members/${slug}.crt is a current certificate of spiffe://lsgw/platform/${PLATFORM.uscc}/${PLATFORM.region}`,
        ),
      ],
    });

    const revoked = await certsCli(dir, 'revoke', '--serial', oldSerial.toLowerCase(), '--reason', 'superseded');
    expect(revoked).toEqual({ code: EXIT.OK, out: [`revoked serial ${oldSerial}`, `wrote ${fed.certs.crl}`], err: [] });
    const serials = parseCrl(read(fed.certs.crl)).serials;
    expect(serials).toContain(oldSerial);
    expect(serials).not.toContain(newSerial);
    expect((await certsCli(dir, 'revoke', archived)).out).toEqual([`serial ${oldSerial} was already revoked`]);
    expect(await certsCli(dir, 'revoke', '--serial', '7F00')).toMatchObject({
      code: EXIT.REFUSED,
      err: [expect.stringContaining('serial 7F00: not in')],
    });
    expect(await certsCli(dir, 'revoke', '--serial', oldSerial, '--reason', 'bored')).toMatchObject({
      code: EXIT.REFUSED,
      err: [expect.stringContaining('--reason bored: expected one of')],
    });

    // The gateway re-reads the CRL: the old certificate is refused, the new one still served.
    // (A request in flight when the gateway swaps the CRL is cut off with its connection: retry then too.)
    let old: Awaited<ReturnType<typeof viewerWith>> | undefined;
    for (let i = 0; i < 150; i++) {
      old = await viewerWith(archived, first.key).catch(() => undefined);
      if (old && old.status !== 200) break;
      await new Promise((res) => setTimeout(res, 100));
    }
    expect(old?.status).toBe(401);
    expect(old?.body.errors?.[0].extensions?.reason).toBe('CERT_REVOKED');
    expect((await viewerWith(fed.certs.member(slug).cert, second.key)).body.data.viewer.certSerial).toBe(newSerial);
  });
});
