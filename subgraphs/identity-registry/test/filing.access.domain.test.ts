import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { validateBatch } from '../src/domain/filing-record.js';
import {
  assertCanWrite,
  canAcknowledge,
  canReadFiling,
  filingScope,
  maskRecord,
  recordScope,
  recordVisibility,
  viewRecord,
  type RecordPlace,
} from '../src/domain/filing.access.js';
import { NOW, tOffice, tPersonOperator, tPlatform, tResidentId, tStreamer, tUscc } from './fixtures/filing.js';

const owner = { platformUscc: '91350100M000100Y43', platformDomicile: '350100' }; // Fuzhou, Fujian
// An operator doing business in Guangzhou, Guangdong (44), filed by the Fujian platform.
const place: RecordPlace = { ...owner, filingStatus: 'SUBMITTED', businessRegions: ['440106'] };

describe('reading a filing', () => {
  it.each([
    ['the filing platform', tPlatform(), true],
    ['another platform', tPlatform('91110000600037341L', '110000'), false],
    ['the provincial SAMR of the domicile', tOffice('samr', 'province', '350000'), true],
    ['the national SAMR', tOffice('samr', 'national', '100000'), true],
    ['the SAMR of another province', tOffice('samr', 'province', '440000'), false],
    ['the prefecture SAMR of the domicile', tOffice('samr', 'prefecture', '350100'), false],
    ['the provincial CAC of the domicile', tOffice('cac', 'province', '350000'), false],
  ])('%s: %s', (_who, p, expected) => {
    expect(canReadFiling(p, owner)).toBe(expected);
  });

  it('Art 9: lets only the SAMR office covering the domicile at province level or above acknowledge', () => {
    expect(canAcknowledge(tOffice('samr', 'province', '350000'), owner)).toBe(true);
    expect(canAcknowledge(tOffice('samr', 'county', '350102'), owner)).toBe(false);
    expect(canAcknowledge(tPlatform(), owner)).toBe(false);
  });
});

describe('writing a filing', () => {
  it('is for the filing platform; another platform is told the filing does not exist, a regulator is refused', () => {
    expect(() => assertCanWrite(tPlatform(), owner)).not.toThrow();
    expect(() => assertCanWrite(tPlatform('91110000600037341L', '110000'), owner)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => assertCanWrite(tOffice('samr', 'province', '350000'), owner)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});

describe('reading a record', () => {
  it('Art 48: shows the provincial SAMR of the business region the operator and its streamers', () => {
    expect(recordVisibility(tOffice('samr', 'province', '440000'), place)).toBe('full');
    expect(
      recordVisibility(tOffice('samr', 'province', '440000'), { ...place, businessRegions: ['350102', '440305'] }),
    ).toBe('full');
  });

  it('shows the domicile office everything, and nothing to lower offices, CAC or offices elsewhere', () => {
    expect(recordVisibility(tOffice('samr', 'province', '350000'), place)).toBe('full');
    expect(recordVisibility(tOffice('samr', 'prefecture', '440100'), place)).toBe('none');
    expect(recordVisibility(tOffice('samr', 'county', '440106'), place)).toBe('none');
    expect(recordVisibility(tOffice('cac', 'province', '440000'), place)).toBe('none');
    expect(recordVisibility(tOffice('samr', 'province', '310000'), place)).toBe('none');
  });

  it('shows the platform its own records masked and another platform nothing', () => {
    expect(recordVisibility(tPlatform(), place)).toBe('masked');
    expect(recordVisibility(tPlatform('91110000600037341L', '440100'), place)).toBe('none');
  });

  it('shows regulators nothing of a filing that is still OPEN', () => {
    expect(recordVisibility(tOffice('samr', 'province', '350000'), { ...place, filingStatus: 'OPEN' })).toBe('none');
    expect(recordVisibility(tPlatform(), { ...place, filingStatus: 'OPEN' })).toBe('masked');
  });
});

describe('search scope', () => {
  it('gives a provincial SAMR its two-digit prefix for both the domicile and the business region', () => {
    expect(recordScope(tOffice('samr', 'province', '440000'))).toEqual({
      kind: 'jurisdiction',
      statuses: ['SUBMITTED', 'ACKNOWLEDGED'],
      domicilePrefix: '44',
      businessRegionPrefix: '44',
    });
    expect(filingScope(tOffice('samr', 'province', '440000'))).toEqual({ kind: 'jurisdiction', domicilePrefix: '44' });
  });

  it('gives the national SAMR everything, a platform its own, and others nothing', () => {
    expect(recordScope(tOffice('samr', 'national', '100000'))).toMatchObject({
      domicilePrefix: '',
      businessRegionPrefix: '',
    });
    expect(recordScope(tPlatform())).toEqual({ kind: 'own', platformUscc: '91350100M000100Y43' });
    expect(recordScope(tOffice('cac', 'national', '100000'))).toEqual({ kind: 'none' });
    expect(recordScope(tOffice('samr', 'prefecture', '440100'))).toEqual({ kind: 'none' });
    expect(filingScope(tOffice('samr', 'county', '440106'))).toEqual({ kind: 'none' });
  });
});

describe('masking', () => {
  const { operators, streamers } = validateBatch(
    [tPersonOperator(1, { contact: { phone: '13800138000', email: 'zhang@example.com' } })],
    [
      tStreamer(1, tUscc(1), 'room-1', {
        operatorRefs: [{ idDocument: { type: 'RESIDENT_ID', number: tResidentId(1) }, liveAccountId: 'person-room-1' }],
      }),
    ],
    { now: NOW },
  );

  it("hides ID numbers, phone, e-mail and a natural person's address detail from the platform", () => {
    const op = viewRecord(tPlatform(), operators[0], place)!;
    const id = tResidentId(1);
    expect(op.idDocument!.number).toBe(id.slice(0, 3) + '*'.repeat(13) + id.slice(-2));
    expect(op.identityKey).not.toContain(id);
    expect(op.contact).toEqual({ phone: '138****8000', email: 'z***@example.com' });
    expect(op.businessAddress.detail).toBe('天河区体育西***');
    expect(op.name).toBe('张1');
    const st = maskRecord(streamers[0]);
    expect(JSON.stringify(st)).not.toContain(id);
    expect(JSON.stringify(st)).not.toContain(tResidentId(501, '350102'));
    expect(st.residence.detail).toMatch(/\*\*\*$/);
    expect(st.agency).toEqual(streamers[0].agency);
  });

  it('shows regulators the record in full and others nothing', () => {
    expect(viewRecord(tOffice('samr', 'province', '440000'), operators[0], place)).toBe(operators[0]);
    expect(viewRecord(tOffice('cac', 'province', '440000'), operators[0], place)).toBeUndefined();
  });
});
