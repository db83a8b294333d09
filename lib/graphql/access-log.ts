import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { DataSource } from 'typeorm';
import { canonicalJson } from '../canonical.js';
import { badInput, forbidden } from '../errors.js';
import type { PageArgs } from '../pagination.js';
import type { Principal } from '../principal.js';
import { at, checkInstant, Problems } from '../problems.js';
import type { SubgraphName } from '../services.js';
import { listAccessLog, type AccessLogFilter, type AccessRecord } from '../store/access-log.js';

/**
 * The access log's read side (DESIGN §4: national offices can query it, `accessLog`), written
 * once for the four subgraphs. Each keeps its own log (lib/store/access-log.ts), so the client-facing
 * `AccessLog` is a federated entity keyed by its filter (`scope`): one subgraph (ACCESS_LOG_ROOT) answers
 * the root field `Query.accessLog`, and the gateway fetches each service's section from that service by
 * the key. (With the root @shareable in all four, the gateway asked all four and a refusal came back as
 * four identical errors.)
 *
 * Access is checked in every resolver here, the root field, `__resolveReference` and each section, since a
 * representation is client-influenced and the gateway is not the only line of defence (DESIGN §2).
 * Reading the log is not itself a read of personal data, so nothing here writes to it.
 */

/** The field each service answers on `AccessLog` (the shape the access-matrix tests rely on). */
export const ACCESS_LOG_SECTIONS: Record<SubgraphName, string> = {
  'identity-registry': 'identityRegistry',
  'penalty-reports': 'penaltyReports',
  blacklist: 'blacklist',
  'case-cooperation': 'caseCooperation',
};

/** The subgraph that answers `Query.accessLog`; any would do. */
export const ACCESS_LOG_ROOT: SubgraphName = 'identity-registry';

const ROOT_SDL = `
extend type Query {
  "National SAMR and CAC offices only: who read personal data in full, in every service (DESIGN §4)."
  accessLog(
    "Which records to list; absent: all. Every field given narrows the list."
    filter: AccessLogFilter
  ): AccessLog!
}
`;

const SHARED_SDL = readFileSync(fileURLToPath(new URL('./access-log.graphql', import.meta.url)), 'utf8');

/**
 * What a subgraph serves of the access log: the shared access-log.graphql plus its own `AccessLog`
 * section. Appended to schema.graphql by lib/subgraph/schema.ts, for the server and for composition.
 */
export function accessLogTypeDefs(service: SubgraphName): DocumentNode {
  return parse(`${SHARED_SDL}${service === ACCESS_LOG_ROOT ? ROOT_SDL : ''}
"The access records matching one filter, one section per service."
type AccessLog @key(fields: "scope") {
  "The filter, encoded (base64url canonical JSON): the key each service's section is fetched by."
  scope: ID!
  "Who read personal data in full from ${service}, newest first."
  ${ACCESS_LOG_SECTIONS[service]}(
    "Records per page: 1 to 500; default 50."
    first: Int
    "The endCursor of the previous page; absent: the first page."
    after: String
  ): AccessRecordConnection!
}
`);
}

/** DESIGN §4: national SAMR and CAC offices only; everyone else is FORBIDDEN. */
export function requireNationalOffice(p: Principal): void {
  if (p.role === 'regulator' && p.level === 'national' && (p.authority === 'samr' || p.authority === 'cac')) return;
  throw forbidden('the access log is for national SAMR and CAC offices only');
}

/** Column widths of the text filters (lib/store/access-log.ts): a longer value cannot match anything. */
export const TEXT_FILTERS = { principalOrg: 64, recordType: 64, operation: 100 } as const;
const INSTANT_FILTERS = ['since', 'until'] as const;
const FILTER_FIELDS: readonly string[] = [...Object.keys(TEXT_FILTERS), ...INSTANT_FILTERS];

/** Checks a filter (from the client's `filter`, or decoded from a scope), naming every bad field under `base`. */
function checkFilter(raw: Record<string, unknown>, base: string): AccessLogFilter {
  const problems = new Problems();
  const filter: AccessLogFilter = {};
  for (const key of Object.keys(raw))
    if (!FILTER_FIELDS.includes(key)) problems.add(at(base, key), 'is not a filter field');
  for (const [key, max] of Object.entries(TEXT_FILTERS) as [keyof typeof TEXT_FILTERS, number][]) {
    const value = raw[key];
    if (value == null) continue;
    if (typeof value !== 'string' || value === '')
      problems.add(at(base, key), 'must be a non-empty string (leave it out to match any)');
    else if ([...value].length > max) problems.add(at(base, key), `must be at most ${max} characters`);
    else filter[key] = value;
  }
  for (const key of INSTANT_FILTERS) {
    if (raw[key] == null) continue;
    const instant = checkInstant(problems, at(base, key), raw[key]);
    if (instant) filter[key] = instant;
  }
  if (filter.since && filter.until && filter.since >= filter.until)
    problems.add(at(base, 'until'), 'must be after since');
  problems.throwIfAny();
  return filter;
}

/** The entity key: base64url of the filter's canonical JSON (`e30` for no filter). */
export function encodeScope(filter: AccessLogFilter): string {
  return Buffer.from(canonicalJson(filter, { dropNulls: true }), 'utf8').toString('base64url');
}

const MAX_SCOPE_LENGTH = 1024;

/** A scope back into its filter; anything `encodeScope` did not make is BAD_USER_INPUT at `scope`. */
export function decodeScope(scope: unknown): AccessLogFilter {
  const notOurs = () => badInput([{ path: 'scope', reason: 'is not a scope from Query.accessLog' }]);
  if (typeof scope !== 'string' || scope.length === 0 || scope.length > MAX_SCOPE_LENGTH) throw notOurs();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(scope, 'base64url').toString('utf8'));
  } catch {
    throw notOurs();
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw notOurs();
  const filter = checkFilter(raw as Record<string, unknown>, 'scope');
  // One filter, one scope: a re-ordered, padded or otherwise re-encoded scope is refused.
  if (encodeScope(filter) !== scope) throw notOurs();
  return filter;
}

/** One access record as the schema shows it. */
export interface AccessRecordView {
  id: string;
  service: SubgraphName;
  at: Date;
  principalOrg: string;
  principalName: string;
  certSerial: string;
  operation: string;
  recordType: string;
  recordIds: string[];
}

function view(service: SubgraphName, r: AccessRecord): AccessRecordView {
  return {
    id: r.id,
    service,
    at: r.at,
    principalOrg: r.principalOrg,
    principalName: r.principalName,
    certSerial: r.certSerial,
    operation: r.operation,
    recordType: r.recordType,
    recordIds: JSON.parse(r.recordIds) as string[],
  };
}

interface AccessLogContext {
  principal: Principal;
}
type Filter = { [K in keyof AccessLogFilter]?: AccessLogFilter[K] | null };

function accessLogRoot(_: unknown, args: { filter?: Filter | null }, { principal }: AccessLogContext) {
  requireNationalOffice(principal);
  return { scope: encodeScope(checkFilter(args.filter ?? {}, 'filter')) };
}

/**
 * `{ Query: { accessLog }, AccessLog: { __resolveReference, <section> } }` for one service, reading its
 * database. lib/subgraph/run.ts merges it into every subgraph's resolvers.
 */
export function accessLogResolvers(service: SubgraphName, db: DataSource): GraphQLResolverMap<AccessLogContext> {
  const section = ACCESS_LOG_SECTIONS[service];
  return {
    ...(service === ACCESS_LOG_ROOT ? { Query: { accessLog: accessLogRoot } } : {}),
    AccessLog: {
      __resolveReference: ((ref: { scope?: unknown }, { principal }: AccessLogContext) => {
        requireNationalOffice(principal);
        decodeScope(ref.scope);
        return { scope: ref.scope };
      }) as never,
      async [section]({ scope }: { scope: string }, args: PageArgs, { principal }: AccessLogContext) {
        requireNationalOffice(principal);
        const conn = await listAccessLog(db, { ...decodeScope(scope), first: args.first, after: args.after });
        return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: view(service, e.node) })) };
      },
    },
  };
}
