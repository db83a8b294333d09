import { describe, expect, it } from 'vitest';
import { appealPending, effectiveStatus, isListed } from '../src/domain/status.js';
import { DAY, NOW, tEntry } from './fixtures/entries.js';

describe('effectiveStatus', () => {
  const entry = tEntry();
  const end = entry.endsAt.getTime();

  it('is ACTIVE during the term', () => {
    expect(effectiveStatus(entry, NOW)).toBe('ACTIVE');
  });

  it('is still ACTIVE 1 ms before endsAt and EXPIRED exactly at endsAt (the term is [startsAt, endsAt))', () => {
    expect(effectiveStatus(entry, new Date(end - 1))).toBe('ACTIVE');
    expect(effectiveStatus(entry, new Date(end))).toBe('EXPIRED');
    expect(isListed(entry, new Date(end - 1))).toBe(true);
    expect(isListed(entry, new Date(end))).toBe(false);
  });

  it('Art 14 ¶3: expires by itself, with no stored status having changed', () => {
    const later = new Date(end + DAY);
    expect(effectiveStatus(entry, later)).toBe('EXPIRED');
    expect(entry.removedAt).toBeNull();
  });

  it('Art 14 ¶3: is UNDER_APPEAL while an appeal is open, and that entry is still listed', () => {
    const appealed = tEntry({ openAppealId: 'a1' });
    expect(effectiveStatus(appealed, NOW)).toBe('UNDER_APPEAL');
    expect(isListed(appealed, NOW)).toBe(true);
    expect(appealPending(appealed)).toBe(true);
    expect(appealPending(entry)).toBe(false);
  });

  it('shows an entry whose term ended during its appeal as EXPIRED, not listed', () => {
    const appealed = tEntry({ openAppealId: 'a1' });
    expect(effectiveStatus(appealed, new Date(end))).toBe('EXPIRED');
    expect(isListed(appealed, new Date(end))).toBe(false);
  });

  it('is REMOVED once removed, before or after the term would have ended', () => {
    const removed = tEntry({ removedAt: NOW, removalKind: 'EARLY_REMOVAL', removalReason: 'wrong person' });
    expect(effectiveStatus(removed, NOW)).toBe('REMOVED');
    expect(effectiveStatus(removed, new Date(end + DAY))).toBe('REMOVED');
    expect(isListed(removed, NOW)).toBe(false);
  });
});
