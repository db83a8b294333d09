import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from 'mysql2/promise';
import type { CertPaths } from '../../certs/store.js';
import { createGraphQLClient } from '../../lib/http/client.js';
import { upload, type UploadForm } from '../../scripts/filing/upload.js';
import { meterCpu } from './compare.js';
import { pidByName } from './cpu.js';
import { loadAverage } from './machine.js';
import { startService, type ServiceProcess, type StartOptions } from './processes.js';
import { fmt } from './stats.js';

/**
 * bench:filing's comparison: the same upload under the services' production settings and with receipts
 * and the evidence log off, metrics and the request log off, and both, in one run. Each upload starts
 * from an empty database and fresh services; rounds alternate the order (ABBA), so other work on the
 * machine slows every variant alike. LSGW_BENCH_EVIDENCE is read by identity-registry's config and used
 * by this benchmark only; METRICS and REQUEST_LOG are the operator's own switches.
 */
export interface FilingVariant {
  name: string;
  env: Record<string, string>;
}

export const VARIANTS: readonly FilingVariant[] = [
  { name: 'production (receipts, evidence log, metrics, request log)', env: {} },
  { name: 'receipts and evidence log off', env: { LSGW_BENCH_EVIDENCE: 'off' } },
  { name: 'metrics and request log off', env: { METRICS: 'off', REQUEST_LOG: 'off' } },
  { name: 'all four off', env: { LSGW_BENCH_EVIDENCE: 'off', METRICS: 'off', REQUEST_LOG: 'off' } },
];

export interface VariantRun {
  admin: Connection;
  db: string;
  dir: string;
  certs: CertPaths;
  env: NodeJS.ProcessEnv;
  files: { operatorsFile: string; streamersFile: string };
  records: number;
  rounds: number;
  concurrency: number;
  form: UploadForm;
  serviceOpts(name: 'identity-registry' | 'gateway'): StartOptions;
}

interface Sample {
  rate: number;
  cpuUsPerRecord: Record<string, number>;
  receipts: number;
}

async function uploadOnce(run: VariantRun, v: FilingVariant, k: number): Promise<Sample> {
  await run.admin.query(`DROP DATABASE IF EXISTS \`${run.db}\``);
  const env = { ...run.env, ...v.env };
  const procs: ServiceProcess[] = [];
  try {
    const registry = await startService(
      'identity-registry',
      'subgraphs/identity-registry/src/index.ts',
      env,
      run.serviceOpts('identity-registry'),
    );
    procs.push(registry);
    const gateway = await startService(
      'gateway',
      'gateway/src/index.ts',
      { ...env, SUBGRAPH_URL_IDENTITY_REGISTRY: registry.url },
      run.serviceOpts('gateway'),
    );
    procs.push(gateway);
    const member = run.certs.member('demo-platform');
    const client = createGraphQLClient({
      url: gateway.url,
      ca: readFileSync(run.certs.ca),
      cert: readFileSync(member.cert),
      key: readFileSync(member.key),
    });
    const meter = meterCpu([
      { name: 'client', pid: process.pid },
      ...procs.map((p) => ({ name: p.name, pid: p.child.pid })),
      { name: 'mariadb', pid: pidByName('mariadbd', 'mysqld') },
    ]);
    const state = join(mkdtempSync(join(run.dir, 'variant-')), `upload-${k}.json`);
    const t0 = performance.now();
    const summary = await upload({
      client,
      period: '2026-07',
      operators: run.files.operatorsFile,
      streamers: run.files.streamersFile,
      concurrency: run.concurrency,
      statePath: state,
      submit: true,
      form: run.form,
      log: () => {},
    });
    const seconds = (performance.now() - t0) / 1000;
    const cpuMs = meter.stop(run.records);
    await client.close();
    const cpuUsPerRecord = Object.fromEntries(Object.entries(cpuMs).map(([n, ms]) => [n, ms * 1000]));
    return { rate: run.records / seconds, cpuUsPerRecord, receipts: summary.receipts.kept };
  } finally {
    for (const p of procs.reverse()) await p.stop();
  }
}

const median = (xs: number[]) => [...xs].sort((a, z) => a - z)[Math.floor((xs.length - 1) / 2)];

/** Runs every variant `rounds` times and prints each one's median rate against the first (production). */
export async function compareVariants(run: VariantRun): Promise<void> {
  console.log(
    `\nreceipts and logs on and off: ${run.records.toLocaleString()} records a variant, ${run.rounds} round(s), fresh database and services each; load average ${loadAverage()}`,
  );
  const samples = VARIANTS.map(() => [] as Sample[]);
  for (let round = 0; round < run.rounds; round++) {
    const order = round % 2 === 0 ? VARIANTS.map((_, i) => i) : VARIANTS.map((_, i) => VARIANTS.length - 1 - i);
    for (const i of order) {
      const s = await uploadOnce(run, VARIANTS[i], round * VARIANTS.length + i);
      samples[i].push(s);
      console.log(
        `  round ${round + 1}, ${VARIANTS[i].name}: ${fmt(s.rate, 0)} records/s, ${s.receipts} receipts kept`,
      );
    }
  }
  await run.admin.query(`DROP DATABASE IF EXISTS \`${run.db}\``);
  const base = median(samples[0].map((s) => s.rate));
  const offRate = median(samples[1].map((s) => s.rate));
  for (const [i, v] of VARIANTS.entries()) {
    const rate = median(samples[i].map((s) => s.rate));
    const cpu = Object.entries(samples[i].at(-1)!.cpuUsPerRecord)
      .map(([n, us]) => `${n} ${fmt(us, 0)}`)
      .join(', ');
    console.log(
      `${v.name}: ${fmt(rate, 0)} records/s (${rate >= base ? '+' : ''}${fmt((rate / base - 1) * 100, 1)}% against production); CPU µs a record, last round: ${cpu}`,
    );
  }
  console.log(
    `with receipts and evidence log / without: ${fmt(base / offRate, 3)} (target ≥ 0.95: at most 5% below the same run's figure without them)`,
  );
  console.log(`load average after the comparison: ${loadAverage()}`);
}
