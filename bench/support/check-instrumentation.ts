import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLClient } from '../../lib/http/client.js';
import { cpuSeconds } from './cpu.js';
import type { ServiceProcess } from './processes.js';
import { closedLoop, fmt, summarise } from './stats.js';

/**
 * What the instrumentation costs (bench:check phase `instrumentation`): the same single-subject checks
 * through three gateway + blacklist pairs started for this, over the same database, in alternating slices:
 *
 *   off      METRICS=off REQUEST_LOG=off
 *   on       metrics and the request log, as deployed (the default)
 *   traced   metrics, the request log and traces, every request sampled, exported over OTLP/HTTP to a sink
 *            in this process (which reads and counts what it gets: its CPU is the client's)
 *
 * Each figure is throughput with `concurrency` checks in flight, latency, and CPU per check of the client,
 * that pair's gateway and blacklist, and MariaDB. The target is on ≥ 0.95 × off.
 */
export interface InstrumentationContext {
  /** Starts a service (bench/check.ts: its environment, V8 flags and options) with these variables added. */
  start(name: string, service: 'gateway' | 'blacklist', env: Record<string, string>): Promise<ServiceProcess>;
  client(url: string): GraphQLClient;
  /** One single-subject check through `client`. */
  check(client: GraphQLClient): () => Promise<void>;
  concurrency: number;
  seconds: number;
  slices: number;
  seeded: number;
  mariadbPid?: number;
}

/** An OTLP/HTTP receiver that answers 200 to everything and counts spans (`"spanId"` keys). */
async function otlpSink() {
  const got = { requests: 0, bytes: 0, spans: 0 };
  const server = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (text += c));
    req.on('end', () => {
      got.requests++;
      got.bytes += Buffer.byteLength(text);
      got.spans += text.split('"spanId"').length - 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    got,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function instrumentationCost(c: InstrumentationContext): Promise<void> {
  const sink = await otlpSink();
  const ways: { name: string; env: Record<string, string> }[] = [
    { name: 'off   ', env: { METRICS: 'off', REQUEST_LOG: 'off' } },
    { name: 'on    ', env: {} },
    { name: 'traced', env: { OTEL_EXPORTER_OTLP_ENDPOINT: sink.url, OTEL_TRACES_SAMPLER: 'always_on' } },
  ];
  const pairs: { gateway: ServiceProcess; blacklist: ServiceProcess }[] = [];
  const clients: GraphQLClient[] = [];
  try {
    for (const w of ways) {
      const blacklist = await c.start(`blacklist-${w.name.trim()}`, 'blacklist', w.env);
      const gateway = await c.start(`gateway-${w.name.trim()}`, 'gateway', {
        ...w.env,
        SUBGRAPH_URL_BLACKLIST: blacklist.url,
      });
      pairs.push({ gateway, blacklist });
      clients.push(c.client(gateway.url));
    }
    const tasks = clients.map((cl) => c.check(cl));
    // New processes: connections, tokens and optimised code first, for each alike (not counted).
    for (const t of tasks) await closedLoop(t, c.concurrency, 1);
    const procs = (k: number) => [
      { name: 'client', pid: process.pid },
      { name: 'gateway', pid: pairs[k].gateway.child.pid },
      { name: 'blacklist', pid: pairs[k].blacklist.child.pid },
      { name: 'mariadb', pid: c.mariadbPid },
    ];
    const acc = ways.map(() => ({ latencies: [] as number[], elapsed: 0, cpu: [0, 0, 0, 0] }));
    const sinkBefore = { ...sink.got };
    for (let i = 0; i < c.slices; i++) {
      const order = i % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
      for (const k of order) {
        const ps = procs(k);
        const before = ps.map((p) => (p.pid === undefined ? 0 : cpuSeconds(p.pid)));
        const t = performance.now();
        const r = await closedLoop(tasks[k], c.concurrency, c.seconds / c.slices);
        acc[k].elapsed += (performance.now() - t) / 1000;
        acc[k].latencies.push(...r.latencies);
        ps.forEach((p, j) => (acc[k].cpu[j] += p.pid === undefined ? 0 : cpuSeconds(p.pid) - before[j]));
      }
    }
    console.log(
      `\ninstrumentation cost: single-subject checks, ${c.concurrency} concurrent, ${c.seconds} s each (in ${c.slices} alternating slices), ${c.seeded.toLocaleString()} entries, one gateway + blacklist pair each:`,
    );
    const rate = acc.map((a) => a.latencies.length / a.elapsed);
    acc.forEach((a, k) => {
      const s = summarise(a.latencies);
      const cpu = procs(k)
        .map((p, j) => `${p.name} ${fmt((a.cpu[j] * 1000) / Math.max(1, a.latencies.length), 2)}`)
        .join(', ');
      console.log(
        `  ${ways[k].name} ${fmt(rate[k], 0)}/s  p50 ${fmt(s.p50)} ms  p99 ${fmt(s.p99)} ms  (CPU ms per check: ${cpu})`,
      );
    });
    const exported = sink.got.spans - sinkBefore.spans;
    console.log(
      `  metrics + request log: on/off throughput ${fmt(rate[1] / rate[0], 3)} (target ≥ 0.95); with traces too: traced/off ${fmt(rate[2] / rate[0], 3)}, traced/on ${fmt(rate[2] / rate[1], 3)}`,
    );
    console.log(
      `  the sink received ${exported.toLocaleString()} spans in the measured slices (${fmt(exported / Math.max(1, acc[2].latencies.length), 1)} a check; ${fmt((sink.got.bytes - sinkBefore.bytes) / 1048576, 1)} MiB of OTLP JSON)`,
    );
  } finally {
    for (const cl of clients) await cl.close();
    for (const p of pairs) {
      await p.gateway.stop();
      await p.blacklist.stop();
    }
    await sink.close();
  }
}
