/**
 * The subject of a disposal report (Art 12 ¶1: an operator, a streamer or a streamer agency), its
 * identity and the places that decide jurisdiction over it (Art 47, by lib/domain/jurisdiction.ts). Part of
 * validateReport.
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
import {
  jurisdictionOf,
  type Jurisdiction,
  type JurisdictionSubject,
  type OperatorPlace,
} from '../../../../lib/domain/jurisdiction.js';
import { NATIONAL_REGION } from '../../../../lib/validators/index.js';

export { SUBJECT_KINDS, type Business, type Person, type SubjectKind };

export interface OperatorRefInput {
  person?: PersonInput | null;
  business?: BusinessInput | null;
  /** The operator's actual business region (实际经营地), GB/T 2260; absent when it cannot be determined. */
  businessRegion?: string | null;
  /** A registered operator's domicile (住所地): decides when the business region cannot be (Art 47 ¶2). */
  domicileRegion?: string | null;
}
export interface SubjectInput {
  kind: string;
  person?: PersonInput | null;
  business?: BusinessInput | null;
  liveAccounts?: LiveAccountInput[] | null;
  /** OPERATOR only: its actual business region (Art 47 ¶2); absent when it cannot be determined. */
  businessRegion?: string | null;
  /** AGENCY (required) or a registered OPERATOR: its domicile (住所地, Art 47 ¶1, ¶2). */
  domicileRegion?: string | null;
  /** STREAMER only: the operator whose live room they streamed in (Art 47 ¶3). */
  operator?: OperatorRefInput | null;
}

// ---- normalised (stored in each version's body) ----

/** `domicileRegion` is present only when given, so that reports without one hash as before. */
export interface OperatorRef {
  person: Person | null;
  business: Business | null;
  businessRegion: string | null;
  domicileRegion?: string;
}
export interface Subject {
  kind: SubjectKind;
  person: Person | null;
  business: Business | null;
  liveAccounts: { accountId: string; nickname: string | null }[];
  businessRegion: string | null;
  domicileRegion?: string;
  operator: OperatorRef | null;
}

const placeOf = (o: Pick<OperatorRef, 'business' | 'businessRegion' | 'domicileRegion'>): OperatorPlace => ({
  registered: !!o.business, // 已办理经营主体登记: named by its USCC (Art 9 items (1), (2))
  businessRegion: o.businessRegion,
  domicileRegion: o.domicileRegion ?? null,
});

/** The subject as lib's Art 47 rule sees it. */
export function jurisdictionSubject(s: Subject): JurisdictionSubject {
  if (s.kind === 'AGENCY') return { kind: 'AGENCY', domicileRegion: s.domicileRegion ?? '' };
  if (s.kind === 'STREAMER')
    return { kind: 'STREAMER', operator: placeOf(s.operator ?? { business: null, businessRegion: null }) };
  return { kind: 'OPERATOR', ...placeOf(s) };
}

/** Art 47: the offices of which region have jurisdiction over the subject, and why. */
export function subjectJurisdiction(s: Subject, platformDomicile: string): Jurisdiction | null {
  if (s.kind === 'AGENCY' && !s.domicileRegion) return null; // reported before its domicile was asked for
  return jurisdictionOf(jurisdictionSubject(s), platformDomicile);
}

/**
 * The region the subject itself gives jurisdiction to (its place of business, its domicile, or for a streamer
 * those of the operator), stored and searched beside the platform's domicile; null when it falls to the
 * platform's domicile (Art 47 ¶2, unregistered) or nothing decides (an agency reported before it had to
 * give its domicile).
 */
export function subjectRegion(s: Subject): string | null {
  const j = subjectJurisdiction(s, '');
  return j && j.basis !== 'PLATFORM_DOMICILE' ? j.region : null;
}

/** A province, prefecture or county code (not 100000): `true` when valid or absent and optional. */
function checkPlace(p: Problems, path: string, code: unknown, required: boolean): boolean {
  if (code == null && !required) return true;
  const before = p.list.length;
  checkRegion(p, path, code);
  if (p.list.length === before && code === NATIONAL_REGION)
    p.add(path, 'must be a province, prefecture or county code');
  return p.list.length === before;
}

const UNDECIDED =
  'is required, or, when the actual place of business (实际经营地) cannot be determined, domicileRegion: Art 47 ¶2 then decides by the registered domicile (住所地)';

/** Checks an operator's places (its own or a streamer's operator's, at `path`): Art 47 ¶2 must decide. */
function checkOperatorPlace(p: Problems, path: string, o: OperatorRefInput, registered: boolean): boolean {
  let ok = checkPlace(p, at(path, 'businessRegion'), o.businessRegion, false);
  if (!registered && o.domicileRegion != null) {
    p.add(
      at(path, 'domicileRegion'),
      'only for a registered operator (a business): an unregistered one falls to the platform’s domicile (Art 47 ¶2)',
    );
    return false;
  }
  ok = checkPlace(p, at(path, 'domicileRegion'), o.domicileRegion, false) && ok;
  // The platform's domicile always exists; only a registered operator with neither place leaves Art 47 ¶2 undecided.
  const place = { registered, businessRegion: o.businessRegion, domicileRegion: o.domicileRegion };
  if (ok && !jurisdictionOf({ kind: 'OPERATOR', ...place }, 'platform')) {
    p.add(at(path, 'businessRegion'), UNDECIDED);
    return false;
  }
  return ok;
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

  let placeOk = true;
  if (kind === 'OPERATOR')
    placeOk = checkOperatorPlace(p, path, s!, !!s!.business); // Art 47 ¶2
  else {
    if (s!.businessRegion != null)
      p.add(at(path, 'businessRegion'), 'only for an operator (for a streamer, give operator.businessRegion)');
    if (kind === 'AGENCY')
      placeOk = checkPlace(p, at(path, 'domicileRegion'), s!.domicileRegion, true); // Art 47 ¶1
    else if (s!.domicileRegion != null)
      p.add(
        at(path, 'domicileRegion'),
        'only for an agency or a registered operator (for a streamer, give operator.domicileRegion)',
      );
  }

  const opPath = at(path, 'operator');
  let operator: OperatorRef | null = null;
  let operatorKey: string | null = null;
  if (kind === 'STREAMER') {
    // Art 47 ¶3: a streamer falls to the offices that have jurisdiction over the room's operator.
    if (p.require(opPath, s!.operator)) {
      const o = s!.operator!;
      const opId = checkIdentity(p, opPath, o, 'either', 'the operator');
      const opPlaceOk = checkOperatorPlace(p, opPath, o, !!o.business);
      if (opId && opPlaceOk) {
        operator = { person: opId.person, business: opId.business, businessRegion: o.businessRegion ?? null };
        if (o.domicileRegion != null) operator.domicileRegion = o.domicileRegion;
        operatorKey = opId.key;
      }
    }
  } else if (s!.operator != null) p.add(opPath, 'only for a streamer');

  if (!kind || !id || !placeOk) return undefined;
  const subject: Subject = {
    kind,
    person: id.person,
    business: id.business,
    liveAccounts: (s!.liveAccounts ?? []).map((a) => ({
      accountId: a.accountId.trim(),
      nickname: a.nickname?.trim() || null,
    })),
    businessRegion: kind === 'OPERATOR' ? (s!.businessRegion ?? null) : null,
    operator,
  };
  if (kind !== 'STREAMER' && s!.domicileRegion != null) subject.domicileRegion = s!.domicileRegion;
  return { subject, key: id.key, operatorKey };
}
