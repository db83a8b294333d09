/**
 * What a receipt says, read without checking it: the JWS payload (RFC 7515 §3.1, compact form) with the
 * evidence log and leaf the write was appended as. Checking the signature and the leaf's inclusion is
 * `npm run verify -- receipt`'s job, offline, against the log's keys (`evidenceHeads().<service>.jwks`).
 */
export interface ReceiptClaims {
  log: { logId: string; leafIndex: number };
  [claim: string]: unknown;
}

export function decodeReceipt(jws: string): ReceiptClaims {
  const parts = jws.split('.');
  if (parts.length !== 3) throw new RangeError('a receipt is a compact JWS: three base64url parts joined by dots');
  return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as ReceiptClaims;
}
