import { describe, expect, it } from 'vitest';
import { mayReadLeaf } from '../../../lib/evidence/readers.js';
import type { Principal } from '../../../lib/principal.js';
import { regionLevel } from '../../../lib/validators/index.js';
import { canReadEntry } from '../src/domain/blacklist.access.js';
import { entryReaders } from '../src/domain/entries.evidence.js';
import { PLATFORM_A, PLATFORM_B, tEntry, tOffice, tPlatform, tService } from './fixtures/entries.js';

/** Counties, prefectures, provinces and the nation, in and around the domiciles below. */
// biome-ignore format: a table
const REGIONS = ['330106', '330102', '330100', '330200', '330000', '320102', '320100', '320000', '100000'] as const;
const COUNTIES = REGIONS.filter((r) => regionLevel(r) === 'county');

/** Every office of both authorities at these places, platforms A and B anywhere, and a service. */
const CALLERS: Principal[] = [
  ...(['samr', 'cac'] as const).flatMap((a) => REGIONS.map((r) => tOffice(a, regionLevel(r), r))),
  ...[PLATFORM_A, PLATFORM_B].flatMap((u) => COUNTIES.map((r) => tPlatform(u, r))),
  tService,
];
const ENTRIES = [PLATFORM_A, PLATFORM_B].flatMap((uscc) =>
  COUNTIES.map((domicile) => tEntry({ listingPlatformUscc: uscc, listingPlatformDomicile: domicile })),
);

describe('who reads the blacklist’s evidence leaves (lib/evidence/readers.ts)', () => {
  it('Art 14 ¶2: gives a listing’s, appeal’s, decision’s and removal’s leaf to exactly the members that may read the entry', () => {
    let granted = 0;
    for (const e of ENTRIES) {
      // Every blacklist write is the listing platform's (canManageEntry): it is the leaf's submitter.
      const leaf = { submitterOrg: e.listingPlatformUscc, readers: entryReaders(e) };
      for (const p of CALLERS) {
        const decided = canReadEntry(p, e.listingPlatformDomicile, e.listingPlatformUscc);
        if (decided) granted++;
        expect(
          mayReadLeaf(p, leaf),
          `${p.org} on an entry of ${e.listingPlatformUscc}@${e.listingPlatformDomicile}`,
        ).toBe(decided);
      }
    }
    expect(granted).toBeGreaterThan(0);
    expect(granted).toBeLessThan(ENTRIES.length * CALLERS.length);
  });

  it('Art 47 ¶1: names the listing platform and every office covering its domicile, SAMR or CAC, county level up', () => {
    const e = tEntry({ listingPlatformUscc: PLATFORM_A, listingPlatformDomicile: '330106' });
    expect(entryReaders(e)).toEqual([{ org: PLATFORM_A }, { region: '330106' }]);
  });
});
