import { hasSubscribers } from 'node:diagnostics_channel';
import { propagation } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALLOWED_ATTRIBUTES } from '../../lib/observability/tracing-export.js';
import { residentIdCheckChar } from '../../lib/validators/index.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { otlpReceiver, type ReceivedSpan } from './otlp-receiver.js';

/**
 * Issue 15 item 3: one trace across gateway, subgraph and SQL for one request, exported over OTLP/HTTP to
 * a collector started here, the client's trace id honoured, every span's parent in the trace, and none of
 * the personal data the request carried in any span. The logs are captured as in request-log.test.ts, to
 * show that their trace id is the exported one.
 */
const captured = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock('../../lib/log.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/log.js')>();
  return {
    ...real,
    createLogger: (service: string) =>
      real.createLogger(service, 'info', { write: (l: string) => void captured.lines.push(l) }),
  };
});

const residentId = (body17: string) => body17 + residentIdCheckChar(body17);
const PERSON = { name: '孙悟饭', number: residentId('33010619880808123') };
const PHONE = '13687654321';
const TRACE = '0af7651916cd43dd8448eb211c80319c';
const CLIENT_SPAN = 'b7ad6b7169203331';
const UNSAMPLED = '1af7651916cd43dd8448eb211c80319d';
const DAY = 86_400_000;

const ADD = `mutation Listing($input: BlacklistEntryInput!) { addBlacklistEntry(input: $input) { id } }`;
const CHECK = `query ($subjects: [CheckSubjectInput!]!) { blacklistCheck(subjects: $subjects, purpose: ONBOARDING) { listed } }`;

let fed: TestFederation | undefined;
let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
let spans: ReceivedSpan[];
/** The API's propagator fields and undici's subscribers, while the federation ran and once it closed. */
let globals: { running: unknown; closed: unknown };
const globalsNow = () => ({ fields: propagation.fields(), undici: hasSubscribers('undici:request:create') });
beforeAll(async () => {
  receiver = await otlpReceiver();
  fed = await startTestFederation({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url } });
  const now = Date.now();
  const add = await fed.as('demo-platform').query(
    ADD,
    {
      input: {
        idempotencyKey: 'trace-1',
        subject: {
          type: 'LIVE_STREAMER',
          person: { name: PERSON.name, idDocument: { type: 'RESIDENT_ID', number: PERSON.number } },
          liveAccounts: [{ accountId: 'acct-trace-1', nickname: '追踪主播' }],
        },
        facts: `夸大宣传，联系电话 ${PHONE}`,
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
    { traceparent: `00-${TRACE}-${CLIENT_SPAN}-01` },
  );
  expect(add.body.errors).toBeUndefined();
  // No traceparent: a new trace.
  const check = await fed
    .as('demo-platform-b')
    .query(CHECK, { subjects: [{ documentType: 'RESIDENT_ID', documentNumber: PERSON.number }] });
  expect(check.body.data.blacklistCheck).toEqual([{ listed: true }]);
  // A client's "not sampled" (flags 00) is honoured: nothing of that trace is exported.
  const unsampled = await fed
    .as('samr-zhejiang')
    .query('{ viewer { role } }', {}, { traceparent: `00-${UNSAMPLED}-${CLIENT_SPAN}-00` });
  expect(unsampled.status).toBe(200);
  const running = globalsNow();
  // Closing flushes every service's buffered spans.
  await fed.close();
  fed = undefined;
  globals = { running, closed: globalsNow() };
  spans = receiver.spans();
});
afterAll(async () => {
  await fed?.close();
  await receiver?.close();
});

const byId = () => new Map(spans.map((s) => [s.spanId, s]));
const parentOf = (s: ReceivedSpan) => (s.parentSpanId ? byId().get(s.parentSpanId) : undefined);
const one = (list: ReceivedSpan[], what: string) => {
  expect(list, what).toHaveLength(1);
  return list[0];
};

describe('traces exported over OTLP/HTTP', () => {
  it("continue the client's trace through gateway, subgraph fetch, subgraph operation and its SQL", () => {
    expect(receiver.bodies.every((b) => b.path === '/v1/traces' && b.type.startsWith('application/json'))).toBe(true);
    const trace = spans.filter((s) => s.traceId === TRACE);
    const inTrace = (pred: (s: ReceivedSpan) => boolean) => trace.filter(pred);

    // The gateway's operation: a server span whose parent is the client's span.
    const gateway = one(
      inTrace((s) => s.service === 'gateway' && s.kind === 2),
      'gateway server span',
    );
    expect(gateway).toMatchObject({
      name: 'mutation Listing',
      parentSpanId: CLIENT_SPAN,
      attributes: {
        'graphql.operation.type': 'mutation',
        'graphql.operation.name': 'Listing',
        'lsgw.operation': 'addBlacklistEntry',
        'lsgw.code': 'OK',
        'lsgw.caller.role': 'platform',
        'http.response.status_code': 200,
      },
    });
    // @apollo/gateway's own spans beneath it, down to the fetch from blacklist.
    const request = one(
      inTrace((s) => s.name === 'gateway.request'),
      'gateway.request',
    );
    expect(parentOf(request)).toBe(gateway);
    for (const name of ['gateway.validate', 'gateway.plan', 'gateway.execute'])
      expect(
        parentOf(
          one(
            inTrace((s) => s.name === name),
            name,
          ),
        ),
      ).toBe(request);
    const fetch = one(
      inTrace((s) => s.name === 'gateway.fetch'),
      'gateway.fetch',
    );
    expect(fetch.attributes.service).toBe('blacklist');
    expect(parentOf(fetch)?.name).toBe('gateway.execute');
    // The HTTP call (instrumentation-undici), which carried the traceparent to the subgraph.
    const call = one(
      inTrace((s) => s.service === 'gateway' && s.kind === 3),
      'subgraph call',
    );
    expect(parentOf(call)).toBe(fetch);
    expect(call.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.response.status_code': 200 });

    // The subgraph's operation, in the same trace, under that call.
    const subgraph = one(
      inTrace((s) => s.service === 'blacklist' && s.kind === 2),
      'blacklist server span',
    );
    expect(parentOf(subgraph)).toBe(call);
    // The gateway names the operation it sends each subgraph after the client's (`<name>__<subgraph>__<n>`).
    expect(subgraph).toMatchObject({
      name: 'mutation Listing__blacklist__0',
      attributes: { 'lsgw.operation': 'addBlacklistEntry', 'lsgw.code': 'OK', 'lsgw.caller.role': 'platform' },
    });
    // Its SQL: a span per statement, beneath the operation, named by operation and table.
    const sql = inTrace((s) => s.service === 'blacklist' && s.attributes['db.system.name'] !== undefined);
    // The replay look-up first (a retried listing asks no other subgraph), then the transaction: BEGIN on
    // SQLite, START (TRANSACTION) on MariaDB.
    expect(sql.find((s) => !s.name.startsWith('SELECT'))?.name).toMatch(/^(BEGIN|START)$/);
    expect(sql.map((s) => s.name)).toEqual(expect.arrayContaining(['INSERT blacklist_entry', 'COMMIT']));
    for (const s of sql) expect(parentOf(s)).toBe(subgraph);
    const insert = sql.find((s) => s.name === 'INSERT blacklist_entry');
    expect(insert?.attributes).toMatchObject({
      'db.system.name': expect.stringMatching(/^(sqlite|mysql)$/),
      'db.operation.name': 'INSERT',
      'db.collection.name': 'blacklist_entry',
    });

    // Every span of the trace has its parent in the trace, except the gateway's (the client's span).
    for (const s of trace) if (s !== gateway) expect(parentOf(s), s.name).toBeDefined();
    // Only the blacklist served this mutation: no other subgraph opened a span in this trace.
    expect(new Set(trace.map((s) => s.service))).toEqual(new Set(['gateway', 'blacklist']));
  });

  it('give a request without traceparent a trace of its own, the one its log lines name', () => {
    const check = one(
      spans.filter(
        (s) => s.service === 'gateway' && s.kind === 2 && s.attributes['lsgw.operation'] === 'blacklistCheck',
      ),
      'check server span',
    );
    expect(check.traceId).not.toBe(TRACE);
    expect(spans.filter((s) => s.traceId === UNSAMPLED)).toEqual([]);
    expect(check.parentSpanId).toBeUndefined();
    const sub = one(
      spans.filter((s) => s.service === 'blacklist' && s.kind === 2 && s.traceId === check.traceId),
      'blacklist span of the check',
    );
    expect(spans.some((s) => s.name === 'SELECT blacklist_entry' && s.parentSpanId === sub.spanId)).toBe(true);

    const logged = captured.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === 'request' && l.operation === 'blacklistCheck');
    expect(logged.map((l) => [l.service, l.traceId])).toEqual([
      ['blacklist', check.traceId],
      ['gateway', check.traceId],
    ]);
  });

  it('come from an SDK registered while the services run, and released when the last one closes', () => {
    expect(globals).toEqual({
      running: { fields: ['traceparent', 'tracestate'], undici: true },
      closed: { fields: [], undici: false },
    });
  });

  it('carry no ID number, name, phone, account, free text, query text or variables in any span', () => {
    const exported = receiver.bodies.map((b) => b.text).join('\n');
    expect(spans.length).toBeGreaterThan(10);
    for (const secret of [
      PERSON.number,
      PERSON.number.slice(0, 12),
      PERSON.name,
      PHONE,
      'acct-trace-1',
      '追踪主播',
      '夸大宣传',
      'trace-1"',
      'idDocument',
      'documentNumber',
      'Bearer',
    ])
      expect(exported, secret).not.toContain(secret);
    for (const s of spans) {
      for (const key of Object.keys(s.attributes)) expect(ALLOWED_ATTRIBUTES.has(key), key).toBe(true);
      expect(s.attributes['db.query.text']).toBeUndefined();
      expect(s.events).toEqual([]);
    }
  });
});
