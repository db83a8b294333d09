import { describe, expect, it } from 'vitest';
import { decideLead, transferLead, type LeadInput } from '../src/domain/lead.js';
import { sendNotice } from '../src/domain/notice.lifecycle.js';
import { MONDAY, calendar, countySamr, office, paths, streamer, thrown, violationInput } from './fixtures/case.js';

const cac = office('cac', 'county', '350102');
const input = (over: Partial<LeadInput> = {}): LeadInput => ({
  to: { authority: 'cac', level: 'county', region: '350102' },
  summary: 'Streamer spreads AI-generated fake endorsements',
  subjects: [streamer],
  ...over,
});
const transfer = (i: LeadInput, related = [] as ReturnType<typeof sendNotice>[]) =>
  transferLead(countySamr, i, { id: 'l1', now: MONDAY, relatedNotices: related });

describe('transferLead (Art 46)', () => {
  it('Art 46 ¶1: creates a PENDING lead from the sending office to the target office', () => {
    const lead = transfer(input());
    expect(lead).toMatchObject({
      status: 'PENDING',
      from: { authority: 'samr', level: 'county', region: '350102' },
      to: { authority: 'cac', level: 'county', region: '350102' },
    });
  });

  it('validates the target office field by field', () => {
    const e = thrown(() => transfer(input({ to: { authority: 'police', level: 'city', region: '350100' } })));
    expect(paths(e)).toEqual(['input.to.authority', 'input.to.level']);
    const wrongLevel = thrown(() => transfer(input({ to: { authority: 'cac', level: 'province', region: '350100' } })));
    expect(paths(wrongLevel)).toEqual(['input.to.region']);
  });

  it('refuses a lead to the sending office itself', () => {
    const e = thrown(() => transfer(input({ to: { authority: 'samr', level: 'county', region: '350102' } })));
    expect(e.details.problems).toEqual([{ path: 'input.to', reason: 'is the sending office itself' }]);
  });

  it('refuses related notice ids the sender cannot see', () => {
    const own = sendNotice(countySamr, violationInput(), { id: 'n-own', now: MONDAY, calendar });
    const others = sendNotice(office('samr', 'county', '350103'), violationInput(), {
      id: 'n-other',
      now: MONDAY,
      calendar,
    });
    const e = thrown(() => transfer(input({ relatedNoticeIds: ['n-own', 'n-other', 'n-missing'] }), [own, others]));
    expect(paths(e)).toEqual(['input.relatedNoticeIds[1]', 'input.relatedNoticeIds[2]']);
    expect(transfer(input({ relatedNoticeIds: ['n-own'] }), [own]).relatedNoticeIds).toEqual(['n-own']);
  });

  it('is refused to platforms', () => {
    const platform = { ...countySamr, role: 'platform' as const, authority: undefined, level: undefined };
    expect(thrown(() => transferLead(platform, input(), { id: 'l', now: MONDAY, relatedNotices: [] })).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('decideLead', () => {
  const lead = transfer(input());

  it('lets the receiving office accept', () => {
    expect(decideLead(cac, lead, { decision: 'ACCEPT' }, MONDAY)).toMatchObject({
      status: 'ACCEPTED',
      decidedAt: MONDAY,
      reason: null,
    });
  });

  it('requires a reason to decline', () => {
    expect(paths(thrown(() => decideLead(cac, lead, { decision: 'DECLINE' }, MONDAY)))).toEqual(['reason']);
    expect(decideLead(cac, lead, { decision: 'DECLINE', reason: 'outside our remit' }, MONDAY)).toMatchObject({
      status: 'DECLINED',
      reason: 'outside our remit',
    });
  });

  it('forbids the sender to decide and hides the lead from third offices', () => {
    expect(thrown(() => decideLead(countySamr, lead, { decision: 'ACCEPT' }, MONDAY)).code).toBe('FORBIDDEN');
    expect(
      thrown(() => decideLead(office('cac', 'province', '350000'), lead, { decision: 'ACCEPT' }, MONDAY)).code,
    ).toBe('NOT_FOUND');
  });

  it('decides only once: a second decision is CONFLICT naming the status', () => {
    const accepted = decideLead(cac, lead, { decision: 'ACCEPT' }, MONDAY);
    const e = thrown(() => decideLead(cac, accepted, { decision: 'DECLINE', reason: 'changed mind' }, MONDAY));
    expect([e.code, e.details.currentStatus]).toEqual(['CONFLICT', 'ACCEPTED']);
  });
});
