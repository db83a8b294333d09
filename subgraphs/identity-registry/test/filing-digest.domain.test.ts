import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  batchHash,
  batchHashOfLines,
  canonicalJson,
  canonicalLines,
  filingDigest,
  parseCanonical,
} from '../src/domain/filing-digest.js';
import { canonicalJson as stableStringify } from '../../../lib/canonical.js';
import { validateBatch } from '../src/domain/filing-record.js';
import { NOW, tBusinessOperator, tPersonOperator, tStreamer, tUscc } from './fixtures/filing.js';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('canonical JSON', () => {
  it('sorts keys at every level, drops undefined and writes dates in ISO form', () => {
    expect(stableStringify({ b: 1, a: { d: [{ z: 1, y: undefined }], c: new Date('2026-07-01T00:00:00Z') } })).toBe(
      '{"a":{"c":"2026-07-01T00:00:00.000Z","d":[{"z":1}]},"b":1}',
    );
  });

  it('is the same for inputs that differ only in spelling, and leaves out derived fields', () => {
    const a = validateBatch([tBusinessOperator(1)], [], { now: NOW }).operators[0];
    const b = validateBatch(
      [
        tBusinessOperator(1, {
          business: { name: ' 福州直播商贸1有限公司', uscc: tUscc(1).toLowerCase() },
          contact: { phone: '138-0013-8000', email: null },
        }),
      ],
      [],
      { now: new Date('2027-01-01T00:00:00Z') },
    ).operators[0];
    expect(b.verificationStale).not.toBe(a.verificationStale);
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(canonicalJson(a)).not.toContain('identityKey');
    expect(canonicalJson(a)).not.toContain('verificationStale');
  });
});

describe('batch hash and filing digest', () => {
  const batch = validateBatch([tBusinessOperator(1), tPersonOperator(2)], [tStreamer(1, tUscc(1), 'room-1')], {
    now: NOW,
  });

  it('hashes the JSON Lines of the records, operators first', () => {
    const lines = [...batch.operators, ...batch.streamers].map((r) => canonicalJson(r) + '\n').join('');
    expect(batchHash(batch)).toBe(sha(lines));
  });

  it('changes when one field of one record changes, and when records are reordered', () => {
    const other = validateBatch(
      [tBusinessOperator(1), tPersonOperator(2, { contact: { email: 'x@example.com' } })],
      [tStreamer(1, tUscc(1), 'room-1')],
      { now: NOW },
    );
    expect(batchHash(other)).not.toBe(batchHash(batch));
    expect(batchHash({ operators: [...batch.operators].reverse(), streamers: batch.streamers })).not.toBe(
      batchHash(batch),
    );
  });

  it('digests the batch hashes in batch-number order whatever order the store returns them in', () => {
    const b1 = { batchNo: 1, contentHash: 'a'.repeat(64) };
    const b2 = { batchNo: 2, contentHash: 'b'.repeat(64) };
    expect(filingDigest([b2, b1])).toBe(sha(`1 ${'a'.repeat(64)}\n2 ${'b'.repeat(64)}\n`));
    expect(filingDigest([b1, b2])).toBe(filingDigest([b2, b1]));
    expect(
      filingDigest([
        { ...b1, batchNo: 2 },
        { ...b2, batchNo: 1 },
      ]),
    ).not.toBe(filingDigest([b1, b2]));
  });
});

describe('stored canonical records', () => {
  it('give back the record with its identity key and staleness recomputed, and re-hash to the batch hash', () => {
    const stale = { verifiedAt: '2025-12-01T00:00:00Z' };
    const batch = validateBatch([tBusinessOperator(1), tPersonOperator(2, stale)], [tStreamer(1, tUscc(1), 'room-1')], {
      now: NOW,
    });
    const lines = canonicalLines(batch);
    expect(lines.map((l) => parseCanonical(l, NOW))).toEqual([...batch.operators, ...batch.streamers]);
    expect(parseCanonical(lines[1], NOW).verificationStale).toBe(true);
    expect(batchHashOfLines(lines)).toBe(batchHash(batch));
  });
});
