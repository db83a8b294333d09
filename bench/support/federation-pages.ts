import { readFileSync } from 'node:fs';
import type { CertPaths } from '../../lib/cert-paths.js';
import { createGraphQLClient, type GraphQLClient } from '../../lib/http/client.js';
import { parseSpiffeUri } from '../../lib/identity/spiffe.js';
import { principalFromSpiffe } from '../../lib/principal.js';
import type { SubgraphName } from '../../lib/services.js';
import { mintToken, privateKeyFromPem } from '../../lib/token.js';

/**
 * The pages members read most that cross subgraphs, each two ways: one query through the gateway, and the
 * least a client could do straight to the subgraphs for the same answer (the gateway's certificate and a
 * token it would mint, reused for 20 s): the root query, then one `_entities` call per other subgraph
 * with one representation per distinct entity, in parallel where they do not depend on each other.
 */
export type Direct = Record<SubgraphName, GraphQLClient>;

export interface Page {
  name: string;
  gateway: { query: string; variables?: Record<string, unknown> };
  direct(c: Direct): Promise<unknown>;
}

const REGULATOR_URI = 'spiffe://lsgw/regulator/samr/province/330000';

/** Clients straight to each subgraph as the gateway calls them for samr-zhejiang. */
export function directClients(certs: CertPaths, urls: Record<SubgraphName, string>, connections: number): Direct {
  const svc = certs.service('gateway');
  const principal = principalFromSpiffe(parseSpiffeUri(REGULATOR_URI), {
    uri: REGULATOR_URI,
    certSerial: 'bench',
    name: 'Zhejiang Provincial Administration for Market Regulation',
  });
  const signKey = privateKeyFromPem(readFileSync(certs.jwtPrivate, 'utf8'));
  const entries = Object.entries(urls).map(([service, url]) => {
    const agent = createGraphQLClient({
      url,
      ca: readFileSync(certs.ca),
      cert: readFileSync(svc.cert),
      key: readFileSync(svc.key),
      connections,
    });
    let token = { value: '', at: 0 };
    const client: GraphQLClient = {
      async request(query, variables) {
        if (Date.now() - token.at > 20_000)
          token = { value: await mintToken(signKey, principal, { audience: service, ttlSeconds: 60 }), at: Date.now() };
        return agent.request(query, variables, { authorization: `Bearer ${token.value}` });
      },
      close: () => agent.close(),
    };
    return [service, client] as const;
  });
  return Object.fromEntries(entries) as Direct;
}

async function data<T = any>(c: GraphQLClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const r = await c.request(query, variables);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors).slice(0, 500));
  return r.data as T;
}
const ENTITIES = (selection: string) => `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
const distinct = (keys: string[]) => [...new Set(keys)];
/** `_entities` for the distinct keys, as a map from key to entity. */
async function entities(c: GraphQLClient, type: string, key: string, keys: string[], selection: string) {
  const ks = distinct(keys);
  if (ks.length === 0) return new Map<string, any>();
  const d = await data(c, ENTITIES(`... on ${type} { ${selection} }`), {
    r: ks.map((k) => ({ __typename: type, [key]: k })),
  });
  return new Map(ks.map((k, i) => [k, d._entities[i]]));
}

const REPORT = 'id facts measures { type startsAt }';
const edges = (conn: { edges: { node: any }[] }) => conn.edges.map((e) => e.node);

export function pages(size: number, period: string): Page[] {
  return [
    {
      name: 'reports with their platform',
      gateway: {
        query: `query ($n: Int) { disposalReports(first: $n) { edges { node { ${REPORT} platform { uscc name } } } } }`,
        variables: { n: size },
      },
      async direct(c) {
        const d = await data(
          c['penalty-reports'],
          `query ($n: Int) { disposalReports(first: $n) { edges { node { ${REPORT} platform { uscc } } } } }`,
          { n: size },
        );
        const nodes = edges(d.disposalReports);
        const names = await entities(
          c['identity-registry'],
          'Platform',
          'uscc',
          nodes.map((r) => r.platform.uscc),
          'name',
        );
        return nodes.map((r) => ({
          ...r,
          platform: { uscc: r.platform.uscc, name: names.get(r.platform.uscc)?.name },
        }));
      },
    },
    {
      name: 'blacklist entries with their disposal report',
      gateway: {
        query: `query ($n: Int) { blacklistEntries(first: $n) { edges { node { id facts disposalReport { ${REPORT} } } } } }`,
        variables: { n: size },
      },
      async direct(c) {
        const d = await data(
          c.blacklist,
          `query ($n: Int) { blacklistEntries(first: $n) { edges { node { id facts disposalReport { id } } } } }`,
          { n: size },
        );
        const nodes = edges(d.blacklistEntries);
        const ids = nodes.flatMap((e) => (e.disposalReport ? [e.disposalReport.id] : []));
        const reports = await entities(c['penalty-reports'], 'DisposalReport', 'id', ids, REPORT);
        return nodes.map((e) => ({ ...e, disposalReport: e.disposalReport && reports.get(e.disposalReport.id) }));
      },
    },
    {
      name: "notices with their answers' reports",
      gateway: {
        query: `query ($n: Int) { notices(first: $n) { edges { node { id summary answers { seq disposalReports { ${REPORT} } } } } } }`,
        variables: { n: size },
      },
      async direct(c) {
        const d = await data(
          c['case-cooperation'],
          `query ($n: Int) { notices(first: $n) { edges { node { id summary answers { seq disposalReports { id } } } } } }`,
          { n: size },
        );
        const nodes = edges(d.notices);
        const ids = nodes.flatMap((n) => n.answers.flatMap((a: any) => a.disposalReports.map((r: any) => r.id)));
        const reports = await entities(c['penalty-reports'], 'DisposalReport', 'id', ids, REPORT);
        return nodes.map((n) => ({
          ...n,
          answers: n.answers.map((a: any) => ({
            ...a,
            disposalReports: a.disposalReports.map((r: any) => reports.get(r.id)),
          })),
        }));
      },
    },
    {
      name: "a regulator's compliance view",
      gateway: {
        query: `query ($p: String!) { filingCompliance(period: $p) { period status overdue platform { uscc name disposalReportCount blacklistEntryCount noticeCount } } }`,
        variables: { p: period },
      },
      async direct(c) {
        const d = await data(
          c['identity-registry'],
          `query ($p: String!) { filingCompliance(period: $p) { period status overdue platform { uscc name } } }`,
          { p: period },
        );
        const usccs = d.filingCompliance.map((r: any) => r.platform.uscc);
        const [reports, entries, notices] = await Promise.all([
          entities(c['penalty-reports'], 'Platform', 'uscc', usccs, 'disposalReportCount'),
          entities(c.blacklist, 'Platform', 'uscc', usccs, 'blacklistEntryCount'),
          entities(c['case-cooperation'], 'Platform', 'uscc', usccs, 'noticeCount'),
        ]);
        return d.filingCompliance.map((r: any) => ({
          ...r,
          platform: {
            ...r.platform,
            ...reports.get(r.platform.uscc),
            ...entries.get(r.platform.uscc),
            ...notices.get(r.platform.uscc),
          },
        }));
      },
    },
  ];
}

/** The gateway's answer of a page, in the shape `direct` gives, to check both ways answer alike. */
export function gatewayRows(page: Page, d: any): unknown {
  const root = Object.values(d)[0] as any;
  return Array.isArray(root) ? root : edges(root);
}
