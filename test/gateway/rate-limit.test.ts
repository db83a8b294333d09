import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../lib/errors.js';
import type { Principal } from '../../lib/principal.js';
import { codeOf } from '../../lib/testing/client.js';
import { DEFAULT_RATE_LIMITS, useRateLimit } from '../../gateway/src/plugins/use-rate-limit.js';
import { gatewayConfigFromEnv } from '../../gateway/src/config.js';
import { memoryLimitStore } from '../../lib/rate/limit-store.js';
import { tGateway, type TGateway } from './t-gateway.js';

const TYPENAME = '{ __typename }';

let gw: TGateway;
beforeAll(async () => {
  gw = await tGateway((c) => ({
    ...c,
    rateLimit: { platform: { perSecond: 2, burst: 3 }, regulator: { perSecond: 1, burst: 1 } },
  }));
});
afterAll(() => gw?.close());

describe('the rate limit per member certificate, through the gateway', () => {
  it('lets a platform burst, then refuses with RATE_LIMITED, HTTP 429 and Retry-After', async () => {
    const c = gw.as('demo-platform');
    // Sequential on one kept-alive connection: a handshake's time would refill a token meanwhile.
    const statuses: number[] = [];
    let refused;
    for (let i = 0; i < 20 && !refused; i++) {
      const r = await c.query(TYPENAME);
      statuses.push(r.status);
      if (r.status !== 200) refused = r;
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.length).toBeLessThanOrEqual(6);
    if (!refused) throw new Error('never refused');
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body.errors?.[0].extensions?.retryAfter).toBe(1);
    expect(refused.body.data).toBeUndefined();
  });

  it('counts each certificate on its own: another platform is unaffected', async () => {
    expect((await gw.as('demo-platform-b').query(TYPENAME)).status).toBe(200);
  });

  it('applies the regulator limit to a regulator', async () => {
    const c = gw.as('samr-zhejiang');
    expect((await c.query(TYPENAME)).status).toBe(200);
    const refused = await c.query(TYPENAME);
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
  });

  it('lets the caller in again once Retry-After has passed', async () => {
    const c = gw.as('cac-zhejiang');
    expect((await c.query(TYPENAME)).status).toBe(200);
    const refused = await c.query(TYPENAME);
    expect(refused.status).toBe(429);
    await new Promise((r) => setTimeout(r, Number(refused.headers.get('retry-after')) * 1000 + 50));
    expect((await c.query(TYPENAME)).status).toBe(200);
  });
});

describe('the token bucket', () => {
  const principal = (role: Principal['role'], certSerial = 'AA'): Principal => ({
    role,
    certSerial,
    org: 'x',
    region: '330000',
    name: 'x',
    uri: 'spiffe://lsgw/x',
  });
  const refusal = async (f: () => Promise<void>): Promise<DomainError | undefined> => {
    try {
      await f();
      return undefined;
    } catch (e) {
      return e as DomainError;
    }
  };

  it('refills at the configured rate up to the burst', async () => {
    let t = 0;
    const limiter = useRateLimit(
      { platform: { perSecond: 10, burst: 5 }, regulator: { perSecond: 1, burst: 1 } },
      memoryLimitStore(() => t),
    );
    const p = principal('platform');
    for (let i = 0; i < 5; i++) await limiter.take(p);
    const e = await refusal(() => limiter.take(p));
    expect(e?.code).toBe('RATE_LIMITED');
    expect(e?.details.retryAfter).toBe(1);
    t += 100; // one token back after 1/10 s
    await limiter.take(p);
    expect((await refusal(() => limiter.take(p)))?.code).toBe('RATE_LIMITED');
    t += 60_000; // a long quiet spell refills to the burst, no further
    for (let i = 0; i < 5; i++) await limiter.take(p);
    expect((await refusal(() => limiter.take(p)))?.code).toBe('RATE_LIMITED');
  });

  it('says how long to wait when the rate is below one a second', async () => {
    const limiter = useRateLimit(
      { platform: { perSecond: 0.25, burst: 1 }, regulator: { perSecond: 1, burst: 1 } },
      memoryLimitStore(() => 0),
    );
    await limiter.take(principal('platform'));
    expect((await refusal(() => limiter.take(principal('platform'))))?.details.retryAfter).toBe(4);
  });

  it('is off for a role whose rate is 0', async () => {
    const limiter = useRateLimit(
      { platform: { perSecond: 0, burst: 0 }, regulator: { perSecond: 1, burst: 1 } },
      memoryLimitStore(() => 0),
    );
    for (let i = 0; i < 1000; i++) await limiter.take(principal('platform'));
    expect(limiter.size()).toBe(0);
  });

  it('reads per-role limits from the environment, with documented defaults', () => {
    expect(gatewayConfigFromEnv({}).rateLimit).toEqual(DEFAULT_RATE_LIMITS);
    const cfg = gatewayConfigFromEnv({
      RATE_LIMIT_PLATFORM_PER_SECOND: '7',
      RATE_LIMIT_PLATFORM_BURST: '9',
      RATE_LIMIT_REGULATOR_PER_SECOND: '3',
      RATE_LIMIT_REGULATOR_BURST: '4',
    });
    expect(cfg.rateLimit).toEqual({ platform: { perSecond: 7, burst: 9 }, regulator: { perSecond: 3, burst: 4 } });
    expect(() => gatewayConfigFromEnv({ RATE_LIMIT_PLATFORM_BURST: 'lots' })).toThrow(/RATE_LIMIT_PLATFORM_BURST/);
  });
});
