import { describe, expect, it } from 'vitest';
import { Problems } from '../problems.js';
import { checkAddress } from './identity.js';

describe('checkAddress', () => {
  it('takes a county, prefecture or province code with a detail', () => {
    for (const regionCode of ['330106', '330100', '330000']) {
      const p = new Problems();
      checkAddress(p, 'address', { regionCode, detail: '文三路 1 号' });
      expect(p.list, regionCode).toEqual([]);
    }
  });

  it("refuses 100000: the whole country is an office's region, not a place (Art 47, 48 route by the address)", () => {
    const p = new Problems();
    checkAddress(p, 'input.subject.address', { regionCode: '100000', detail: '某地' });
    expect(p.list).toEqual([
      { path: 'input.subject.address.regionCode', reason: 'must be the code of a place, not 100000' },
    ]);
  });
});
