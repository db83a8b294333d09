import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type documents, type RetryEvent, ServerError } from '../../client/index.js';
import { measure, tInput } from '../penalty-reports/helpers.js';
import { tProxy, type TProxy } from '../faults/t-proxy.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { tClients } from './support.js';

/**
 * The client's retry rule for a service that is down, through the gateway over mTLS: a TCP relay between the
 * gateway and penalty-reports refuses connections (the gateway answers SERVICE_UNAVAILABLE, applied: 'no') or
 * loses answers (GATEWAY_TIMEOUT, applied: 'unknown').
 */
const TIMEOUT_MS = 2000;
let fed: TestFederation;
let toReports: TProxy;
let clients: ReturnType<typeof tClients>;
const input = (key: string) =>
  tInput(key, { measures: [measure('WARNING'), measure('LIVE_SUSPENSION')] }) as documents.DisposalReportInput;
const stored = async (key: string) =>
  Number(
    (
      await fed.subgraphs['penalty-reports'].db.query(
        'SELECT COUNT(*) AS n FROM disposal_report WHERE idempotency_key = ?',
        [key],
      )
    )[0].n,
  );

beforeAll(async () => {
  toReports = await tProxy();
  fed = await startTestFederation({
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
  clients = tClients(fed);
}, 120_000);
afterAll(async () => {
  await toReports?.set('pass');
  await clients?.closeAll();
  await fed?.close();
  await toReports?.close();
});

/** A client that records its retries and, at the first, lets the relay pass again. */
function healingClient() {
  const retries: RetryEvent[] = [];
  const client = clients.as('demo-platform', {
    onRetry: (r) => {
      retries.push(r);
      void toReports.set('pass');
    },
  });
  const seen = () => retries.map((r) => [r.error.code, (r.error as ServerError).applied]);
  return { client, seen };
}

describe('retries when a service of the exchange is down', () => {
  it('repeats a write without an idempotency key that was not applied (SERVICE_UNAVAILABLE, applied: no)', async () => {
    await toReports.set('pass');
    const { client, seen } = healingClient();
    const report = await client.submitDisposalReport(input('client-down-1'));
    await toReports.set('refuse');
    const lifted = await client.liftMeasure({
      reportId: report.id,
      measure: 'LIVE_SUSPENSION',
      liftedAt: new Date().toISOString(),
      reason: '整改完成',
    });
    expect(seen()).toEqual([['SERVICE_UNAVAILABLE', 'no']]);
    expect(lifted.measures.find((m) => m.type === 'LIVE_SUSPENSION')?.lifted).toBe(true);
  });

  it('does not repeat a write without a key whose outcome is unknown (GATEWAY_TIMEOUT, applied: unknown)', async () => {
    await toReports.set('pass');
    const retries: RetryEvent[] = [];
    const client = clients.as('demo-platform', { onRetry: (r) => void retries.push(r) });
    const report = await client.submitDisposalReport(input('client-down-2'));
    await toReports.set('drop-answers'); // the connection the submission left open is used next, its answer lost
    const error = await client
      .liftMeasure({ reportId: report.id, measure: 'WARNING', liftedAt: new Date().toISOString(), reason: '撤销' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ code: 'GATEWAY_TIMEOUT', applied: 'unknown', retryable: true });
    expect(retries).toEqual([]);
  });

  it('repeats an idempotent write whose outcome is unknown with the same key, and it is stored once', async () => {
    await toReports.set('pass');
    const { client, seen } = healingClient();
    await client.disposalReport('none'); // opens the connection the next call is sent on
    await toReports.set('drop-answers');
    const report = await client.submitDisposalReport(input('client-down-3'));
    expect(seen()).toEqual([['GATEWAY_TIMEOUT', 'unknown']]);
    expect(report.idempotencyKey).toBe('client-down-3');
    expect(await stored('client-down-3')).toBe(1);
  });
});
