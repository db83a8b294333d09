import { conflict } from '../../../../lib/errors.js';
import { canonicalDigest } from '../../../../lib/canonical.js';
import { at, checkInstant, checkText, Problems } from '../../../../lib/problems.js';
import {
  businessKey,
  checkIdDocument,
  checkLiveAccounts,
  checkName,
  checkUscc,
  personKey,
  type BusinessInput,
  type LiveAccountInput,
  type PersonInput,
} from '../../../../lib/domain/identity.js';

/**
 * A blacklist entry (Art 14): who is listed, why, for how long, and proof the subject was told.
 * `validateEntry` turns client input into a normalised body; the store adds the listing platform, the
 * keyed hash of `identityKey` and an id, and persists a `BlacklistEntry`.
 */

/** Art 14 ¶1: only these three kinds of subject may be listed. */
export const SUBJECT_TYPES = ['LIVE_ROOM_OPERATOR', 'LIVE_STREAMER', 'STREAMER_AGENCY'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export interface BlacklistSubjectInput {
  type: string;
  /** A natural person: operator (unregistered) or streamer. Exactly one of person / business. */
  person?: PersonInput | null;
  /** A registered business: operator or agency. */
  business?: BusinessInput | null;
  liveAccounts?: LiveAccountInput[] | null;
}

export interface BlacklistEntryInput {
  idempotencyKey: string;
  subject: BlacklistSubjectInput;
  facts: string;
  reasons: string;
  legalBasis: string;
  /** Art 14 ¶2: a definite term. `endsAt` is exclusive: the first instant the subject is no longer listed. */
  term: { startsAt: Date | string; endsAt: Date | string };
  /** Art 14 ¶2: how (`channel`) and when the subject was told facts, reasons, basis, term and `appealChannel`. */
  notification: { channel: string; notifiedAt: Date | string; appealChannel: string };
  /** Art 14 ¶4 sharing. @default true */
  shareWithPeers?: boolean | null;
  /** The DisposalReport (penalty-reports) this listing was reported in, if any. */
  disposalReportId?: string | null;
}

export interface EntrySubject {
  type: SubjectType;
  kind: 'PERSON' | 'BUSINESS';
  name: string;
  /** Person only; the number is normalised (the store encrypts it). */
  documentType: string | null;
  documentNumber: string | null;
  /** Business only. */
  uscc: string | null;
  liveAccounts: { accountId: string; nickname: string | null }[];
}

/** What `validateEntry` returns: the normalised body, ready to persist. */
export interface ValidEntry {
  idempotencyKey: string;
  subject: EntrySubject;
  /** personKey/businessKey: the canonical identity the service HMACs into `subjectHash`. */
  identityKey: string;
  facts: string;
  reasons: string;
  legalBasis: string;
  startsAt: Date;
  endsAt: Date;
  notification: { channel: string; notifiedAt: Date; appealChannel: string };
  shareWithPeers: boolean;
  disposalReportId: string | null;
  /** SHA-256 (hex) of the body without the idempotency key: same key + same hash = a retry. */
  contentHash: string;
}

/** MEASURE_LIFTED: the disposal report's BLACKLISTING measure was lifted, and the entry with it (Art 14 ¶3). */
export type RemovalKind = 'EARLY_REMOVAL' | 'APPEAL_OVERTURNED' | 'MEASURE_LIFTED';

/** The persisted record (plain object; the store maps it to columns). Status is derived: see status.ts. */
export interface BlacklistEntry extends Omit<ValidEntry, 'identityKey'> {
  id: string;
  listingPlatformUscc: string;
  listingPlatformName: string;
  /** Domicile region of the listing platform, from its certificate: decides which offices may read. */
  listingPlatformDomicile: string;
  /** HMAC-SHA-256 of identityKey, with the blacklist service's key. */
  subjectHash: string;
  createdAt: Date;
  /** The appeal being reviewed, if any (one at a time). */
  openAppealId: string | null;
  removedAt: Date | null;
  removalKind: RemovalKind | null;
  removalReason: string | null;
  /** On a write's result only: that write's receipt (null when the store keeps no evidence log). */
  receipt?: string | null;
}

export const TEXT_MAX = {
  facts: 5000,
  reasons: 2000,
  legalBasis: 1000,
  channel: 200,
  appealChannel: 500,
  key: 128,
  id: 64,
};
/** Tolerated client clock drift when a client says something happened "now". */
export const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * Longest term accepted. Art 14 ¶2 demands a definite term but sets no maximum; this refuses sentinel
 * dates (9999-12-31) that would make a listing permanent in all but name. @default 10 years
 */
export const MAX_TERM_MS = 3653 * 86_400_000;

type Checked = { subject: EntrySubject; key: string } | undefined;

function checkSubject(problems: Problems, path: string, s: BlacklistSubjectInput | null | undefined): Checked {
  if (!problems.require(path, s)) return undefined;
  const type = s!.type as SubjectType;
  if (!SUBJECT_TYPES.includes(type)) problems.add(at(path, 'type'), `must be one of ${SUBJECT_TYPES.join(', ')}`);
  const { person, business } = s!;
  if ((person != null) === (business != null)) {
    problems.add(path, 'give exactly one of person or business');
    return undefined;
  }
  if (type === 'LIVE_STREAMER' && business) problems.add(at(path, 'business'), 'a live streamer is a natural person');
  if (type === 'STREAMER_AGENCY' && person)
    problems.add(at(path, 'person'), 'a streamer agency is a registered business');
  // An agency need not stream itself; operators and streamers are listed with the accounts they used.
  checkLiveAccounts(problems, at(path, 'liveAccounts'), s!.liveAccounts, type === 'STREAMER_AGENCY' ? 0 : 1);
  const liveAccounts = (s!.liveAccounts ?? []).map((a) => ({
    accountId: String(a?.accountId ?? '').trim(),
    nickname: a?.nickname?.trim() || null,
  }));
  const base = { type, documentType: null, documentNumber: null, uscc: null, liveAccounts };
  if (person) {
    checkName(problems, at(at(path, 'person'), 'name'), person.name);
    const number = checkIdDocument(problems, at(at(path, 'person'), 'idDocument'), person.idDocument);
    if (number === undefined) return undefined;
    const documentType = person.idDocument.type;
    const subject: EntrySubject = {
      ...base,
      kind: 'PERSON',
      name: String(person.name ?? '').trim(),
      documentType,
      documentNumber: number,
    };
    return { subject, key: personKey(documentType, number) };
  }
  checkName(problems, at(at(path, 'business'), 'name'), business!.name);
  const uscc = checkUscc(problems, at(at(path, 'business'), 'uscc'), business!.uscc);
  if (uscc === undefined) return undefined;
  return {
    subject: { ...base, kind: 'BUSINESS', name: String(business!.name ?? '').trim(), uscc },
    key: businessKey(uscc),
  };
}

/**
 * Validates `addBlacklistEntry` input, reporting every invalid field at once (paths under `input.`).
 * Throws BAD_USER_INPUT; otherwise returns the normalised body with its identity key and content hash.
 */
export function validateEntry(input: BlacklistEntryInput, opts: { now: Date }): ValidEntry {
  const problems = new Problems();
  const root = 'input';
  const now = opts.now.getTime();
  const idempotencyKey = checkText(problems, at(root, 'idempotencyKey'), input.idempotencyKey, TEXT_MAX.key);

  const subject = checkSubject(problems, at(root, 'subject'), input.subject);
  const facts = checkText(problems, at(root, 'facts'), input.facts, TEXT_MAX.facts);
  const reasons = checkText(problems, at(root, 'reasons'), input.reasons, TEXT_MAX.reasons);
  const legalBasis = checkText(problems, at(root, 'legalBasis'), input.legalBasis, TEXT_MAX.legalBasis);

  // Art 14 ¶2 (列入黑名单的具体期限): both ends are mandatory; no open-ended listing.
  const term = at(root, 'term');
  let startsAt: Date | undefined;
  let endsAt: Date | undefined;
  if (problems.require(term, input.term)) {
    startsAt = checkInstant(problems, at(term, 'startsAt'), input.term.startsAt);
    endsAt = checkInstant(problems, at(term, 'endsAt'), input.term.endsAt);
    // An entry is recorded when the listing takes effect: status has no "scheduled" state.
    if (startsAt && +startsAt > now + CLOCK_SKEW_MS) {
      problems.add(at(term, 'startsAt'), 'must not be in the future; record the entry when the listing takes effect');
    }
    const endProblem =
      !startsAt || !endsAt
        ? null
        : +endsAt <= +startsAt
          ? 'must be after term.startsAt'
          : +endsAt - +startsAt > MAX_TERM_MS
            ? 'the term must not exceed 10 years'
            : +endsAt <= now
              ? 'is in the past: the term has already ended'
              : null;
    problems.check(at(term, 'endsAt'), endProblem);
  }

  // Art 14 ¶2 (应当及时告知): the subject must have been told before the entry is recorded.
  const n = at(root, 'notification');
  let notification: ValidEntry['notification'] | undefined;
  if (problems.require(n, input.notification)) {
    const channel = checkText(problems, at(n, 'channel'), input.notification.channel, TEXT_MAX.channel);
    const notifiedAt = checkInstant(problems, at(n, 'notifiedAt'), input.notification.notifiedAt);
    const appealChannel = checkText(
      problems,
      at(n, 'appealChannel'),
      input.notification.appealChannel,
      TEXT_MAX.appealChannel,
    );
    if (notifiedAt && +notifiedAt > now + CLOCK_SKEW_MS) {
      problems.add(at(n, 'notifiedAt'), 'must not be in the future: notify the subject, then record the entry');
    }
    if (notifiedAt) notification = { channel, notifiedAt, appealChannel };
  }

  if (input.shareWithPeers != null && typeof input.shareWithPeers !== 'boolean') {
    problems.add(at(root, 'shareWithPeers'), 'must be true or false');
  }
  if (input.disposalReportId != null)
    checkText(problems, at(root, 'disposalReportId'), input.disposalReportId, TEXT_MAX.id);

  problems.throwIfAny();
  const body = {
    subject: subject!.subject,
    facts,
    reasons,
    legalBasis,
    startsAt: startsAt!,
    endsAt: endsAt!,
    notification: notification!,
    shareWithPeers: input.shareWithPeers ?? true,
    disposalReportId: input.disposalReportId?.trim() || null,
  };
  return { idempotencyKey, identityKey: subject!.key, ...body, contentHash: contentHash(body) };
}

/** SHA-256 hex of the canonical JSON form (lib/canonical.ts). */
export function contentHash(body: unknown): string {
  return canonicalDigest(body);
}

/**
 * DESIGN §6 idempotency. `existing` is the entry the same listing platform stored under the same key
 * (keys are scoped per platform). None → 'create'; same content → 'replay' (return the first result);
 * other content → CONFLICT.
 */
export function idempotencyDecision(
  existing: Pick<BlacklistEntry, 'id' | 'contentHash'> | null | undefined,
  contentHash: string,
): 'create' | 'replay' {
  if (!existing) return 'create';
  if (existing.contentHash === contentHash) return 'replay';
  throw conflict('idempotencyKey was already used with different content', { existingId: existing.id });
}

/** The record to persist for a freshly validated entry. */
export function newEntry(
  valid: ValidEntry,
  ctx: {
    id: string;
    subjectHash: string;
    listingPlatform: { uscc: string; name: string; domicile: string };
    now: Date;
  },
): BlacklistEntry {
  const { identityKey: _key, ...body } = valid;
  return {
    ...body,
    id: ctx.id,
    listingPlatformUscc: ctx.listingPlatform.uscc,
    listingPlatformName: ctx.listingPlatform.name,
    listingPlatformDomicile: ctx.listingPlatform.domicile,
    subjectHash: ctx.subjectHash,
    createdAt: ctx.now,
    openAppealId: null,
    removedAt: null,
    removalKind: null,
    removalReason: null,
  };
}
