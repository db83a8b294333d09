import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCrl, createCa, issueCertificate, parseCrl } from '../../certs/ca.js';
import { TLS_EXPIRY_WARNING_CODES as C, crlDates, tlsExpiry, tlsExpiryOf } from '../../lib/tls-expiry.js';
import { removeTmp, tmp } from './helpers.js';

/** lib/tls-expiry.ts: what every server reports about its CRL and certificate (health output, logs). */
const DAY = 86_400_000;
const ca = createCa({ notBefore: new Date('2026-01-01T00:00:00Z') });
const cert = issueCertificate(ca, {
  uri: 'spiffe://lsgw/service/gateway',
  commonName: 'gateway',
  usage: 'both',
  notBefore: new Date('2026-01-01T00:00:00Z'),
  notAfter: new Date('2026-12-31T00:00:00Z'),
}).certPem;
const crl = buildCrl(ca, [], {
  thisUpdate: new Date('2026-06-01T00:00:00Z'),
  nextUpdate: new Date('2026-07-01T00:00:00Z'),
});
afterAll(removeTmp);
const codes = (now: string) =>
  tlsExpiryOf({ cert, crl }, { now: new Date(now), certLabel: 'the gateway certificate' }).warnings.map((w) => w.code);

describe('tlsExpiry', () => {
  it("reads the CRL's dates and the certificate's validity", () => {
    const e = tlsExpiryOf({ cert, crl }, { now: new Date('2026-06-02T00:00:00Z') });
    expect(e).toEqual({
      crlThisUpdate: new Date('2026-06-01T00:00:00Z'),
      crlNextUpdate: new Date('2026-07-01T00:00:00Z'),
      certNotBefore: new Date('2026-01-01T00:00:00Z'),
      certNotAfter: new Date('2026-12-31T00:00:00Z'),
      certSerial: expect.stringMatching(/^[0-9A-F]{32}$/),
      warnings: [],
    });
  });

  it.each([
    ['2026-06-23T23:59:59Z', []],
    ['2026-06-24T00:00:00Z', [C.CRL_EXPIRING]],
    ['2026-07-01T00:00:00Z', [C.CRL_EXPIRED]],
    ['2026-12-25T00:00:00Z', [C.CRL_EXPIRED, C.CERT_EXPIRING]],
    ['2027-01-01T00:00:00Z', [C.CRL_EXPIRED, C.CERT_EXPIRED]],
    ['2025-12-31T00:00:00Z', [C.CERT_NOT_YET_VALID]],
  ])('at %s warns %j (7 days ahead by default)', (now, expected) => {
    expect(codes(now)).toEqual(expected);
  });

  it('says what to do, in one sentence per warning', () => {
    const [crlWarning, certWarning] = tlsExpiryOf(
      { cert, crl },
      { now: new Date('2026-06-29T12:00:00Z'), warnWithinMs: 200 * DAY, certLabel: 'the gateway certificate' },
    ).warnings;
    expect(crlWarning).toEqual({
      code: 'TLS_CRL_EXPIRING',
      message:
        'the CRL expires at 2026-07-01T00:00:00.000Z (in 36 h): after that every client certificate is refused; re-sign it (npm run certs -- crl)',
    });
    expect(certWarning).toEqual({
      code: 'TLS_CERT_EXPIRING',
      message: 'the gateway certificate expires at 2026-12-31T00:00:00.000Z (in 184 days): issue a new one before then',
    });
  });

  it('reads files, DER, GeneralizedTime (2050 on) and the earliest of several CRLs in one file', () => {
    const dir = tmp('lsgw-expiry-');
    const late = buildCrl(ca, [], {
      thisUpdate: new Date('2049-12-01T00:00:00Z'),
      nextUpdate: new Date('2051-01-01T00:00:00Z'),
    });
    writeFileSync(join(dir, 'c.crt'), cert);
    writeFileSync(join(dir, 'c.crl'), late + crl);
    const e = tlsExpiry(
      { cert: join(dir, 'c.crt'), crl: join(dir, 'c.crl') },
      { now: new Date('2026-06-02T00:00:00Z') },
    );
    expect(e.crlNextUpdate).toEqual(new Date('2026-07-01T00:00:00Z'));
    expect(e.crlThisUpdate).toEqual(new Date('2049-12-01T00:00:00Z'));
    expect(parseCrl(late).crlNumber).toBe(Date.parse('2049-12-01T00:00:00Z') / 1000); // past 2^31 (2038)
    expect(crlDates(late)).toEqual([
      { thisUpdate: new Date('2049-12-01T00:00:00Z'), nextUpdate: new Date('2051-01-01T00:00:00Z') },
    ]);
    const der = Buffer.from(forge.pem.decode(crl)[0].body, 'binary');
    expect(crlDates(der)).toEqual([
      { thisUpdate: new Date('2026-06-01T00:00:00Z'), nextUpdate: new Date('2026-07-01T00:00:00Z') },
    ]);
  });

  it('throws a RangeError for what it cannot read', () => {
    expect(() => tlsExpiryOf({ cert, crl: 'nothing here' })).toThrow(
      new RangeError('the CRL file holds no X509 CRL block'),
    );
    expect(() => tlsExpiryOf({ cert, crl: '-----BEGIN X509 CRL-----\nMAMCAQE=\n-----END X509 CRL-----\n' })).toThrow(
      /^the CRL cannot be read: /,
    );
    expect(() => tlsExpiryOf({ cert: 'junk', crl }, { certLabel: 'the blacklist certificate' })).toThrow(
      new RangeError('the blacklist certificate is not a PEM or DER certificate'),
    );
  });
});
