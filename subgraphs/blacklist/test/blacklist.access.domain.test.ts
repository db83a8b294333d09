import { describe, expect, it } from 'vitest';
import {
  canCheck,
  canFilterCheckLogBySubject,
  canManageEntry,
  canReadCheckLog,
  canReadEntry,
  checkLogScope,
  entryScope,
  viewDocumentNumber,
} from '../src/domain/blacklist.access.js';
import { PERSON_ID, PLATFORM_A, PLATFORM_B, tOffice, tPlatform, tService } from './fixtures/entries.js';

const DOMICILE = '110105'; // Beijing, Chaoyang
const platformA = tPlatform(PLATFORM_A, DOMICILE);
const platformB = tPlatform(PLATFORM_B, '440304');

describe('entries', () => {
  it('lets the listing platform read and manage its own entries, and a peer neither', () => {
    expect(canReadEntry(platformA, DOMICILE, PLATFORM_A)).toBe(true);
    expect(canManageEntry(platformA, PLATFORM_A)).toBe(true);
    expect(canReadEntry(platformB, DOMICILE, PLATFORM_A)).toBe(false);
    expect(canManageEntry(platformB, PLATFORM_A)).toBe(false);
  });

  it('lets SAMR and CAC offices covering the domicile read, at any level, and no other office', () => {
    for (const o of [
      tOffice('samr', 'national', '100000'),
      tOffice('cac', 'province', '110000'),
      tOffice('samr', 'prefecture', '110100'),
      tOffice('cac', 'county', '110105'),
    ]) {
      expect(canReadEntry(o, DOMICILE, PLATFORM_A)).toBe(true);
    }
    expect(canReadEntry(tOffice('samr', 'province', '440000'), DOMICILE, PLATFORM_A)).toBe(false);
    expect(canReadEntry(tOffice('cac', 'county', '110106'), DOMICILE, PLATFORM_A)).toBe(false);
  });

  it('lets no regulator or service manage an entry', () => {
    expect(canManageEntry(tOffice('samr', 'national', '100000'), PLATFORM_A)).toBe(false);
    expect(canManageEntry(tService, PLATFORM_A)).toBe(false);
    expect(canReadEntry(tService, DOMICILE, PLATFORM_A)).toBe(false);
  });

  it('scopes the entry list to the own platform or the office area, and refuses services', () => {
    expect(entryScope(platformA)).toEqual({ listingPlatformUscc: PLATFORM_A });
    expect(entryScope(tOffice('samr', 'prefecture', '110100'))).toEqual({ listingDomicilePrefix: '1101' });
    expect(entryScope(tOffice('cac', 'national', '100000'))).toEqual({ listingDomicilePrefix: '' });
    expect(() => entryScope(tService)).toThrowError(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('the check and its log', () => {
  it('lets platforms check and refuses regulators and services', () => {
    expect(canCheck(platformB)).toBe(true);
    expect(canCheck(tOffice('samr', 'national', '100000'))).toBe(false);
    expect(canCheck(tService)).toBe(false);
  });

  it('shows a platform its own checks and an office those of platforms domiciled in its area', () => {
    expect(checkLogScope(platformB)).toEqual({ checkedByUscc: PLATFORM_B });
    expect(checkLogScope(tOffice('cac', 'province', '440000'))).toEqual({
      checkedByDomicilePrefix: '44',
      matchedListingDomicilePrefix: '44',
    });
    expect(() => checkLogScope(tService)).toThrowError(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(canReadCheckLog(platformB, PLATFORM_B, '440304')).toBe(true);
    expect(canReadCheckLog(platformA, PLATFORM_B, '440304')).toBe(false);
    expect(canReadCheckLog(tOffice('samr', 'province', '440000'), PLATFORM_B, '440304')).toBe(true);
    expect(canReadCheckLog(tOffice('samr', 'province', '110000'), PLATFORM_B, '440304')).toBe(false);
    // Art 14 ¶4 with DESIGN §4: a check that matched an entry listed by a platform in the office's area.
    expect(canReadCheckLog(tOffice('samr', 'province', '110000'), PLATFORM_B, '440304', ['110105'])).toBe(true);
    expect(canReadCheckLog(tOffice('samr', 'province', '110000'), PLATFORM_B, '440304', ['320102'])).toBe(false);
  });

  it('lets only regulators look up who checked a given person', () => {
    expect(canFilterCheckLogBySubject(tOffice('samr', 'county', '440304'))).toBe(true);
    expect(canFilterCheckLogBySubject(platformB)).toBe(false);
  });
});

describe('viewDocumentNumber', () => {
  it('shows regulators the number in full and the listing platform a masked one', () => {
    expect(viewDocumentNumber(tOffice('cac', 'county', '110105'), PERSON_ID)).toBe(PERSON_ID);
    expect(viewDocumentNumber(tPlatform(), PERSON_ID)).toBe('110*************2X');
    expect(viewDocumentNumber(tPlatform(), null)).toBeNull();
  });
});
