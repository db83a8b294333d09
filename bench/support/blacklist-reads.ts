import { readFileSync } from 'node:fs';
import type { CertPaths } from '../../lib/cert-paths.js';
import { createGraphQLClient } from '../../lib/http/client.js';
import { syntheticResidentId } from './synthetic.js';
import { timeQueries, type TimedQuery } from './search.js';

/**
 * Regulators' reads of a large blacklist (`blacklistEntries`, `blacklistCheckLog`), for
 * bench:check after its 1M seed: entries of the listing platforms an office covers, newest first, and who
 * checked a given person. `person(i)` is the document number of seeded subject i (entries 0 … seeded-1).
 */
export function blacklistReads(
  seeded: number,
  person: (i: number) => string,
): { entries: TimedQuery[]; checkLog: TimedQuery[] } {
  const some = (round: number) => (round * 7919 + 12345) % seeded;
  const entries = (
    name: string,
    filter: (round: number) => Record<string, unknown>,
    check?: TimedQuery['check'],
  ): TimedQuery => ({
    name,
    query: 'query($f: BlacklistFilter) { blacklistEntries(filter: $f, first: 20) { edges { node { id } } } }',
    variables: (round) => ({ f: filter(round) }),
    items: (data) => data.blacklistEntries.edges,
    check,
  });
  const log = (name: string, filter: (round: number) => Record<string, unknown>): TimedQuery => ({
    name,
    query: 'query($f: CheckLogFilter) { blacklistCheckLog(filter: $f, first: 20) { edges { node { id } } } }',
    variables: (round) => ({ f: filter(round) }),
    items: (data) => data.blacklistCheckLog.edges,
  });
  const one = (data: any) =>
    data.blacklistEntries.edges.length === 1
      ? undefined
      : `expected the one entry, got ${data.blacklistEntries.edges.length}`;
  return {
    entries: [
      entries('entries, newest first (no filter)', () => ({})),
      entries(
        'entries about one person',
        (r) => ({ subject: { documentType: 'RESIDENT_ID', documentNumber: person(some(r)) } }),
        one,
      ),
      entries('entries ACTIVE', () => ({ status: 'ACTIVE' })),
      entries('entries UNDER_APPEAL (none)', () => ({ status: 'UNDER_APPEAL' })),
      entries('entries of one listing platform', () => ({ listingPlatformUscc: '91330106MA27XXXXX0' })),
    ],
    checkLog: [
      log('check log, newest first (no filter)', () => ({})),
      log('who checked one person', (r) => ({
        subject: { documentType: 'RESIDENT_ID', documentNumber: person(some(r)) },
      })),
      log('check log of one checking platform', () => ({ checkedByUscc: '91320102MA1XXXXXXL' })),
    ],
  };
}

/** bench:check's `regulator` phase: the Zhejiang provincial office reads entries, the national office the check log. */
export async function regulatorReads(gatewayUrl: string, certs: CertPaths, seeded: number): Promise<void> {
  const asOffice = (slug: string) => {
    const m = certs.member(slug);
    return createGraphQLClient({
      url: gatewayUrl,
      ca: readFileSync(certs.ca),
      cert: readFileSync(m.cert),
      key: readFileSync(m.key),
    });
  };
  const reads = blacklistReads(seeded, syntheticResidentId);
  const [province, national] = [asOffice('samr-zhejiang'), asOffice('samr-national')];
  try {
    await timeQueries(
      province,
      `a provincial SAMR office reads ${seeded.toLocaleString()} entries through the gateway, first page of 20`,
      reads.entries,
    );
    await timeQueries(
      national,
      'the national SAMR office reads the check log through the gateway, first page of 20',
      reads.checkLog,
    );
  } finally {
    await Promise.all([province.close(), national.close()]);
  }
}
