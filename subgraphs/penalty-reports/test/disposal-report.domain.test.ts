import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { validateReport, type DisposalReportInput } from '../src/domain/disposal-report.js';
import { DAY, NOW, OPERATOR_USCC, OTHER_ID, PERSON_ID, iso, tHash, tInput, tValid } from './fixtures/reports.js';

function problemsOf(input: unknown): Record<string, string> {
  try {
    validateReport(input as DisposalReportInput, { now: NOW, hash: tHash });
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return Object.fromEntries((e as DomainError).details.problems!.map((p) => [p.path, p.reason]));
  }
  throw new Error('expected BAD_USER_INPUT');
}

const streamer = (over: object = {}) => ({
  kind: 'STREAMER',
  person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
  liveAccounts: [{ accountId: 'zs-01' }],
  operator: { business: { name: '福州某某商贸有限公司', uscc: OPERATOR_USCC }, businessRegion: '350102' },
  ...over,
});

describe('validateReport', () => {
  it('accepts a complete report and normalises it', () => {
    const v = tValid({
      measures: [
        { type: 'TIMED_BROADCAST_BAN', startsAt: iso(0), endsAt: iso(DAY) },
        { type: 'WARNING', startsAt: iso(0) },
      ],
    });
    expect(v.idempotencyKey).toBe('report-0001');
    expect(v.subjectKey).toBe(`business:${OPERATOR_USCC}`);
    expect(v.operatorKey).toBeNull();
    expect(v.body.measures.map((m) => m.type)).toEqual(['WARNING', 'TIMED_BROADCAST_BAN']); // Art 12 order
    expect(v.body.measures[0].endsAt).toBeNull();
    expect(v.body.decidedAt).toEqual(new Date(NOW.getTime() - DAY));
    expect(v.body.trigger).toEqual({ kind: 'PATROL', noticeId: null });
    expect(v.body.subject.businessRegion).toBe('350102');
  });

  it('names every invalid field in one BAD_USER_INPUT', () => {
    const problems = problemsOf({
      idempotencyKey: '',
      subject: { kind: 'OPERATOR', business: { name: '', uscc: '91350100M000100Y44' }, liveAccounts: [] },
      measures: [
        { type: 'WARNING', startsAt: iso(0) },
        { type: 'LIVE_SUSPENSION', startsAt: iso(0), endsAt: iso(-DAY) },
        { type: 'SHAMING', startsAt: iso(0) },
      ],
      facts: ' ',
      legalBasis: [{ law: '广告法', article: '' }],
      trigger: { kind: 'REGULATOR_NOTICE' },
      decidedAt: iso(DAY),
    });
    expect(Object.keys(problems).sort()).toEqual(
      [
        'input.idempotencyKey',
        'input.subject.business.name',
        'input.subject.business.uscc',
        'input.subject.liveAccounts',
        'input.subject.businessRegion',
        'input.measures[1].endsAt',
        'input.measures[2].type',
        'input.facts',
        'input.legalBasis[0].article',
        'input.trigger.noticeId',
        'input.decidedAt',
      ].sort(),
    );
    expect(problems['input.decidedAt']).toMatch(/future/);
    expect(problems['input.measures[1].endsAt']).toMatch(/after startsAt/);
  });

  it('reports an invalid ID document number at its full path', () => {
    const problems = problemsOf(
      tInput({
        subject: streamer({
          person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: '110105194912310021' } },
        }),
      }),
    );
    expect(Object.keys(problems)).toEqual(['input.subject.person.idDocument.number']);
  });

  it('Art 14 ¶2: requires an end for time-limited measures, blacklisting included', () => {
    const problems = problemsOf(
      tInput({
        measures: [
          { type: 'FEATURE_RESTRICTION', startsAt: iso(0) },
          { type: 'TRAFFIC_RESTRICTION', startsAt: iso(0) },
          { type: 'LIVE_SUSPENSION', startsAt: iso(0) },
          { type: 'TIMED_BROADCAST_BAN', startsAt: iso(0) },
          { type: 'BLACKLISTING', startsAt: iso(0) },
          { type: 'ACCOUNT_CLOSURE', startsAt: iso(0) },
        ],
      }),
    );
    expect(Object.keys(problems)).toEqual([0, 1, 2, 3, 4].map((i) => `input.measures[${i}].endsAt`));
  });

  it('refuses no measures, a repeated measure and a date-time without a zone', () => {
    expect(problemsOf(tInput({ measures: [] }))).toHaveProperty(['input.measures']);
    const p = problemsOf(
      tInput({
        measures: [
          { type: 'WARNING', startsAt: iso(0) },
          { type: 'WARNING', startsAt: '2026-03-01T08:00:00' },
        ],
      }),
    );
    expect(p['input.measures[1].type']).toMatch(/more than once/);
    expect(p['input.measures[1].startsAt']).toMatch(/time zone/);
  });

  it('requires at least one legal basis', () => {
    expect(problemsOf(tInput({ legalBasis: [] }))).toHaveProperty(['input.legalBasis']);
  });

  it('Art 12 ¶2, Art 50: requires the notice id for a REGULATOR_NOTICE trigger and refuses it otherwise', () => {
    const v = tValid({ trigger: { kind: 'REGULATOR_NOTICE', noticeId: ' n-42 ' } });
    expect(v.body.trigger).toEqual({ kind: 'REGULATOR_NOTICE', noticeId: 'n-42' });
    expect(problemsOf(tInput({ trigger: { kind: 'COMPLAINT', noticeId: 'n-42' } }))).toHaveProperty([
      'input.trigger.noticeId',
    ]);
  });

  it('tolerates a few minutes of client clock lead on decidedAt, not more', () => {
    expect(() => tValid({ decidedAt: iso(60_000) })).not.toThrow();
    expect(problemsOf(tInput({ decidedAt: iso(10 * 60_000) }))).toHaveProperty(['input.decidedAt']);
  });

  it("Art 47 ¶2: requires an operator's actual business region, not the national code", () => {
    const base = tInput().subject;
    expect(problemsOf(tInput({ subject: { ...base, businessRegion: null } }))).toHaveProperty([
      'input.subject.businessRegion',
    ]);
    expect(problemsOf(tInput({ subject: { ...base, businessRegion: '100000' } }))).toHaveProperty([
      'input.subject.businessRegion',
    ]);
  });

  it('Art 47 ¶3: requires for a streamer a person and the operator they streamed for', () => {
    const v = tValid({ subject: streamer() });
    expect(v.subjectKey).toBe(`person:RESIDENT_ID:${PERSON_ID}`);
    expect(v.operatorKey).toBe(`business:${OPERATOR_USCC}`);
    expect(v.body.subject.operator?.businessRegion).toBe('350102');

    const p = problemsOf(tInput({ subject: streamer({ operator: null, businessRegion: '350102' }) }));
    expect(Object.keys(p).sort()).toEqual(['input.subject.businessRegion', 'input.subject.operator']);
    const q = problemsOf(tInput({ subject: streamer({ person: null, business: { name: 'X', uscc: OPERATOR_USCC } }) }));
    expect(q['input.subject.business']).toMatch(/natural person/);
  });

  it('requires a business for an agency and lets it have no live account', () => {
    const v = tValid({
      subject: { kind: 'AGENCY', business: { name: '某MCN机构', uscc: OPERATOR_USCC }, domicileRegion: '440305' },
    });
    expect(v.body.subject.liveAccounts).toEqual([]);
    const p = problemsOf(
      tInput({
        subject: { kind: 'AGENCY', person: { name: '李四', idDocument: { type: 'RESIDENT_ID', number: OTHER_ID } } },
      }),
    );
    expect(p['input.subject.person']).toMatch(/registered business/);
  });

  it('refuses a subject that is both a person and a business', () => {
    const p = problemsOf(
      tInput({
        subject: {
          ...tInput().subject,
          person: { name: '李四', idDocument: { type: 'RESIDENT_ID', number: OTHER_ID } },
        },
      }),
    );
    expect(p['input.subject']).toMatch(/not both/);
  });

  it('normalises document numbers so the identity key is the same however they are typed', () => {
    const typed = `${PERSON_ID.slice(0, 6)} ${PERSON_ID.slice(6, 17)}x`;
    const v = tValid({
      subject: streamer({ person: { name: ' 张三 ', idDocument: { type: 'RESIDENT_ID', number: typed } } }),
    });
    expect(v.body.subject.person).toEqual({ name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } });
    expect(v.subjectKey).toBe(`person:RESIDENT_ID:${PERSON_ID}`);
  });

  it('hashes equal content equally, whatever the key order, measure order or idempotency key', () => {
    const a = tValid();
    const reordered = tInput({ idempotencyKey: 'other-key', measures: [...tInput().measures].reverse() });
    const b = validateReport(reordered, { now: NOW, hash: tHash });
    expect(b.contentHash).toBe(a.contentHash);
    expect(tValid({ facts: '另一事实' }).contentHash).not.toBe(a.contentHash);
  });

  it('hashes with the key it is given, so the hash alone does not reveal the ID number', () => {
    const other = validateReport(tInput(), { now: NOW, hash: (s) => tHash('another key' + s) });
    expect(other.contentHash).not.toBe(tValid().contentHash);
  });
});
