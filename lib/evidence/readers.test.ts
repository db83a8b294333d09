import { describe, expect, it } from 'vitest';
import type { Authority, OfficeLevel } from '../identity/spiffe.js';
import type { Principal } from '../principal.js';
import { decodeReaders, encodeReaders, mayReadLeaf, member, officesCovering } from './readers.js';

const meta = { certSerial: '0A', name: 'x', uri: 'spiffe://test' };
const office = (authority: Authority, level: OfficeLevel, region: string): Principal => ({
  role: 'regulator',
  org: `${authority}/${level}/${region}`,
  region,
  authority,
  level,
  ...meta,
});
const platform = (uscc: string, region: string): Principal => ({ role: 'platform', org: uscc, region, ...meta });

const OWN = platform('91330106MA2XXXXX1X', '330106');
const PEER = platform('91320000MA2YYYYY2Y', '320102');

describe('who reads a leaf of the evidence log', () => {
  it('gives a leaf without readers to its submitter and the national SAMR and CAC offices only', () => {
    const leaf = { submitterOrg: OWN.org, readers: [] };
    expect(mayReadLeaf(OWN, leaf)).toBe(true);
    expect(mayReadLeaf(office('samr', 'national', '100000'), leaf)).toBe(true);
    expect(mayReadLeaf(office('cac', 'national', '100000'), leaf)).toBe(true);
    expect(mayReadLeaf(PEER, leaf)).toBe(false);
    expect(mayReadLeaf(office('samr', 'province', '330000'), leaf)).toBe(false);
  });

  it('gives it to the offices covering a reader region, of the named authorities and levels only', () => {
    const leaf = {
      submitterOrg: OWN.org,
      readers: [officesCovering('330106', { authorities: ['samr'], levels: ['province', 'national'] })],
    };
    expect(mayReadLeaf(office('samr', 'province', '330000'), leaf)).toBe(true);
    expect(mayReadLeaf(office('samr', 'province', '320000'), leaf)).toBe(false);
    expect(mayReadLeaf(office('samr', 'prefecture', '330100'), leaf)).toBe(false);
    expect(mayReadLeaf(office('cac', 'province', '330000'), leaf)).toBe(false);
    const any = { submitterOrg: OWN.org, readers: [officesCovering('330106')] };
    expect(mayReadLeaf(office('cac', 'county', '330106'), any)).toBe(true);
    expect(mayReadLeaf(office('cac', 'county', '330102'), any)).toBe(false);
  });

  it('gives it to a named member, and to no service', () => {
    const leaf = { submitterOrg: 'samr/province/330000', readers: [member(OWN.org)] };
    expect(mayReadLeaf(OWN, leaf)).toBe(true);
    expect(mayReadLeaf(PEER, leaf)).toBe(false);
    const service = { ...OWN, role: 'service' as const, org: OWN.org };
    expect(mayReadLeaf(service, leaf)).toBe(false);
  });

  it('stores readers as JSON, refuses a malformed one, and reads anything unreadable as no reader', () => {
    expect(encodeReaders(undefined)).toBeNull();
    const text = encodeReaders([officesCovering('330106', { authorities: ['samr'] }), member('x')])!;
    expect(decodeReaders(text)).toEqual([{ region: '330106', authorities: ['samr'] }, { org: 'x' }]);
    expect(() => encodeReaders([{ region: '33' }])).toThrow(/six-digit/);
    expect(decodeReaders('not json')).toEqual([]);
    expect(decodeReaders('{"org":"x"}')).toEqual([]);
  });
});
