import { Counter, Gauge, type Registry } from 'prom-client';
import type { SubgraphName } from '../services.js';

/**
 * The figures an operator watches about the law's work, as a port the domain services call (STYLE E:
 * the domain knows this interface, not Prometheus). Every argument is a count or a value from a fixed
 * list: no member, no person, no free text.
 */
export interface DomainMetrics {
  /** Art 9: records of a filing batch, accepted (stored) or refused (the batch was refused). */
  filingRecords(outcome: 'accepted' | 'refused', n: number): void;
  /** Art 14 ¶3: one peer check of `subjects` subjects, `matched` of which were listed. */
  peerChecks(subjects: number, matched: number): void;
  /** Art 12: a disposal report filed, by each measure it reports (a MeasureType value). */
  disposalReports(measure: string): void;
  /** Art 22: notices whose running deadline has passed, now (a gauge: set it, do not add). */
  noticesOverdue(n: number): void;
}

/** For tests, and for a service run with METRICS=off. */
export const noDomainMetrics: DomainMetrics = {
  filingRecords: () => undefined,
  peerChecks: () => undefined,
  disposalReports: () => undefined,
  noticesOverdue: () => undefined,
};

/**
 * The values a label may take that only the owning subgraph knows, passed by it (SubgraphDefinition.metricLabels)
 * so that its domain list is the one source: lib cannot import a subgraph.
 */
export interface DomainLabels {
  /** penalty-reports' MeasureType values: the only values the `measure` label takes; anything else is OTHER. @default none */
  disposalMeasures?: readonly string[];
}

const count = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);

/**
 * The Prometheus side, registering only the figures `service` reports (a subgraph's /metrics does not
 * list the others' as zero), each label value from the start at 0 so that rates have a first sample.
 */
export function promDomainMetrics(registry: Registry, service: SubgraphName, labels: DomainLabels = {}): DomainMetrics {
  const m: DomainMetrics = { ...noDomainMetrics };
  const registers = [registry];
  switch (service) {
    case 'identity-registry': {
      const c = new Counter({
        name: 'lsgw_filing_records_total',
        help: 'Filing records (Art 9) received in batches, by outcome: accepted, or refused with their batch',
        labelNames: ['outcome'],
        registers,
      });
      for (const outcome of ['accepted', 'refused']) c.inc({ outcome }, 0);
      m.filingRecords = (outcome, n) => c.inc({ outcome: outcome === 'accepted' ? 'accepted' : 'refused' }, count(n));
      break;
    }
    case 'blacklist': {
      const checks = new Counter({
        name: 'lsgw_blacklist_peer_checks_total',
        help: 'Peer checks answered (Art 14 ¶3)',
        registers,
      });
      const subjects = new Counter({
        name: 'lsgw_blacklist_peer_check_subjects_total',
        help: 'Subjects checked in peer checks',
        registers,
      });
      const matched = new Counter({
        name: 'lsgw_blacklist_peer_check_matches_total',
        help: 'Checked subjects found listed',
        registers,
      });
      m.peerChecks = (n, found) => {
        checks.inc();
        subjects.inc(count(n));
        matched.inc(count(found));
      };
      break;
    }
    case 'penalty-reports': {
      const c = new Counter({
        name: 'lsgw_penalty_disposal_reports_total',
        help: 'Disposal measures reported (Art 12), by measure',
        labelNames: ['measure'],
        registers,
      });
      const measures = new Set<string>([...(labels.disposalMeasures ?? []), 'OTHER']);
      for (const measure of measures) c.inc({ measure }, 0);
      m.disposalReports = (measure) => c.inc({ measure: measures.has(measure) ? measure : 'OTHER' });
      break;
    }
    case 'case-cooperation': {
      const g = new Gauge({
        name: 'lsgw_case_overdue_notices',
        help: 'Notices past their running deadline (Art 22), as last counted',
        registers,
      });
      m.noticesOverdue = (n) => g.set(count(n));
      break;
    }
  }
  return m;
}
