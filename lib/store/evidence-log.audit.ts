import type { JSONWebKeySet } from 'jose';
import type { DataSource } from 'typeorm';
import { leafHash, treeHash, type Hash } from '../evidence/merkle.js';
import { leafEntry, verifyReceipt } from '../evidence/receipt.js';
import { verifyTreeHead } from '../evidence/tree-head.js';
import { EvidenceLeafEntity, EvidenceTreeHeadEntity } from './evidence-log.schema.js';
import type { NodeStore } from './evidence-log.nodes.js';

/**
 * Re-checks a stored evidence log against itself and its signed heads, naming each thing that does not
 * hold: an entry that no longer hashes to its leaf, a receipt that no longer matches its leaf, a missing
 * leaf, a signed head whose root the leaves no longer give, an interior node its leaves no longer give.
 * A head is judged by what it signed, not by its stored columns, which could be rewritten with the leaves.
 * Empty when all is well.
 */
export async function auditLog(db: DataSource, jwks: JSONWebKeySet, nodes: NodeStore): Promise<string[]> {
  const problems: string[] = [];
  const leaves = await db.getRepository(EvidenceLeafEntity).find({ order: { logIndex: 'ASC' } });
  const hashes: Hash[] = [];
  for (const [i, l] of leaves.entries()) {
    if (l.logIndex !== i) {
      problems.push(`leaf ${i} is missing`);
      break;
    }
    const h = leafHash(l.entry);
    if (h.toString('hex') !== l.leafHash)
      problems.push(`leaf ${i} (${l.kind} ${l.recordId}): its entry no longer hashes to its leaf hash`);
    try {
      const r = await verifyReceipt(l.receipt, jwks);
      if (r.log.leafIndex !== i || leafEntry(r) !== l.entry)
        problems.push(`leaf ${i} (${l.kind} ${l.recordId}): its receipt is for other facts`);
    } catch (e) {
      problems.push(`leaf ${i} (${l.kind} ${l.recordId}): its receipt does not verify (${(e as Error).message})`);
    }
    hashes.push(Buffer.from(l.leafHash, 'hex'));
  }
  for (const stored of await db.getRepository(EvidenceTreeHeadEntity).find({ order: { size: 'ASC' } })) {
    let head: { size: number; root: string } = stored;
    try {
      head = await verifyTreeHead(stored.signature, jwks);
      if (head.size !== stored.size || head.root !== stored.root)
        problems.push(`tree head of size ${stored.size}: its stored size or root is not what it signed`);
    } catch (e) {
      problems.push(`tree head of size ${stored.size}: ${(e as Error).message}`);
    }
    if (head.size > hashes.length)
      problems.push(
        `tree head of size ${head.size} was signed, but the log has ${hashes.length} intact leaves: leaves were removed`,
      );
    else if (treeHash(hashes, head.size).toString('hex') !== head.root)
      problems.push(`tree head of size ${head.size}: the stored leaves no longer give its root`);
  }
  problems.push(...(await nodes.mismatches(hashes)));
  return problems;
}
