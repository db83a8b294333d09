import { afterAll, beforeAll, expect, it } from 'vitest';
import { RateLimitedError, type RetryEvent } from '../../client/index.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { tClients } from './support.js';

/** The gateway's own limit per certificate (HTTP 429 with Retry-After), met by the client as the subgraphs' is. */
let fed: TestFederation;
let clients: ReturnType<typeof tClients>;
beforeAll(async () => {
  fed = await startTestFederation({
    gatewayConfig: (c) => ({ ...c, rateLimit: { ...c.rateLimit, regulator: { perSecond: 1, burst: 1 } } }),
  });
  clients = tClients(fed);
}, 120_000);
afterAll(async () => {
  await clients?.closeAll();
  await fed?.close();
});

it('waits out HTTP 429 and its Retry-After, and every call is answered', async () => {
  const retries: RetryEvent[] = [];
  const c = clients.as('samr-zhejiang', { onRetry: (r) => retries.push(r) });
  const answers = [];
  for (let i = 0; i < 3; i++) answers.push((await c.viewer()).region);
  expect(answers).toEqual(['330000', '330000', '330000']);
  expect(retries.length).toBeGreaterThan(0);
  for (const r of retries) {
    expect(r.error).toBeInstanceOf(RateLimitedError);
    expect(r.error.status).toBe(429);
    expect(r.waitMs).toBe(1000);
  }
});
