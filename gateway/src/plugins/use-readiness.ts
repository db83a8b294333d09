import { readFileSync } from 'node:fs';
import { readiness, type ReadyChecks, type ReadyReport } from '../../../lib/observability/readiness.js';
import type { SubgraphName } from '../../../lib/services.js';
import { certExpiry, crlExpiry } from '../../../lib/tls-expiry.js';

/**
 * The gateway's /readyz: ready when every subgraph answers its own /readyz with 200 (asked in parallel,
 * over the gateway's mTLS client, so the subgraph's certificate is checked too) and the gateway's TLS
 * material is in date: its certificate (which it presents to members and to the subgraphs) and the CRL
 * (past its nextUpdate, Node refuses every client certificate). 503 names what is not:
 * `{ status: 'unavailable', failing: ['blacklist', 'tls-crl'] }`.
 */
export interface GatewayReadinessOptions {
  /** Each subgraph's GraphQL URL; its /readyz is asked at the same origin. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Asks one subgraph: true when `url` answered 200 within `timeoutMs`. */
  probe(name: SubgraphName, url: string, timeoutMs: number): Promise<boolean>;
  tls: { cert: string; crl: string };
  /** How long each subgraph has to answer. @default 2000 (READY_TIMEOUT_MS) */
  timeoutMs: number;
  now?: () => Date;
}

export function useReadiness(opts: GatewayReadinessOptions): () => Promise<ReadyReport> {
  const now = opts.now ?? (() => new Date());
  const checks: ReadyChecks = {};
  for (const [name, url] of Object.entries(opts.subgraphUrls) as [SubgraphName, string][]) {
    const readyz = new URL('/readyz', url).href;
    checks[name] = () => opts.probe(name, readyz, opts.timeoutMs);
  }
  checks['tls-certificate'] = () => {
    const c = certExpiry(readFileSync(opts.tls.cert));
    const t = now().getTime();
    return c.notBefore.getTime() <= t && t < c.notAfter.getTime();
  };
  checks['tls-crl'] = () => now().getTime() < crlExpiry(readFileSync(opts.tls.crl)).nextUpdate.getTime();
  return readiness(checks, { timeoutMs: opts.timeoutMs + 500 });
}
