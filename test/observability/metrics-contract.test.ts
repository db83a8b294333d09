import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { useMetrics } from '../../gateway/src/plugins/use-metrics.js';
import { createServiceMetrics } from '../../lib/observability/service-metrics.js';
import { boundedCode, rootFieldOf, traceIdOf } from '../../lib/observability/request-record.js';
import { Registry } from 'prom-client';
import { promDomainMetrics } from '../../lib/observability/domain-metrics.js';
import { subgraph as penaltyReports } from '../../subgraphs/penalty-reports/src/server.js';
import { useSubgraphMetrics } from '../../lib/subgraph/plugins/use-metrics.js';
import { SUBGRAPHS } from '../../lib/services.js';
import { sharedStoreFigures } from '../../lib/rate/open.js';
import { makeTestCerts } from '../support/certs.js';

/**
 * What every metric promises (STYLE "Observability"): named `lsgw_<area>_<what>_<unit>`,
 * labels from fixed lists only, each one in the README's table and on the dashboard. The registries are
 * built here as the services build them, without starting any.
 */
const certs = makeTestCerts();
const fakeMysql = { subscribers: [], options: { type: 'mysql' }, driver: {} } as unknown as DataSource;

function allMetrics() {
  const gateway = createServiceMetrics({ cert: certs.service('gateway').cert, crl: certs.crl });
  useMetrics(
    gateway.registry,
    SUBGRAPHS.map((s) => s.name),
  );
  // With REDIS_URL set, the gateway and blacklist report their shared rate-limit store.
  sharedStoreFigures(gateway.registry);
  const registries = [gateway.registry];
  for (const s of SUBGRAPHS) {
    const m = createServiceMetrics({ cert: certs.service(s.name).cert, crl: certs.crl });
    useSubgraphMetrics(m.registry, s.name, fakeMysql);
    if (s.name === 'blacklist') sharedStoreFigures(m.registry);
    registries.push(m.registry);
  }
  const byName = new Map<string, { type: string; labels: string[] }>();
  for (const r of registries) {
    for (const m of r.getMetricsAsArray()) {
      const labels = ((m as unknown as { labelNames?: string[] }).labelNames ?? []).slice().sort();
      byName.set(m.name, { type: String(m.type), labels });
    }
  }
  return byName;
}

const metrics = allMetrics();
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(
  readme.indexOf('## Operating: probes, metrics and logs'),
  readme.indexOf('## Development'),
);
const dashboard = readFileSync(new URL('../../ops/grafana/lsgw.json', import.meta.url), 'utf8');

/** Each label and where its values come from. */
const BOUNDED_LABELS = ['code', 'measure', 'operation', 'outcome', 'reason', 'role', 'state', 'subgraph'];

describe('the metrics', () => {
  it('are named lsgw_<area>_<what>_<unit>, with labels from fixed lists only', () => {
    expect(metrics.size).toBe(20);
    for (const [name, m] of metrics) {
      expect(name).toMatch(
        /^lsgw_(gateway|subgraph|tls|db|filing|blacklist|penalty|case|rate)_[a-z_]+_(total|seconds|connections|notices|up)$/,
      );
      if (m.type === 'counter') expect(name).toMatch(/_total$/);
      for (const l of m.labels) expect(BOUNDED_LABELS, `${name}{${l}}`).toContain(l);
    }
  });

  it('are each listed in the README, with their labels, and nothing else is', () => {
    const rows = [...section.matchAll(/^\| `(lsgw_[a-z_]+)` \| (\w+) \|([^|]*)\|/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(rows.map((r) => r[0]).sort()).toEqual([...metrics.keys()].sort());
    for (const [name, type, labels] of rows) {
      expect(type, name).toBe(metrics.get(name)!.type);
      const named = [...labels.matchAll(/`([a-z_]+)`/g)].map((l) => l[1]).filter((l) => BOUNDED_LABELS.includes(l));
      expect(named.sort(), name).toEqual(metrics.get(name)!.labels);
    }
  });

  it('are each on the dashboard, which asks for no other', () => {
    const used = new Set(
      [...dashboard.matchAll(/\blsgw_[a-z_]+/g)].map((m) => m[0].replace(/_(bucket|count|sum)$/, '')),
    );
    expect([...used].sort()).toEqual([...metrics.keys()].sort());
    const json = JSON.parse(dashboard) as { panels: { type: string; datasource?: { uid: string } }[] };
    for (const p of json.panels.filter((p) => p.type !== 'row')) expect(p.datasource?.uid).toBe('lsgw-prometheus');
  });
});

describe('the label values', () => {
  const schema = buildSchema(
    'type Query { viewer: String, blacklistCheck: Int } type Mutation { addBlacklistEntry: Int }',
  );
  const op = (src: string) => {
    const doc = parse(src);
    return rootFieldOf(schema, doc, doc.definitions.find((d) => d.kind === 'OperationDefinition') as never);
  };

  it("name an operation by its first root field when the schema has it, else 'other'", () => {
    expect(op('{ viewer }')).toBe('viewer');
    expect(op('mutation M { addBlacklistEntry }')).toBe('addBlacklistEntry');
    expect(op('{ ... on Query { blacklistCheck } viewer }')).toBe('blacklistCheck');
    expect(op('query { ...F } fragment F on Query { viewer }')).toBe('viewer');
    expect(op('{ __typename }')).toBe('other');
    expect(op('{ x330106198501011234 }')).toBe('other');
    expect(rootFieldOf(schema, undefined, undefined)).toBe('other');
  });

  it('keep error codes that are constants, and nothing else', () => {
    expect(boundedCode('RATE_LIMITED')).toBe('RATE_LIMITED');
    for (const bad of ['rate limited', '33010619850101123X', 'A'.repeat(60), undefined, 42])
      expect(boundedCode(bad)).toBe('OTHER');
  });

  it("take the client's trace id from a W3C traceparent, and make one otherwise", () => {
    expect(traceIdOf('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    );
    for (const bad of [
      undefined,
      'junk',
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01',
      'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    ]) {
      const id = traceIdOf(bad);
      expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(id).not.toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    }
  });

  it("count disposal measures only under penalty-reports' MeasureType values, passed by penalty-reports itself", async () => {
    const sdl = readFileSync(new URL('../../subgraphs/penalty-reports/schema.graphql', import.meta.url), 'utf8');
    const values = /enum MeasureType \{([\s\S]*?)\}/
      .exec(sdl)![1]
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /^[A-Z_]+$/.test(l));
    const passed = penaltyReports.metricLabels?.disposalMeasures ?? [];
    expect([...passed]).toEqual(values);
    const registry = new Registry();
    const domain = promDomainMetrics(registry, 'penalty-reports', penaltyReports.metricLabels);
    domain.disposalReports('not-a-measure');
    const counted = (await registry.getSingleMetric('lsgw_penalty_disposal_reports_total')!.get()).values;
    expect(counted.map((v) => v.labels.measure).sort()).toEqual([...values].sort());
    expect(counted.find((v) => v.labels.measure === 'OTHER')?.value).toBe(1);
  });
});
