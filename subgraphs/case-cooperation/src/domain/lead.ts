/**
 * A lead (线索移交, Art 46 ¶1): an office hands a matter to another office — SAMR ↔ CAC, another region,
 * or another level — which accepts or declines it. Lifecycle PENDING → ACCEPTED | DECLINED; only the
 * receiving office decides, and a refusal gives its reason. Only the two offices see the lead.
 */
import { conflict, forbidden, notFound } from '../../../../lib/errors.js';
import { at, Problems } from '../../../../lib/problems.js';
import { officeOf, type Office, type Principal } from '../../../../lib/principal.js';
import { AUTHORITIES, isAuthority, isOfficeLevel, OFFICE_LEVELS } from '../../../../lib/identity/spiffe.js';
import { regionProblem, regionProblemForLevel } from '../../../../lib/validators/region.js';
import { canDecideLead, canReadLead, canReadNotice, canTransferLead, sameOffice } from './notice.access.js';
import type { Notice } from './notice.js';
import { checkSubjects, type Subject, type SubjectInput } from './subject.js';

export const LEAD_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_SUMMARY_MAX = 5_000;
export const REASON_MAX = 2_000;
/** @default 50 */
export const MAX_RELATED_NOTICES = 50;

export interface LeadInput {
  to: { authority: string; level: string; region: string };
  summary: string;
  subjects?: SubjectInput[] | null;
  relatedNoticeIds?: string[] | null;
  idempotencyKey?: string | null;
}

export interface Lead {
  id: string;
  from: Office;
  to: Office;
  summary: string;
  subjects: Subject[];
  relatedNoticeIds: string[];
  idempotencyKey: string | null;
  status: LeadStatus;
  createdAt: Date;
  decidedAt: Date | null;
  /** Required when DECLINED; optional note when ACCEPTED. */
  reason: string | null;
  /** On a write's result only: that write's receipt (null when the store keeps no evidence log). */
  receipt?: string | null;
}

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * transferLead: validates and returns the PENDING lead. `relatedNotices` are the notices the store found
 * for `input.relatedNoticeIds`; an id with no notice the sender may read is refused like a missing one.
 */
export function transferLead(
  p: Principal,
  input: LeadInput,
  ctx: { id: string; now: Date; relatedNotices: readonly Notice[] },
): Lead {
  const from = officeOf(p);
  if (!from || !canTransferLead(p)) throw forbidden('only SAMR and CAC offices transfer leads');
  const problems = new Problems();
  const to = checkTarget(problems, input?.to, from);
  if (problems.require('input.summary', input?.summary))
    problems.maxLength('input.summary', input.summary, LEAD_SUMMARY_MAX);
  // A lead may be about no one yet (e.g. a pattern of complaints); subjects it names must be identifiable.
  const subjects = checkSubjects(problems, 'input.subjects', input?.subjects, {
    kinds: ['OPERATOR', 'STREAMER', 'AGENCY'],
    named: false,
    min: 0,
  });
  const ids = input?.relatedNoticeIds ?? [];
  if (ids.length > MAX_RELATED_NOTICES)
    problems.add('input.relatedNoticeIds', `takes at most ${MAX_RELATED_NOTICES} ids`);
  else {
    ids.forEach((id, i) => {
      const n = ctx.relatedNotices.find((x) => x.id === id);
      if (!n || !canReadNotice(p, n)) problems.add(at('input.relatedNoticeIds', i), 'no such notice');
    });
  }
  if (input?.idempotencyKey != null && !IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    problems.add('input.idempotencyKey', 'must be 1–128 characters of A–Z, a–z, 0–9, ".", "_", ":", "-"');
  }
  problems.throwIfAny();
  return {
    id: ctx.id,
    from,
    to: to!,
    summary: input.summary.trim(),
    subjects,
    relatedNoticeIds: [...new Set(ids)],
    idempotencyKey: input.idempotencyKey ?? null,
    status: 'PENDING',
    createdAt: ctx.now,
    decidedAt: null,
    reason: null,
  };
}

function checkTarget(problems: Problems, to: LeadInput['to'] | null | undefined, from: Office): Office | undefined {
  const path = 'input.to';
  if (!problems.require(path, to)) return undefined;
  const before = problems.list.length;
  if (!isAuthority(to!.authority)) problems.add(at(path, 'authority'), `must be one of ${AUTHORITIES.join(', ')}`);
  const levelOk = isOfficeLevel(to!.level);
  if (!levelOk) problems.add(at(path, 'level'), `must be one of ${OFFICE_LEVELS.join(', ')}`);
  if (problems.require(at(path, 'region'), to!.region)) {
    const region = String(to!.region);
    problems.check(at(path, 'region'), levelOk ? regionProblemForLevel(region, to!.level) : regionProblem(region));
  }
  if (problems.list.length > before) return undefined;
  const office = { authority: to!.authority, level: to!.level, region: to!.region } as Office;
  if (sameOffice(office, from)) problems.add(path, 'is the sending office itself');
  return office;
}

/** The receiving office accepts or declines a pending lead; declining needs a reason. */
export function decideLead(
  p: Principal,
  lead: Lead,
  input: { decision: 'ACCEPT' | 'DECLINE'; reason?: string | null },
  now: Date,
): Lead {
  if (!canReadLead(p, lead)) throw notFound('lead');
  if (!canDecideLead(p, lead)) throw forbidden('only the receiving office decides on a lead');
  if (lead.status !== 'PENDING') throw conflict(`the lead is already ${lead.status}`, { currentStatus: lead.status });
  const problems = new Problems();
  if (input?.decision !== 'ACCEPT' && input?.decision !== 'DECLINE')
    problems.add('decision', 'must be ACCEPT or DECLINE');
  if (input?.decision === 'DECLINE') problems.require('reason', input.reason);
  problems.maxLength('reason', input?.reason, REASON_MAX);
  problems.throwIfAny();
  return {
    ...lead,
    status: input.decision === 'ACCEPT' ? 'ACCEPTED' : 'DECLINED',
    decidedAt: now,
    reason: input.reason?.trim() || null,
  };
}
