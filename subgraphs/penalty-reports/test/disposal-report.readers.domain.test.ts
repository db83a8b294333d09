import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayReadLeaf } from '../../../lib/evidence/readers.js';
import type { Principal } from '../../../lib/principal.js';
import { regionLevel } from '../../../lib/validators/index.js';
import type { DisposalReportInput } from '../src/domain/disposal-report.js';
import { canRead, readScopeOf } from '../src/domain/disposal-report.access.js';
import { leafReaders } from '../src/domain/disposal-report.evidence.js';
import { createReport } from '../src/domain/versioning.js';
import { OPERATOR_USCC, PERSON_ID, PLATFORM_A, PLATFORM_B, tOffice, tPlatform, tValid } from './fixtures/reports.js';

/** Counties, prefectures, provinces and the nation, in and around the places the subjects below name. */
// biome-ignore format: a table
const REGIONS = [
  '330106', '330102', '330100', '330000', '350102', '350103', '350100', '350000', '440305', '440304',
  '440300', '440000', '310101', '310000', '429004', '420000', '100000',
] as const;
const COUNTIES = REGIONS.filter((r) => regionLevel(r) === 'county');

const person = { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } };
const business = { name: '某某商贸有限公司', uscc: OPERATOR_USCC };
const accounts = [{ accountId: 'acct-01' }];
const county = fc.constantFrom(...COUNTIES);
const now = new Date('2026-03-02T08:00:00Z');

/** Every kind of subject, with each Art 47 basis: domicile, place of business, registered domicile, platform's. */
const subject = fc.oneof(
  county.map((r) => ({ kind: 'AGENCY', business, domicileRegion: r })),
  county.map((r) => ({ kind: 'OPERATOR', business, liveAccounts: accounts, businessRegion: r })),
  county.map((r) => ({ kind: 'OPERATOR', business, liveAccounts: accounts, domicileRegion: r })),
  fc.constant({ kind: 'OPERATOR', person, liveAccounts: accounts }),
  county.map((r) => ({ kind: 'STREAMER', person, liveAccounts: accounts, operator: { business, businessRegion: r } })),
);

const report = fc
  .record({ subject, domicile: county, platform: fc.constantFrom(PLATFORM_A, PLATFORM_B) })
  .map(({ subject, domicile, platform }) =>
    createReport({
      id: 'r-1',
      platformUscc: platform,
      domicileRegion: domicile,
      report: tValid({ subject } as Partial<DisposalReportInput>),
      now,
    }),
  );

const service: Principal = { role: 'service', org: 'blacklist', region: '', certSerial: '', name: '', uri: '' };
const principal = fc.oneof(
  fc
    .record({ a: fc.constantFrom('samr', 'cac'), r: fc.constantFrom(...REGIONS) })
    .map(({ a, r }) => tOffice(a as 'samr' | 'cac', regionLevel(r), r)),
  fc.record({ u: fc.constantFrom(PLATFORM_A, PLATFORM_B), r: county }).map(({ u, r }) => tPlatform(u, r)),
  fc.constant(service),
);

describe('who reads a disposal report’s leaves (lib/evidence/readers.ts)', () => {
  it('Art 12 ¶3, Art 47 ¶1: gives exactly the members that may read the report, whoever wrote the leaf', () => {
    const seen = new Set<boolean>();
    fc.assert(
      fc.property(report, principal, fc.boolean(), (r, p, byOffice) => {
        // A submission, amendment or lifting is the platform's leaf; an acknowledgement an addressed office's.
        const submitterOrg = byOffice ? `samr/province/${r.domicileRegion.slice(0, 2)}0000` : r.platformUscc;
        const decided = canRead(p, readScopeOf(r));
        seen.add(decided);
        expect(mayReadLeaf(p, { submitterOrg, readers: leafReaders(r) })).toBe(decided);
      }),
      { numRuns: 500 },
    );
    expect([...seen].sort()).toEqual([false, true]);
  });

  it('Art 47 ¶2: names the platform, the domicile and the subject’s place of business, each once', () => {
    const r = createReport({
      id: 'r-fixed',
      platformUscc: PLATFORM_A,
      domicileRegion: '330106',
      report: tValid(),
      now,
    });
    expect(leafReaders(r)).toEqual([{ org: PLATFORM_A }, { region: '330106' }, { region: '350102' }]);
    // An unregistered operator falls to the platform's domicile (Art 47 ¶2): one region, named once.
    const unregistered = tValid({ subject: { kind: 'OPERATOR', person, liveAccounts: accounts } } as never);
    const u = createReport({
      id: 'r-u',
      platformUscc: PLATFORM_A,
      domicileRegion: '330106',
      report: unregistered,
      now,
    });
    expect(leafReaders(u)).toEqual([{ org: PLATFORM_A }, { region: '330106' }]);
  });
});
