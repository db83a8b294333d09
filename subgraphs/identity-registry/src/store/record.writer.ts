/**
 * Writes a batch's records set-based: encrypts each record once, hashes its identity, and inserts every
 * table with multi-row INSERTs inside the caller's transaction. No SELECT before writing: a record already
 * in the filing is refused by the unique identity indexes (uq_operator_identity, uq_streamer_identity), and
 * only a refused batch is looked up (`placedKeys`, one indexed `IN (…)` query per 1,000 records) to name
 * where each duplicate was filed.
 */
import type { EntityManager } from 'typeorm';
import type { PiiCipher } from '../../../../lib/pii.js';
import { duplicateKey, type FilingRecord, type OperatorRecord, type StreamerRecord } from '../domain/filing-record.js';
import type { PlacedKey } from '../domain/filing.rules.js';
import type { FilingRow } from '../domain/filing.ports.js';
import { SLICE, yieldToIo } from '../../../../lib/slices.js';
import { chunks, insertMany, marks, recordId, recordIdBase, settleAll } from './sql.js';

/** Each table's rows, flat: its columns' values row after row (what a multi-row INSERT binds). */
export interface PreparedBatch {
  operators: unknown[];
  accounts: unknown[];
  streamers: unknown[];
  refs: unknown[];
  /** The identity hash of each operator and streamer, index for index. */
  operatorHashes: string[];
  streamerHashes: string[];
}

const RECORD = [
  'id',
  'filing_id',
  'batch_no',
  'idx',
  'platform_uscc',
  'platform_domicile',
  'name',
  'id_doc_type',
  'identity_hash',
  'record_enc',
];
const OPERATOR_COLUMNS = [...RECORD, 'kind', 'uscc', 'business_region'];
const STREAMER_COLUMNS = [...RECORD, 'residence_region', 'agency_uscc'];
const ACCOUNT_COLUMNS = ['operator_id', 'account_id', 'filing_id', 'identity_hash'];
const REF_COLUMNS = ['streamer_id', 'ref_no', 'filing_id', 'operator_hash', 'live_account_id'];

export class RecordWriter {
  constructor(private readonly pii: PiiCipher) {}

  /**
   * CPU work (encryption, HMAC), done before the transaction so locks are held only for the writes.
   * `lines` are the canonical records (canonicalLines), operators then streamers: stored encrypted, they are
   * exactly what the batch hash covers, so a stored batch can be re-hashed and checked against its digest.
   */
  async prepare(
    filing: FilingRow,
    batchNo: number,
    records: { operators: OperatorRecord[]; streamers: StreamerRecord[] },
    lines: readonly string[],
    receivedAt: Date,
  ): Promise<PreparedBatch> {
    const base = recordIdBase(receivedAt);
    // A streamer's operator is usually filed in the same batch: hash each identity once.
    const hashes = new Map<string, string>();
    const hashOf = (key: string) => {
      let h = hashes.get(key);
      if (h === undefined) hashes.set(key, (h = this.pii.hash(key)));
      return h;
    };
    const out: PreparedBatch = {
      operators: [],
      accounts: [],
      streamers: [],
      refs: [],
      operatorHashes: [],
      streamerHashes: [],
    };
    // The RECORD columns of a row, appended to its table's flat values.
    const common = (to: unknown[], r: FilingRecord, id: string, idx: number, hash: string, line: string) => {
      // The whole record, ID number included, is stored only encrypted (AES-256-GCM).
      to.push(
        id,
        filing.id,
        batchNo,
        idx,
        filing.platformUscc,
        filing.platformDomicile,
        r.name,
        r.idDocument?.type ?? null,
        hash,
        this.pii.encrypt(line),
      );
    };
    const ops = records.operators.length;
    for (let i = 0; i < ops; i++) {
      if (i > 0 && i % SLICE === 0) await yieldToIo(); // slices.ts: let the other batch's INSERT replies through
      const r = records.operators[i];
      const id = recordId(base, i);
      const hash = hashOf(r.identityKey);
      out.operatorHashes.push(hash);
      common(out.operators, r, id, i, hash, lines[i]);
      out.operators.push(r.kind, r.uscc ?? null, r.businessAddress.regionCode);
      for (const a of r.liveAccounts) out.accounts.push(id, a.accountId, filing.id, hash);
    }
    for (let i = 0; i < records.streamers.length; i++) {
      if (i > 0 && i % SLICE === 0) await yieldToIo();
      const r = records.streamers[i];
      const id = recordId(base, ops + i);
      const hash = hashOf(r.identityKey);
      out.streamerHashes.push(hash);
      common(out.streamers, r, id, i, hash, lines[ops + i]);
      out.streamers.push(r.residence.regionCode, r.agency?.uscc ?? null);
      r.operatorRefs.forEach((ref, j) => out.refs.push(id, j, filing.id, hashOf(ref.operatorKey), ref.liveAccountId));
    }
    return out;
  }

  /** The four tables' INSERTs, queued together (sql.ts insertMany); the first failure rejects once all have settled. */
  async insert(m: EntityManager, b: PreparedBatch): Promise<void> {
    await settleAll([
      insertMany(m, 'live_room_operator', OPERATOR_COLUMNS, b.operators),
      insertMany(m, 'operator_account', ACCOUNT_COLUMNS, b.accounts),
      insertMany(m, 'live_streamer', STREAMER_COLUMNS, b.streamers),
      insertMany(m, 'streamer_operator', REF_COLUMNS, b.refs),
    ]);
  }

  /** duplicateKey(record) → `<role>|<identity hash>`, the form `placedKeys` returns (for refuseDuplicates). */
  storedKeys(
    records: { operators: OperatorRecord[]; streamers: StreamerRecord[] },
    b: PreparedBatch,
  ): (duplicateKey: string) => string {
    const keys = new Map<string, string>();
    records.operators.forEach((r, i) => keys.set(duplicateKey(r), `operator|${b.operatorHashes[i]}`));
    records.streamers.forEach((r, i) => keys.set(duplicateKey(r), `streamer|${b.streamerHashes[i]}`));
    return (k) => keys.get(k) ?? k;
  }

  /** After a refused insert: the records of this batch's identities already in the filing, with their places. */
  async placedKeys(m: EntityManager, filingId: string, b: PreparedBatch): Promise<PlacedKey[]> {
    const found: PlacedKey[] = [];
    for (const [table, role, list, hashes] of [
      ['live_room_operator', 'operator', 'operators', b.operatorHashes],
      ['live_streamer', 'streamer', 'streamers', b.streamerHashes],
    ] as const) {
      for (const chunk of chunks(hashes)) {
        const rows: { identity_hash: string; batch_no: number; idx: number }[] = await m.query(
          `SELECT identity_hash, batch_no, idx FROM ${table} WHERE filing_id = ? AND identity_hash IN (${marks(chunk.length)})`,
          [filingId, ...chunk],
        );
        for (const r of rows)
          found.push({ key: `${role}|${r.identity_hash}`, batchNo: Number(r.batch_no), path: `${list}[${r.idx}]` });
      }
    }
    return found;
  }
}
