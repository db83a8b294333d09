import { X509Certificate } from 'node:crypto';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCrl, issueCertificate, parseCrl } from '../../certs/ca.js';
import { EXIT } from '../../certs/cli.js';
import { certPaths, issueMember, type IssuedRecord } from '../../certs/store.js';
import { SERVICE_NAMES, serviceUri } from '../../lib/identity/spiffe.js';
import { DAY, certsCli, dataKeyFilesOf, noDemoCertsDir, read, tmp } from './helpers.js';

/** `certs init --no-demo`, the CRL's lifecycle and `status`. export-p12: export-p12.test.ts; help: cli.test.ts. */
const dir = noDemoCertsDir('lsgw-ca-');
const paths = certPaths(dir);
const ca = () => ({ certPem: read(paths.ca), keyPem: read(paths.caKey) });

describe('init --no-demo', () => {
  it('issues the CA, CRL, service certificates, token keys and data keys, and no member', () => {
    for (const f of [paths.ca, paths.caKey, paths.crl, paths.jwtPrivate, paths.jwtPublic, ...dataKeyFilesOf(paths)])
      expect(existsSync(f)).toBe(true);
    for (const s of SERVICE_NAMES)
      expect(new X509Certificate(read(paths.service(s).cert)).subjectAltName).toContain(`URI:${serviceUri(s)}`);
    expect(existsSync(paths.membersDir)).toBe(false);
    const issued = JSON.parse(read(paths.issued)) as IssuedRecord[];
    expect(issued.map((r) => r.file).sort()).toEqual(SERVICE_NAMES.map((s) => `services/${s}.crt`).sort());
  });

  it('stays member-free when run again, and says so', async () => {
    const r = await certsCli(dir, 'init', '--no-demo');
    expect(r).toEqual({
      code: EXIT.OK,
      out: [`kept the existing CA in ${dir}`, 'nothing to do: every file is present and current'],
      err: [],
    });
    expect(existsSync(paths.membersDir)).toBe(false);
    expect(await certsCli(dir, 'init', '--no-demo=yes')).toMatchObject({
      code: EXIT.REFUSED,
      err: ['refused: --no-demo takes no value'],
    });
  });

  it('leaves demo members of an earlier init alone, and points at them', async () => {
    const other = tmp('lsgw-ca-demo-');
    expect((await certsCli(other, 'init')).out).toContain(
      `member demo-platform: spiffe://lsgw/platform/91330106MA27XXXXX0/330106 (${certPaths(other).member('demo-platform').cert})`,
    );
    const again = await certsCli(other, 'init', '--no-demo');
    expect(again.out.at(-1)).toBe(
      'note: demo members from an earlier init are still here (demo-platform, demo-platform-b, samr-zhejiang, cac-zhejiang, samr-national): revoke them with npm run certs -- revoke <slug>',
    );
  });
});

describe('crl', () => {
  const crlText = () => read(paths.crl);

  it('re-signs now: the same revoked list, a new thisUpdate and nextUpdate, a larger CRL number', async () => {
    const m = issueMember(
      dir,
      { kind: 'platform', uscc: '91350100M000100Y43', region: '350102', name: 'Revoked Co.' },
      { slug: 'gone' },
    );
    expect((await certsCli(dir, 'revoke', 'gone')).code).toBe(EXIT.OK);
    const before = parseCrl(crlText());
    const r = await certsCli(dir, 'crl');
    expect(r.code).toBe(EXIT.OK);
    const after = parseCrl(crlText());
    expect(r.out).toEqual([`wrote ${paths.crl} (next update ${after.nextUpdate!.toISOString()})`]);
    expect(after.serials).toEqual(before.serials);
    expect(after.serials).toEqual([m.serial]);
    expect(after.crlNumber!).toBeGreaterThan(before.crlNumber!); // even within the same second
    expect(after.thisUpdate.getTime()).toBeGreaterThanOrEqual(before.thisUpdate.getTime());
    expect(after.nextUpdate!.getTime() - Date.now()).toBeGreaterThan(29 * DAY);
  });

  it('--if-expiring-within 7d leaves a fresh CRL untouched', async () => {
    const before = crlText();
    const r = await certsCli(dir, 'crl', '--if-expiring-within', '7d');
    expect(r).toEqual({
      code: EXIT.OK,
      out: [`kept ${paths.crl}: next update ${parseCrl(before).nextUpdate!.toISOString()} is more than 7d away`],
      err: [],
    });
    expect(crlText()).toBe(before);
  });

  it('--if-expiring-within 7d re-signs a CRL whose nextUpdate is 2 days away, keeping its revoked list', async () => {
    const revoked = JSON.parse(read(paths.revoked));
    const nextUpdate = new Date(Math.floor(Date.now() / 1000) * 1000 + 2 * DAY);
    writeFileSync(
      paths.crl,
      buildCrl(ca(), revoked, { thisUpdate: new Date(Date.now() - 28 * DAY), nextUpdate, crlNumber: 5 }),
    );
    // 36 hours is not yet due.
    expect((await certsCli(dir, 'crl', '--if-expiring-within', '36h')).out[0]).toMatch(
      /^kept .* is more than 36h away$/,
    );
    const r = await certsCli(dir, 'crl', '--if-expiring-within', '7d');
    expect(r.code).toBe(EXIT.OK);
    const after = parseCrl(crlText());
    expect(r.out).toEqual([
      `re-signed ${paths.crl}: next update was ${nextUpdate.toISOString()}, within 7d; next update now ${after.nextUpdate!.toISOString()}`,
    ]);
    expect(after.nextUpdate!.getTime() - Date.now()).toBeGreaterThan(29 * DAY);
    expect(after.serials).toEqual(revoked.map((x: { serial: string }) => x.serial));
    expect(after.crlNumber!).toBeGreaterThan(5);
    expect((await certsCli(dir, 'crl', '--if-expiring-within', '7d')).out[0]).toMatch(/^kept /);
  });

  it('re-signs a missing CRL, refuses a bad duration and a folder that cannot sign (exit 1)', async () => {
    renameSync(paths.crl, `${paths.crl}.bak`);
    expect((await certsCli(dir, 'crl', '--if-expiring-within', '1d')).out[0]).toMatch(
      /^re-signed .*: there was no readable CRL, within 1d; next update now /,
    );
    for (const bad of ['7', '7w', '0h', '400d', 'soon']) {
      expect(await certsCli(dir, 'crl', '--if-expiring-within', bad)).toEqual({
        code: EXIT.REFUSED,
        out: [],
        err: [`refused: --if-expiring-within ${bad}: expected a duration such as 7d or 36h (1h to 365d)`],
      });
    }
    renameSync(paths.caKey, `${paths.caKey}.away`);
    try {
      expect(await certsCli(dir, 'crl', '--if-expiring-within', '7d')).toEqual({
        code: EXIT.REFUSED,
        out: [],
        err: [`refused: ${paths.caKey} is absent: this folder cannot issue or revoke`],
      });
    } finally {
      renameSync(`${paths.caKey}.away`, paths.caKey);
    }
  });
});

describe('status', () => {
  it("prints the CRL's nextUpdate and each service certificate's notAfter, without warnings when nothing is due", async () => {
    const r = await certsCli(dir, 'status');
    expect(r.code).toBe(EXIT.OK);
    expect(r.out[0]).toBe(`CA folder ${dir}`);
    const next = parseCrl(read(paths.crl)).nextUpdate!.toISOString();
    expect(r.out[1]).toMatch(new RegExp(`^crl +next update ${next} \\(in (29|30) days\\), 1 revoked, number \\d+$`));
    expect(r.out[2]).toMatch(/^ca +not after +\S+ \(in 36\d\d days\), serial [0-9A-F]+$/);
    for (const [i, s] of SERVICE_NAMES.entries()) {
      const x = new X509Certificate(read(paths.service(s).cert));
      expect(r.out[3 + i]).toBe(
        `${s.padEnd('identity-registry'.length)}  not after   ${new Date(x.validTo).toISOString()} (in 364 days), serial ${x.serialNumber.toUpperCase()}`,
      );
    }
    expect(r.out.at(-1)).toBe('no warnings (nothing expires within 7d)');
  });

  it('warns about a CRL and a service certificate expiring within 7 days; --json says the same', async () => {
    const crlBefore = read(paths.crl);
    const gw = paths.service('gateway');
    const gwBefore = read(gw.cert);
    try {
      writeFileSync(
        paths.crl,
        buildCrl(ca(), [], {
          thisUpdate: new Date(Date.now() - 28 * DAY),
          nextUpdate: new Date(Date.now() + 2 * DAY + 60_000),
        }),
      );
      writeFileSync(
        gw.cert,
        issueCertificate(ca(), { uri: serviceUri('gateway'), commonName: 'gateway', usage: 'both', validDays: 3 })
          .certPem,
      );
      const text = await certsCli(dir, 'status');
      expect(text.code).toBe(EXIT.OK);
      const warnings = text.out.filter((l) => l.startsWith('warning: '));
      expect(warnings).toHaveLength(2);
      expect(warnings[0]).toMatch(
        /^warning: TLS_CRL_EXPIRING the CRL expires at \S+ \(in 2 days\): after that every client certificate is refused; re-sign it \(npm run certs -- crl\)$/,
      );
      expect(warnings[1]).toMatch(
        /^warning: TLS_CERT_EXPIRING the gateway certificate expires at \S+ \(in (2|3) days\): issue a new one before then$/,
      );

      const json = await certsCli(dir, 'status', '--json');
      expect(json.out).toHaveLength(1);
      const s = JSON.parse(json.out[0]);
      expect(s).toMatchObject({
        dir,
        canSign: true,
        crl: { present: true, revoked: 0 },
        ca: { name: 'ca', present: true },
      });
      expect(s.crl.nextUpdate).toBe(parseCrl(read(paths.crl)).nextUpdate!.toISOString());
      expect(s.services.map((x: { name: string }) => x.name)).toEqual([...SERVICE_NAMES]);
      expect(s.services[0]).toMatchObject({
        name: 'gateway',
        notAfter: new Date(new X509Certificate(read(gw.cert)).validTo).toISOString(),
        warnings: [{ code: 'TLS_CERT_EXPIRING' }],
      });
      expect(s.warnings.map((w: { subject: string; code: string }) => [w.subject, w.code])).toEqual([
        ['crl', 'TLS_CRL_EXPIRING'],
        ['gateway', 'TLS_CERT_EXPIRING'],
      ]);

      // --warn-within widens the window; a missing certificate is a warning too.
      renameSync(paths.service('blacklist').cert, `${paths.service('blacklist').cert}.away`);
      const wide = JSON.parse((await certsCli(dir, 'status', '--json', '--warn-within', '365d')).out[0]);
      expect(wide.warnings.map((w: { subject: string; code: string }) => `${w.subject} ${w.code}`)).toEqual([
        'crl TLS_CRL_EXPIRING',
        'gateway TLS_CERT_EXPIRING',
        'identity-registry TLS_CERT_EXPIRING',
        'penalty-reports TLS_CERT_EXPIRING',
        'blacklist TLS_CERT_MISSING',
        'case-cooperation TLS_CERT_EXPIRING',
      ]);
      renameSync(`${paths.service('blacklist').cert}.away`, paths.service('blacklist').cert);
    } finally {
      writeFileSync(paths.crl, crlBefore);
      writeFileSync(gw.cert, gwBefore);
    }
  });
});
