import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { Problems } from '../../../lib/problems.js';
import { removeEntry } from '../src/domain/appeal.js';
import {
  checkCost,
  checkLogRecords,
  checkSubjectKey,
  shapeCheckResults,
  validateCheckSubjects,
  type CheckableEntry,
} from '../src/domain/check.js';
import {
  AGENCY_USCC,
  DAY,
  NOW,
  OTHER_ID,
  PERSON_ID,
  PLATFORM_A,
  PLATFORM_B,
  tEntry,
  tEntryInput,
} from './fixtures/entries.js';

function problemsOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError).details.problems!;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('validateCheckSubjects', () => {
  it('returns canonical keys in input order, normalising the number', () => {
    expect(
      validateCheckSubjects([
        { uscc: AGENCY_USCC },
        { documentType: 'RESIDENT_ID', documentNumber: ' 11010519491231002x' },
        { uscc: AGENCY_USCC },
      ]),
    ).toEqual([`business:${AGENCY_USCC}`, `person:RESIDENT_ID:${PERSON_ID}`, `business:${AGENCY_USCC}`]);
  });

  it('names each bad subject by its index and field', () => {
    const problems = problemsOf(() =>
      validateCheckSubjects([
        { uscc: AGENCY_USCC },
        { documentType: 'RESIDENT_ID', documentNumber: '110105194912310021' },
        { uscc: '91350100M000100Y44' },
        { documentType: 'DRIVING_LICENCE', documentNumber: '123' },
        { documentType: 'PASSPORT' },
      ]),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'subjects[1].documentNumber',
      'subjects[2].uscc',
      'subjects[3].documentType',
      'subjects[4].documentNumber',
    ]);
    expect(problems[0].reason).toMatch(/check character/);
  });

  it('wants exactly one of a document or a USCC', () => {
    const problems = problemsOf(() =>
      validateCheckSubjects([{}, { documentType: 'RESIDENT_ID', documentNumber: PERSON_ID, uscc: AGENCY_USCC }]),
    );
    expect(problems.map((p) => p.path)).toEqual(['subjects[0]', 'subjects[1]']);
  });

  it('takes 1 to 1,000 subjects per call', () => {
    const s = { uscc: AGENCY_USCC };
    expect(validateCheckSubjects(Array(1000).fill(s))).toHaveLength(1000);
    expect(problemsOf(() => validateCheckSubjects(Array(1001).fill(s)))).toEqual([
      { path: 'subjects', reason: expect.stringMatching(/at most 1000/) },
    ]);
    expect(problemsOf(() => validateCheckSubjects([]))[0].path).toBe('subjects');
  });

  it('validates one subject at a caller-chosen path, for the check-log lookup', () => {
    const problems = new Problems();
    expect(
      checkSubjectKey(problems, 'filter.subject', { documentType: 'RESIDENT_ID', documentNumber: '1' }),
    ).toBeUndefined();
    expect(problems.list[0].path).toBe('filter.subject.documentNumber');
  });
});

describe('shapeCheckResults', () => {
  const person = `hash:person:RESIDENT_ID:${PERSON_ID}`;
  const other = `hash:person:RESIDENT_ID:${OTHER_ID}`;
  const sharedByA = tEntry();
  const unsharedByA = tEntry({ shareWithPeers: false, startsAt: new Date(NOW.getTime() - 5 * DAY) });
  const unsharedByB = tEntry({ shareWithPeers: false, listingPlatformUscc: PLATFORM_B, listingPlatformName: '乙平台' });
  const expiredByB = tEntry({ listingPlatformUscc: PLATFORM_B, listingPlatformName: '乙平台', endsAt: NOW });
  const removedByB = removeEntry(
    tEntry({ listingPlatformUscc: PLATFORM_B, listingPlatformName: '乙平台' }),
    '误判',
    NOW,
  );
  const appealedByB = tEntry({ listingPlatformUscc: PLATFORM_B, listingPlatformName: '乙平台', openAppealId: 'a9' });
  const byHash = new Map<string, CheckableEntry[]>([
    [person, [sharedByA, unsharedByA, unsharedByB, expiredByB, removedByB, appealedByB]],
  ]);

  it('answers per subject in input order, unlisted subjects with no matches', () => {
    const r = shapeCheckResults([other, person, other], byHash, { uscc: PLATFORM_B }, NOW);
    expect(r.map((x) => x.listed)).toEqual([false, true, false]);
    expect(r[0].matches).toEqual([]);
  });

  it("Art 14 ¶3: shows a peer only active shared entries, plus the caller's own unshared ones", () => {
    const [forB] = shapeCheckResults([person], byHash, { uscc: PLATFORM_B }, NOW);
    expect(forB.matches).toHaveLength(3);
    expect(forB.matches.map((m) => m.listedSince)).toEqual(
      [sharedByA.startsAt, unsharedByB.startsAt, appealedByB.startsAt].sort((a, b) => +a - +b),
    );
    const third = shapeCheckResults(['x', person], byHash, { uscc: '91000000000000000X' }, NOW)[1];
    expect(third.matches).toHaveLength(2); // sharedByA + appealedByB
    const [forA] = shapeCheckResults([person], byHash, { uscc: PLATFORM_A }, NOW);
    expect(forA.matches).toHaveLength(3); // sharedByA + unsharedByA + appealedByB
  });

  it('reports an entry under appeal as listed with appealPending', () => {
    const only = new Map([[person, [appealedByB]]]);
    const [r] = shapeCheckResults([person], only, { uscc: PLATFORM_A }, NOW);
    expect(r).toEqual({
      listed: true,
      matches: [
        {
          listingPlatformName: '乙平台',
          listedSince: appealedByB.startsAt,
          expiresAt: appealedByB.endsAt,
          status: 'UNDER_APPEAL',
          appealPending: true,
        },
      ],
    });
  });

  it('Art 14 ¶3: stops matching at the instant the term ends', () => {
    const only = new Map([[person, [sharedByA]]]);
    expect(
      shapeCheckResults([person], only, { uscc: PLATFORM_B }, new Date(sharedByA.endsAt.getTime() - 1))[0].listed,
    ).toBe(true);
    expect(shapeCheckResults([person], only, { uscc: PLATFORM_B }, sharedByA.endsAt)[0].listed).toBe(false);
  });

  it('ignores an entry the store filed under the wrong hash', () => {
    const wrong = new Map([[other, [sharedByA]]]);
    expect(shapeCheckResults([other], wrong, { uscc: PLATFORM_B }, NOW)[0].listed).toBe(false);
  });

  it('contains no name, document number, account, fact, reason, legal basis or hash of anyone', () => {
    const input = tEntryInput();
    const r = shapeCheckResults([person, other], byHash, { uscc: PLATFORM_A }, NOW);
    const json = JSON.stringify(r);
    for (const secret of [
      '张三',
      PERSON_ID,
      PERSON_ID.slice(0, 6),
      'zs-live-001',
      '三哥好物',
      input.facts,
      input.reasons,
      input.legalBasis,
      input.notification.appealChannel,
      PLATFORM_A,
      PLATFORM_B,
      person,
      sharedByA.id,
      'RESIDENT_ID',
    ]) {
      expect(json).not.toContain(secret);
    }
    for (const m of r[0].matches) {
      expect(Object.keys(m).sort()).toEqual([
        'appealPending',
        'expiresAt',
        'listedSince',
        'listingPlatformName',
        'status',
      ]);
    }
    expect(Object.keys(r[0]).sort()).toEqual(['listed', 'matches']);
  });
});

describe('checkLogRecords and checkCost', () => {
  it('logs one row per subject: who checked, why, the hash, what they learned, when', () => {
    const results = [
      { listed: true, matches: [{} as never, {} as never] },
      { listed: false, matches: [] },
    ];
    const rows = checkLogRecords(
      { uscc: PLATFORM_B, name: '乙平台', domicile: '440304' },
      'ONBOARDING',
      ['h1', 'h2'],
      results,
      NOW,
    );
    expect(rows).toEqual([
      {
        checkedByUscc: PLATFORM_B,
        checkedByName: '乙平台',
        checkedByDomicile: '440304',
        purpose: 'ONBOARDING',
        subjectHash: 'h1',
        listed: true,
        matchCount: 2,
        checkedAt: NOW,
      },
      {
        checkedByUscc: PLATFORM_B,
        checkedByName: '乙平台',
        checkedByDomicile: '440304',
        purpose: 'ONBOARDING',
        subjectHash: 'h2',
        listed: false,
        matchCount: 0,
        checkedAt: NOW,
      },
    ]);
  });

  it('charges one request per call whatever the number of subjects', () => {
    expect(checkCost(1)).toBe(1);
    expect(checkCost(1000)).toBe(1);
  });
});
