import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_TYPES,
  birthDateProblem,
  documentProblem,
  normaliseDocumentNumber,
  regionLevel,
  regionProblem,
  regionProblemForLevel,
  residentIdCheckChar,
  residentIdProblem,
  usccCheckChar,
  usccProblem,
} from './index.js';

describe('USCC (GB 32100-2015)', () => {
  it('accepts the published examples', () => {
    expect(usccProblem('91350100M000100Y43')).toBeNull();
    expect(usccProblem('91110000600037341L')).toBeNull();
  });

  it('computes the check character', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91110000600037341')).toBe('L');
    const generated = '91330106MA27XXXXX' + usccCheckChar('91330106MA27XXXXX');
    expect(usccProblem(generated)).toBeNull();
    expect(() => usccCheckChar('123')).toThrow(RangeError);
    expect(() => usccCheckChar('91350100M000100I4')).toThrow(/'I'/);
  });

  it('maps a computed 31 to 0', () => {
    // search a prefix whose check character is '0' so the 31 → 0 branch is exercised
    let found: string | undefined;
    for (let i = 0; i < 1000 && !found; i++) {
      const p = '9111000060003' + String(i).padStart(4, '0');
      if (usccCheckChar(p) === '0') found = p + '0';
    }
    expect(found).toBeDefined();
    expect(usccProblem(found!)).toBeNull();
  });

  it('rejects a wrong check character and names the right one', () => {
    expect(usccProblem('91350100M000100Y44')).toBe("check character should be '3'");
    expect(usccProblem('91110000600037341M')).toBe("check character should be 'L'");
  });

  it('rejects wrong lengths', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('must be 18 characters');
    expect(usccProblem('91350100M000100Y433')).toBe('must be 18 characters');
    expect(usccProblem('')).toBe('must be 18 characters');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the letter %s', (ch) => {
    expect(usccProblem(`91350100M000100${ch}43`)).toBe(`character '${ch}' is not allowed`);
  });

  it('rejects lower case and non-digit region codes', () => {
    expect(usccProblem('91350100m000100Y43')).toBe("character 'm' must be upper case");
    const bad = '913501A0M000100Y4';
    expect(usccProblem(bad + usccCheckChar(bad))).toMatch(/region code/);
  });
});

describe('resident ID (GB 11643-1999)', () => {
  const now = new Date('2026-03-01T00:00:00Z');

  it('accepts the published example, also with a lower-case x', () => {
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('11010519491231002x')).toBeNull();
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  it('accepts generated numbers', () => {
    const first17 = '33010620000229123';
    expect(residentIdProblem(first17 + residentIdCheckChar(first17), now)).toBeNull();
  });

  it('rejects a wrong check character', () => {
    expect(residentIdProblem('110105194912310021')).toBe("check character should be 'X'");
  });

  it('rejects wrong lengths and alphabets', () => {
    expect(residentIdProblem('11010519491231002')).toBe('must be 18 characters');
    expect(residentIdProblem('110105194912310020X')).toBe('must be 18 characters');
    expect(residentIdProblem('1101051949123100AX')).toMatch(/character 'A' is not allowed/);
    expect(residentIdProblem('11010519491231002Y')).toMatch(/character 'Y' is not allowed/);
  });

  it('rejects impossible, future and too early birth dates', () => {
    const withCheck = (f: string) => f + residentIdCheckChar(f);
    expect(residentIdProblem(withCheck('33010619990229123'), now)).toMatch(/not a real date/);
    expect(residentIdProblem(withCheck('33010620011301123'), now)).toMatch(/not a real date/);
    expect(residentIdProblem(withCheck('33010620260302123'), now)).toMatch(/in the future/);
    expect(residentIdProblem(withCheck('33010618991231123'), now)).toMatch(/before 1900/);
    expect(birthDateProblem('20260301', now)).toBeNull();
  });
});

describe('region codes (GB/T 2260)', () => {
  it('accepts real province prefixes and the national code', () => {
    for (const c of ['110000', '330106', '320102', '440300', '650000', '710000', '810000', '820000', '100000']) {
      expect(regionProblem(c)).toBeNull();
    }
  });

  it('rejects malformed codes and unknown provinces', () => {
    expect(regionProblem('33010')).toBe('must be 6 digits');
    expect(regionProblem('3301066')).toBe('must be 6 digits');
    expect(regionProblem('33A106')).toBe('must be 6 digits');
    expect(regionProblem('160000')).toMatch(/not a province-level code/);
    expect(regionProblem('000000')).toMatch(/not a province-level code/);
    expect(regionProblem('990101')).toMatch(/not a province-level code/);
  });

  it('derives levels', () => {
    expect(regionLevel('100000')).toBe('national');
    expect(regionLevel('330000')).toBe('province');
    expect(regionLevel('330100')).toBe('prefecture');
    expect(regionLevel('330106')).toBe('county');
    expect(() => regionLevel('990000')).toThrow(RangeError);
  });

  it('checks an office code against its level', () => {
    expect(regionProblemForLevel('100000', 'national')).toBeNull();
    expect(regionProblemForLevel('330000', 'province')).toBeNull();
    expect(regionProblemForLevel('330100', 'prefecture')).toBeNull();
    expect(regionProblemForLevel('330106', 'county')).toBeNull();
    expect(regionProblemForLevel('330000', 'national')).toMatch(/100000/);
    expect(regionProblemForLevel('100000', 'province')).toMatch(/0000/);
    expect(regionProblemForLevel('330106', 'province')).toMatch(/0000/);
    expect(regionProblemForLevel('330000', 'prefecture')).toMatch(/not 0000/);
    expect(regionProblemForLevel('330100', 'county')).toMatch(/not ending in 00/);
    expect(regionProblemForLevel('330106', 'city')).toMatch(/unknown level/);
    expect(regionProblemForLevel('99', 'county')).toBe('must be 6 digits');
  });
});

describe('identity documents', () => {
  it('lists the document types', () => {
    expect(DOCUMENT_TYPES).toEqual([
      'RESIDENT_ID',
      'HK_MACAO_PERMIT',
      'TAIWAN_PERMIT',
      'PASSPORT',
      'FOREIGN_PERMANENT_ID',
    ]);
  });

  it('normalises numbers', () => {
    expect(normaliseDocumentNumber('PASSPORT', '  e12 345 678 ')).toBe('E12345678');
    expect(normaliseDocumentNumber('RESIDENT_ID', '１１０１０５１９４９１２３１００２ｘ')).toBe('11010519491231002X');
    expect(normaliseDocumentNumber('HK_MACAO_PERMIT', 'Ｈ1234\u30005678')).toBe('H12345678');
  });

  it('validates resident IDs', () => {
    expect(documentProblem('RESIDENT_ID', '11010519491231002X')).toBeNull();
    expect(documentProblem('RESIDENT_ID', ' 11010519491231002x ')).toBeNull();
    expect(documentProblem('RESIDENT_ID', '110105194912310021')).toBe("check character should be 'X'");
  });

  it('validates Hong Kong / Macao permits', () => {
    expect(documentProblem('HK_MACAO_PERMIT', 'H12345678')).toBeNull();
    expect(documentProblem('HK_MACAO_PERMIT', 'M12345678')).toBeNull();
    expect(documentProblem('HK_MACAO_PERMIT', 'H1234567801')).toBeNull();
    expect(documentProblem('HK_MACAO_PERMIT', 'C12345678')).toMatch(/start with 'H'/);
    expect(documentProblem('HK_MACAO_PERMIT', 'H1234567')).toMatch(/8 digits/);
    expect(documentProblem('HK_MACAO_PERMIT', 'H123456789')).toMatch(/8 digits/);
  });

  it('validates Taiwan permits', () => {
    expect(documentProblem('TAIWAN_PERMIT', '12345678')).toBeNull();
    expect(documentProblem('TAIWAN_PERMIT', '1234567801')).toBeNull();
    expect(documentProblem('TAIWAN_PERMIT', '12345678B1')).toBeNull();
    expect(documentProblem('TAIWAN_PERMIT', '1234567')).toMatch(/8 digits/);
    expect(documentProblem('TAIWAN_PERMIT', 'A2345678')).toMatch(/8 digits/);
  });

  it('validates passports', () => {
    expect(documentProblem('PASSPORT', 'E12345678')).toBeNull();
    expect(documentProblem('PASSPORT', '123456')).toBeNull();
    expect(documentProblem('PASSPORT', 'E1234')).toBe('must be 6 to 20 characters');
    expect(documentProblem('PASSPORT', 'E'.repeat(20) + '1')).toBe('must be 6 to 20 characters');
    expect(documentProblem('PASSPORT', 'ABCDEFGH')).toBe('must contain at least one digit');
    expect(documentProblem('PASSPORT', 'E1234-678')).toBe('must contain letters and digits only');
  });

  it('validates foreign permanent residence IDs (old and 2023 forms)', () => {
    expect(documentProblem('FOREIGN_PERMANENT_ID', 'USA330075010203')).toBeNull();
    expect(documentProblem('FOREIGN_PERMANENT_ID', 'US1330075010203')).toMatch(/3 letters and 12 digits/);
    const first17 = '93384019800101001';
    expect(documentProblem('FOREIGN_PERMANENT_ID', first17 + residentIdCheckChar(first17))).toBeNull();
    const wrong = residentIdCheckChar(first17) === '0' ? '1' : '0';
    expect(documentProblem('FOREIGN_PERMANENT_ID', first17 + wrong)).toMatch(/check character should be/);
    const notNine = '13384019800101001';
    expect(documentProblem('FOREIGN_PERMANENT_ID', notNine + residentIdCheckChar(notNine))).toMatch(/starts with '9'/);
    expect(documentProblem('FOREIGN_PERMANENT_ID', 'ABC1234')).toBe('must be 15 or 18 characters');
  });

  it('refuses unknown types and empty numbers', () => {
    expect(documentProblem('DRIVING_LICENCE', '123456')).toMatch(/unknown document type 'DRIVING_LICENCE'/);
    expect(documentProblem('PASSPORT', '   ')).toBe('must not be empty');
  });
});
