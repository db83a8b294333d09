import { afterEach, describe, expect, it } from 'vitest';
import { gatewayConfigFromEnv } from '../../gateway/src/config.js';
import { metricsPort } from '../../lib/observability/service-metrics.js';
import { METRICS_PORTS } from '../../lib/services.js';
import { subgraph as blacklist } from '../../subgraphs/blacklist/src/server.js';
import { makeTestCerts } from '../support/certs.js';
import { tGateway, type TGateway } from '../gateway/t-gateway.js';

/** The off-switches and ports of metrics and the request log (STYLE: each plugin has its off-switch). */
let g: TGateway | undefined;
afterEach(async () => {
  await g?.close();
  g = undefined;
});

describe('metrics and the request log at the gateway', () => {
  it('are on by default: a metrics listener on loopback, and a request line per request', async () => {
    g = await tGateway();
    expect((await g.as('demo-platform').query('{ __typename }')).status).toBe(200);
    expect(g.gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const text = await (await fetch(g.gateway.metricsUrl!)).text();
    expect(text).toContain('lsgw_gateway_requests_total{operation="other",code="OK"} 1');
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
    expect((await fetch(g.gateway.metricsUrl!.replace('/metrics', '/other'))).status).toBe(404);
    expect(g.logger.lines.filter((l) => l.event === 'request').map((l) => [l.fields.role, l.fields.code])).toEqual([
      ['platform', 'OK'],
    ]);
  });

  it('are not there with METRICS=off and REQUEST_LOG=off', async () => {
    g = await tGateway((c) => ({ ...c, metrics: { ...c.metrics, enabled: false }, requestLog: false }));
    expect((await g.as('demo-platform').query('{ __typename }')).status).toBe(200);
    expect(g.gateway.metricsUrl).toBeUndefined();
    expect(g.logger.lines.filter((l) => l.event === 'request')).toEqual([]);
  });
});

describe('the settings', () => {
  const certs = makeTestCerts();
  const env = { CERTS_DIR: certs.dir };

  it('are read from the environment by each service, and a switch that is neither on nor off stops start-up', () => {
    expect(gatewayConfigFromEnv(env)).toMatchObject({
      metrics: { enabled: true, host: '127.0.0.1', port: undefined },
      requestLog: true,
      readyTimeoutMs: 2000,
    });
    expect(
      gatewayConfigFromEnv({ ...env, METRICS: 'off', REQUEST_LOG: 'off', METRICS_HOST: '0.0.0.0', METRICS_PORT: '0' }),
    ).toMatchObject({
      metrics: { enabled: false, host: '0.0.0.0', port: 0 },
      requestLog: false,
    });
    expect(() => gatewayConfigFromEnv({ ...env, METRICS: 'no' })).toThrow('METRICS must be on or off');
    expect(blacklist.configFromEnv({ ...env, BLACKLIST_METRICS_PORT: '9999' }).metrics).toEqual({
      enabled: true,
      host: '127.0.0.1',
      port: 9999,
    });
    expect(() => blacklist.configFromEnv({ ...env, REQUEST_LOG: 'quiet' })).toThrow('REQUEST_LOG must be on or off');
  });

  it('put metrics on the default port, the configured one, or any free one when the service itself takes any', () => {
    const on = { enabled: true, host: '127.0.0.1' };
    expect(metricsPort(on, METRICS_PORTS.gateway, 4000)).toBe(9400);
    expect(metricsPort(on, METRICS_PORTS.blacklist, 0)).toBe(0);
    expect(metricsPort({ ...on, port: 9500 }, METRICS_PORTS.gateway, 0)).toBe(9500);
    expect(Object.values(METRICS_PORTS)).toEqual([9400, 9401, 9402, 9403, 9404]);
  });
});
