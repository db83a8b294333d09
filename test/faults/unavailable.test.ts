import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { SUBMIT, tInput } from '../penalty-reports/helpers.js';
import { tProxy, type TProxy } from './t-proxy.js';

/**
 * Dependencies that fail, through the whole federation over mTLS: a subgraph that is stopped, one that
 * accepts connections and never answers, one whose answer is lost after it served the request, and (on
 * MariaDB) a subgraph whose database is unreachable. Each is answered with a coded, retryable error that
 * says whether the request was applied, never INTERNAL_SERVER_ERROR, and within the subgraph timeout.
 * The links are cut by TCP relays (t-proxy.ts) between the gateway and penalty-reports and between the
 * subgraphs and MariaDB.
 */
const TIMEOUT_MS = 2000;
const LIST = '{ disposalReports(first: 1) { edges { node { id } } } }';
const ENTRIES = '{ blacklistEntries(first: 1) { edges { node { id } } } }';
const mariadb = process.env.DATABASE_URL;

let fed: TestFederation;
let toReports: TProxy;
let toDatabase: TProxy | undefined;

beforeAll(async () => {
  toReports = await tProxy();
  if (mariadb) {
    const u = new URL(mariadb);
    toDatabase = await tProxy();
    toDatabase.target = { host: u.hostname, port: Number(u.port || 3306) };
    u.host = `127.0.0.1:${toDatabase.port}`;
    process.env.LSGW_T_DB_VIA_PROXY = u.toString();
  }
  fed = await startTestFederation({
    env: toDatabase ? { DATABASE_URL: process.env.LSGW_T_DB_VIA_PROXY! } : {},
    gatewayConfig: (cfg) => {
      const real = new URL(cfg.subgraphUrls['penalty-reports']!);
      toReports.target = { host: '127.0.0.1', port: Number(real.port) };
      return {
        ...cfg,
        subgraphTimeoutMs: TIMEOUT_MS,
        subgraphUrls: { ...cfg.subgraphUrls, 'penalty-reports': `https://127.0.0.1:${toReports.port}${real.pathname}` },
      };
    },
  });
});
afterAll(async () => {
  await toReports?.set('pass');
  await toDatabase?.set('pass');
  await fed?.close();
  await toReports?.close();
  await toDatabase?.close();
});

/** The one error of an answer, and how long the caller waited for it. */
async function failing(query: string, variables?: Record<string, unknown>) {
  const started = performance.now();
  const r = await fed.as('demo-platform').query(query, variables);
  const waited = performance.now() - started;
  expect(r.status).toBe(200);
  expect(r.body.errors).toHaveLength(1);
  const [e] = r.body.errors!;
  expect(r.raw).not.toMatch(/127\.0\.0\.1|ECONNREFUSED.*:\d+|stack/);
  return { e, waited, code: e.extensions?.code, ext: e.extensions ?? {} };
}

describe('a subgraph that cannot be reached', () => {
  it('answers GATEWAY_TIMEOUT, not applied, when the subgraph accepts connections and never completes the handshake', async () => {
    await toReports.set('blackhole');
    const { code, ext, waited } = await failing(SUBMIT, { input: tInput('fault-blackhole') });
    expect(code).toBe('GATEWAY_TIMEOUT');
    expect(ext).toMatchObject({ subgraph: 'penalty-reports', retryable: true, applied: 'no' });
    expect(waited).toBeLessThan(3 * TIMEOUT_MS);
    await toReports.set('pass');
    const stored = await fed.subgraphs['penalty-reports'].db.query(
      'SELECT COUNT(*) AS n FROM disposal_report WHERE idempotency_key = ?',
      ['fault-blackhole'],
    );
    expect(Number(stored[0].n)).toBe(0);
  });

  it('answers GATEWAY_TIMEOUT, maybe applied, when the answer is lost; the retry with the same key stores it once', async () => {
    await toReports.set('pass');
    // A call that succeeds leaves an open connection; the next call is sent on it and its answer is lost.
    expect((await fed.as('demo-platform').query(LIST)).body.errors).toBeUndefined();
    await toReports.set('drop-answers');
    const input = tInput('fault-lost-answer');
    const { code, ext, waited } = await failing(SUBMIT, { input });
    expect(code).toBe('GATEWAY_TIMEOUT');
    expect(ext).toMatchObject({ subgraph: 'penalty-reports', retryable: true, applied: 'unknown' });
    expect(waited).toBeLessThan(3 * TIMEOUT_MS);

    // It was applied: the subgraph served it and only the answer went missing.
    const count = async () =>
      Number(
        (
          await fed.subgraphs['penalty-reports'].db.query(
            'SELECT COUNT(*) AS n FROM disposal_report WHERE idempotency_key = ?',
            [input.idempotencyKey],
          )
        )[0].n,
      );
    while ((await count()) === 0) await new Promise((ok) => setTimeout(ok, 50));

    await toReports.set('pass');
    const retried = await fed.as('demo-platform').query(SUBMIT, { input });
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data.submitDisposalReport.idempotencyKey).toBe(input.idempotencyKey);
    expect(await count()).toBe(1);
  });

  it('answers SERVICE_UNAVAILABLE, not applied, when the subgraph is stopped (connection refused)', async () => {
    // blacklist has not been called yet in this federation: no open connection to it survives the stop.
    await fed.subgraphs.blacklist.close();
    const { code, ext } = await failing(ENTRIES);
    expect(code).toBe('SERVICE_UNAVAILABLE');
    expect(ext).toMatchObject({ subgraph: 'blacklist', retryable: true, applied: 'no' });
  });
});

describe.skipIf(!mariadb)('a subgraph whose database cannot be reached', () => {
  it('answers SERVICE_UNAVAILABLE from the subgraph, not applied, for a read and for a write', async () => {
    await toReports.set('pass');
    expect((await fed.as('demo-platform').query(LIST)).body.errors).toBeUndefined();
    await toDatabase!.set('refuse');
    for (const [query, variables] of [
      [LIST, undefined],
      [SUBMIT, { input: tInput('fault-db-down') }],
    ] as const) {
      const { code, ext, waited } = await failing(query, variables);
      expect(code).toBe('SERVICE_UNAVAILABLE');
      expect(ext).toMatchObject({ subgraph: 'penalty-reports', retryable: true, applied: 'no' });
      expect(waited).toBeLessThan(3 * TIMEOUT_MS);
    }
    await toDatabase!.set('pass');
    // Once the database is back, the same write goes through, once.
    const again = await fed.as('demo-platform').query(SUBMIT, { input: tInput('fault-db-down') });
    expect(again.body.errors).toBeUndefined();
    const [{ n }] = await fed.subgraphs['penalty-reports'].db.query(
      'SELECT COUNT(*) AS n FROM disposal_report WHERE idempotency_key = ?',
      ['fault-db-down'],
    );
    expect(Number(n)).toBe(1);
  });
});
