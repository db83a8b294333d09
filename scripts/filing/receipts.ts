import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JSONWebKeySet } from 'jose';
import { checkReceipt } from '../../lib/evidence/verify.js';
import type { GraphQLClient } from '../../lib/http/client.js';

/**
 * An upload's receipts, kept in a folder beside it (`<file>.<period>.receipts/` from the command line):
 *
 *   batch-000001.jws …   each batch's receipt, as addFilingBatch returned it (compact JWS, one line)
 *   submission.jws       the submission's receipt
 *   jwks.json            identity-registry's published receipt keys (Query.evidence), fetched at the end
 *
 * One receipt a file, so each is checked offline as it is:
 * `npm run verify -- receipt <dir>/batch-000001.jws --jwks <dir>/jwks.json`. A resumed upload writes into
 * the same folder and leaves the receipts of earlier runs as they are; a batch confirmed without a kept
 * receipt is sent again, and its replay returns the first receipt, byte for byte.
 */
export const JWKS_FILE = 'jwks.json';
export const SUBMISSION_FILE = 'submission.jws';
/** The acknowledgement's receipt, as `lsgw filing receipts` downloads it. */
export const ACK_FILE = 'acknowledgement.jws';
export const batchFile = (no: number) => `batch-${String(no).padStart(6, '0')}.jws`;

/** `<state>.receipts` beside a state file `<state>.json` / `<state>.upload-state.json`. */
export const defaultReceiptsDir = (statePath: string) =>
  `${statePath.replace(/(\.upload-state)?\.json$/, '')}.receipts`;

const JWKS = `{ evidence { identityRegistry { jwks } } }`;

export class ReceiptFolder {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  hasBatch(no: number): boolean {
    return existsSync(join(this.dir, batchFile(no)));
  }
  hasSubmission(): boolean {
    return existsSync(join(this.dir, SUBMISSION_FILE));
  }
  saveBatch(no: number, jws: string): void {
    this.write(batchFile(no), `${jws}\n`);
  }
  saveSubmission(jws: string): void {
    this.write(SUBMISSION_FILE, `${jws}\n`);
  }

  /** The receipt files kept so far, in name order (batches by number, then the submission). */
  receipts(): string[] {
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.jws'))
      .sort();
  }

  /**
   * Fetches the published keys into jwks.json and checks every kept receipt against them: its signature,
   * and that it names this filing. Returns one line per receipt that does not check.
   */
  async verify(client: GraphQLClient, filingId: string): Promise<string[]> {
    const r = await client.request(JWKS);
    const text: unknown = r.data?.evidence?.identityRegistry?.jwks;
    if (typeof text !== 'string')
      return [`the published receipt keys could not be fetched (${r.errors?.[0]?.message ?? 'no answer'})`];
    this.write(JWKS_FILE, text);
    const jwks = JSON.parse(text) as JSONWebKeySet;
    const problems: string[] = [];
    for (const file of this.receipts()) {
      try {
        const receipt = await checkReceipt(readFileSync(join(this.dir, file), 'utf8'), jwks);
        const whole = file === SUBMISSION_FILE || file === ACK_FILE;
        const expected = whole ? filingId : `${filingId}/batch/${Number(file.slice(6, 12))}`;
        if (receipt.recordId !== expected) problems.push(`${file}: a receipt for ${receipt.recordId}, not ${expected}`);
      } catch (e) {
        problems.push(`${file}: ${(e as Error).message}`);
      }
    }
    return problems;
  }

  /** Written whole or not at all: a crash never leaves half a receipt. */
  private write(name: string, content: string): void {
    const path = join(this.dir, name);
    writeFileSync(`${path}.tmp`, content);
    renameSync(`${path}.tmp`, path);
  }
}
