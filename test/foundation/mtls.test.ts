import { readFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCa, issueCertificate } from '../../certs/ca.js';
import { issueMember, revokeCertificate } from '../../certs/store.js';
import { serviceUri } from '../../lib/identity/spiffe.js';
import { codeOf, tClient } from '../../lib/testing/client.js';
import { memberCert, serviceCert } from '../support/certs.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { mintToken, privateKeyFromPem } from '../../lib/token.js';
import type { Principal } from '../../lib/principal.js';

const VIEWER = '{ viewer { role org name region authority level certSerial } }';
const CROSSING =
  '{ viewer { org platform { uscc name domicileRegion disposalReportCount blacklistEntryCount noticeCount } } }';

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ gatewayConfig: (c) => ({ ...c, crlPollMs: 100 }) });
});
afterAll(() => fed?.close());

describe('the gateway over mutual TLS', () => {
  it('tells a platform who it is, from its certificate', async () => {
    const r = await fed.as('demo-platform').query(VIEWER);
    expect(r.status).toBe(200);
    expect(r.body.data.viewer).toMatchObject({
      role: 'PLATFORM',
      org: '91330106MA27XXXXX0',
      region: '330106',
      authority: null,
    });
    expect(r.body.data.viewer.certSerial).toMatch(/^[0-9A-F]{32}$/);
  });

  it('tells a regulator its authority, level and region', async () => {
    const r = await fed.as('samr-zhejiang').query(VIEWER);
    expect(r.body.data.viewer).toMatchObject({
      role: 'REGULATOR',
      org: 'samr/province/330000',
      authority: 'SAMR',
      level: 'PROVINCE',
      region: '330000',
    });
  });

  it('resolves one query across all four subgraphs', async () => {
    const r = await fed.as('demo-platform').query(CROSSING);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.viewer.platform).toEqual({
      uscc: '91330106MA27XXXXX0',
      name: 'Demo Live Platform Co.',
      domicileRegion: '330106',
      disposalReportCount: 0,
      blacklistEntryCount: 0,
      noticeCount: 0,
    });
  });

  it('turns off Apollo telemetry, which would report usage and probe cloud metadata endpoints', () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });

  it('answers GET /healthz', async () => {
    expect((await fed.as('demo-platform').get('/healthz')).status).toBe(200);
  });

  it('refuses a client without a certificate', async () => {
    const r = await fed.withCert(undefined).query(VIEWER);
    expect(r.status).toBe(401);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.body.data).toBeUndefined();
  });

  it('refuses a certificate from another CA', async () => {
    const other = createCa({ commonName: 'Impostor CA' });
    const cert = issueCertificate(other, {
      uri: 'spiffe://lsgw/platform/91330106MA27XXXXX0/330106',
      commonName: 'Impostor',
      usage: 'client',
    });
    const r = await fed.withCert({ cert: cert.certPem, key: cert.keyPem }).query(VIEWER);
    expect(r.status).toBe(401);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.body.errors?.[0].extensions?.reason).toMatch(/UNABLE_TO_VERIFY|SELF_SIGNED|UNABLE_TO_GET_ISSUER/);
  });

  it('refuses an expired certificate from the exchange CA', async () => {
    const ca = { certPem: readFileSync(fed.certs.ca, 'utf8'), keyPem: readFileSync(fed.certs.caKey, 'utf8') };
    const now = Date.now();
    const cert = issueCertificate(ca, {
      uri: 'spiffe://lsgw/platform/91330106MA27XXXXX0/330106',
      commonName: 'Expired Platform',
      usage: 'client',
      notBefore: new Date(now - 10 * 86_400_000),
      notAfter: new Date(now - 86_400_000),
    });
    const r = await fed.withCert({ cert: cert.certPem, key: cert.keyPem }).query(VIEWER);
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0].extensions?.reason).toBe('CERT_HAS_EXPIRED');
  });

  it('refuses a certificate whose URI is not a member identity', async () => {
    const ca = { certPem: readFileSync(fed.certs.ca, 'utf8'), keyPem: readFileSync(fed.certs.caKey, 'utf8') };
    const cert = issueCertificate(ca, { uri: 'spiffe://elsewhere/platform/x', commonName: 'Odd', usage: 'client' });
    const r = await fed.withCert({ cert: cert.certPem, key: cert.keyPem }).query(VIEWER);
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0].message).toMatch(/unknown identity form/);
  });

  it('refuses a service certificate as a member', async () => {
    const r = await fed.withCert(serviceCert(fed.certs, 'blacklist')).query(VIEWER);
    expect(r.status).toBe(401);
  });

  it('refuses a revoked certificate once the CRL file changes, without a restart', async () => {
    const issued = issueMember(
      fed.certs.dir,
      { kind: 'platform', uscc: '91350100M000100Y43', region: '350102', name: 'Soon Revoked Co.' },
      { slug: 'soon-revoked' },
    );
    const before = await fed.as('soon-revoked').query(VIEWER);
    expect(before.body.data.viewer.org).toBe('91350100M000100Y43');
    revokeCertificate(fed.certs.dir, issued.cert, 'keyCompromise');
    // The gateway polls the CRL file (every 100 ms here); a new handshake must see the new CRL.
    let last;
    for (let i = 0; i < 50; i++) {
      last = await fed.as('soon-revoked').query(VIEWER);
      if (last.status === 401) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(last!.status).toBe(401);
    expect(last!.body.errors?.[0].extensions?.reason).toBe('CERT_REVOKED');
    // Others are unaffected.
    expect((await fed.as('demo-platform').query(VIEWER)).status).toBe(200);
  });
});

describe('a subgraph called directly', () => {
  const url = () => fed.subgraphs['identity-registry'].url;
  const member: Principal = {
    role: 'platform',
    org: '91330106MA27XXXXX0',
    region: '330106',
    certSerial: 'AB',
    name: 'Demo',
    uri: 'spiffe://lsgw/platform/91330106MA27XXXXX0/330106',
  };
  const gatewayKey = () => privateKeyFromPem(readFileSync(fed.certs.jwtPrivate, 'utf8'));
  const asGateway = () => tClient(url(), fed.ca, serviceCert(fed.certs, 'gateway'));
  const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

  it('serves the gateway certificate with a valid token (the control for the refusals below)', async () => {
    const token = await mintToken(gatewayKey(), member, { audience: 'identity-registry' });
    const r = await asGateway().query(VIEWER, undefined, bearer(token));
    expect(r.status).toBe(200);
    expect(r.body.data.viewer.org).toBe(member.org);
  });

  it('refuses a member certificate even with a valid token', async () => {
    const token = await mintToken(gatewayKey(), member, { audience: 'identity-registry' });
    const c = tClient(url(), fed.ca, memberCert(fed.certs, 'demo-platform'));
    const r = await c.query(VIEWER, undefined, bearer(token));
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0].message).toMatch(/only the gateway/);
    await c.close();
  });

  it('refuses a certificate from another CA at the handshake', async () => {
    const other = createCa();
    const cert = issueCertificate(other, { uri: serviceUri('gateway'), commonName: 'fake gateway', usage: 'client' });
    const c = tClient(url(), fed.ca, { cert: cert.certPem, key: cert.keyPem });
    await expect(c.query(VIEWER)).rejects.toThrow();
    await c.close();
  });

  it('refuses the gateway certificate with no token', async () => {
    const r = await asGateway().query(VIEWER);
    expect(r.status).toBe(401);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const r = await asGateway().query(
      VIEWER,
      undefined,
      bearer(await mintToken(privateKey, member, { audience: 'identity-registry' })),
    );
    expect(r.status).toBe(401);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token', async () => {
    const token = await mintToken(gatewayKey(), member, {
      audience: 'identity-registry',
      issuedAt: new Date(Date.now() - 120_000),
      ttlSeconds: 30,
    });
    const r = await asGateway().query(VIEWER, undefined, bearer(token));
    expect(r.status).toBe(401);
    expect(r.body.errors?.[0].message).toMatch(/expired/);
  });

  it('refuses a token minted for another subgraph', async () => {
    const r = await asGateway().query(
      VIEWER,
      undefined,
      bearer(await mintToken(gatewayKey(), member, { audience: 'blacklist' })),
    );
    expect(r.status).toBe(401);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token that claims to live longer than 60 s', async () => {
    const r = await asGateway().query(
      VIEWER,
      undefined,
      bearer(await mintToken(gatewayKey(), member, { audience: 'identity-registry', ttlSeconds: 3600 })),
    );
    expect(r.status).toBe(401);
  });
});
