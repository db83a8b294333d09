import { describe, expect, it } from 'vitest';
import {
  canAnswer,
  canClose,
  canReadLead,
  canReadNotice,
  canSendNotice,
  leadListScope,
  noticeListScope,
} from '../src/domain/notice.access.js';
import { OTHER_USCC, PLATFORM_USCC, countySamr, office, platform } from './fixtures/case.js';

const notice = {
  sender: { authority: 'samr' as const, level: 'county' as const, region: '350102' },
  platformUscc: PLATFORM_USCC,
};

describe('notice access (DESIGN §4)', () => {
  it('shows a notice to its sender and to same-authority offices covering the sender', () => {
    for (const p of [
      countySamr,
      office('samr', 'prefecture', '350100'),
      office('samr', 'province', '350000'),
      office('samr', 'national', '100000'),
    ]) {
      expect(canReadNotice(p, notice), p.org).toBe(true);
    }
  });

  it('hides it from sibling offices, other provinces, the other authority and other platforms', () => {
    for (const p of [
      office('samr', 'county', '350103'),
      office('samr', 'prefecture', '350200'),
      office('samr', 'province', '110000'),
      office('cac', 'county', '350102'),
      office('cac', 'national', '100000'),
      platform(OTHER_USCC),
    ]) {
      expect(canReadNotice(p, notice), p.org).toBe(false);
    }
    expect(canReadNotice(platform(), notice)).toBe(true);
  });

  it('lets only the addressed platform answer and only the sending office close', () => {
    expect(canAnswer(platform(), notice)).toBe(true);
    expect(canAnswer(countySamr, notice)).toBe(false);
    expect(canAnswer(platform(OTHER_USCC), notice)).toBe(false);
    expect(canClose(countySamr, notice)).toBe(true);
    expect(canClose(office('samr', 'province', '350000'), notice)).toBe(false);
    expect(canClose(platform(), notice)).toBe(false);
  });

  it('lets any office send, platforms never, and only SAMR send UNREACHABLE_CONTACT', () => {
    expect(canSendNotice(office('cac', 'county', '350102'), 'VIOLATION')).toBe(true);
    expect(canSendNotice(office('cac', 'county', '350102'), 'UNREACHABLE_CONTACT')).toBe(false);
    expect(canSendNotice(countySamr, 'UNREACHABLE_CONTACT')).toBe(true);
    expect(canSendNotice(platform())).toBe(false);
  });

  it('scopes list queries like canReadNotice: authority plus covered region prefix', () => {
    expect(noticeListScope(office('samr', 'province', '350000'))).toEqual({
      kind: 'regulator',
      senderAuthority: 'samr',
      senderRegionPrefix: '35',
    });
    expect(noticeListScope(office('cac', 'national', '100000'))).toEqual({
      kind: 'regulator',
      senderAuthority: 'cac',
      senderRegionPrefix: '',
    });
    expect(noticeListScope(platform())).toEqual({ kind: 'platform', platformUscc: PLATFORM_USCC });
    expect(noticeListScope({ ...platform(), role: 'service', org: 'gateway' })).toEqual({ kind: 'none' });
  });
});

describe('lead access', () => {
  const lead = { from: notice.sender, to: { authority: 'cac' as const, level: 'province' as const, region: '350000' } };

  it('shows a lead to the two offices involved and nobody else, not even the offices above them', () => {
    expect(canReadLead(countySamr, lead)).toBe(true);
    expect(canReadLead(office('cac', 'province', '350000'), lead)).toBe(true);
    expect(canReadLead(office('samr', 'province', '350000'), lead)).toBe(false);
    expect(canReadLead(office('cac', 'national', '100000'), lead)).toBe(false);
    expect(canReadLead(platform(), lead)).toBe(false);
    expect(leadListScope(countySamr)).toEqual({ org: 'samr/county/350102' });
    expect(leadListScope(platform())).toBeNull();
  });
});
