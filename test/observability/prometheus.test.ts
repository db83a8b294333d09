import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { METRICS_PORTS, SUBGRAPHS } from '../../lib/services.js';
import { residentIdCheckChar } from '../../lib/validators/index.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';

/**
 * Issue 15 "proven how": a real Prometheus (Debian's `prometheus`, which .ci/run installs when missing)
 * scrapes a running federation with the repository's scrape configuration, its targets swapped for the
 * federation's metrics ports and its interval shortened to 1 s; the figures are read back through
 * Prometheus's HTTP API. No Prometheus on this machine fails the test: it never skips.
 */
const SERVICES = ['gateway', ...SUBGRAPHS.map((s) => s.name)] as const;
const DAY_S = 86_400;

interface ScrapeConfig {
  global: Record<string, string>;
  scrape_configs: { job_name: string; static_configs: { targets: string[] }[] }[];
}
const repoConfig = parse(readFileSync(new URL('../../ops/prometheus.yml', import.meta.url), 'utf8')) as ScrapeConfig;

let fed: TestFederation;
let prometheus: ChildProcess | undefined;
let api = '';
const tmp = mkdtempSync(join(tmpdir(), 'lsgw-prom-'));

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });

const pause = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Starts Prometheus and resolves once it is ready; rejects at once if it is missing or exits. */
async function startPrometheus(config: ScrapeConfig): Promise<void> {
  const file = join(tmp, 'prometheus.yml');
  writeFileSync(file, stringify(config));
  const port = await freePort();
  api = `http://127.0.0.1:${port}`;
  const child = spawn(
    'prometheus',
    [`--config.file=${file}`, `--storage.tsdb.path=${join(tmp, 'data')}`, `--web.listen-address=127.0.0.1:${port}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  prometheus = child;
  let tail = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (tail = (tail + d).slice(-3000)));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (e) =>
      reject(
        new Error(
          `cannot run prometheus (${e.message}): install it with \`apt-get install -y --no-install-recommends prometheus\` (.ci/run does)`,
        ),
      ),
    );
    child.once('exit', (code) => reject(new Error(`prometheus exited with ${code}:\n${tail}`)));
  });
  failed.catch(() => undefined); // the exit at the end of the test is expected
  const ready = (async () => {
    for (;;) {
      const ok = await fetch(`${api}/-/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await pause();
    }
  })();
  await Promise.race([ready, failed]);
}

interface Sample {
  metric: Record<string, string>;
  value: [number, string];
}

async function query(promql: string): Promise<Sample[]> {
  const r = await fetch(`${api}/api/v1/query?query=${encodeURIComponent(promql)}`);
  const body = (await r.json()) as { status: string; data: { result: Sample[] }; error?: string };
  if (body.status !== 'success') throw new Error(`${promql}: ${body.error}`);
  return body.data.result;
}

/**
 * Asks Prometheus until `promql` gives what `accept` wants (scrapes come every second) and returns it;
 * after 30 s of asking, returns the last answer, for the assertion that follows to show.
 */
async function until<T>(promql: string, shape: (s: Sample[]) => T, accept: (t: T) => boolean): Promise<T> {
  const giveUp = performance.now() + 30_000;
  for (;;) {
    const t = shape(await query(promql));
    if (accept(t) || performance.now() > giveUp) return t;
    await pause();
  }
}

const byLabels =
  (...labels: string[]) =>
  (samples: Sample[]) =>
    Object.fromEntries(samples.map((s) => [labels.map((l) => s.metric[l]).join(' '), Number(s.value[1])]));
const same = (want: Record<string, number>) => (got: Record<string, number>) =>
  JSON.stringify(Object.entries(got).sort()) === JSON.stringify(Object.entries(want).sort());

beforeAll(async () => {
  fed = await startTestFederation();
  const metricsUrl: Record<string, string | undefined> = {
    gateway: fed.gateway.metricsUrl,
    ...Object.fromEntries(SUBGRAPHS.map((s) => [s.name, fed.subgraphs[s.name].metricsUrl])),
  };
  const config: ScrapeConfig = {
    ...repoConfig,
    global: { ...repoConfig.global, scrape_interval: '1s', scrape_timeout: '1s', evaluation_interval: '1s' },
    scrape_configs: repoConfig.scrape_configs.map((job) => ({
      ...job,
      static_configs: [{ targets: [new URL(metricsUrl[job.job_name]!).host] }],
    })),
  };
  await startPrometheus(config);

  // What is driven, and so what Prometheus must count.
  const platform = fed.as('demo-platform');
  for (let i = 0; i < 3; i++) expect((await platform.query('{ viewer { role } }')).status).toBe(200);
  const anonymous = fed.withCert(undefined);
  for (let i = 0; i < 2; i++) expect((await anonymous.query('{ viewer { role } }')).status).toBe(401);
  expect((await fed.as('samr-zhejiang').query('{ nosuchfield }')).status).toBe(400);
  const number = '33010619850101123' + residentIdCheckChar('33010619850101123');
  const CHECK = 'query ($s: [CheckSubjectInput!]!) { blacklistCheck(subjects: $s, purpose: ONBOARDING) { listed } }';
  const check = await platform.query(CHECK, { s: [{ documentType: 'RESIDENT_ID', documentNumber: number }] });
  expect(check.body.data.blacklistCheck).toEqual([{ listed: false }]);
});

afterAll(async () => {
  if (prometheus && prometheus.exitCode === null && prometheus.signalCode === null) {
    const child = prometheus;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => (clearTimeout(force), resolve()));
      child.kill('SIGTERM');
    });
  }
  await fed?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('ops/prometheus.yml', () => {
  it('scrapes the five services, one job each, at their default metrics ports', () => {
    expect(repoConfig.scrape_configs.map((j) => [j.job_name, j.static_configs.flatMap((c) => c.targets)])).toEqual(
      SERVICES.map((s) => [s, [`${s}:${METRICS_PORTS[s]}`]]),
    );
  });
});

describe('a real Prometheus scraping a federation', () => {
  it('has every target up', async () => {
    let targets: string[][] = [];
    const giveUp = performance.now() + 30_000;
    for (;;) {
      const body = (await (await fetch(`${api}/api/v1/targets`)).json()) as {
        data: { activeTargets: { labels: { job: string }; health: string }[] };
      };
      targets = body.data.activeTargets.map((a) => [a.labels.job, a.health]).sort();
      if ((targets.length === SERVICES.length && targets.every(([, h]) => h === 'up')) || performance.now() > giveUp)
        break;
      await pause();
    }
    expect(targets).toEqual([...SERVICES].sort().map((s) => [s, 'up']));
  });

  it("counts the gateway's requests by operation and code as driven", async () => {
    const want = {
      'viewer OK': 3,
      'other UNAUTHENTICATED': 2,
      'other GRAPHQL_VALIDATION_FAILED': 1,
      'blacklistCheck OK': 1,
    };
    expect(await until('lsgw_gateway_requests_total', byLabels('operation', 'code'), same(want))).toEqual(want);
    const durations = await until(
      'lsgw_gateway_request_duration_seconds_count',
      byLabels('operation'),
      (t) => t.blacklistCheck === 1,
    );
    expect(durations).toEqual({ viewer: 3, other: 3, blacklistCheck: 1 }); // refused before parsing: other
  });

  it('counts the subgraph call as the blacklist subgraph and the gateway saw it', async () => {
    expect(
      await until(
        'lsgw_subgraph_requests_total{job="blacklist"}',
        byLabels('operation', 'code'),
        (t) => t['blacklistCheck OK'] === 1,
      ),
    ).toEqual({ 'blacklistCheck OK': 1 });
    const fetches = await until(
      'lsgw_gateway_subgraph_fetch_duration_seconds_count',
      byLabels('subgraph'),
      (t) => t.blacklist === 1,
    );
    expect(fetches.blacklist).toBe(1);
    expect(await query('sum(lsgw_gateway_subgraph_fetch_errors_total)').then((s) => Number(s[0].value[1]))).toBe(0);
    const sql = await until(
      'lsgw_db_query_duration_seconds_count{job="blacklist"}',
      byLabels('job'),
      (t) => t.blacklist > 0,
    );
    expect(sql.blacklist).toBeGreaterThan(0);
    if (process.env.DATABASE_URL) {
      const pool = await until(
        'lsgw_db_pool_connections{job="blacklist"}',
        byLabels('state'),
        (t) => Object.keys(t).length === 2,
      );
      expect(Object.keys(pool).sort()).toEqual(['in_use', 'waiting']);
    }
  });

  it('Art 14 ¶3: counts the peer check, its subjects and its matches, from the blacklist service itself', async () => {
    const figure = (name: string) =>
      until(`${name}{job="blacklist"}`, byLabels('job'), (t) => t.blacklist !== undefined);
    expect(await figure('lsgw_blacklist_peer_checks_total')).toEqual({ blacklist: 1 });
    expect(await figure('lsgw_blacklist_peer_check_subjects_total')).toEqual({ blacklist: 1 });
    expect(await figure('lsgw_blacklist_peer_check_matches_total')).toEqual({ blacklist: 0 });
  });

  it('counts the refused handshake of the caller without a certificate', async () => {
    const refused = await until(
      'lsgw_tls_handshake_refusals_total{job="gateway"}',
      byLabels('reason'),
      (t) => (t.NO_CERTIFICATE ?? 0) >= 1,
    );
    expect(refused.NO_CERTIFICATE).toBeGreaterThanOrEqual(1);
  });

  it("says, for every service, that the CRL's nextUpdate and its certificate's expiry are ahead", async () => {
    const crl = await until(
      'lsgw_tls_crl_next_update_seconds',
      byLabels('job'),
      (t) => Object.keys(t).length === SERVICES.length,
    );
    for (const s of SERVICES) {
      expect(crl[s], s).toBeGreaterThan(0);
      expect(crl[s], s).toBeLessThanOrEqual(31 * DAY_S);
    }
    const cert = await until(
      'lsgw_tls_certificate_expiry_seconds',
      byLabels('job'),
      (t) => Object.keys(t).length === SERVICES.length,
    );
    for (const s of SERVICES) expect(cert[s], s).toBeGreaterThan(31 * DAY_S);
  });
});
