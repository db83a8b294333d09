import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jcs } from './jcs.js';
import { contentDigest, leafEntry, receiptPayload, signReceipt, verifyReceipt, type EvidenceFact } from './receipt.js';
import { EvidenceError, keySigner, publicJwk } from './signer.js';
import { signTreeHead, verifyTreeHead } from './tree-head.js';

const key = () => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
const fact: EvidenceFact = {
  kind: 'disposalReport.submit',
  recordId: '0195f3c0-0000-7000-8000-000000000001',
  submitter: { role: 'platform', org: '91350100M000100Y43', certSerial: '0A1B' },
  contentDigest: contentDigest({ facts: 'x', measures: [{ type: 'WARNING' }] }),
  receivedAt: new Date('2026-11-28T10:00:00.123Z'),
};

describe('RFC 8785 canonical form (jcs)', () => {
  it('serialises the RFC 8785 §3.2.2 example exactly', () => {
    const input = JSON.parse(
      String.raw`{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}`,
    );
    expect(jcs(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('sorts keys by UTF-16 code units, integer-like keys included (§3.2.3)', () => {
    const input = JSON.parse(
      String.raw`{"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}`,
    );
    expect(Object.values(JSON.parse(jcs(input)) as object).length).toBe(7);
    expect(
      jcs(input)
        .match(/"([^"]+)":/g)!
        .map((k) => k.slice(1, -2)),
    ).toEqual(['\\r', '1', '\u0080', 'ö', '€', '😀', '\ufb33']);
    expect(jcs({ 10: 'x', 9: 'y', __proto__x: 1 })).toBe('{"10":"x","9":"y","__proto__x":1}');
    expect(jcs(JSON.parse('{"__proto__":{"a":1},"b":2}'))).toBe('{"__proto__":{"a":1},"b":2}');
  });

  it('prints numbers as ECMAScript does (§3.2.2.3) and refuses what is not I-JSON', () => {
    expect(jcs([-0, 1e21, 5e-324, 1e-7, 123456789012345680000])).toBe('[0,1e+21,5e-324,1e-7,123456789012345680000]');
    expect(() => jcs({ s: '\ud800' })).toThrow(/lone surrogate/);
    expect(() => jcs([Number.NaN])).toThrow(/NaN/);
  });
});

describe('receipts', () => {
  it('signs the canonical payload with the key id in the header, and verifies against the JWKS', async () => {
    const k = key();
    const signer = keySigner(k);
    const payload = receiptPayload(fact, { logId: 'lsgw/penalty-reports', leafIndex: 7 });
    const jws = await signReceipt(signer, payload);
    const header = JSON.parse(Buffer.from(jws.split('.')[0], 'base64url').toString());
    expect(header).toEqual({ alg: 'ES256', kid: signer.kid, typ: 'lsgw-receipt' });
    expect(Buffer.from(jws.split('.')[1], 'base64url').toString()).toBe(jcs(payload));
    const got = await verifyReceipt(jws, { keys: [publicJwk(k)] });
    expect(got).toEqual({ ...payload, kid: signer.kid });
    expect(leafEntry(payload)).toBe(jcs({ ...payload, log: undefined }));
    expect(leafEntry(payload)).not.toMatch(/leafIndex/);
  });

  it('refuses a receipt signed by another key, an edited payload, and a tree head passed as a receipt', async () => {
    const [k, other] = [key(), key()];
    const jws = await signReceipt(keySigner(k), receiptPayload(fact, { logId: 'l', leafIndex: 0 }));
    const jwks = { keys: [publicJwk(k)] };
    await expect(verifyReceipt(jws, { keys: [publicJwk(other)] })).rejects.toMatchObject({ code: 'UNKNOWN_KEY' });
    // The other key under the first key's kid: the signature is what fails.
    await expect(verifyReceipt(jws, { keys: [{ ...publicJwk(other), kid: keySigner(k).kid }] })).rejects.toMatchObject({
      code: 'BAD_SIGNATURE',
    });
    const [h, p, s] = jws.split('.');
    const edited = Buffer.from(
      Buffer.from(p, 'base64url').toString().replace('"leafIndex":0', '"leafIndex":1'),
    ).toString('base64url');
    await expect(verifyReceipt(`${h}.${edited}.${s}`, jwks)).rejects.toMatchObject({ code: 'BAD_SIGNATURE' });
    await expect(verifyReceipt('not a jws', jwks)).rejects.toBeInstanceOf(EvidenceError);
    const head = await signTreeHead(keySigner(k), {
      v: 1,
      logId: 'l',
      size: 1,
      root: 'a'.repeat(64),
      timestamp: '2026-11-28T10:00:00.000Z',
    });
    await expect(verifyReceipt(head, jwks)).rejects.toMatchObject({ code: 'WRONG_TYPE' });
    await expect(verifyTreeHead(head, jwks)).resolves.toMatchObject({ size: 1 });
  });
});
