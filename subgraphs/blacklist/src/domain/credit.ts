/**
 * Credit information the offices share with platforms (Art 11 ¶2, Art 51): SAMR's 经营异常名录,
 * 严重违法失信名单 and 行政处罚 records (Art 51 ¶1), CAC's 互联网严重失信名单 (Art 51 ¶3), and their
 * 信用修复, which ends a record without deleting it. Pure: no GraphQL, no storage.
 */
import { createHash } from 'node:crypto';
import { businessKey, checkIdDocument, checkRegion, checkUscc, personKey } from '../../../../lib/domain/identity.js';
import { jurisdictionOf, type Jurisdiction, type JurisdictionSubject } from '../../../../lib/domain/jurisdiction.js';
import type { Authority } from '../../../../lib/identity/spiffe.js';
import { checkInstant, checkText, Problems } from '../../../../lib/problems.js';

/** Each category and the authority that keeps it (Art 51 ¶1 SAMR, ¶3 CAC). */
export const CREDIT_CATEGORIES = {
  BUSINESS_ABNORMALITY: 'samr', // 经营异常名录
  SERIOUS_VIOLATION: 'samr', // 市场监督管理严重违法失信名单
  ADMINISTRATIVE_PENALTY: 'samr', // 行政处罚
  INTERNET_SERIOUS_DISHONESTY: 'cac', // 互联网严重失信名单
} as const satisfies Record<string, Authority>;
export type CreditCategory = keyof typeof CREDIT_CATEGORIES;
export const isCreditCategory = (v: unknown): v is CreditCategory =>
  typeof v === 'string' && Object.hasOwn(CREDIT_CATEGORIES, v);

/** Art 11 ¶2 names operators; agencies are the other business platforms manage (Art 2 ¶5). */
export type CreditSubjectType = 'LIVE_ROOM_OPERATOR' | 'STREAMER_AGENCY';
/** Which paragraph of Art 47 puts the subject in `regionCode` (lib/domain/jurisdiction.ts). */
export type CreditRegionBasis = 'DOMICILE' | 'BUSINESS_PLACE' | 'REGISTERED_DOMICILE' | 'PLATFORM_DOMICILE';
export type CreditStatus = 'IN_FORCE' | 'EXPIRED' | 'REPAIRED';

export const REASON_MAX = 2000;
export const DOCUMENT_NO_MAX = 100;
export const KEY_MAX = 128;
/** How far in the future a decision or repair may be dated (clock skew). */
export const FUTURE_SLACK_MS = 5 * 60_000;

export interface CreditSubject {
  type: CreditSubjectType;
  documentType: string | null;
  /** Plain in the domain; the store seals it (DESIGN §5). */
  documentNumber: string | null;
  uscc: string | null;
}

export interface CreditOffice {
  authority: Authority;
  level: string;
  region: string;
  name: string;
}

export interface CreditRecord {
  id: string;
  idempotencyKey: string;
  contentHash: string;
  category: CreditCategory;
  subject: CreditSubject;
  subjectHash: string;
  jurisdiction: Jurisdiction;
  office: CreditOffice;
  /** The office's org (`samr/province/330000`): idempotency keys are per office. */
  officeOrg: string;
  decidedAt: Date;
  decisionDocumentNo: string;
  startsAt: Date;
  endsAt: Date | null;
  publicReason: string;
  recordedAt: Date;
  /** 信用修复: when the repair took effect, why, and when it reached the exchange. */
  repairedAt: Date | null;
  repairReason: string | null;
  repairRecordedAt: Date | null;
}

export interface CreditRecordInput {
  idempotencyKey: string;
  category: string;
  subject: {
    type: string;
    documentType?: string | null;
    documentNumber?: string | null;
    uscc?: string | null;
    regionCode: string;
    regionBasis: string;
  };
  decidedAt: Date | string;
  decisionDocumentNo: string;
  startsAt?: Date | string | null;
  endsAt?: Date | string | null;
  publicReason: string;
}

/** A record as validated: everything but what the service assigns (id, hash, office, times). */
export type ValidRecord = Pick<
  CreditRecord,
  | 'idempotencyKey'
  | 'contentHash'
  | 'category'
  | 'subject'
  | 'jurisdiction'
  | 'decidedAt'
  | 'decisionDocumentNo'
  | 'startsAt'
  | 'endsAt'
  | 'publicReason'
> & { identityKey: string };

const blank = (v: unknown) => v == null || (typeof v === 'string' && v.trim() === '');
const BASES: readonly CreditRegionBasis[] = ['DOMICILE', 'BUSINESS_PLACE', 'REGISTERED_DOMICILE', 'PLATFORM_DOMICILE'];

/** Art 47: where the subject's offices are, from the region and the paragraph the office names. */
function subjectJurisdiction(type: CreditSubjectType, region: string, basis: CreditRegionBasis): JurisdictionSubject {
  if (type === 'STREAMER_AGENCY') return { kind: 'AGENCY', domicileRegion: region }; // ¶1
  switch (basis) {
    case 'DOMICILE':
      return { kind: 'OPERATOR', registered: true, ownChannel: true, domicileRegion: region }; // ¶1
    case 'BUSINESS_PLACE':
      return { kind: 'OPERATOR', registered: false, businessRegion: region }; // ¶2
    case 'REGISTERED_DOMICILE':
      return { kind: 'OPERATOR', registered: true, domicileRegion: region };
    case 'PLATFORM_DOMICILE':
      return { kind: 'OPERATOR', registered: false };
  }
}

/** Every bad field named at once (paths `input.…`); throws BAD_USER_INPUT. */
export function validateRecord(input: CreditRecordInput, now: Date): ValidRecord {
  const p = new Problems();
  const idempotencyKey = checkText(p, 'input.idempotencyKey', input?.idempotencyKey, KEY_MAX);
  if (!isCreditCategory(input?.category))
    p.add('input.category', `must be one of ${Object.keys(CREDIT_CATEGORIES).join(', ')}`);
  const s = input?.subject;
  let subject: CreditSubject | undefined;
  let identityKey: string | undefined;
  let jurisdiction: Jurisdiction | null = null;
  if (p.require('input.subject', s)) {
    const type = s.type as CreditSubjectType;
    if (type !== 'LIVE_ROOM_OPERATOR' && type !== 'STREAMER_AGENCY')
      p.add('input.subject.type', 'must be LIVE_ROOM_OPERATOR or STREAMER_AGENCY');
    const hasDoc = !blank(s.documentType) || !blank(s.documentNumber);
    if (hasDoc === !blank(s.uscc)) p.add('input.subject', 'give either documentType and documentNumber, or uscc');
    else if (hasDoc && type === 'STREAMER_AGENCY')
      p.add('input.subject.documentNumber', 'an agency is a registered business: give its uscc');
    else if (hasDoc) {
      const inner = new Problems();
      const doc = { type: String(s.documentType ?? ''), number: String(s.documentNumber ?? '') };
      const number = checkIdDocument(inner, 'input.subject', doc);
      for (const x of inner.list)
        p.add(x.path.replace(/\.type$/, '.documentType').replace(/\.number$/, '.documentNumber'), x.reason);
      if (number !== undefined) {
        identityKey = personKey(doc.type, number);
        subject = { type, documentType: doc.type, documentNumber: number, uscc: null };
      }
    } else {
      const uscc = checkUscc(p, 'input.subject.uscc', s.uscc);
      if (uscc !== undefined) {
        identityKey = businessKey(uscc);
        subject = { type, documentType: null, documentNumber: null, uscc };
      }
    }
    checkRegion(p, 'input.subject.regionCode', s.regionCode);
    const basis = s.regionBasis as CreditRegionBasis;
    if (!BASES.includes(basis)) p.add('input.subject.regionBasis', `must be one of ${BASES.join(', ')}`);
    else if (type === 'STREAMER_AGENCY' && basis !== 'DOMICILE')
      p.add('input.subject.regionBasis', "an agency's offices are those of its domicile (Art 47 ¶1): DOMICILE");
    else jurisdiction = jurisdictionOf(subjectJurisdiction(type, String(s.regionCode), basis), String(s.regionCode));
  }
  const decidedAt = checkInstant(p, 'input.decidedAt', input?.decidedAt);
  if (decidedAt && decidedAt.getTime() > now.getTime() + FUTURE_SLACK_MS)
    p.add('input.decidedAt', 'is in the future: record a decision once it is made');
  const decisionDocumentNo = checkText(p, 'input.decisionDocumentNo', input?.decisionDocumentNo, DOCUMENT_NO_MAX);
  const startsAt = blank(input?.startsAt) ? decidedAt : checkInstant(p, 'input.startsAt', input.startsAt);
  const endsAt = blank(input?.endsAt) ? null : (checkInstant(p, 'input.endsAt', input.endsAt) ?? null);
  if (startsAt && endsAt && endsAt <= startsAt) p.add('input.endsAt', 'must be after startsAt');
  const publicReason = checkText(p, 'input.publicReason', input?.publicReason, REASON_MAX);
  p.throwIfAny();
  const fields = {
    category: input.category as CreditCategory,
    subject: subject!,
    jurisdiction: jurisdiction!,
    decidedAt: decidedAt!,
    decisionDocumentNo,
    startsAt: startsAt!,
    endsAt,
    publicReason,
  };
  return { ...fields, idempotencyKey, identityKey: identityKey!, contentHash: contentHashOf(fields) };
}

/** What a retry must repeat to be one: the whole record as validated (SHA-256 of its JSON). */
function contentHashOf(fields: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** 信用修复 (Art 11 ¶2): when it took effect and why; every bad field at once. */
export function validateRepair(
  record: Pick<CreditRecord, 'decidedAt'>,
  input: { repairedAt: Date | string; reason: string },
  now: Date,
): { repairedAt: Date; reason: string } {
  const p = new Problems();
  const repairedAt = checkInstant(p, 'repairedAt', input.repairedAt);
  if (repairedAt && repairedAt < record.decidedAt) p.add('repairedAt', 'is before the decision it repairs');
  if (repairedAt && repairedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) p.add('repairedAt', 'is in the future');
  const reason = checkText(p, 'reason', input.reason, REASON_MAX);
  p.throwIfAny();
  return { repairedAt: repairedAt!, reason };
}

/** Derived from the record and the clock, never stored: a repair ends it, so does its term. */
export function creditStatus(r: Pick<CreditRecord, 'repairedAt' | 'endsAt'>, now: Date): CreditStatus {
  if (r.repairedAt && r.repairedAt <= now) return 'REPAIRED';
  if (r.endsAt && r.endsAt <= now) return 'EXPIRED';
  return 'IN_FORCE';
}

/**
 * What a platform learns of one record: category, dates and the decision's document number (文号), by
 * which the public record (公示, Art 51 ¶1, ¶2) can be found. Built field by field, so no identity,
 * office detail or reason can leak into it.
 */
export interface CreditFact {
  recordId: string;
  category: CreditCategory;
  decidedAt: Date;
  decisionDocumentNo: string;
  startsAt: Date;
  endsAt: Date | null;
  repairedAt: Date | null;
  status: CreditStatus;
}

export function creditFact(r: CreditRecord, now: Date): CreditFact {
  return {
    recordId: r.id,
    category: r.category,
    decidedAt: r.decidedAt,
    decisionDocumentNo: r.decisionDocumentNo,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    repairedAt: r.repairedAt,
    status: creditStatus(r, now),
  };
}
