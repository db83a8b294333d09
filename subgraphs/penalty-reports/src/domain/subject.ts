/**
 * The subject of a disposal report (Art 12 ¶1: an operator, a streamer or a streamer agency), its
 * identity and the region that gives jurisdiction over it (Art 47). Part of validateReport.
 */
import { at, type Problems } from '../../../../lib/problems.js';
import {
  checkLiveAccounts,
  checkRegion,
  type BusinessInput,
  type LiveAccountInput,
  type PersonInput,
} from '../../../../lib/domain/identity.js';
import {
  checkIdentity,
  identityFor,
  isSubjectKind,
  SUBJECT_KINDS,
  type Business,
  type Person,
  type SubjectKind,
} from '../../../../lib/domain/subject.js';
import { NATIONAL_REGION } from '../../../../lib/validators/index.js';

export { SUBJECT_KINDS, type Business, type Person, type SubjectKind };

export interface OperatorRefInput {
  person?: PersonInput | null;
  business?: BusinessInput | null;
  /** The operator's actual business region (实际经营地), GB/T 2260. */
  businessRegion: string;
}
export interface SubjectInput {
  kind: string;
  person?: PersonInput | null;
  business?: BusinessInput | null;
  liveAccounts?: LiveAccountInput[] | null;
  /** OPERATOR only: its actual business region (Art 47 ¶2). */
  businessRegion?: string | null;
  /** STREAMER only: the operator whose live room they streamed in (Art 47 ¶3). */
  operator?: OperatorRefInput | null;
}

// ---- normalised (stored in each version's body) ----

export interface OperatorRef {
  person: Person | null;
  business: Business | null;
  businessRegion: string;
}
export interface Subject {
  kind: SubjectKind;
  person: Person | null;
  business: Business | null;
  liveAccounts: { accountId: string; nickname: string | null }[];
  businessRegion: string | null;
  operator: OperatorRef | null;
}

/** The region whose offices have Art 47 jurisdiction over the subject: the operator's actual business
 * region (¶2), or for a streamer that of the operator whose room they streamed in (¶3); null for an agency. */
export function subjectBusinessRegion(subject: Subject): string | null {
  return subject.businessRegion ?? subject.operator?.businessRegion ?? null;
}

function checkBusinessRegion(p: Problems, path: string, code: unknown): boolean {
  const before = p.list.length;
  checkRegion(p, path, code);
  if (p.list.length === before && code === NATIONAL_REGION)
    p.add(path, 'must be a province, prefecture or county code');
  return p.list.length === before;
}

export function checkSubject(
  p: Problems,
  path: string,
  s: SubjectInput | null | undefined,
): { subject: Subject; key: string; operatorKey: string | null } | undefined {
  if (!p.require(path, s)) return undefined;
  const kind = isSubjectKind(s!.kind) ? s!.kind : undefined;
  if (!kind) p.add(at(path, 'kind'), `must be one of ${SUBJECT_KINDS.join(', ')}`);
  // A streamer (直播营销人员) is a natural person; an agency (服务机构) a registered business (DESIGN §5).
  const id = checkIdentity(p, path, s!, identityFor(kind), kind?.toLowerCase() ?? 'the subject');
  checkLiveAccounts(p, at(path, 'liveAccounts'), s!.liveAccounts, kind === 'AGENCY' ? 0 : 1);

  const regionPath = at(path, 'businessRegion');
  let regionOk = true;
  if (kind === 'OPERATOR')
    regionOk = checkBusinessRegion(p, regionPath, s!.businessRegion); // Art 47 ¶2
  else if (s!.businessRegion != null)
    p.add(regionPath, 'only for an operator (for a streamer, give operator.businessRegion)');

  const opPath = at(path, 'operator');
  let operator: OperatorRef | null = null;
  let operatorKey: string | null = null;
  if (kind === 'STREAMER') {
    // Art 47 ¶3: a streamer falls to the offices that have jurisdiction over the room's operator.
    if (p.require(opPath, s!.operator)) {
      const opId = checkIdentity(p, opPath, s!.operator!, 'either', 'the operator');
      const opRegionOk = checkBusinessRegion(p, at(opPath, 'businessRegion'), s!.operator!.businessRegion);
      if (opId && opRegionOk) {
        operator = { person: opId.person, business: opId.business, businessRegion: s!.operator!.businessRegion };
        operatorKey = opId.key;
      }
    }
  } else if (s!.operator != null) p.add(opPath, 'only for a streamer');

  if (!kind || !id || !regionOk) return undefined;
  const subject: Subject = {
    kind,
    person: id.person,
    business: id.business,
    liveAccounts: (s!.liveAccounts ?? []).map((a) => ({
      accountId: a.accountId.trim(),
      nickname: a.nickname?.trim() || null,
    })),
    businessRegion: kind === 'OPERATOR' ? s!.businessRegion! : null,
    operator,
  };
  return { subject, key: id.key, operatorKey };
}
