import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { canSeeCompliance, complianceScope, type FilingOwner } from '../src/domain/filing.access.js';
import { checkPeriod } from '../src/domain/filing.rules.js';
import { tOffice, tPlatform } from './fixtures/filing.js';

// A platform domiciled in 鼓楼区, 福州, 福建 (350102).
const owner: FilingOwner = { platformUscc: '91350100M000100Y43', platformDomicile: '350102' };
const LEVELS = ['national', 'province', 'prefecture', 'county'] as const;
const inRegion = { national: '100000', province: '350000', prefecture: '350100', county: '350102' } as const;
const outRegion = { province: '440000', prefecture: '350200', county: '350103' } as const;

/** The domicile prefix a scope admits, as the store's `LIKE 'prefix%'` does. */
const admits = (scope: ReturnType<typeof complianceScope>, domicile: string) =>
  scope.kind === 'jurisdiction' && domicile.startsWith(scope.domicilePrefix);

describe('filing compliance (Art 9, Art 47 ¶1)', () => {
  it.each(LEVELS)(
    'Art 47 ¶1: lets the %s SAMR office of the platform’s domicile see its compliance, and not CAC',
    (level) => {
      expect(canSeeCompliance(tOffice('samr', level, inRegion[level]), owner)).toBe(true);
      expect(canSeeCompliance(tOffice('cac', level, inRegion[level]), owner)).toBe(false);
      expect(complianceScope(tOffice('cac', level, inRegion[level]))).toEqual({ kind: 'none' });
    },
  );

  it.each(['province', 'prefecture', 'county'] as const)(
    'Art 47 ¶1: keeps the compliance from a %s SAMR office of another area',
    (level) => {
      expect(canSeeCompliance(tOffice('samr', level, outRegion[level]), owner)).toBe(false);
    },
  );

  it('Art 47 ¶1: the store scope admits exactly the domiciles the rule gives jurisdiction over', () => {
    const domiciles = ['350102', '350103', '350104', '350203', '440305', '110105'];
    const offices = LEVELS.flatMap((level) => [
      tOffice('samr', level, inRegion[level]),
      ...(level === 'national' ? [] : [tOffice('samr', level, outRegion[level])]),
    ]);
    for (const office of offices)
      for (const platformDomicile of domiciles)
        expect(admits(complianceScope(office), platformDomicile), `${office.org} × ${platformDomicile}`).toBe(
          canSeeCompliance(office, { ...owner, platformDomicile }),
        );
  });

  it('shows a platform its own row only', () => {
    expect(complianceScope(tPlatform(owner.platformUscc, '350102'))).toEqual({
      kind: 'own',
      platformUscc: owner.platformUscc,
    });
    expect(canSeeCompliance(tPlatform(owner.platformUscc, '350102'), owner)).toBe(true);
    expect(canSeeCompliance(tPlatform('91110000600037341L', '350102'), owner)).toBe(false);
  });

  it('Art 69: has no filing period before the Measures took effect on 2026-02-01: 2026-07 is the first', () => {
    expect(checkPeriod('2026-07')).toBe('2026-07');
    let refused: DomainError | undefined;
    try {
      checkPeriod('2026-01');
    } catch (e) {
      refused = e as DomainError;
    }
    expect(refused?.code).toBe('BAD_USER_INPUT');
    expect(refused?.details.problems?.[0]?.path).toBe('period');
  });
});
