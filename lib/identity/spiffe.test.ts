import { describe, expect, it } from 'vitest';
import {
  InvalidIdentityError,
  SERVICE_NAMES,
  parseSpiffeUri,
  platformUri,
  regulatorUri,
  serviceUri,
  spiffeUri,
  type Authority,
  type OfficeLevel,
} from './spiffe.js';

const USCC = '91350100M000100Y43';

function refusal(fn: () => unknown): InvalidIdentityError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidIdentityError);
    expect((e as InvalidIdentityError).code).toBe('INVALID_IDENTITY');
    return e as InvalidIdentityError;
  }
  throw new Error('expected an InvalidIdentityError');
}

describe('SPIFFE identities', () => {
  it('round-trips platforms', () => {
    const uri = platformUri(USCC, '350102');
    expect(uri).toBe(`spiffe://lsgw/platform/${USCC}/350102`);
    expect(parseSpiffeUri(uri)).toEqual({ role: 'platform', uscc: USCC, region: '350102' });
    expect(spiffeUri(parseSpiffeUri(uri))).toBe(uri);
  });

  it('round-trips regulators at every level', () => {
    const cases: [Authority, OfficeLevel, string][] = [
      ['samr', 'national', '100000'],
      ['cac', 'province', '330000'],
      ['samr', 'prefecture', '330100'],
      ['cac', 'county', '330106'],
    ];
    for (const [authority, level, region] of cases) {
      const uri = regulatorUri(authority, level, region);
      expect(uri).toBe(`spiffe://lsgw/regulator/${authority}/${level}/${region}`);
      expect(parseSpiffeUri(uri)).toEqual({ role: 'regulator', authority, level, region });
    }
  });

  it('round-trips services', () => {
    for (const name of SERVICE_NAMES) {
      expect(parseSpiffeUri(serviceUri(name))).toEqual({ role: 'service', service: name });
    }
  });

  it('refuses a bad USCC check character', () => {
    expect(refusal(() => platformUri('91350100M000100Y44', '350102')).message).toMatch(/check character should be '3'/);
    expect(refusal(() => parseSpiffeUri('spiffe://lsgw/platform/91350100M000100Y44/350102')).message).toMatch(
      /check character/,
    );
  });

  it('refuses bad regions', () => {
    expect(refusal(() => platformUri(USCC, '990102')).message).toMatch(/region 990102/);
    expect(refusal(() => platformUri(USCC, '35010')).message).toMatch(/6 digits/);
    expect(refusal(() => platformUri(USCC, '100000')).message).toMatch(/not a domicile/);
    expect(refusal(() => parseSpiffeUri('spiffe://lsgw/regulator/samr/province/990000')).message).toMatch(/province/);
  });

  it('refuses unknown authorities, levels and services', () => {
    expect(refusal(() => regulatorUri('mps' as Authority, 'province', '330000')).message).toMatch(/authority mps/);
    expect(refusal(() => regulatorUri('samr', 'city' as OfficeLevel, '330100')).message).toMatch(/level city/);
    expect(refusal(() => parseSpiffeUri('spiffe://lsgw/regulator/SAMR/province/330000')).message).toMatch(/authority/);
    expect(refusal(() => serviceUri('billing' as never)).message).toMatch(/service billing/);
    expect(refusal(() => parseSpiffeUri('spiffe://lsgw/service/billing')).message).toMatch(/service billing/);
  });

  it('refuses a level/region mismatch', () => {
    expect(refusal(() => regulatorUri('samr', 'national', '330000')).message).toMatch(/100000/);
    expect(refusal(() => regulatorUri('samr', 'province', '330106')).message).toMatch(/0000/);
    expect(refusal(() => parseSpiffeUri('spiffe://lsgw/regulator/cac/county/330100')).message).toMatch(/county/);
  });

  it('refuses malformed URIs', () => {
    const bad = [
      `spiffe://lsgw/platform/${USCC}/350102/extra`,
      `spiffe://lsgw/platform/${USCC}`,
      `spiffe://lsgw/platform/${USCC}/350102/`,
      `spiffe://lsgw/platform//${USCC}/350102`,
      'spiffe://lsgw/regulator/samr/province/330000/x',
      'spiffe://lsgw/service/gateway/x',
      'spiffe://lsgw/service',
      'spiffe://lsgw/member/gateway',
      `spiffe://other/platform/${USCC}/350102`,
      `spiffe://lsgw.example/platform/${USCC}/350102`,
      `spiffe://lsgw:8443/platform/${USCC}/350102`,
      `spiffe://x@lsgw/platform/${USCC}/350102`,
      `https://lsgw/platform/${USCC}/350102`,
      `SPIFFE://lsgw/platform/${USCC}/350102`,
      `spiffe://lsgw/platform/${USCC}/350102?x=1`,
      `spiffe://lsgw/platform/${USCC}/350102#f`,
      'spiffe://lsgw/service/gate%77ay',
      ' spiffe://lsgw/service/gateway',
      '',
    ];
    for (const uri of bad) refusal(() => parseSpiffeUri(uri));
    expect(refusal(() => parseSpiffeUri(`spiffe://other/platform/${USCC}/350102`)).message).toMatch(/trust domain/);
    expect(refusal(() => parseSpiffeUri(`https://lsgw/x`)).message).toMatch(/not a spiffe/);
    expect(refusal(() => parseSpiffeUri(`spiffe://lsgw/platform/${USCC}/350102/extra`)).message).toMatch(
      /expected platform/,
    );
  });
});
