import type { KeyObject } from 'node:crypto';
import { submissionDigest, type FilingExpectation } from '../../lib/filing/canonical.js';
import { MEMBER_SIGNATURE_HEADER, signSubmission } from '../../lib/evidence/member-signature.js';
import type { GraphQLClient, GraphQLResponse } from '../../lib/http/client.js';
import { UploadError } from './errors.js';

/** What the upload asks the exchange (Art 9: the exchange, not the file, holds what was filed). */
const BATCHES = `query($id: ID!, $after: String) { filing(id: $id) { id status
  batches(first: 500, after: $after) { edges { node { batchNo contentHash } } pageInfo { hasNextPage endCursor } } } }`;
const SUBMIT = `mutation($id: ID!, $expect: FilingExpectation) { submitFiling(filingId: $id, expect: $expect) {
  id status onTime operatorCount streamerCount digest submittedAt receipt } }`;

export interface Held {
  status: string;
  /** batchNo → contentHash. */
  hashes: Map<number, string>;
}

/** The batches the exchange holds for the filing, every page. */
export async function heldBatches(client: GraphQLClient, filingId: string): Promise<Held> {
  const hashes = new Map<number, string>();
  let after: string | null = null;
  let status = '';
  for (;;) {
    const r: GraphQLResponse<any> = await client.request(BATCHES, { id: filingId, after });
    const f = r.data?.filing;
    if (!f) throw new UploadError(`cannot read filing ${filingId}:\n${describeErrors(r.errors ?? [])}`, r.errors);
    status = f.status;
    for (const e of f.batches.edges) hashes.set(e.node.batchNo, e.node.contentHash);
    if (!f.batches.pageInfo.hasNextPage) return { status, hashes };
    after = f.batches.pageInfo.endCursor;
  }
}

/** The member's signature header for content of `digest`, or none. */
export async function signatureHeader(key: KeyObject | undefined, digest: string): Promise<Record<string, string>> {
  return key ? { [MEMBER_SIGNATURE_HEADER]: await signSubmission(key, digest) } : {};
}

/** submitFiling with what the file says the seal must hold, signed over the submission the seal will be. */
export async function submitExpecting(
  client: GraphQLClient,
  filingId: string,
  expect: FilingExpectation,
  key: KeyObject | undefined,
): Promise<GraphQLResponse<any>> {
  const headers = await signatureHeader(key, submissionDigest({ id: filingId, digest: expect.digest }));
  return client.request(SUBMIT, { id: filingId, expect }, headers);
}

/** The errors of a response, each problem with the file and line of its record when `where` knows it. */
export function describeErrors(
  errors: { message: string; extensions?: Record<string, any> }[],
  where: (path: string) => string = () => '',
): string {
  return errors
    .map((e) => {
      const problems = (e.extensions?.problems ?? []) as { path: string; reason: string }[];
      const head = `${e.extensions?.code ?? 'ERROR'}: ${e.message}`;
      return problems.length
        ? `${head}\n${problems
            .slice(0, 20)
            .map((p) => `  ${p.path}: ${p.reason}${where(p.path)}`)
            .join('\n')}`
        : head;
    })
    .join('\n');
}
