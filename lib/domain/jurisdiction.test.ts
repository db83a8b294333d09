import { describe, expect, it } from 'vitest';
import { hasJurisdiction, jurisdictionOf, type OperatorPlace } from './jurisdiction.js';

const PLATFORM = '330106'; // 杭州西湖
const county = (region: string) => ({ level: 'county' as const, region });
const prefecture = (region: string) => ({ level: 'prefecture' as const, region });
const province = (region: string) => ({ level: 'province' as const, region });
const national = { level: 'national' as const, region: '100000' };

describe('Art 47: the region whose offices have jurisdiction', () => {
  it('Art 47 ¶1: a platform, at every level from the county of its domicile up to the national office', () => {
    const j = jurisdictionOf({ kind: 'PLATFORM', domicileRegion: PLATFORM }, null);
    expect(j).toEqual({ region: PLATFORM, basis: 'DOMICILE' });
    for (const o of [county(PLATFORM), prefecture('330100'), province('330000'), national])
      expect(hasJurisdiction(o, j), o.level).toBe(true);
    for (const o of [county('330102'), prefecture('330200'), province('320000')])
      expect(hasJurisdiction(o, j), o.region).toBe(false);
  });

  it('Art 47 ¶1: an agency by its own domicile, not the platform’s', () => {
    const j = jurisdictionOf({ kind: 'AGENCY', domicileRegion: '440305' }, PLATFORM);
    expect(j).toEqual({ region: '440305', basis: 'DOMICILE' });
    expect(hasJurisdiction(county('440305'), j)).toBe(true);
    expect(hasJurisdiction(county(PLATFORM), j)).toBe(false);
  });

  it('Art 47 ¶1: an operator on its own website or another network service by its domicile', () => {
    const own: OperatorPlace = {
      registered: true,
      businessRegion: '350102',
      domicileRegion: '350103',
      ownChannel: true,
    };
    expect(jurisdictionOf({ kind: 'OPERATOR', ...own }, PLATFORM)).toEqual({ region: '350103', basis: 'DOMICILE' });
    expect(jurisdictionOf({ kind: 'OPERATOR', ...own, domicileRegion: null }, PLATFORM)).toBeNull();
  });

  it('Art 47 ¶2: an operator on a platform by its actual place of business, registered or not', () => {
    for (const registered of [true, false])
      expect(
        jurisdictionOf({ kind: 'OPERATOR', registered, businessRegion: '350102', domicileRegion: '350103' }, PLATFORM),
      ).toEqual({ region: '350102', basis: 'BUSINESS_PLACE' });
  });

  it('Art 47 ¶2: without a place of business, a registered operator by its domicile', () => {
    expect(jurisdictionOf({ kind: 'OPERATOR', registered: true, domicileRegion: '350103' }, PLATFORM)).toEqual({
      region: '350103',
      basis: 'REGISTERED_DOMICILE',
    });
    expect(jurisdictionOf({ kind: 'OPERATOR', registered: true }, PLATFORM)).toBeNull();
  });

  it('Art 47 ¶2: without a place of business, an unregistered operator by the platform’s domicile', () => {
    const j = jurisdictionOf({ kind: 'OPERATOR', registered: false, domicileRegion: '350103' }, PLATFORM);
    expect(j).toEqual({ region: PLATFORM, basis: 'PLATFORM_DOMICILE' });
    expect(jurisdictionOf({ kind: 'OPERATOR', registered: false }, null)).toBeNull();
  });

  it('Art 47 ¶3: a streamer by the jurisdiction over the operator of their live room, fallbacks included', () => {
    expect(
      jurisdictionOf({ kind: 'STREAMER', operator: { registered: true, businessRegion: '440305' } }, PLATFORM),
    ).toEqual({ region: '440305', basis: 'BUSINESS_PLACE' });
    expect(jurisdictionOf({ kind: 'STREAMER', operator: { registered: false } }, PLATFORM)).toEqual({
      region: PLATFORM,
      basis: 'PLATFORM_DOMICILE',
    });
  });

  it('gives no office jurisdiction when nothing decides', () => {
    expect(hasJurisdiction(national, null)).toBe(false);
  });
});
