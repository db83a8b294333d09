/** The four subgraphs and their default ports (DESIGN §9). The gateway listens on 4000. */
export const SUBGRAPHS = [
  { name: 'identity-registry', port: 4001 },
  { name: 'penalty-reports', port: 4002 },
  { name: 'blacklist', port: 4003 },
  { name: 'case-cooperation', port: 4004 },
] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
export const GATEWAY_PORT = 4000;

/**
 * V8 flags each process runs with: its docker-compose.yml command is `node <flags> --import tsx <entry>`
 * (test/docker-compose.test.ts holds it to this), and the benchmarks start it the same way.
 *
 * identity-registry: a 64 MiB young-generation semi-space (V8's default is 16 MiB). A 5,000-record
 * NDJSON batch stays alive for the second or so it is parsed, checked, encrypted and written; with
 * 16 MiB most of it outlived two scavenges and was promoted, and garbage collection was 21% of the
 * registry's CPU in an upload (issue 3). With 64 MiB its CPU per record fell by about a fifth (78 → 63 µs
 * in one bench:filing run of 300,000 records); 128 MiB gained nothing more. The other processes handle
 * small requests, where the larger young generation measured slower (bench:check: gateway CPU per check
 * 0.86 → 1.14 ms), so they keep V8's default size.
 *
 * gateway, blacklist: no allocation-site pretenuring. V8 had learnt (in start-up and warm-up bursts) to
 * allocate per-request objects — Apollo's request context, mysql2's result rows — straight into the old
 * generation, where they died: the old generation grew ~1.3 MB/s at 200 checks/s, and each scavenge had
 * to scan old-to-new pointers. A sampled heap profile of objects that died in major GCs showed those
 * sites. Without it the blacklist's median scavenge pause fell from ~6.5 to 2.7 ms at 200 checks/s;
 * bench:check's paced p99 at 10k entries was 15.2–20.6 ms over seven runs, against 17.9–32.2 ms over seven
 * with it, and straight to the subgraph 10.4–12.4 against 12.6–14.5 ms (three alternate runs each).
 */
export const NODE_FLAGS: Readonly<Record<SubgraphName | 'gateway', readonly string[]>> = {
  'identity-registry': ['--max-semi-space-size=64'],
  'penalty-reports': [],
  blacklist: ['--no-allocation-site-pretenuring'],
  'case-cooperation': [],
  gateway: ['--no-allocation-site-pretenuring'],
};
