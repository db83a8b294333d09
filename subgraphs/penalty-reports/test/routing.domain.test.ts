import { describe, expect, it } from 'vitest';
import { governmentRegions, isSevere, officeKey, recipientsFor, SEVERE_MEASURES } from '../src/domain/routing.js';

const keys = (rs: ReturnType<typeof recipientsFor>) => rs.map(officeKey);

describe('recipientsFor (Art 12 ¶3)', () => {
  it("Art 12 ¶3: addresses a county-domiciled platform's report to SAMR and CAC at county, prefecture, province and national level", () => {
    const rs = recipientsFor('330106', ['WARNING']);
    expect(keys(rs)).toEqual([
      'samr/county/330106',
      'cac/county/330106',
      'samr/prefecture/330100',
      'cac/prefecture/330100',
      'samr/province/330000',
      'cac/province/330000',
      'samr/national/100000',
      'cac/national/100000',
    ]);
    expect(rs.some((r) => r.mustAcknowledge)).toBe(false);
  });

  it('has no county office for a platform domiciled at prefecture level', () => {
    expect(keys(recipientsFor('330100', ['WARNING']))).toEqual([
      'samr/prefecture/330100',
      'cac/prefecture/330100',
      'samr/province/330000',
      'cac/province/330000',
      'samr/national/100000',
      'cac/national/100000',
    ]);
  });

  it('skips the prefecture level where there is no prefecture government', () => {
    expect(governmentRegions('110105')).toEqual(['110105', '110000', '100000']); // 北京市朝阳区
    expect(governmentRegions('500229')).toEqual(['500229', '500000', '100000']); // 重庆市城口县
    expect(governmentRegions('429004')).toEqual(['429004', '420000', '100000']); // 湖北省仙桃市
    expect(governmentRegions('330000')).toEqual(['330000', '100000']);
  });

  it.each(SEVERE_MEASURES)('Art 12 ¶3: makes the provincial SAMR and CAC acknowledge %s, and no one else', (m) => {
    const rs = recipientsFor('330106', [{ type: 'WARNING' }, { type: m }]);
    expect(rs.filter((r) => r.mustAcknowledge).map(officeKey)).toEqual(['samr/province/330000', 'cac/province/330000']);
    expect(rs).toHaveLength(8);
  });

  it('Art 12 ¶3: counts only account closure, re-registration ban and blacklisting as severe', () => {
    expect(
      isSevere(['WARNING', 'FEATURE_RESTRICTION', 'TRAFFIC_RESTRICTION', 'LIVE_SUSPENSION', 'TIMED_BROADCAST_BAN']),
    ).toBe(false);
    expect(isSevere(['REREGISTRATION_BAN'])).toBe(true);
  });

  it('refuses an invalid domicile rather than route nowhere', () => {
    expect(() => recipientsFor('99', ['WARNING'])).toThrow(RangeError);
  });
});
