import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../lib/errors.js';
import { canKeepCredit, canUseCredit, creditCheckLogScope, creditScope } from '../src/domain/credit.access.js';
import {
  creditFact,
  creditStatus,
  validateRecord,
  validateRepair,
  type CreditRecordInput,
} from '../src/domain/credit.js';
import { validateWatchChange } from '../src/domain/credit-watch.js';
import { AGENCY_USCC, DAY, NOW, PERSON_ID, PLATFORM_A, tOffice, tPlatform, tService } from './fixtures/entries.js';

const input = (over: Partial<CreditRecordInput> = {}): CreditRecordInput => ({
  idempotencyKey: 'k1',
  category: 'ADMINISTRATIVE_PENALTY',
  subject: {
    type: 'LIVE_ROOM_OPERATOR',
    documentType: 'RESIDENT_ID',
    documentNumber: PERSON_ID,
    regionCode: '110105',
    regionBasis: 'BUSINESS_PLACE',
  },
  decidedAt: new Date(NOW.getTime() - DAY),
  decisionDocumentNo: '京朝市监处罚〔2026〕1号',
  publicReason: '虚假宣传',
  ...over,
});
const pathsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (e) {
    if (isDomainError(e)) return (e.details.problems ?? []).map((p) => p.path);
    throw e;
  }
  return [];
};

describe('credit records (Art 51)', () => {
  it("Art 47: the subject's offices follow the paragraph named: an operator's place of business, an agency's domicile", () => {
    expect(validateRecord(input(), NOW).jurisdiction).toEqual({ region: '110105', basis: 'BUSINESS_PLACE' });
    const agency = validateRecord(
      input({ subject: { type: 'STREAMER_AGENCY', uscc: AGENCY_USCC, regionCode: '350100', regionBasis: 'DOMICILE' } }),
      NOW,
    );
    expect(agency.jurisdiction).toEqual({ region: '350100', basis: 'DOMICILE' });
    expect(agency.subject).toEqual({
      type: 'STREAMER_AGENCY',
      documentType: null,
      documentNumber: null,
      uscc: AGENCY_USCC,
    });
  });

  it('Art 51 ¶1: names every bad field at once; an agency is a business, never a person', () => {
    expect(
      pathsOf(() =>
        validateRecord(
          input({
            category: 'GOSSIP',
            decisionDocumentNo: '',
            decidedAt: new Date(NOW.getTime() + DAY),
            endsAt: new Date(NOW.getTime() - 2 * DAY),
          }),
          NOW,
        ),
      ),
    ).toEqual(['input.category', 'input.decidedAt', 'input.decisionDocumentNo', 'input.endsAt']);
    expect(
      pathsOf(() => validateRecord(input({ subject: { ...input().subject, type: 'STREAMER_AGENCY' } }), NOW)),
    ).toEqual(['input.subject.documentNumber', 'input.subject.regionBasis']);
  });

  it('Art 51 ¶1, ¶3: each authority keeps its own categories, in its area, at every level', () => {
    const j = { region: '110105', basis: 'BUSINESS_PLACE' as const };
    expect(canKeepCredit(tOffice('samr', 'county', '110105'), 'SERIOUS_VIOLATION', j)).toBe(true);
    expect(canKeepCredit(tOffice('samr', 'county', '110108'), 'SERIOUS_VIOLATION', j)).toBe(false);
    expect(canKeepCredit(tOffice('cac', 'national', '100000'), 'SERIOUS_VIOLATION', j)).toBe(false);
    expect(canKeepCredit(tOffice('cac', 'province', '110000'), 'INTERNET_SERIOUS_DISHONESTY', j)).toBe(true);
    expect(canKeepCredit(tPlatform(), 'ADMINISTRATIVE_PENALTY', j)).toBe(false);
    expect(creditScope(tOffice('cac', 'prefecture', '110100'))).toEqual({
      categories: ['INTERNET_SERIOUS_DISHONESTY'],
      regionPrefix: '1101',
    });
    expect(() => creditScope(tPlatform())).toThrow();
  });

  it('Art 11 ¶2: a repair ends the record from its date; a term ends it too; the platform sees category and dates only', () => {
    const v = validateRecord(input({ endsAt: new Date(NOW.getTime() + DAY) }), NOW);
    const record = {
      ...v,
      id: 'r1',
      subjectHash: 'h',
      office: { authority: 'samr' as const, level: 'county', region: '110105', name: 'x' },
      officeOrg: 'samr/county/110105',
      recordedAt: NOW,
      repairedAt: null,
      repairReason: null,
      repairRecordedAt: null,
    };
    expect(creditStatus(record, NOW)).toBe('IN_FORCE');
    expect(creditStatus(record, new Date(NOW.getTime() + DAY))).toBe('EXPIRED');
    expect(creditStatus({ ...record, repairedAt: NOW }, NOW)).toBe('REPAIRED');
    expect(Object.keys(creditFact(record, NOW)).sort()).toEqual(
      ['category', 'decidedAt', 'decisionDocumentNo', 'endsAt', 'recordId', 'repairedAt', 'startsAt', 'status'].sort(),
    );
    expect(JSON.stringify(creditFact(record, NOW))).not.toContain(PERSON_ID);
    expect(
      pathsOf(() => validateRepair(record, { repairedAt: new Date(NOW.getTime() - 2 * DAY), reason: '' }, NOW)),
    ).toEqual(['repairedAt', 'reason']);
  });
});

describe('the watch list and the check (Art 11 ¶2)', () => {
  it("Art 11 ¶2: platforms only; a platform its own check log, an office its area's", () => {
    expect(canUseCredit(tPlatform())).toBe(true);
    expect(canUseCredit(tOffice('samr', 'national', '100000'))).toBe(false);
    expect(canUseCredit(tService)).toBe(false);
    expect(creditCheckLogScope(tPlatform())).toEqual({ checkedByUscc: PLATFORM_A });
    expect(creditCheckLogScope(tOffice('cac', 'county', '110105'))).toEqual({ checkedByDomicilePrefix: '110105' });
  });

  it('Art 11 ¶2: a watch-list change is all or nothing: 1 to 1,000 subjects, each once, each with a ref', () => {
    const doc = { documentType: 'RESIDENT_ID', documentNumber: PERSON_ID };
    expect(
      validateWatchChange({ idempotencyKey: 'w', add: [{ ...doc, ref: 'op-1' }], remove: [{ uscc: AGENCY_USCC }] }).add,
    ).toHaveLength(1);
    expect(pathsOf(() => validateWatchChange({ idempotencyKey: 'w' }))).toEqual(['input']);
    expect(pathsOf(() => validateWatchChange({ idempotencyKey: 'w', remove: Array(1001).fill(doc) }))).toEqual([
      'input',
    ]);
    expect(
      pathsOf(() =>
        validateWatchChange({
          idempotencyKey: 'w',
          add: [
            { ...doc, ref: '' },
            { uscc: 'X', ref: 'b' },
          ],
          remove: [doc],
        }),
      ),
    ).toEqual(['input.add[0].ref', 'input.add[1].uscc', 'input.remove[0]']);
  });
});
