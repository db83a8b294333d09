import type { JSONWebKeySet } from 'jose';
import { jcs } from './jcs.js';
import { EvidenceError, verifyJws, type Signer } from './signer.js';

/**
 * A signed tree head (RFC 9162 §4.10 in spirit): the log's size and root at a time, signed by the
 * subgraph's receipt key. Proofs are checked against the root of a head whose signature checks.
 */
export interface TreeHead {
  v: 1;
  logId: string;
  size: number;
  /** Hex SHA-256 root of the tree of `size` leaves. */
  root: string;
  /** ISO 8601 UTC. */
  timestamp: string;
}

export function signTreeHead(signer: Signer, head: TreeHead): Promise<string> {
  return signer.sign(jcs(head), 'lsgw-tree-head');
}

export async function verifyTreeHead(jws: string, jwks: JSONWebKeySet): Promise<TreeHead & { kid: string }> {
  const { kid, payload: p } = await verifyJws(jws, jwks, 'lsgw-tree-head');
  const ok =
    p.v === 1 &&
    typeof p.logId === 'string' &&
    Number.isSafeInteger(p.size) &&
    (p.size as number) >= 0 &&
    typeof p.root === 'string' &&
    /^[0-9a-f]{64}$/.test(p.root) &&
    typeof p.timestamp === 'string' &&
    !Number.isNaN(Date.parse(p.timestamp));
  if (!ok) throw new EvidenceError('BAD_FORMAT', 'the signed payload is not a version 1 tree head');
  return { ...(p as unknown as TreeHead), kid };
}
