import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import {
  idempotencyDecision,
  newEntry,
  validateEntry,
  type BlacklistEntryInput,
} from '../src/domain/blacklist-entry.js';
import { AGENCY_USCC, DAY, NOW, PERSON_ID, tEntryInput } from './fixtures/entries.js';

function problemsOf(input: BlacklistEntryInput, now = NOW): { path: string; reason: string }[] {
  try {
    validateEntry(input, { now });
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return (e as DomainError).details.problems!;
  }
  throw new Error('expected BAD_USER_INPUT');
}
const paths = (input: BlacklistEntryInput) => problemsOf(input).map((p) => p.path);

describe('validateEntry', () => {
  it('normalises a valid person entry and keys it by document type and number', () => {
    const v = validateEntry(
      tEntryInput({
        subject: {
          type: 'LIVE_STREAMER',
          person: { name: ' 张三 ', idDocument: { type: 'RESIDENT_ID', number: ' 11010519491231002x ' } },
          liveAccounts: [{ accountId: 'a1' }],
        },
      }),
      { now: NOW },
    );
    expect(v.identityKey).toBe(`person:RESIDENT_ID:${PERSON_ID}`);
    expect(v.subject).toMatchObject({ kind: 'PERSON', name: '张三', documentNumber: PERSON_ID, uscc: null });
    expect(v.shareWithPeers).toBe(true);
    expect(v.disposalReportId).toBeNull();
    expect(v.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keys a business by its USCC whatever name or account it uses', () => {
    const a = validateEntry(
      tEntryInput({
        subject: { type: 'STREAMER_AGENCY', business: { name: '某MCN', uscc: AGENCY_USCC.toLowerCase() } },
      }),
      { now: NOW },
    );
    const b = validateEntry(
      tEntryInput({
        subject: {
          type: 'LIVE_ROOM_OPERATOR',
          business: { name: '另一个名字', uscc: AGENCY_USCC },
          liveAccounts: [{ accountId: 'other' }],
        },
      }),
      { now: NOW },
    );
    expect(a.identityKey).toBe(`business:${AGENCY_USCC}`);
    expect(b.identityKey).toBe(a.identityKey);
  });

  it('reports every invalid field at once, each with its path', () => {
    const input = tEntryInput({
      idempotencyKey: '',
      facts: '',
      reasons: ' ',
      legalBasis: 'x'.repeat(1001),
      term: { startsAt: NOW, endsAt: NOW },
      notification: { channel: '', notifiedAt: 'not a date', appealChannel: '' },
      shareWithPeers: 'yes' as unknown as boolean,
    });
    expect(paths(input).sort()).toEqual(
      [
        'input.idempotencyKey',
        'input.facts',
        'input.reasons',
        'input.legalBasis',
        'input.term.endsAt',
        'input.notification.channel',
        'input.notification.notifiedAt',
        'input.notification.appealChannel',
        'input.shareWithPeers',
      ].sort(),
    );
  });

  it('Art 14 ¶2: refuses an entry without a definite term', () => {
    const input = tEntryInput({ term: { startsAt: NOW, endsAt: null as unknown as Date } });
    expect(problemsOf(input)).toEqual([{ path: 'input.term.endsAt', reason: 'is required' }]);
    expect(paths(tEntryInput({ term: undefined as never }))).toEqual(['input.term']);
  });

  it('refuses a term that ends before it starts, has already ended, or exceeds 10 years', () => {
    expect(problemsOf(tEntryInput({ term: { startsAt: NOW, endsAt: new Date(NOW.getTime() - 1) } }))[0].reason).toMatch(
      /after term.startsAt/,
    );
    expect(
      problemsOf(tEntryInput({ term: { startsAt: new Date(NOW.getTime() - 10 * DAY), endsAt: NOW } }))[0].reason,
    ).toMatch(/already ended/);
    expect(problemsOf(tEntryInput({ term: { startsAt: NOW, endsAt: '9999-12-31T00:00:00Z' } }))[0].reason).toMatch(
      /10 years/,
    );
  });

  it('refuses a term that starts in the future', () => {
    expect(
      paths(
        tEntryInput({ term: { startsAt: new Date(NOW.getTime() + DAY), endsAt: new Date(NOW.getTime() + 9 * DAY) } }),
      ),
    ).toEqual(['input.term.startsAt']);
  });

  it('Art 14 ¶2: requires the subject to have been notified, with an appeal channel, before the entry is recorded', () => {
    expect(paths(tEntryInput({ notification: undefined as never }))).toEqual(['input.notification']);
    const later = tEntryInput({
      notification: { channel: 'SMS', notifiedAt: new Date(NOW.getTime() + DAY), appealChannel: '' },
    });
    expect(paths(later).sort()).toEqual(['input.notification.appealChannel', 'input.notification.notifiedAt']);
  });

  it('names the bad ID number, the missing live account and a person listed as an agency', () => {
    const input = tEntryInput({
      subject: {
        type: 'STREAMER_AGENCY',
        person: { name: '李四', idDocument: { type: 'RESIDENT_ID', number: '110105194912310021' } },
        liveAccounts: [],
      },
    });
    expect(paths(input).sort()).toEqual(['input.subject.person', 'input.subject.person.idDocument.number']);
    const streamer = tEntryInput({
      subject: {
        type: 'LIVE_STREAMER',
        person: { name: '李四', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
      },
    });
    expect(paths(streamer)).toEqual(['input.subject.liveAccounts']);
  });

  it('refuses a subject that is both or neither a person and a business, or of an unknown type', () => {
    expect(paths(tEntryInput({ subject: { type: 'LIVE_ROOM_OPERATOR', liveAccounts: [{ accountId: 'a' }] } }))).toEqual(
      ['input.subject'],
    );
    const both = tEntryInput({
      subject: {
        type: 'CONSUMER',
        person: { name: 'a', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
        business: { name: 'b', uscc: AGENCY_USCC },
      },
    });
    expect(paths(both).sort()).toEqual(['input.subject', 'input.subject.type']);
  });

  it('gives the same content hash to the same content however it was spelled, and another for other content', () => {
    const a = validateEntry(tEntryInput(), { now: NOW });
    const b = validateEntry(tEntryInput({ idempotencyKey: 'other-key', facts: `  ${tEntryInput().facts}  ` }), {
      now: NOW,
    });
    const c = validateEntry(tEntryInput({ shareWithPeers: false }), { now: NOW });
    expect(b.contentHash).toBe(a.contentHash);
    expect(c.contentHash).not.toBe(a.contentHash);
  });
});

describe('idempotencyDecision', () => {
  const hash = validateEntry(tEntryInput(), { now: NOW }).contentHash;

  it('creates when the key is new, replays when the content is the same', () => {
    expect(idempotencyDecision(null, hash)).toBe('create');
    expect(idempotencyDecision({ id: 'e1', contentHash: hash }, hash)).toBe('replay');
  });

  it('refuses the same key with other content as CONFLICT', () => {
    expect(() => idempotencyDecision({ id: 'e1', contentHash: 'f'.repeat(64) }, hash)).toThrowError(
      expect.objectContaining({ code: 'CONFLICT', details: { existingId: 'e1' } }),
    );
  });
});

describe('newEntry', () => {
  it('records the listing platform and hash, with no appeal and no removal', () => {
    const valid = validateEntry(tEntryInput(), { now: NOW });
    const e = newEntry(valid, {
      id: 'e1',
      subjectHash: 'h',
      listingPlatform: { uscc: 'U', name: 'N', domicile: '110105' },
      now: NOW,
    });
    expect(e).toMatchObject({
      id: 'e1',
      subjectHash: 'h',
      listingPlatformUscc: 'U',
      listingPlatformDomicile: '110105',
      openAppealId: null,
      removedAt: null,
    });
    expect(e).not.toHaveProperty('identityKey');
  });
});
