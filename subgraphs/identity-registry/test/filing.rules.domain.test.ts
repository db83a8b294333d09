import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { batchHash, filingDigest } from '../src/domain/filing-digest.js';
import { duplicateKey, validateBatch } from '../src/domain/filing-record.js';
import { complianceRow, sectionStanding, type FilingSection } from '../src/domain/compliance.rules.js';
import {
  acknowledgeFiling,
  checkPeriod,
  decideBatch,
  newBatch,
  onTime,
  openFiling,
  periodOf,
  receipt,
  refuseDuplicates,
  sealFiling,
  unresolvedRefs,
  type Filing,
  type FilingBatch,
} from '../src/domain/filing.rules.js';
import { NOW, tBusinessOperator, tOffice, tPersonOperator, tPlatform, tStreamer, tUscc } from './fixtures/filing.js';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

const open = (period = '2026-07', now = NOW): Filing =>
  openFiling({ id: 'f1', principal: tPlatform(), period, now }).filing;
const batchOf = (no: number, ops = [tBusinessOperator(no)], now = NOW): FilingBatch => {
  const recs = validateBatch(ops, [], { now });
  return newBatch('f1', no, recs, batchHash(recs), now);
};

describe('periods', () => {
  it('Art 9: accepts only January and July periods, from 2026-07 on', () => {
    expect(checkPeriod('2027-01')).toBe('2027-01');
    expect(caught(() => checkPeriod('2026-08')).details.problems).toEqual([
      { path: 'period', reason: 'must be YYYY-01 or YYYY-07 (Art 9: January and July)' },
    ]);
    expect(caught(() => checkPeriod('2026-01')).code).toBe('BAD_USER_INPUT');
  });

  it('takes the current period on the Shanghai calendar', () => {
    expect(periodOf(new Date('2026-06-30T16:00:00Z'))).toBe('2026-07');
    expect(periodOf(new Date('2026-06-30T15:59:59Z'))).toBe('2026-01');
  });

  it('Art 9: is on time only within the filing month in Asia/Shanghai', () => {
    expect(onTime('2026-07', new Date('2026-07-31T15:59:59Z'))).toBe(true);
    expect(onTime('2026-07', new Date('2026-07-31T16:30:00Z'))).toBe(false); // 1 August in Shanghai
    expect(onTime('2026-07', new Date('2026-06-30T15:59:59Z'))).toBe(false); // still June there
  });
});

describe('openFiling', () => {
  it('opens an OPEN filing for the calling platform and its certificate domicile', () => {
    const { filing, created } = openFiling({ id: 'f1', principal: tPlatform(), period: '2026-07', now: NOW });
    expect(created).toBe(true);
    expect(filing).toMatchObject({
      platformUscc: '91350100M000100Y43',
      platformDomicile: '350100',
      period: '2026-07',
      status: 'OPEN',
      operatorCount: 0,
    });
  });

  it('allows the next period ahead but not the one after it', () => {
    expect(open('2027-01').period).toBe('2027-01');
    expect(caught(() => open('2027-07')).details.problems).toEqual([
      { path: 'period', reason: 'must not be after 2027-01' },
    ]);
  });

  it('returns the existing OPEN filing on a retry and refuses a second filing once submitted', () => {
    const existing = open();
    expect(openFiling({ id: 'f2', principal: tPlatform(), period: '2026-07', now: NOW }, existing)).toEqual({
      filing: existing,
      created: false,
    });
    const sealed = sealFiling(existing, [], NOW);
    const e = caught(() => openFiling({ id: 'f2', principal: tPlatform(), period: '2026-07', now: NOW }, sealed));
    expect(e.code).toBe('CONFLICT');
    expect(e.details.currentStatus).toBe('SUBMITTED');
  });

  it('lets only platforms file', () => {
    expect(
      caught(() =>
        openFiling({ id: 'f1', principal: tOffice('samr', 'province', '350000'), period: '2026-07', now: NOW }),
      ).code,
    ).toBe('FORBIDDEN');
  });
});

describe('batches', () => {
  const filing = open();
  const first = batchOf(1);

  it('takes a new batch number on an OPEN filing', () => {
    expect(decideBatch(filing, 1, undefined, first.contentHash)).toBe('new');
    expect(first).toMatchObject({ batchNo: 1, operatorCount: 1, streamerCount: 0, staleOperatorCount: 0 });
  });

  it('replays the first receipt for the same batch number and content, even after sealing', () => {
    expect(decideBatch(filing, 1, first, first.contentHash)).toBe('replay');
    expect(decideBatch(sealFiling(filing, [first], NOW), 1, first, first.contentHash)).toBe('replay');
    expect(receipt(first, true)).toEqual({ ...first, replayed: true });
  });

  it('refuses the same batch number with other content', () => {
    const e = caught(() => decideBatch(filing, 1, first, batchOf(1, [tBusinessOperator(2)]).contentHash));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toMatch(/batch 1/);
  });

  it('refuses a new batch on a sealed filing, naming its status', () => {
    const e = caught(() => decideBatch(sealFiling(filing, [first], NOW), 2, undefined, 'h'));
    expect([e.code, e.details.currentStatus]).toEqual(['CONFLICT', 'SUBMITTED']);
  });

  it('refuses a batch number that is not a positive integer', () => {
    expect(caught(() => decideBatch(filing, 0, undefined, 'h')).details.problems).toEqual([
      { path: 'batchNo', reason: 'must be a positive integer' },
    ]);
  });

  it('counts stale verifications per batch', () => {
    const b = batchOf(3, [tBusinessOperator(3, { verifiedAt: '2025-12-01T00:00:00Z' }), tBusinessOperator(4)]);
    expect([b.operatorCount, b.staleOperatorCount]).toEqual([2, 1]);
  });
});

describe('duplicates across batches', () => {
  it('refuses a person or business already filed in an earlier batch, naming both places', () => {
    const earlier = validateBatch([tPersonOperator(5), tBusinessOperator(6)], [], { now: NOW });
    const existing = earlier.operators.map((r, i) => ({
      key: `h(${duplicateKey(r)})`,
      batchNo: 2,
      path: `operators[${i}]`,
    }));
    const incoming = validateBatch([tBusinessOperator(7), tBusinessOperator(6)], [], { now: NOW });
    const e = caught(() => refuseDuplicates(incoming, existing, (k) => `h(${k})`));
    expect(e.details.problems).toEqual([{ path: 'operators[1]', reason: 'the same operator as batch 2 operators[1]' }]);
    expect(() => refuseDuplicates(incoming, existing.slice(0, 1), (k) => `h(${k})`)).not.toThrow();
  });
});

describe('sealing', () => {
  const filing = open();
  const batches = [
    batchOf(2, [tBusinessOperator(2), tBusinessOperator(3, { verifiedAt: '2025-12-01T00:00:00Z' })]),
    batchOf(1),
  ];

  it('seals with counts, stale totals, the digest over batches in order and onTime', () => {
    const sealed = sealFiling(filing, batches, new Date('2026-07-20T00:00:00Z'));
    expect(sealed).toMatchObject({
      status: 'SUBMITTED',
      onTime: true,
      operatorCount: 3,
      staleOperatorCount: 1,
      digest: filingDigest(batches),
    });
  });

  it('Art 9: marks a submission on 1 August Shanghai time as late', () => {
    expect(sealFiling(filing, batches, new Date('2026-07-31T16:30:00Z')).onTime).toBe(false);
  });

  it('refuses to seal twice, before the filing month, or with a missing batch number', () => {
    const sealed = sealFiling(filing, batches, NOW);
    expect(caught(() => sealFiling(sealed, batches, NOW)).details.currentStatus).toBe('SUBMITTED');
    expect(caught(() => sealFiling(open('2027-01'), [], NOW)).code).toBe('CONFLICT');
    expect(caught(() => sealFiling(filing, [batches[0]], NOW)).details.problems).toEqual([
      { path: 'batches', reason: 'batch 1 is missing (received 2)' },
    ]);
  });

  it('refuses to seal while a streamer names an operator or live account not in the filing', () => {
    const st = validateBatch(
      [],
      [tStreamer(1, tUscc(1), 'room-1'), tStreamer(2, tUscc(2), 'room-9'), tStreamer(3, tUscc(3), 'room-3')],
      { now: NOW },
    ).streamers;
    const refs = st.map((s, i) => ({ batchNo: 4, path: `streamers[${i}].operatorRefs[0]`, ref: s.operatorRefs[0] }));
    const ops = new Map([
      [`business:${tUscc(1)}`, new Set(['room-1'])],
      [`business:${tUscc(2)}`, new Set(['room-2'])],
    ]);
    const problems = unresolvedRefs(refs, ops);
    expect(problems).toEqual([
      {
        path: 'batch 4 streamers[1].operatorRefs[0].liveAccountId',
        reason: "is not one of the operator's live accounts",
      },
      { path: 'batch 4 streamers[2].operatorRefs[0]', reason: 'names an operator not in this filing' },
    ]);
    expect(caught(() => sealFiling(filing, batches, NOW, problems)).code).toBe('BAD_USER_INPUT');
  });
});

describe('acknowledgement', () => {
  const sealed = sealFiling(open(), [], NOW);

  it('Art 9: is given by the provincial SAMR office of the platform domicile', () => {
    const acked = acknowledgeFiling(sealed, tOffice('samr', 'province', '350000'), NOW);
    expect(acked).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgedBy: 'samr/province/350000',
      acknowledgedAt: NOW,
    });
    expect(
      caught(() => acknowledgeFiling(acked, tOffice('samr', 'national', '100000'), NOW)).details.currentStatus,
    ).toBe('ACKNOWLEDGED');
  });

  it('is refused to the platform, hidden from other offices, and not given to an OPEN filing', () => {
    expect(caught(() => acknowledgeFiling(sealed, tPlatform(), NOW)).code).toBe('FORBIDDEN');
    expect(caught(() => acknowledgeFiling(sealed, tOffice('samr', 'province', '440000'), NOW)).code).toBe('NOT_FOUND');
    expect(caught(() => acknowledgeFiling(sealed, tOffice('cac', 'province', '350000'), NOW)).code).toBe('NOT_FOUND');
    expect(caught(() => acknowledgeFiling(sealed, tOffice('samr', 'prefecture', '350100'), NOW)).code).toBe(
      'NOT_FOUND',
    );
    expect(
      caught(() => acknowledgeFiling(open(), tOffice('samr', 'province', '350000'), NOW)).details.currentStatus,
    ).toBe('OPEN');
  });
});

describe('compliance', () => {
  const august = new Date('2026-08-02T00:00:00Z');
  const operator = batchOf(1, [tBusinessOperator(1, { verifiedAt: '2025-12-01T00:00:00Z' })]);
  const status = (f: Parameters<typeof sectionStanding>[1], s: FilingSection, now: Date) => {
    const { status, overdue } = sectionStanding('2026-07', f, s, now);
    return { status, overdue };
  };

  it('Art 53 (2): operators read ON_TIME, LATE, OPEN and MISSING, overdue once the month is over in Shanghai', () => {
    const f = open();
    expect(status(sealFiling(f, [operator], NOW), 'OPERATORS', august)).toEqual({ status: 'ON_TIME', overdue: false });
    expect(status(sealFiling(f, [operator], august), 'OPERATORS', august)).toEqual({ status: 'LATE', overdue: false });
    expect(status(f, 'OPERATORS', NOW)).toEqual({ status: 'OPEN', overdue: false });
    expect(status(f, 'OPERATORS', august)).toEqual({ status: 'OPEN', overdue: true });
    expect(status(undefined, 'OPERATORS', new Date('2026-07-31T15:59:59Z'))).toEqual({
      status: 'MISSING',
      overdue: false,
    });
    expect(status(undefined, 'OPERATORS', new Date('2026-07-31T16:00:00Z'))).toEqual({
      status: 'MISSING',
      overdue: true,
    });
  });

  it('Art 54 (2): a submitted filing without streamers reports none unless the platform declared it had none', () => {
    const f = open();
    expect(status(sealFiling(f, [operator], NOW), 'STREAMERS', august)).toEqual({ status: 'MISSING', overdue: true });
    const declared = sealFiling(f, [operator], NOW, [], ['STREAMERS']);
    expect(declared.nothingToReport).toEqual(['STREAMERS']);
    expect(sectionStanding('2026-07', declared, 'STREAMERS', august)).toMatchObject({
      status: 'ON_TIME',
      count: 0,
      nothingToReport: true,
    });
    expect(caught(() => sealFiling(f, [operator], NOW, [], ['OPERATORS'])).details.problems).toEqual([
      { path: 'nothingToReport[0]', reason: 'the filing holds 1 records in OPERATORS' },
    ]);
  });

  it('gives each platform a row with the worse section as its status, counts and stale totals', () => {
    const platform = {
      uscc: '91350100M000100Y43',
      name: 'P',
      domicileRegion: '350100',
      enrolment: { source: 'SAMR' as const, enrolledBy: 'samr/province/350000', enrolledAt: NOW },
    };
    const sealed = sealFiling(open(), [operator], NOW);
    expect(complianceRow(platform, '2026-07', sealed, august)).toMatchObject({
      status: 'MISSING',
      operators: { status: 'ON_TIME', count: 1, staleCount: 1 },
      streamers: { status: 'MISSING', count: 0 },
      filingId: 'f1',
      operatorCount: 1,
      staleOperatorCount: 1,
    });
    expect(complianceRow(platform, '2026-07', undefined, august)).toMatchObject({
      platformUscc: platform.uscc,
      platformDomicile: '350100',
      status: 'MISSING',
      overdue: true,
      operatorCount: 0,
      streamerCount: 0,
    });
  });
});
