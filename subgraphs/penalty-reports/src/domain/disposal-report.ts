/**
 * A disposal report (处置措施报告): what a platform did to an operator, streamer or agency, and why
 * (Art 12, 13, 22 ¶3, 23). This module validates the input, normalises it into the body every version
 * stores, and derives the identity keys and the content hash the store needs. Pure: no I/O.
 */
import { at, Problems } from '../../../../lib/problems.js';
import { checkSubject, type Subject, type SubjectInput } from './subject.js';
import { canonicalJson, toInstant, type Instant } from './canonical.js';

export * from './subject.js';
export type { Instant } from './canonical.js';

// Art 12 ¶1 names the measures in this order, from the mildest to the most severe.
export const MEASURE_TYPES = [
  'WARNING', // 警示
  'FEATURE_RESTRICTION', // 限制功能
  'TRAFFIC_RESTRICTION', // 限制流量
  'LIVE_SUSPENSION', // 暂停直播
  'TIMED_BROADCAST_BAN', // 限期停播
  'ACCOUNT_CLOSURE', // 关闭账号
  'REREGISTRATION_BAN', // 禁止重新注册账号
  'BLACKLISTING', // 列入黑名单
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/**
 * Measures that need an end (`endsAt`). Blacklisting too: Art 14 ¶2 makes the platform tell the subject
 * "列入黑名单的具体期限", so a listing without a definite term is not a lawful listing.
 */
export const TIME_LIMITED_MEASURES: readonly MeasureType[] = [
  'FEATURE_RESTRICTION',
  'TRAFFIC_RESTRICTION',
  'LIVE_SUSPENSION',
  'TIMED_BROADCAST_BAN',
  'BLACKLISTING',
];

/** Art 12 ¶2 and Art 50: a regulator's notice; Art 13: own monitoring (detection, patrol); Art 20: complaints. */
export const TRIGGER_KINDS = ['PLATFORM_DETECTION', 'PATROL', 'COMPLAINT', 'REGULATOR_NOTICE'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export const FACTS_MAX = 10_000;
/** Laws and articles one report may cite (Art 12 ¶1 asks for the basis, not a code of law). */
export const LEGAL_BASIS_MAX = 20;
export const REASON_MAX = 2_000;
/** Characters of one legal basis's law and article, and of a trigger's notice id. */
export const LAW_MAX = 200;
export const ARTICLE_MAX = 100;
export const NOTICE_ID_MAX = 128;
/** A platform's idempotency key: 1–128 printable ASCII characters, no spaces. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/;
/** Tolerated client clock lead for "not in the future" checks. @default 5 minutes */
export const CLOCK_SKEW_MS = 5 * 60_000;

// ---- input (mirrors DisposalReportInput in the public schema) ----

export interface MeasureInput {
  type: string;
  startsAt: Instant;
  endsAt?: Instant | null;
}
export interface LegalBasisInput {
  law: string;
  article: string;
}
export interface TriggerInput {
  kind: string;
  /** REGULATOR_NOTICE only: the case-cooperation Notice id (Art 12 ¶2, Art 50). */
  noticeId?: string | null;
}
export interface DisposalReportInput {
  idempotencyKey: string;
  subject: SubjectInput;
  measures: MeasureInput[];
  facts: string;
  legalBasis: LegalBasisInput[];
  trigger: TriggerInput;
  decidedAt: Instant;
}

// ---- normalised body (what each version stores; plain data) ----

export interface Measure {
  type: MeasureType;
  startsAt: Date;
  endsAt: Date | null;
}
export interface ReportBody {
  subject: Subject;
  /** In the order of MEASURE_TYPES, one per type. */
  measures: Measure[];
  facts: string;
  legalBasis: LegalBasisInput[];
  trigger: { kind: TriggerKind; noticeId: string | null };
  decidedAt: Date;
}

export interface ValidatedReport {
  idempotencyKey: string;
  body: ReportBody;
  /** personKey/businessKey of the subject: hash it (PiiCipher.hash) for the exact-identity lookup. */
  subjectKey: string;
  /** Same, for a streamer's operator (null otherwise). */
  operatorKey: string | null;
  /** Keyed hash of the canonical body: same content ⇔ same hash (idempotency). */
  contentHash: string;
}

export interface ValidateOptions {
  now: Date;
  /**
   * Keyed hash (PiiCipher.hash). Keyed because the body holds ID numbers: a plain SHA-256 next to the
   * other columns would let a database reader enumerate them.
   */
  hash: (canonical: string) => string;
}

/** Validates a DisposalReportInput; throws BAD_USER_INPUT naming every invalid field at once. */
export function validateReport(input: DisposalReportInput, { now, hash }: ValidateOptions): ValidatedReport {
  const p = new Problems();
  const base = 'input';
  if (!p.require(base, input)) p.throwIfAny();

  const keyPath = at(base, 'idempotencyKey');
  if (p.require(keyPath, input.idempotencyKey)) {
    if (!IDEMPOTENCY_KEY.test(input.idempotencyKey))
      p.add(keyPath, 'must be 1–128 printable ASCII characters, no spaces');
  }

  const subject = checkSubject(p, at(base, 'subject'), input.subject);
  const measures = checkMeasures(p, at(base, 'measures'), input.measures);

  const factsPath = at(base, 'facts');
  if (p.require(factsPath, input.facts)) p.maxLength(factsPath, input.facts, FACTS_MAX);

  const legalPath = at(base, 'legalBasis');
  if (!Array.isArray(input.legalBasis) || input.legalBasis.length === 0) {
    p.add(legalPath, 'needs at least one law and article');
  } else if (input.legalBasis.length > LEGAL_BASIS_MAX) {
    p.add(legalPath, `takes at most ${LEGAL_BASIS_MAX} laws and articles`);
  } else {
    input.legalBasis.forEach((lb, i) => {
      const lp = at(legalPath, i);
      if (p.require(at(lp, 'law'), lb?.law)) p.maxLength(at(lp, 'law'), lb.law, LAW_MAX);
      if (p.require(at(lp, 'article'), lb?.article)) p.maxLength(at(lp, 'article'), lb.article, ARTICLE_MAX);
    });
  }

  const trigger = checkTrigger(p, at(base, 'trigger'), input.trigger);

  const decidedPath = at(base, 'decidedAt');
  const decidedAt = p.require(decidedPath, input.decidedAt) ? instant(p, decidedPath, input.decidedAt) : undefined;
  if (decidedAt && decidedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) p.add(decidedPath, 'must not be in the future');

  p.throwIfAny();
  const body: ReportBody = {
    subject: subject!.subject,
    measures: measures!,
    facts: input.facts.trim(),
    legalBasis: input.legalBasis.map((lb) => ({ law: lb.law.trim(), article: lb.article.trim() })),
    trigger: trigger!,
    decidedAt: decidedAt!,
  };
  return {
    idempotencyKey: input.idempotencyKey,
    body,
    subjectKey: subject!.key,
    operatorKey: subject!.operatorKey,
    contentHash: hash(canonicalJson(body)),
  };
}

// ---- parts ----

function checkMeasures(p: Problems, path: string, list: MeasureInput[] | null | undefined): Measure[] | undefined {
  if (!Array.isArray(list) || list.length === 0)
    return void p.add(path, `needs at least one measure (${MEASURE_TYPES.join(', ')})`);
  const out: Measure[] = [];
  const seen = new Set<string>();
  list.forEach((m, i) => {
    const mp = at(path, i);
    if (!p.require(mp, m)) return;
    const typeOk = (MEASURE_TYPES as readonly string[]).includes(m.type);
    if (!typeOk) p.add(at(mp, 'type'), `must be one of ${MEASURE_TYPES.join(', ')}`);
    else if (seen.has(m.type)) p.add(at(mp, 'type'), `${m.type} appears more than once`);
    seen.add(m.type);
    const startsAt = p.require(at(mp, 'startsAt'), m.startsAt) ? instant(p, at(mp, 'startsAt'), m.startsAt) : undefined;
    const endsPath = at(mp, 'endsAt');
    let endsAt: Date | null | undefined = null;
    if (m.endsAt != null) endsAt = instant(p, endsPath, m.endsAt);
    else if (typeOk && TIME_LIMITED_MEASURES.includes(m.type as MeasureType))
      p.add(endsPath, `is required: ${m.type} is time-limited`);
    if (startsAt && endsAt && endsAt.getTime() <= startsAt.getTime()) p.add(endsPath, 'must be after startsAt');
    if (typeOk && startsAt && endsAt !== undefined) out.push({ type: m.type as MeasureType, startsAt, endsAt });
  });
  return out.sort((a, b) => MEASURE_TYPES.indexOf(a.type) - MEASURE_TYPES.indexOf(b.type));
}

function checkTrigger(
  p: Problems,
  path: string,
  t: TriggerInput | null | undefined,
): ReportBody['trigger'] | undefined {
  if (!p.require(path, t)) return undefined;
  if (!(TRIGGER_KINDS as readonly string[]).includes(t!.kind))
    return void p.add(at(path, 'kind'), `must be one of ${TRIGGER_KINDS.join(', ')}`);
  const idPath = at(path, 'noticeId');
  if (t!.kind === 'REGULATOR_NOTICE') {
    // Art 12 ¶2, Art 50: measures taken on a regulator's notice are reported against that notice.
    if (!p.require(idPath, t!.noticeId)) return undefined;
    p.maxLength(idPath, t!.noticeId, NOTICE_ID_MAX);
    return { kind: 'REGULATOR_NOTICE', noticeId: t!.noticeId!.trim() };
  }
  if (t!.noticeId != null) return void p.add(idPath, 'only for trigger REGULATOR_NOTICE');
  return { kind: t!.kind as TriggerKind, noticeId: null };
}

function instant(p: Problems, path: string, v: Instant): Date | undefined {
  const d = toInstant(v);
  if (!d) p.add(path, 'must be an RFC 3339 date-time with a time zone');
  return d;
}
