import { describe, expect, it } from 'vitest';
import { isNationalOffice, mayReadLeaf } from '../../../lib/evidence/readers.js';
import { officeOf, type Office, type Principal } from '../../../lib/principal.js';
import { regionLevel } from '../../../lib/validators/index.js';
import { leadReaders, noticeReaders } from '../src/domain/case.evidence.js';
import { canReadLead, canReadNotice, officeOrg } from '../src/domain/notice.access.js';
import { OTHER_USCC, PLATFORM_USCC, office, platform } from './fixtures/case.js';

/** Counties, prefectures, provinces and the nation, in and around one another. */
// biome-ignore format: a table
const REGIONS = ['350102', '350103', '350100', '350200', '350000', '330106', '330100', '330000', '100000'] as const;
const OFFICES: Principal[] = (['samr', 'cac'] as const).flatMap((a) =>
  REGIONS.map((r) => office(a, regionLevel(r), r)),
);
const service: Principal = { role: 'service', org: 'gateway', region: '', certSerial: '', name: '', uri: '' };
const CALLERS: Principal[] = [...OFFICES, platform(PLATFORM_USCC), platform(OTHER_USCC, '330106'), service];
const asOffice = (p: Principal): Office => officeOf(p)!;

/** Exactly who `readable` grants, and beyond it the national offices only (lib/evidence/readers.ts). */
function expectSameAudience(
  submitterOrg: string,
  readers: ReturnType<typeof noticeReaders>,
  readable: (p: Principal) => boolean,
) {
  for (const p of CALLERS)
    expect(mayReadLeaf(p, { submitterOrg, readers }), `${p.org} on a leaf by ${submitterOrg}`).toBe(
      readable(p) || isNationalOffice(p),
    );
}

describe('who reads case-cooperation’s evidence leaves (lib/evidence/readers.ts)', () => {
  it('Art 22 ¶2: gives every leaf of a notice to the members that may read the notice, and the national offices', () => {
    let outside = 0;
    for (const sender of OFFICES.map(asOffice))
      for (const platformUscc of [PLATFORM_USCC, OTHER_USCC]) {
        const n = { sender, platformUscc };
        // Sent and closed by the office; acknowledged, reminded and answered by the platform.
        for (const by of [officeOrg(sender), platformUscc])
          expectSameAudience(by, noticeReaders(n), (p) => canReadNotice(p, n));
        outside += CALLERS.filter((p) => !canReadNotice(p, n) && !isNationalOffice(p)).length;
      }
    expect(outside).toBeGreaterThan(0);
  });

  it('Art 22 ¶2: names the offices of the sender’s authority covering the sender, and the addressed platform', () => {
    const n = {
      sender: { authority: 'samr' as const, level: 'county' as const, region: '350102' },
      platformUscc: PLATFORM_USCC,
    };
    expect(noticeReaders(n)).toEqual([{ region: '350102', authorities: ['samr'] }, { org: PLATFORM_USCC }]);
  });

  it('Art 46 ¶1: gives a lead’s transfer and decision to its two offices only, and the national offices', () => {
    const offices = OFFICES.map(asOffice);
    for (const from of offices)
      for (const to of offices.filter((o) => officeOrg(o) !== officeOrg(from))) {
        const l = { from, to };
        for (const by of [officeOrg(from), officeOrg(to)])
          expectSameAudience(by, leadReaders(l), (p) => canReadLead(p, l));
      }
    const l = { from: asOffice(office('samr', 'county', '350102')), to: asOffice(office('cac', 'province', '350000')) };
    expect(leadReaders(l)).toEqual([{ org: 'samr/county/350102' }, { org: 'cac/province/350000' }]);
  });
});
