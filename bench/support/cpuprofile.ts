import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

/**
 * Summarises V8 `.cpuprofile` files (from `npm run bench:check -- --cpu-prof DIR`):
 *   npx tsx bench/support/cpuprofile.ts [--top 25] [--match text] [--from processGraphQLRequest] FILE…
 * Prints self time by package (node_modules/<pkg>, node: internals, our code, GC/idle), self time by
 * function and total (inclusive) time by function. Inclusive time counts a function once per sample even
 * when it recurses, so it is "share of samples with this function on the stack".
 */
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export function packageOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 14).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url.split('/')[0].replace(/^node:internal.*/, 'node:internal');
  const m = /\/(lib|gateway|subgraphs|bench)\/.*$/.exec(url);
  return m ? `ours:${m[0].slice(1)}` : url;
}

export function summarise(p: Profile, top: number, match?: string, from?: string): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: Node) => {
    const url = n.callFrame.url
      .replace(/^.*\/node_modules\//, '')
      .replace(/^file:\/\/.*?\/(lib|gateway|subgraphs|bench)\//, '$1/');
    return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const pkgSelf = new Map<string, number>();
  const total = new Map<string, number>();
  const stackOf = (leaf: Node) => {
    const out: Node[] = [];
    for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) out.push(byId.get(id)!);
    return out;
  };
  // Start-up (module loading, schema building) is not what a benchmark measures: with `from`, samples
  // count from the first one with that function on the stack (e.g. processGraphQLRequest).
  let first = 0;
  if (from) {
    first = p.samples.findIndex((id) => stackOf(byId.get(id)!).some((n) => n.callFrame.functionName === from));
    if (first < 0) first = p.samples.length;
  }
  let all = 0;
  let idle = 0;
  for (let i = first; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000; // the delta before the *next* sample is this one's time
    const leaf = byId.get(p.samples[i])!;
    all += dt;
    if (leaf.callFrame.functionName === '(idle)') {
      idle += dt;
      continue;
    }
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
    const pkg = packageOf(leaf.callFrame.url, leaf.callFrame.functionName);
    pkgSelf.set(pkg, (pkgSelf.get(pkg) ?? 0) + dt);
    const seen = new Set<string>();
    for (const n of stackOf(leaf)) {
      const l = label(n);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  }
  const busy = all - idle;
  const rows = (m: Map<string, number>, n: number, filter = (_: string) => true) =>
    [...m]
      .filter(([k]) => filter(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(0).padStart(7)} ms ${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return [
    `wall ${(all / 1000).toFixed(1)} s, busy ${(busy / 1000).toFixed(1)} s (idle ${((100 * idle) / all).toFixed(0)}%); percentages are of busy time`,
    `self time by package:\n${rows(pkgSelf, top)}`,
    `self time by function:\n${rows(self, top)}`,
    `total time by function${match ? ` (matching ${match})` : ''}:\n${rows(total, top, (k) => !match || k.includes(match))}`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' }, match: { type: 'string' }, from: { type: 'string' } },
  });
  for (const file of positionals)
    console.log(
      `== ${file}\n${summarise(JSON.parse(readFileSync(file, 'utf8')), Number(values.top), values.match, values.from)}\n`,
    );
}
