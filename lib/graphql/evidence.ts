import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type DocumentNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { badInput, forbidden, notFound } from '../errors.js';
import type { Principal } from '../principal.js';
import type { SubgraphName } from '../services.js';
import { mayReadLeaf } from '../evidence/readers.js';
import { ENTRIES_MAX, type EvidenceLog } from '../store/evidence-log.js';
import { ACCESS_LOG_ROOT, ACCESS_LOG_SECTIONS } from './access-log.js';

/**
 * The evidence log's read side, written once for the four subgraphs, shaped as the access
 * log's (lib/graphql/access-log.ts): `Evidence` is a federated entity, one subgraph answers the root
 * field `Query.evidence`, and each service answers its own section from its own log.
 *
 * Who may read what, checked in every resolver (a representation is client-influenced):
 * - any member (platform or regulator): tree heads, consistency proofs, keys and leaf hashes, which are
 *   hashes only (an inclusion proof already shows its siblings' leaf hashes);
 * - a leaf's entry and its inclusion proof: lib/evidence/readers.ts (the submitter, the record's
 *   regulators as the writing subgraph named them, the national SAMR and CAC offices).
 */
const SCOPE = 'all';

const ROOT_SDL = `
extend type Query {
  "Members: each service's evidence log, to verify receipts against."
  evidence: Evidence!
}
`;

const SHARED_SDL = readFileSync(fileURLToPath(new URL('./evidence.graphql', import.meta.url)), 'utf8');

/** What a subgraph serves of the evidence read side; appended to schema.graphql by lib/subgraph/schema.ts. */
export function evidenceTypeDefs(service: SubgraphName): DocumentNode {
  return parse(`${SHARED_SDL}${service === ACCESS_LOG_ROOT ? ROOT_SDL : ''}
"The evidence logs, one section per service."
type Evidence @key(fields: "scope") {
  "Always all: the key each service's section is fetched by."
  scope: ID!
  "The evidence log of ${service}."
  ${ACCESS_LOG_SECTIONS[service]}: EvidenceLog!
}
`);
}

interface EvidenceContext {
  principal: Principal;
}

function requireMember(p: Principal): void {
  if (p.role !== 'platform' && p.role !== 'regulator') throw forbidden('the evidence logs are for members');
}

/** Sizes within the log, every bad one named. */
async function checkSizes(
  log: EvidenceLog,
  checks: [path: string, value: number, min: number][],
  upper: [path: string, value: number],
): Promise<void> {
  const size = await log.size();
  const problems = checks
    .filter(([, v, min]) => !Number.isSafeInteger(v) || v < min)
    .map(([path, , min]) => ({ path, reason: `must be at least ${min}` }));
  if (upper[1] > size) problems.push({ path: upper[0], reason: `must be at most the log's size (${size})` });
  if (problems.length > 0) throw badInput(problems);
}

/**
 * `{ Query: { evidence }, Evidence: { __resolveReference, <section> }, EvidenceLog: { … } }` for one
 * service. lib/subgraph/run.ts merges it into every subgraph's resolvers.
 */
export function evidenceResolvers(service: SubgraphName, log: EvidenceLog): GraphQLResolverMap<EvidenceContext> {
  const section = ACCESS_LOG_SECTIONS[service];
  return {
    ...(service === ACCESS_LOG_ROOT
      ? {
          Query: {
            evidence: (_: unknown, _a: unknown, { principal }: EvidenceContext) => (
              requireMember(principal), { scope: SCOPE }
            ),
          },
        }
      : {}),
    Evidence: {
      __resolveReference: ((ref: { scope?: unknown }, { principal }: EvidenceContext) => {
        requireMember(principal);
        // The scope selects nothing (one log per service): any short string names the same sections.
        if (typeof ref.scope !== 'string' || ref.scope.length > 64)
          throw badInput([{ path: 'scope', reason: 'is not a scope from Query.evidence' }]);
        return { scope: SCOPE };
      }) as never,
      [section]: (_: unknown, _a: unknown, { principal }: EvidenceContext) => (requireMember(principal), {}),
    },
    EvidenceLog: {
      logId: () => log.logId,
      jwks: () => JSON.stringify(log.jwks),
      treeHead: async () => {
        const head = await log.signTreeHead();
        return { ...head };
      },
      async inclusionProof(
        _: unknown,
        { leafIndex, treeSize }: { leafIndex: number; treeSize: number },
        { principal }: EvidenceContext,
      ) {
        requireMember(principal);
        await checkSizes(
          log,
          [
            ['leafIndex', leafIndex, 0],
            ['treeSize', treeSize, leafIndex + 1],
          ],
          ['treeSize', treeSize],
        );
        const leaf = await log.audience(leafIndex);
        if (!leaf) throw notFound('leaf');
        if (!mayReadLeaf(principal, leaf))
          throw forbidden('members read proofs of their own receipts and of the records they regulate');
        return log.inclusionProof(leafIndex, treeSize);
      },
      async entries(
        _: unknown,
        { fromIndex, count }: { fromIndex: number; count: number },
        { principal }: EvidenceContext,
      ) {
        requireMember(principal);
        const problems = [];
        if (!Number.isSafeInteger(count) || count < 1 || count > ENTRIES_MAX)
          problems.push({ path: 'count', reason: `must be from 1 to ${ENTRIES_MAX}` });
        if (!Number.isSafeInteger(fromIndex) || fromIndex < 0)
          problems.push({ path: 'fromIndex', reason: 'must be at least 0' });
        else if (fromIndex > (await log.size()))
          problems.push({ path: 'fromIndex', reason: "must be at most the log's size" });
        if (problems.length > 0) throw badInput(problems);
        return (await log.entries(fromIndex, count)).map((e) => ({
          leafIndex: e.leafIndex,
          leafHash: e.leafHash,
          entry: mayReadLeaf(principal, e) ? e.entry : null,
        }));
      },
      async consistencyProof(
        _: unknown,
        { fromSize, toSize }: { fromSize: number; toSize: number },
        { principal }: EvidenceContext,
      ) {
        requireMember(principal);
        await checkSizes(
          log,
          [
            ['fromSize', fromSize, 0],
            ['toSize', toSize, fromSize],
          ],
          ['toSize', toSize],
        );
        return log.consistencyProof(fromSize, toSize);
      },
    },
  };
}
