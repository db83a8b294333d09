import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { residentIdCheckChar } from '../../lib/validators/index.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

/**
 * Issue 15 item 4: one pino line per request on stderr. Every service of the federation logs (at debug,
 * so that nothing is hidden) to a captured destination instead of stderr: the real createLogger and its
 * JSON, only the destination injected.
 */
const captured = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock('../../lib/log.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/log.js')>();
  return {
    ...real,
    createLogger: (service: string) =>
      real.createLogger(service, 'debug', { write: (l: string) => void captured.lines.push(l) }),
  };
});

const residentId = (body17: string) => body17 + residentIdCheckChar(body17);
const PERSON = { name: '钱多多', number: residentId('33010619850101123') };
const PHONE = '13912345678';
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const DAY = 86_400_000;

const ADD = `mutation Listing($input: BlacklistEntryInput!) { addBlacklistEntry(input: $input) { id } }`;
const CHECK = `query ($subjects: [CheckSubjectInput!]!) { blacklistCheck(subjects: $subjects, purpose: ONBOARDING) { listed } }`;

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
});
afterAll(() => fed?.close());

const parsed = () => captured.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
const requests = (service: string) => parsed().filter((l) => l.event === 'request' && l.service === service);

describe('the request log', () => {
  let before = 0;
  beforeAll(async () => {
    const now = Date.now();
    before = requests('gateway').length;
    const platform = fed.as('demo-platform');
    const add = await platform.query(
      ADD,
      {
        input: {
          idempotencyKey: 'log-1',
          subject: {
            type: 'LIVE_STREAMER',
            person: { name: PERSON.name, idDocument: { type: 'RESIDENT_ID', number: PERSON.number } },
            liveAccounts: [{ accountId: 'acct-log-1', nickname: '好物主播' }],
          },
          facts: `虚构产品功效，联系电话 ${PHONE}`,
          reasons: '严重违法失信',
          legalBasis: '《直播电商监督管理办法》第十四条',
          term: { startsAt: new Date(now - DAY).toISOString(), endsAt: new Date(now + 90 * DAY).toISOString() },
          notification: {
            channel: '站内信',
            notifiedAt: new Date(now - 2 * DAY).toISOString(),
            appealChannel: 'https://example.cn/appeal',
          },
        },
      },
      { traceparent: `00-${TRACE}-00f067aa0ba902b7-01` },
    );
    expect(add.body.errors).toBeUndefined();
    const check = await fed
      .as('demo-platform-b')
      .query(CHECK, { subjects: [{ documentType: 'RESIDENT_ID', documentNumber: PERSON.number }] });
    expect(check.body.data.blacklistCheck).toEqual([{ listed: true }]);
    expect((await fed.withCert(undefined).query('{ viewer { role } }')).status).toBe(401);
    expect((await fed.as('samr-zhejiang').query('{ nosuchfield }')).status).toBe(400);
  });

  it('writes one line per request at the gateway, with trace id, operation, caller, duration, code and size', () => {
    const lines = requests('gateway').slice(before);
    expect(lines).toHaveLength(4);
    const [add, check, anonymous, invalid] = lines;
    expect(add).toMatchObject({
      level: 'info',
      event: 'request',
      traceId: TRACE,
      operation: 'addBlacklistEntry',
      operationName: 'Listing',
      role: 'platform',
      org: '91330106MA27XXXXX0',
      code: 'OK',
      status: 200,
    });
    expect(check).toMatchObject({ operation: 'blacklistCheck', role: 'platform', code: 'OK', status: 200 });
    expect(check.operationName).toBeUndefined();
    expect(anonymous).toMatchObject({ operation: 'other', role: 'none', code: 'UNAUTHENTICATED', status: 401 });
    expect(anonymous.org).toBeUndefined();
    expect(invalid).toMatchObject({
      operation: 'other',
      role: 'regulator',
      org: 'samr/province/330000',
      code: 'GRAPHQL_VALIDATION_FAILED',
      status: 400,
    });
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(
        [
          't',
          'level',
          'service',
          'event',
          'traceId',
          'operation',
          'role',
          'durationMs',
          'code',
          'status',
          'bytes',
          ...('org' in l ? ['org'] : []),
          ...('operationName' in l ? ['operationName'] : []),
        ].sort(),
      );
      expect(l.traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(l.durationMs).toBeGreaterThan(0);
      expect(l.bytes).toBeGreaterThan(10);
    }
    // A trace id of its own for every request that did not send one.
    expect(new Set(lines.map((l) => l.traceId)).size).toBe(4);
  });

  it('writes one line per request at the subgraph that served it, with the caller from the token', () => {
    const served = requests('blacklist').filter(
      (l) => l.operation === 'addBlacklistEntry' || l.operation === 'blacklistCheck',
    );
    expect(served.map((l) => [l.operation, l.role, l.code])).toEqual([
      ['addBlacklistEntry', 'platform', 'OK'],
      ['blacklistCheck', 'platform', 'OK'],
    ]);
  });

  it('holds no ID number, name, phone, query text, variables or key in any line of any service', () => {
    const all = captured.lines.join('');
    expect(captured.lines.length).toBeGreaterThan(10);
    for (const secret of [
      PERSON.number,
      PERSON.number.slice(0, 12),
      PERSON.name,
      PHONE,
      'acct-log-1',
      '好物主播',
      '虚构产品功效',
      'nosuchfield',
      'idDocument',
      'mutation',
      'PRIVATE KEY',
      'Bearer',
    ]) {
      expect(all, secret).not.toContain(secret);
    }
  });
});
