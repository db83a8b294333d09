import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { businessKey, personKey } from '../../../lib/domain/identity.js';
import { isVerificationStale, staleCutoff, validateBatch, type OperatorRecord } from '../src/domain/filing-record.js';
import { NOW, tBusinessOperator, tPersonOperator, tResidentId, tStreamer, tUscc } from './fixtures/filing.js';

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError).details.problems!;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('validateBatch', () => {
  it('returns normalised records with identity keys, business regions and operator references', () => {
    const op = tBusinessOperator(1, { business: { name: '  福州直播商贸   有限公司 ', uscc: tUscc(1).toLowerCase() } });
    const { operators, streamers } = validateBatch([op, tPersonOperator(2)], [tStreamer(1, tUscc(1), 'room-1')], {
      now: NOW,
    });
    expect(operators[0]).toMatchObject({
      role: 'operator',
      kind: 'BUSINESS',
      name: '福州直播商贸 有限公司',
      uscc: tUscc(1),
      identityKey: businessKey(tUscc(1)),
      businessAddress: { regionCode: '350102' },
      contact: { phone: '13800138000' },
      verificationStale: false,
    });
    expect(operators[1]).toMatchObject({
      kind: 'PERSON',
      identityKey: personKey('RESIDENT_ID', tResidentId(2)),
      contact: { email: 'op2@example.com' },
    });
    expect(operators[1].verifiedAt).toEqual(new Date('2026-05-01T00:00:00Z'));
    expect(streamers[0]).toMatchObject({
      role: 'streamer',
      identityKey: personKey('RESIDENT_ID', tResidentId(501, '350102')),
      operatorRefs: [{ operatorKey: businessKey(tUscc(1)), liveAccountId: 'room-1' }],
      occupation: '主播',
    });
  });

  it('lists every invalid field of every record with its path, and stores nothing', () => {
    const badId = tResidentId(3).slice(0, 17) + (tResidentId(3).endsWith('0') ? '1' : '0');
    const problems = problemsOf(() =>
      validateBatch(
        [
          tBusinessOperator(1),
          tBusinessOperator(2, { business: { name: 'x', uscc: '91350100M000100Y44' } }),
          tPersonOperator(3, {
            person: { name: '王', idDocument: { type: 'RESIDENT_ID', number: badId } },
            liveAccounts: [],
          }),
        ],
        [tStreamer(1, tUscc(1), 'room-1', { residence: { regionCode: '990000', detail: 'x' }, operatorRefs: [] })],
        { now: NOW },
      ),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'operators[1].business.uscc',
      'operators[2].person.idDocument.number',
      'operators[2].liveAccounts',
      'streamers[0].residence.regionCode',
      'streamers[0].operatorRefs',
    ]);
    expect(problems[1].reason).toMatch(/check character/);
  });

  it('Art 9 (1), (2): requires the business for a BUSINESS operator and refuses a person alongside it', () => {
    const problems = problemsOf(() =>
      validateBatch(
        [
          tBusinessOperator(1, {
            business: null,
            person: { name: '王', idDocument: { type: 'RESIDENT_ID', number: tResidentId(1) } },
          }),
        ],
        [],
        { now: NOW },
      ),
    );
    expect(problems.map((p) => p.path)).toEqual(['operators[0].person', 'operators[0].business']);
  });

  it('refuses the same business twice in one batch, naming the first place', () => {
    const problems = problemsOf(() =>
      validateBatch([tBusinessOperator(1), tBusinessOperator(2), tBusinessOperator(1)], [], { now: NOW }),
    );
    expect(problems).toEqual([{ path: 'operators[2]', reason: 'the same operator as operators[0]' }]);
  });

  it('lets one person be filed once as operator and once as streamer', () => {
    const op = tPersonOperator(7);
    const st = tStreamer(7, tUscc(1), 'room-1', {
      person: op.person!,
      operatorRefs: [{ idDocument: op.person!.idDocument, liveAccountId: 'person-room-7' }],
    });
    const { operators, streamers } = validateBatch([op], [st], { now: NOW });
    expect(streamers[0].identityKey).toBe(operators[0].identityKey);
  });

  it('refuses a batch over the configured size without looking at the records', () => {
    const problems = problemsOf(() =>
      validateBatch([tBusinessOperator(1), tBusinessOperator(2)], [tStreamer(1, tUscc(1), 'room-1')], {
        now: NOW,
        maxRecords: 2,
      }),
    );
    expect(problems).toEqual([{ path: 'batch', reason: 'has 3 records; at most 2 per batch' }]);
    expect(problemsOf(() => validateBatch([], null, { now: NOW }))).toEqual([
      { path: 'batch', reason: 'has no records' },
    ]);
  });

  it('refuses an operator reference that names neither or both identities, and repeated live accounts', () => {
    const problems = problemsOf(() =>
      validateBatch(
        [tBusinessOperator(1, { liveAccounts: [{ accountId: 'a' }, { accountId: 'a' }] })],
        [
          tStreamer(1, tUscc(1), 'a', {
            operatorRefs: [
              { liveAccountId: 'a' },
              { uscc: tUscc(1), idDocument: { type: 'PASSPORT', number: 'E1234567' }, liveAccountId: 'a' },
            ],
          }),
        ],
        { now: NOW },
      ),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'operators[0].liveAccounts[1].accountId',
      'streamers[0].operatorRefs[0]',
      'streamers[0].operatorRefs[1]',
    ]);
  });

  it('refuses a verification in the future, an unparseable one, and an address at the national code', () => {
    const problems = problemsOf(() =>
      validateBatch(
        [
          tBusinessOperator(1, { verifiedAt: '2026-07-11T00:00:00Z' }),
          tBusinessOperator(2, { verifiedAt: 'yesterday', businessAddress: { regionCode: '100000', detail: 'x' } }),
        ],
        [],
        { now: NOW },
      ),
    );
    expect(problems).toEqual([
      { path: 'operators[0].verifiedAt', reason: 'must not be in the future' },
      { path: 'operators[1].businessAddress.regionCode', reason: 'must be the code of a place, not 100000' },
      { path: 'operators[1].verifiedAt', reason: 'is not a date-time' },
    ]);
  });

  it('Art 8 ¶1: flags a verification older than six months at receipt as stale', () => {
    const { operators } = validateBatch(
      [
        tBusinessOperator(1, { verifiedAt: '2026-01-09T00:00:00Z' }),
        tBusinessOperator(2, { verifiedAt: '2026-01-10T02:00:00Z' }),
      ],
      [],
      { now: NOW },
    );
    expect(operators.map((o: OperatorRecord) => o.verificationStale)).toEqual([true, false]);
  });
});

describe('staleCutoff', () => {
  it('Art 8 ¶1: goes back six calendar months on the Shanghai wall clock, clamping to the end of the month', () => {
    // 2026-08-31 10:00 Shanghai → 2026-02-28 10:00 Shanghai.
    expect(staleCutoff(new Date('2026-08-31T02:00:00Z')).toISOString()).toBe('2026-02-28T02:00:00.000Z');
    // 2026-07-31T16:30Z is 1 August in Shanghai → 1 February 00:30 Shanghai.
    expect(staleCutoff(new Date('2026-07-31T16:30:00Z')).toISOString()).toBe('2026-01-31T16:30:00.000Z');
    expect(isVerificationStale(new Date('2026-01-31T16:29:59Z'), new Date('2026-07-31T16:30:00Z'))).toBe(true);
    expect(isVerificationStale(new Date('2026-01-31T16:30:00Z'), new Date('2026-07-31T16:30:00Z'))).toBe(false);
  });
});
