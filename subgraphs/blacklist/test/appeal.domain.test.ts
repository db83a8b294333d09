import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { decideAppeal, fileAppeal, removeEntry } from '../src/domain/appeal.js';
import { effectiveStatus } from '../src/domain/status.js';
import { DAY, NOW, tEntry } from './fixtures/entries.js';

const H = 3_600_000;
const received = new Date(NOW.getTime() - H);
const file = (entry = tEntry(), now = NOW) =>
  fileAppeal(entry, { receivedAt: received, grounds: '并非本人账号' }, { id: 'a1', now });
const told = new Date(NOW.getTime() + H);

function codeOf(fn: () => unknown): { code: string; details: DomainError['details'] } {
  try {
    fn();
  } catch (e) {
    return { code: (e as DomainError).code, details: (e as DomainError).details };
  }
  throw new Error('expected a DomainError');
}

describe('fileAppeal', () => {
  it('records a FILED appeal and puts the entry UNDER_APPEAL, without touching the original', () => {
    const entry = tEntry();
    const { appeal, entry: next } = file(entry);
    expect(appeal).toMatchObject({
      id: 'a1',
      entryId: entry.id,
      status: 'FILED',
      receivedAt: received,
      grounds: '并非本人账号',
      receiptToldAt: null,
      recordedAt: NOW,
    });
    expect(effectiveStatus(next, NOW)).toBe('UNDER_APPEAL');
    expect(entry.openAppealId).toBeNull();
  });

  it('records when the subject was told the appeal was received', () => {
    const { appeal } = fileAppeal(
      tEntry(),
      { receivedAt: received, grounds: 'g', subjectToldAt: NOW },
      { id: 'a1', now: NOW },
    );
    expect(appeal.receiptToldAt).toEqual(NOW);
  });

  it('allows one open appeal at a time (CONFLICT naming UNDER_APPEAL)', () => {
    const { entry } = file();
    expect(codeOf(() => file(entry))).toMatchObject({
      code: 'CONFLICT',
      details: { currentStatus: 'UNDER_APPEAL', openAppealId: 'a1' },
    });
  });

  it('refuses an appeal against an expired or removed entry', () => {
    const expired = tEntry({ endsAt: new Date(received.getTime() - 1) });
    expect(codeOf(() => file(expired))).toMatchObject({ code: 'CONFLICT', details: { currentStatus: 'EXPIRED' } });
    const removed = removeEntry(tEntry(), '认定有误', NOW);
    expect(codeOf(() => file(removed))).toMatchObject({ code: 'CONFLICT', details: { currentStatus: 'REMOVED' } });
  });

  it('Art 14 ¶2: accepts an appeal received before the term ended though recorded after it', () => {
    const entry = tEntry({ endsAt: new Date(received.getTime() + 1) });
    expect(file(entry).appeal.status).toBe('FILED');
  });

  it('reports bad dates and missing grounds with their paths', () => {
    const e = codeOf(() =>
      fileAppeal(
        tEntry(),
        { receivedAt: new Date(NOW.getTime() + DAY), grounds: '', subjectToldAt: 'nope' },
        { id: 'a1', now: NOW },
      ),
    );
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.details.problems!.map((p) => p.path).sort()).toEqual([
      'input.grounds',
      'input.receivedAt',
      'input.subjectToldAt',
    ]);
  });

  it('refuses an appeal dated before the subject was notified of the listing', () => {
    const entry = tEntry();
    const e = codeOf(() =>
      fileAppeal(
        entry,
        { receivedAt: new Date(entry.notification.notifiedAt.getTime() - 1), grounds: 'g' },
        { id: 'a1', now: NOW },
      ),
    );
    expect(e.details.problems).toEqual([{ path: 'input.receivedAt', reason: expect.stringMatching(/notified/) }]);
  });
});

describe('decideAppeal', () => {
  it('UPHELD keeps the entry listed, closes the appeal and records when the subject was told', () => {
    const filed = file();
    const { appeal, entry } = decideAppeal(
      filed.appeal,
      filed.entry,
      { outcome: 'UPHELD', reason: '事实清楚', subjectToldAt: told, subjectToldChannel: '站内信' },
      told,
    );
    expect(appeal).toMatchObject({
      status: 'UPHELD',
      decidedAt: told,
      decisionReason: '事实清楚',
      decisionToldAt: told,
      decisionToldChannel: '站内信',
    });
    expect(effectiveStatus(entry, told)).toBe('ACTIVE');
    expect(entry.openAppealId).toBeNull();
  });

  it('OVERTURNED removes the entry with the decision as its reason', () => {
    const filed = file();
    const { appeal, entry } = decideAppeal(
      filed.appeal,
      filed.entry,
      { outcome: 'OVERTURNED', reason: '非本人', subjectToldAt: told, subjectToldChannel: '站内信' },
      told,
    );
    expect(appeal.status).toBe('OVERTURNED');
    expect(entry).toMatchObject({
      removedAt: told,
      removalKind: 'APPEAL_OVERTURNED',
      removalReason: '非本人',
      openAppealId: null,
    });
    expect(effectiveStatus(entry, told)).toBe('REMOVED');
  });

  it('Art 14 ¶2: may still be decided after the term ended, and an overturn then shows REMOVED', () => {
    const filed = file(tEntry({ endsAt: new Date(NOW.getTime() + 1) }));
    const later = new Date(NOW.getTime() + 2 * DAY);
    const { entry } = decideAppeal(
      filed.appeal,
      filed.entry,
      { outcome: 'OVERTURNED', reason: 'r', subjectToldAt: later, subjectToldChannel: '站内信' },
      later,
    );
    expect(effectiveStatus(entry, later)).toBe('REMOVED');
  });

  it('refuses a second decision with CONFLICT naming the appeal status', () => {
    const filed = file();
    const once = decideAppeal(
      filed.appeal,
      filed.entry,
      { outcome: 'UPHELD', reason: 'r', subjectToldAt: told, subjectToldChannel: '站内信' },
      told,
    );
    expect(
      codeOf(() =>
        decideAppeal(
          once.appeal,
          once.entry,
          { outcome: 'OVERTURNED', reason: 'r', subjectToldAt: told, subjectToldChannel: '站内信' },
          told,
        ),
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { currentStatus: 'UPHELD' },
    });
  });

  it('Art 14 ¶2: requires the outcome, a reason, and when and how the subject was told', () => {
    const filed = file();
    const e = codeOf(() =>
      decideAppeal(filed.appeal, filed.entry, { outcome: 'MAYBE', reason: '', subjectToldAt: undefined }, told),
    );
    expect(e.details.problems!.map((p) => p.path).sort()).toEqual([
      'outcome',
      'reason',
      'subjectToldAt',
      'subjectToldChannel',
    ]);
  });

  it('lets a new appeal be filed once the previous one is decided', () => {
    const filed = file();
    const { entry } = decideAppeal(
      filed.appeal,
      filed.entry,
      { outcome: 'UPHELD', reason: 'r', subjectToldAt: told, subjectToldChannel: '站内信' },
      told,
    );
    const again = fileAppeal(entry, { receivedAt: told, grounds: '新证据' }, { id: 'a2', now: told });
    expect(again.entry.openAppealId).toBe('a2');
  });
});

describe('removeEntry', () => {
  it('removes an active entry early with its reason', () => {
    const e = removeEntry(tEntry(), '误判', NOW);
    expect(e).toMatchObject({ removedAt: NOW, removalKind: 'EARLY_REMOVAL', removalReason: '误判' });
    expect(effectiveStatus(e, NOW)).toBe('REMOVED');
  });

  it('refuses to remove an entry that is already removed or expired, naming its status', () => {
    const removed = removeEntry(tEntry(), 'r', NOW);
    expect(codeOf(() => removeEntry(removed, 'r', NOW))).toMatchObject({
      code: 'CONFLICT',
      details: { currentStatus: 'REMOVED' },
    });
    const entry = tEntry();
    expect(codeOf(() => removeEntry(entry, 'r', entry.endsAt))).toMatchObject({
      code: 'CONFLICT',
      details: { currentStatus: 'EXPIRED' },
    });
  });

  it('requires a reason', () => {
    expect(codeOf(() => removeEntry(tEntry(), ' ', NOW)).details.problems).toEqual([
      { path: 'reason', reason: 'is required' },
    ]);
  });
});
