import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../../lib/errors.js';
import { planQuery } from '../src/domain/disposal-report.query.js';
import { OPERATOR_USCC, PERSON_ID, PLATFORM_A, PLATFORM_B, tOffice, tPlatform } from './fixtures/reports.js';

describe('planQuery', () => {
  it("passes the filters through, normalised, with the caller's scope", () => {
    const q = planQuery(tOffice('samr', 'province', '330000'), {
      platformUscc: PLATFORM_A.toLowerCase(),
      subject: { documentType: 'RESIDENT_ID', documentNumber: PERSON_ID.toLowerCase() },
      measure: 'BLACKLISTING',
      severeOnly: true,
      decidedFrom: '2026-01-01T00:00:00+08:00',
      decidedTo: '2026-02-01T00:00:00+08:00',
      minReportingLagSeconds: 86_400,
    });
    expect(q).toEqual({
      scope: { kind: 'regions', prefix: '33' },
      platformUscc: PLATFORM_A,
      subjectKey: `person:RESIDENT_ID:${PERSON_ID}`,
      measure: 'BLACKLISTING',
      severeOnly: true,
      decidedFrom: new Date('2025-12-31T16:00:00Z'),
      decidedTo: new Date('2026-01-31T16:00:00Z'),
      awaitingOffice: null,
      minReportingLagSeconds: 86_400,
    });
  });

  it('looks a business subject up by its USCC', () => {
    expect(planQuery(tPlatform(), { subject: { uscc: OPERATOR_USCC } }).subjectKey).toBe(`business:${OPERATOR_USCC}`);
  });

  it('finds nothing when a platform filters by another platform', () => {
    expect(planQuery(tPlatform(), { platformUscc: PLATFORM_B }).scope).toEqual({ kind: 'none' });
    expect(planQuery(tPlatform(), { platformUscc: PLATFORM_A }).scope).toEqual({
      kind: 'platform',
      platformUscc: PLATFORM_A,
    });
  });

  it('asks only a provincial office for what awaits its acknowledgement', () => {
    const office = tOffice('cac', 'province', '330000');
    expect(planQuery(office, { awaitingMyAcknowledgement: true }).awaitingOffice).toEqual({
      authority: 'cac',
      level: 'province',
      region: '330000',
    });
    expect(planQuery(tOffice('cac', 'county', '330106'), { awaitingMyAcknowledgement: true }).scope).toEqual({
      kind: 'none',
    });
    expect(planQuery(tPlatform(), { awaitingMyAcknowledgement: true }).scope).toEqual({ kind: 'none' });
  });

  it('names every invalid filter field at once, with the flat subject names', () => {
    try {
      planQuery(tPlatform(), {
        subject: { documentType: 'RESIDENT_ID', documentNumber: '110105194912310021' },
        measure: 'SHAMING',
        decidedFrom: '2026-02-01T00:00:00Z',
        decidedTo: '2026-01-01T00:00:00Z',
        minReportingLagSeconds: -1,
      });
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('BAD_USER_INPUT');
      expect((e as DomainError).details.problems!.map((p) => p.path)).toEqual([
        'filter.subject.documentNumber',
        'filter.measure',
        'filter.decidedTo',
        'filter.minReportingLagSeconds',
      ]);
    }
  });

  it('refuses a subject given both as a document and a USCC', () => {
    expect(() =>
      planQuery(tPlatform(), {
        subject: { documentType: 'RESIDENT_ID', documentNumber: PERSON_ID, uscc: OPERATOR_USCC },
      }),
    ).toThrow(/not both/);
  });
});
