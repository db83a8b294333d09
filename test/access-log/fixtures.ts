import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TestFederation } from '../support/federation.js';

/** Shared GraphQL for the access-log tests. */
export const RECORD = 'id service at principalOrg principalName certSerial operation recordType recordIds';
export const CONNECTION = `edges { cursor node { ${RECORD} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

/** Every section of one filter, the same page arguments for each. */
export const ACCESS_LOG = `query AccessLog($filter: AccessLogFilter, $first: Int, $after: String) {
  accessLog(filter: $filter) {
    scope
    identityRegistry(first: $first, after: $after) { ${CONNECTION} }
    penaltyReports(first: $first, after: $after) { ${CONNECTION} }
    blacklist(first: $first, after: $after) { ${CONNECTION} }
    caseCooperation(first: $first, after: $after) { ${CONNECTION} }
  }
}`;

/** One section only: the gateway fetches it from its service by the AccessLog key. */
export const BLACKLIST_SECTION = `query BlacklistAccess($filter: AccessLogFilter, $first: Int, $after: String) {
  accessLog(filter: $filter) { blacklist(first: $first, after: $after) { ${CONNECTION} } }
}`;

/** The serial a member's certificate carries, as the exchange writes it (upper-case hex). */
export function serialOf(fed: TestFederation, slug: string): string {
  return new X509Certificate(readFileSync(fed.certs.member(slug).cert)).serialNumber.toUpperCase();
}

/** Rows in every subgraph's access log. */
export async function accessLogRows(fed: TestFederation): Promise<number> {
  let n = 0;
  for (const s of Object.values(fed.subgraphs))
    n += Number((await s.db.query('SELECT COUNT(*) AS n FROM access_log'))[0].n);
  return n;
}
