import type { WayResult } from '../support/compare.js';
import { describeCpu } from '../support/compare.js';
import { fmt, summarise } from '../support/stats.js';

/** The gateways bench:peers compares, by the process name their CPU is metered under. */
export const GATEWAYS = [
  { process: 'gateway', column: 'this gateway, ratio to direct' },
  { process: 'hive-js', column: 'Hive Gateway (JS planner)' },
  { process: 'hive-rust', column: 'Hive Gateway (Rust planner)' },
] as const;
export type GatewayProcess = (typeof GATEWAYS)[number]['process'];

/** Why a gateway has no figure for an operation (not started, or it answered differently). */
export type Missing = Partial<Record<GatewayProcess, string>>;

export interface Row {
  operation: string;
  direct: WayResult;
  via: Partial<Record<GatewayProcess, WayResult>>;
  missing: Missing;
}

/** One operation's figures, a line a way: rate, p50, p99 and each process's CPU per request. */
export function printDetail(row: Row, rows: string): void {
  console.log(`\n${row.operation} (${rows}):`);
  for (const r of [row.direct, ...Object.values(row.via)]) {
    const s = summarise(r.latencies);
    const cpu = describeCpu(r.cpuMs).replace('per check', 'per request');
    console.log(
      `  ${r.name.padEnd(28)} ${fmt(r.perSecond, 0)}/s  p50 ${fmt(s.p50)} ms  p99 ${fmt(s.p99)} ms  (${cpu})`,
    );
  }
  for (const [gw, why] of Object.entries(row.missing)) console.log(`  ${gw}: ${why}`);
}

/** A cell: throughput ÷ direct's, p50, and that gateway's own CPU per request. */
function cell(row: Row, gw: GatewayProcess): string {
  const r = row.via[gw];
  if (!r) return row.missing[gw] ? 'n/a' : '';
  const ratio = r.perSecond / row.direct.perSecond;
  return `${fmt(ratio, 2)} · p50 ${fmt(summarise(r.latencies).p50)} ms · CPU ${fmt(r.cpuMs[gw] ?? NaN, 2)} ms`;
}

export function printTable(rows: Row[]): void {
  console.log(`\n| operation | ${GATEWAYS.map((g) => g.column).join(' | ')} |`);
  console.log(`| --- | ${GATEWAYS.map(() => '---').join(' | ')} |`);
  for (const row of rows) {
    const direct = `direct p50 ${fmt(summarise(row.direct.latencies).p50)} ms`;
    console.log(`| ${row.operation} (${direct}) | ${GATEWAYS.map((g) => cell(row, g.process)).join(' | ')} |`);
  }
  console.log(
    '\nEach cell: requests per second ÷ straight to the subgraphs, p50, and the gateway process CPU per request.',
  );
}
