import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { contentDigest } from '../../../lib/evidence/receipt.js';
import { canonicalLines } from '../src/domain/filing-digest.js';
import { validateBatch } from '../src/domain/filing-record.js';
import { batchContentDigest } from '../src/domain/filing.evidence.js';
import { NOW, tBusinessOperator, tPersonOperator, tStreamer, tUscc } from './fixtures/filing.js';

/** The digest a member's RFC 8785 library gives: the records parsed back and canonicalised whole. */
const reference = (lines: string[]) => contentDigest(lines.map((l) => JSON.parse(l)));

describe('a batch receipt’s content digest', () => {
  it('is the SHA-256 of the RFC 8785 array of the stored records, operators then streamers', () => {
    const records = validateBatch([tBusinessOperator(1), tPersonOperator(2)], [tStreamer(3, tUscc(1), 'room-1')], {
      now: NOW,
    });
    const lines = canonicalLines(records);
    expect(batchContentDigest(lines, 2)).toBe(reference(lines));
    expect(batchContentDigest([...lines].reverse(), 1)).not.toBe(batchContentDigest(lines, 2));
  });

  it('agrees with a general RFC 8785 canonicaliser for any text in the records', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (name, detail) => {
        const records = validateBatch(
          [tBusinessOperator(1, { business: { name: name.trim() || 'x', uscc: tUscc(1) } })],
          [tStreamer(2, tUscc(1), 'room-1', { residence: { regionCode: '350102', detail: detail.trim() || 'y' } })],
          { now: NOW },
        );
        const lines = canonicalLines(records);
        let ours: string | Error;
        try {
          ours = batchContentDigest(lines, 1);
        } catch (e) {
          ours = e as Error;
        }
        let theirs: string | Error;
        try {
          theirs = reference(lines);
        } catch (e) {
          theirs = e as Error;
        }
        // Both give the digest, or both find no canonical form.
        if (typeof theirs === 'string') expect(ours).toBe(theirs);
        else expect(ours).toBeInstanceOf(DomainError);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a record with a lone surrogate (RFC 8785 §3.2.2.2), naming its path', () => {
    const records = validateBatch(
      [tBusinessOperator(1)],
      [tStreamer(2, tUscc(1), 'room-1', { occupation: 'a\ud800' })],
      {
        now: NOW,
      },
    );
    let e: DomainError | undefined;
    try {
      batchContentDigest(canonicalLines(records), 1);
    } catch (x) {
      e = x as DomainError;
    }
    expect([e?.code, e?.details.problems?.[0].path]).toEqual(['BAD_USER_INPUT', 'streamers[0]']);
    expect(e?.details.problems?.[0].reason).toMatch(/lone surrogate/);
  });
});
