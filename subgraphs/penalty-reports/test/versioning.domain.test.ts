import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import {
  acknowledge,
  amend,
  currentVersion,
  decideIdempotency,
  indexFields,
  lift,
  measureStatus,
  recipientStatus,
  reportingLagSeconds,
  type DisposalReport,
} from '../src/domain/versioning.js';
import { DAY, NOW, SEVERE, iso, tReport, tValid } from './fixtures/reports.js';

function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'none';
}
const later = new Date(NOW.getTime() + 3600_000);
const province = { authority: 'samr', level: 'province', region: '330000' } as const;

describe('idempotency', () => {
  it('creates on a new key, replays the same content, and refuses other content with CONFLICT', () => {
    const r = tReport();
    expect(decideIdempotency(undefined, tValid().contentHash)).toBe('create');
    expect(decideIdempotency(r, tValid().contentHash)).toBe('replay');
    expect(codeOf(() => decideIdempotency(r, tValid({ facts: '不同' }).contentHash))).toBe('CONFLICT');
  });

  it('keeps replaying the first submission after the report was amended', () => {
    const r = tReport();
    r.versions.push(amend(r, tValid({ facts: '更正后的事实' }), '更正事实', later)!);
    expect(decideIdempotency(r, tValid().contentHash)).toBe('replay');
  });
});

describe('amend', () => {
  it('makes version 2 with its reason and leaves version 1 as it was', () => {
    const r = tReport();
    const v1 = structuredClone(r.versions[0]);
    const v2 = amend(r, tValid({ facts: '更正后的事实' }), '笔误', later)!;
    expect(v2).toMatchObject({ reportId: r.id, version: 2, reason: '笔误', createdAt: later });
    expect(v2.body.facts).toBe('更正后的事实');
    expect(r.versions[0]).toEqual(v1);
  });

  it('adds nothing when the content equals the current version (a retried amendment)', () => {
    expect(amend(tReport(), tValid({ idempotencyKey: 'whatever' }), '重试', later)).toBeNull();
  });

  it('requires a reason', () => {
    expect(codeOf(() => amend(tReport(), tValid({ facts: 'x' }), ' ', later))).toBe('BAD_USER_INPUT');
  });

  it("refuses to move a lifted measure's start after its lifting", () => {
    const r = tReport();
    r.liftings.push(lift(r, 'TIMED_BROADCAST_BAN', iso(0), '申诉成立', NOW));
    const moved = tValid({
      measures: [{ type: 'TIMED_BROADCAST_BAN', startsAt: iso(DAY / 2), endsAt: iso(30 * DAY) }],
    });
    expect(codeOf(() => amend(r, moved, '更正开始时间', later))).toBe('CONFLICT');
  });
});

describe('lift', () => {
  it('records a lifting as an event and leaves the versions alone', () => {
    const r = tReport();
    const l = lift(r, 'TIMED_BROADCAST_BAN', iso(0), '联系方式已更新（第二十二条第四款）', NOW);
    expect(l).toMatchObject({
      reportId: r.id,
      measure: 'TIMED_BROADCAST_BAN',
      liftedAt: NOW,
      version: 1,
      recordedAt: NOW,
    });
    r.liftings.push(l);
    expect(r.versions).toHaveLength(1);
    expect(measureStatus(r).find((m) => m.type === 'TIMED_BROADCAST_BAN')?.lifting).toBe(l);
    expect(measureStatus(r).find((m) => m.type === 'WARNING')?.lifting).toBeNull();
  });

  it('refuses a measure the report does not have, one already lifted, and a lifting before the start', () => {
    const r = tReport();
    expect(codeOf(() => lift(r, 'ACCOUNT_CLOSURE', iso(0), 'x', NOW))).toBe('CONFLICT');
    expect(codeOf(() => lift(r, 'TIMED_BROADCAST_BAN', iso(-2 * DAY), 'x', NOW))).toBe('CONFLICT');
    r.liftings.push(lift(r, 'TIMED_BROADCAST_BAN', iso(0), 'x', NOW));
    expect(codeOf(() => lift(r, 'TIMED_BROADCAST_BAN', iso(0), 'x', NOW))).toBe('CONFLICT');
  });

  it('allows a lifting exactly at the start', () => {
    expect(lift(tReport(), 'WARNING', iso(-DAY), 'x', NOW).liftedAt).toEqual(new Date(NOW.getTime() - DAY));
  });

  it('refuses an unknown measure, a future liftedAt and a missing reason as bad input, all at once', () => {
    try {
      lift(tReport(), 'SHAMING', iso(DAY), '', NOW);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).details.problems!.map((p) => p.path)).toEqual(['measure', 'liftedAt', 'reason']);
    }
  });
});

describe('acknowledgement', () => {
  it('records a provincial acknowledgement once per version, and asks again after an amendment', () => {
    const r: DisposalReport = tReport(SEVERE);
    const a = acknowledge(r, province, later)!;
    expect(a).toMatchObject({ version: 1, authority: 'samr', level: 'province', region: '330000' });
    r.acknowledgements.push(a);
    expect(acknowledge(r, province, later)).toBeNull();
    const status = recipientStatus(r).filter((s) => s.mustAcknowledge);
    expect(status.map((s) => [s.authority, s.acknowledgedAt])).toEqual([
      ['samr', later],
      ['cac', null],
    ]);

    r.versions.push(amend(r, tValid({ ...SEVERE, facts: '更正' }), '更正', later)!);
    expect(recipientStatus(r).find((s) => s.authority === 'samr' && s.level === 'province')?.acknowledgedAt).toBeNull();
    expect(acknowledge(r, province, later)?.version).toBe(2);
  });
});

describe('reporting lag and index fields', () => {
  it('measures the lag from the current decision time to the first arrival', () => {
    const r = tReport({}, new Date(NOW.getTime() + 3 * DAY));
    expect(reportingLagSeconds(r)).toBe(4 * 86_400);
    r.versions.push(
      amend(
        r,
        tValid({ decidedAt: iso(-2 * DAY), measures: [{ type: 'WARNING', startsAt: iso(-2 * DAY) }] }),
        '决定时间更正',
        later,
      )!,
    );
    expect(reportingLagSeconds(r)).toBe(5 * 86_400);
  });

  it('derives the indexed columns from the current version', () => {
    const r = tReport(SEVERE);
    expect(indexFields(r)).toEqual({
      version: 1,
      subjectKey: currentVersion(r).subjectKey,
      operatorKey: null,
      subjectBusinessRegion: '350102',
      measureTypes: ['ACCOUNT_CLOSURE', 'BLACKLISTING'],
      severe: true,
      decidedAt: new Date(NOW.getTime() - DAY),
      reportingLagSeconds: 86_400,
    });
  });
});
