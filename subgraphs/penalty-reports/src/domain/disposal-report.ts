/**
 * A disposal report (处置措施报告): what a platform did to an operator, streamer or agency, and why
 * (Art 12, 13, 22 ¶3, 23). This module validates the input, normalises it into the body every version
 * stores, and derives the identity keys and the content hash the store needs. Pure: no I/O.
 */
import { at, Problems } from '../../../../lib/problems.js';
import { checkSubject, type Subject, type SubjectInput } from './subject.js';
import { canonicalJson, toInstant, type Instant } from './canonical.js';
import { checkMeasures, type Measure, type MeasureInput } from './measure.js';

export * from './subject.js';
export * from './measure.js';
export type { Instant } from './canonical.js';

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
