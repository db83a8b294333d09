import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../lib/errors.js';
import {
  assertCanAcknowledge,
  assertCanRead,
  assertCanSubmit,
  assertOwner,
  awaitingAcknowledgement,
  canAcknowledge,
  canRead,
  readScopeOf,
  searchScope,
  viewFor,
} from '../src/domain/disposal-report.access.js';
import { acknowledge, indexFields } from '../src/domain/versioning.js';
import {
  OPERATOR_USCC,
  PERSON_ID,
  PLATFORM_A,
  PLATFORM_B,
  SEVERE,
  tOffice,
  tPlatform,
  tReport,
} from './fixtures/reports.js';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'none';
}
const scope = {
  platformUscc: PLATFORM_A,
  domicileRegion: '330106',
  subjectJurisdiction: { region: '350102', basis: 'BUSINESS_PLACE' as const },
};

describe('canRead (DESIGN §4, Art 12 ¶3, Art 47)', () => {
  it('lets the owning platform read, and no other platform', () => {
    expect(canRead(tPlatform(), scope)).toBe(true);
    expect(canRead(tPlatform(PLATFORM_B, '330106'), scope)).toBe(false);
  });

  it.each([
    ['samr', 'county', '330106'],
    ['cac', 'prefecture', '330100'],
    ['samr', 'province', '330000'],
    ['cac', 'national', '100000'],
  ] as const)('Art 12 ¶3: lets %s %s %s, covering the domicile, read', (a, l, r) => {
    expect(canRead(tOffice(a, l, r), scope)).toBe(true);
  });

  it("Art 47 ¶2: lets offices covering the subject operator's business region read, and no one else", () => {
    expect(canRead(tOffice('samr', 'county', '350102'), scope)).toBe(true);
    expect(canRead(tOffice('cac', 'province', '350000'), scope)).toBe(true);
    expect(canRead(tOffice('samr', 'county', '330102'), scope)).toBe(false);
    expect(canRead(tOffice('samr', 'province', '440000'), scope)).toBe(false);
    expect(canRead(tOffice('samr', 'county', '350102'), { ...scope, subjectJurisdiction: null })).toBe(false);
  });

  it("Art 47 ¶3: takes a streamer's region from the operator they streamed for", () => {
    const r = tReport({
      subject: {
        kind: 'STREAMER',
        person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
        liveAccounts: [{ accountId: 'zs-01' }],
        operator: { business: { name: '某公司', uscc: OPERATOR_USCC }, businessRegion: '440305' },
      },
    });
    expect(readScopeOf(r).subjectJurisdiction).toEqual({ region: '440305', basis: 'BUSINESS_PLACE' });
    expect(canRead(tOffice('cac', 'prefecture', '440300'), readScopeOf(r))).toBe(true);
  });

  it('Art 47 ¶1: lets the offices of an agency’s domicile read a report about it, at every level', () => {
    const r = tReport({
      subject: {
        kind: 'AGENCY',
        business: { name: '深圳某某文化传媒有限公司', uscc: OPERATOR_USCC },
        domicileRegion: '440305',
      },
    });
    expect(readScopeOf(r).subjectJurisdiction).toEqual({ region: '440305', basis: 'DOMICILE' });
    for (const [l, region] of [
      ['county', '440305'],
      ['prefecture', '440300'],
      ['province', '440000'],
    ] as const)
      expect(canRead(tOffice('samr', l, region), readScopeOf(r)), l).toBe(true);
    expect(canRead(tOffice('cac', 'county', '440304'), readScopeOf(r))).toBe(false);
    // A report stored before an agency's domicile was asked for: only the platform's domicile decides.
    const before = {
      ...r,
      versions: r.versions.map((v) => ({
        ...v,
        body: { ...v.body, subject: { ...v.body.subject, domicileRegion: undefined } },
      })),
    };
    expect(readScopeOf(before).subjectJurisdiction).toBeNull();
    expect(indexFields(before).subjectBusinessRegion).toBeNull();
  });

  it('Art 47 ¶2: without a place of business, a registered operator falls to its domicile, an unregistered one to the platform’s', () => {
    const registered = tReport({
      subject: {
        kind: 'OPERATOR',
        business: { name: '福州某某商贸有限公司', uscc: OPERATOR_USCC },
        liveAccounts: [{ accountId: 'fz' }],
        domicileRegion: '350103',
      },
    });
    expect(readScopeOf(registered).subjectJurisdiction).toEqual({ region: '350103', basis: 'REGISTERED_DOMICILE' });
    expect(canRead(tOffice('samr', 'county', '350103'), readScopeOf(registered))).toBe(true);
    const unregistered = tReport({
      subject: {
        kind: 'OPERATOR',
        person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
        liveAccounts: [{ accountId: 'zs' }],
      },
    });
    expect(readScopeOf(unregistered).subjectJurisdiction).toEqual({ region: '330106', basis: 'PLATFORM_DOMICILE' });
  });

  it('lets no service principal read', () => {
    expect(canRead({ role: 'service', org: 'blacklist', region: '', certSerial: '', name: '', uri: '' }, scope)).toBe(
      false,
    );
  });
});

describe('writes', () => {
  it('lets only platforms submit', () => {
    expect(codeOf(() => assertCanSubmit(tPlatform()))).toBe('none');
    expect(codeOf(() => assertCanSubmit(tOffice('samr', 'national', '100000')))).toBe('FORBIDDEN');
  });

  it('hides a report from another platform as NOT_FOUND and forbids a reading regulator to change it', () => {
    const r = tReport();
    expect(codeOf(() => assertOwner(tPlatform(), r))).toBe('none');
    expect(codeOf(() => assertOwner(tPlatform(PLATFORM_B), r))).toBe('NOT_FOUND');
    expect(codeOf(() => assertCanRead(tPlatform(PLATFORM_B), r))).toBe('NOT_FOUND');
    expect(codeOf(() => assertOwner(tOffice('samr', 'province', '330000'), r))).toBe('FORBIDDEN');
  });
});

describe('acknowledgement', () => {
  it('lets any addressed office acknowledge, forbids an Art 47 reader, hides it from an outsider', () => {
    const r = tReport();
    expect(canAcknowledge(tOffice('cac', 'county', '330106'), r)).toBe(true);
    expect(assertCanAcknowledge(tOffice('samr', 'national', '100000'), r)).toEqual({
      authority: 'samr',
      level: 'national',
      region: '100000',
    });
    expect(codeOf(() => assertCanAcknowledge(tOffice('samr', 'province', '350000'), r))).toBe('FORBIDDEN');
    expect(codeOf(() => assertCanAcknowledge(tOffice('samr', 'province', '440000'), r))).toBe('NOT_FOUND');
    expect(codeOf(() => assertCanAcknowledge(tPlatform(), r))).toBe('FORBIDDEN');
  });

  it('tells a provincial office a severe report awaits it until it acknowledges', () => {
    const r = tReport(SEVERE);
    const samr = tOffice('samr', 'province', '330000');
    expect(awaitingAcknowledgement(samr, r)).toBe(true);
    expect(awaitingAcknowledgement(tOffice('cac', 'province', '330000'), r)).toBe(true);
    expect(awaitingAcknowledgement(tOffice('samr', 'prefecture', '330100'), r)).toBe(false);
    r.acknowledgements.push(acknowledge(r, assertCanAcknowledge(samr, r), new Date())!);
    expect(awaitingAcknowledgement(samr, r)).toBe(false);
    expect(awaitingAcknowledgement(tOffice('cac', 'province', '330000'), r)).toBe(true);
  });

  it('owes no acknowledgement for a report without severe measures', () => {
    expect(awaitingAcknowledgement(tOffice('samr', 'province', '330000'), tReport())).toBe(false);
  });
});

describe('searchScope', () => {
  it('confines a platform to its own reports and an office to the prefix it covers', () => {
    expect(searchScope(tPlatform())).toEqual({ kind: 'platform', platformUscc: PLATFORM_A });
    expect(searchScope(tOffice('samr', 'prefecture', '330100'))).toEqual({ kind: 'regions', prefix: '3301' });
    expect(searchScope(tOffice('cac', 'national', '100000'))).toEqual({ kind: 'regions', prefix: '' });
    expect(searchScope({ role: 'service', org: 'gateway', region: '', certSerial: '', name: '', uri: '' })).toEqual({
      kind: 'none',
    });
  });
});

describe('viewFor', () => {
  it('masks ID document numbers in every version for a platform and shows them in full to a regulator', () => {
    const r = tReport({
      subject: {
        kind: 'STREAMER',
        person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
        liveAccounts: [{ accountId: 'zs-01' }],
        operator: {
          person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
          businessRegion: '350102',
        },
      },
    });
    const masked = viewFor(tPlatform(), r).versions[0].body.subject;
    expect(masked.person?.idDocument.number).toBe('110*************2X');
    expect(masked.operator?.person?.idDocument.number).toBe('110*************2X');
    expect(r.versions[0].body.subject.person?.idDocument.number).toBe(PERSON_ID);
    expect(viewFor(tOffice('samr', 'county', '330106'), r).versions[0].body.subject.person?.idDocument.number).toBe(
      PERSON_ID,
    );
  });
});
