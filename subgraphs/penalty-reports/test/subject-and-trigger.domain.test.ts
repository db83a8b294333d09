import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { validateReport, type DisposalReportInput } from '../src/domain/disposal-report.js';
import { NOW, OPERATOR_USCC, PERSON_ID, tHash, tInput, tValid } from './fixtures/reports.js';

function pathsOf(input: DisposalReportInput): string[] {
  try {
    validateReport(input, { now: NOW, hash: tHash });
  } catch (e) {
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError).details.problems!.map((p) => p.path).sort();
  }
  return [];
}
const person = { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } };
const business = { name: '福州某某商贸有限公司', uscc: OPERATOR_USCC };
const operatorRef = { business, businessRegion: '350102' };

describe('Art 2: whom a disposal report may be about', () => {
  it('Art 2: takes an operator (直播间运营者) as a natural person or an organisation (自然人、法人和非法人组织)', () => {
    const asPerson = { kind: 'OPERATOR', person, liveAccounts: [{ accountId: 'a' }], businessRegion: '350102' };
    const asBusiness = { ...asPerson, person: undefined, business };
    expect(tValid({ subject: asPerson }).subjectKey).toBe(`person:RESIDENT_ID:${PERSON_ID}`);
    expect(tValid({ subject: asBusiness }).subjectKey).toBe(`business:${OPERATOR_USCC}`);
  });

  it('Art 2: takes a streamer (直播营销人员) only as a natural person (自然人)', () => {
    const streamer = { kind: 'STREAMER', liveAccounts: [{ accountId: 'zs' }], operator: operatorRef };
    expect(tValid({ subject: { ...streamer, person } }).body.subject.person?.name).toBe('张三');
    expect(pathsOf(tInput({ subject: { ...streamer, business } }))).toEqual(['input.subject.business']);
  });

  it('Art 2: takes a streamer agency (直播营销人员服务机构) only as an organisation (机构) with a USCC', () => {
    const agency = { kind: 'AGENCY', domicileRegion: '440305' };
    expect(tValid({ subject: { ...agency, business } }).body.subject.business?.uscc).toBe(OPERATOR_USCC);
    expect(pathsOf(tInput({ subject: { ...agency, person } }))).toEqual(['input.subject.person']);
  });

  it('Art 2: refuses a subject of any other kind (the platform itself reports, it is never the subject)', () => {
    expect(pathsOf(tInput({ subject: { kind: 'PLATFORM', business } }))).toContain('input.subject.kind');
  });
});

describe('Art 13: measures the platform took on its own monitoring', () => {
  it.each(['PLATFORM_DETECTION', 'PATROL'])(
    'Art 13: reports measures taken on %s (动态监测, 实时巡查) with no regulator notice behind them',
    (kind) => {
      expect(tValid({ trigger: { kind } }).body.trigger).toEqual({ kind, noticeId: null });
      expect(pathsOf(tInput({ trigger: { kind, noticeId: 'n-1' } }))).toEqual(['input.trigger.noticeId']);
    },
  );
});
