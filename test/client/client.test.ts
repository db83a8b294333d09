import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import {
  BadUserInputError,
  collect,
  ForbiddenError,
  LsgwClient,
  LsgwError,
  NetworkError,
  RateLimitedError,
  type RetryEvent,
} from '../../client/index.js';
import type { SubgraphConfig } from '../../lib/subgraph/config.js';
import { residentId } from '../blacklist/fixtures.js';
import { violation as violationInput } from '../case-cooperation/fixtures.js';
import type { documents } from '../../client/index.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { memberFiles, memberP12, startLossyRelay, tClients } from './support.js';

const violation = (over: Record<string, unknown> = {}) => violationInput(over) as documents.NoticeInput;
let fed: TestFederation;
let clients: ReturnType<typeof tClients>;
const person = (body17: string) => ({ documentType: 'RESIDENT_ID' as const, documentNumber: residentId(body17) });

beforeAll(async () => {
  fed = await startTestFederation({
    // One check a second and no burst beyond 2, so a handful of calls meets the limit.
    subgraphConfig: (c) =>
      c.service === 'blacklist' ? ({ ...c, checkRatePerSecond: 1, checkBurst: 2 } as SubgraphConfig) : c,
  });
  clients = tClients(fed);
  issueMember(
    fed.certs.dir,
    { kind: 'platform', uscc: '91110000600037341L', region: '110105', name: 'Busy Checks Co.' },
    { slug: 'busy-platform' },
  );
}, 120_000);
afterAll(async () => {
  await clients?.closeAll();
  await fed?.close();
});

describe('connecting', () => {
  it('connects with certificate, key and CA files', async () => {
    const viewer = await clients.as('demo-platform').viewer();
    expect(viewer).toMatchObject({ role: 'PLATFORM', org: '91330106MA27XXXXX0' });
  });

  it('connects with a .p12 and its passphrase', async () => {
    const c = new LsgwClient({ url: fed.gatewayUrl, member: memberP12(fed, 'samr-zhejiang') });
    try {
      expect(await c.viewer()).toMatchObject({ role: 'REGULATOR', authority: 'SAMR', region: '330000' });
    } finally {
      await c.close();
    }
  });

  it('refuses a .p12 with the wrong passphrase when the client is made', () => {
    const files = { ...memberP12(fed, 'demo-platform'), passphrase: 'wrong passphrase' };
    expect(() => new LsgwClient({ url: fed.gatewayUrl, member: files })).toThrow('wrong passphrase');
  });

  it('names a member file it cannot read', () => {
    const files = { ...memberFiles(fed, 'demo-platform'), key: '/nonexistent/member.key' };
    expect(() => new LsgwClient({ url: fed.gatewayUrl, member: files })).toThrow(
      'cannot read the private key /nonexistent/member.key',
    );
  });
});

describe('typed errors', () => {
  it('throws BadUserInputError with code and every problem, each with its path', async () => {
    const e = await clients
      .as('demo-platform')
      .blacklistCheck(
        [
          person('33010619850101123'),
          { documentType: 'RESIDENT_ID', documentNumber: '330106198501011230' },
          { uscc: '91350100M000100Y44' },
        ],
        'ONBOARDING',
      )
      .catch((x) => x);
    expect(e).toBeInstanceOf(BadUserInputError);
    expect(e).toBeInstanceOf(LsgwError);
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.problems.map((p: { path: string }) => p.path)).toEqual(['subjects[1].documentNumber', 'subjects[2].uscc']);
    expect(e.path).toEqual(['blacklistCheck']);
  });

  it('throws ForbiddenError for a job the caller may not do', async () => {
    const e = await clients
      .as('samr-zhejiang')
      .blacklistCheck([person('33010619850101123')], 'ONBOARDING')
      .catch((x) => x);
    expect(e).toBeInstanceOf(ForbiddenError);
    expect(e.code).toBe('FORBIDDEN');
    expect(e.problems).toEqual([]);
  });
});

describe('retries', () => {
  it('Art 14 ¶4: repeats a RATE_LIMITED check after the Retry-After the exchange gave, and answers every call', async () => {
    const retries: RetryEvent[] = [];
    const c = clients.as('busy-platform', { onRetry: (r) => retries.push(r) });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await c.blacklistCheck([person('44030419900101123')], 'ONBOARDING'));
    expect(answers.map((a) => a[0].listed)).toEqual([false, false, false, false]);
    expect(retries.length).toBeGreaterThan(0);
    for (const r of retries) {
      expect(r.error).toBeInstanceOf(RateLimitedError);
      expect(r.waitMs).toBe((r.error as RateLimitedError).retryAfter * 1000);
      expect(r.operation).toBe('BlacklistCheck');
    }
    // Refused calls were not checks: the log holds exactly the four answered ones.
    expect((await collect(c.checkLog())).length).toBe(4);
  });

  it('gives up with RateLimitedError when the wait is longer than it may wait', async () => {
    const c = clients.as('busy-platform', { maxRetryAfterSeconds: 0 });
    let e: unknown;
    for (let i = 0; i < 4 && !e; i++)
      e = await c.blacklistCheck([person('44030419900101123')], 'ONBOARDING').then(
        () => undefined,
        (x) => x,
      );
    expect(e).toBeInstanceOf(RateLimitedError);
    expect((e as RateLimitedError).retryAfter).toBeGreaterThanOrEqual(1);
  });

  it('repeats a write whose answer was lost with the same idempotency key, and it is stored once', async () => {
    const relay = await startLossyRelay(fed.gatewayUrl);
    const retries: RetryEvent[] = [];
    const c = new LsgwClient({
      url: relay.url,
      member: memberFiles(fed, 'samr-zhejiang'),
      connections: 1,
      onRetry: (r) => retries.push(r),
    });
    try {
      await c.viewer(); // the connection's handshake, so the relay can lose an answer on it
      relay.loseNextAnswer();
      const sent = await c.sendNotice(violation({ summary: 'lost answer, sent once' }));
      expect(relay.dropped()).toBe(1);
      expect(retries.map((r) => [r.operation, r.error.code])).toEqual([['SendNotice', 'NETWORK_ERROR']]);
      const same = (await collect(c.notices({ platformUscc: violation().platformUscc }))).filter(
        (n) => n.summary === 'lost answer, sent once',
      );
      expect(same.map((n) => n.id)).toEqual([sent.id]);
    } finally {
      await c.close();
      await relay.close();
    }
  });

  it('does not repeat a write without an idempotency key whose answer was lost', async () => {
    const relay = await startLossyRelay(fed.gatewayUrl);
    const admin = clients.as('samr-zhejiang');
    const notice = await admin.sendNotice(violation({ summary: 'closed once' }));
    const c = new LsgwClient({ url: relay.url, member: memberFiles(fed, 'samr-zhejiang'), connections: 1 });
    try {
      await c.viewer();
      relay.loseNextAnswer();
      const e = await c.closeNotice(notice.id, 'done').catch((x) => x);
      expect(e).toBeInstanceOf(NetworkError);
      expect((e as NetworkError).mayHaveApplied).toBe(true);
      expect((await admin.notice(notice.id))?.status).toBe('CLOSED');
    } finally {
      await c.close();
      await relay.close();
    }
  });
});

describe('pages', () => {
  it('iterates every node of a connection across pages, in order, and stops when the loop does', async () => {
    const admin = clients.as('samr-zhejiang');
    for (let i = 0; i < 5; i++) await admin.sendNotice(violation({ summary: `paged ${i}` }));
    const all = (await collect(admin.notices(undefined, 2))).filter((n) => n.summary.startsWith('paged '));
    expect(all.map((n) => n.summary)).toEqual(['paged 4', 'paged 3', 'paged 2', 'paged 1', 'paged 0']);
    expect((await collect(admin.notices(undefined, 2), 3)).length).toBe(3);
  });
});
