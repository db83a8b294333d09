/**
 * Who a disposal report, notice or lead is about (Art 2, Art 12 ¶1, Art 46): a live-room operator
 * (直播间运营者), a streamer (直播营销人员) or a streamer agency (直播营销人员服务机构), named as a
 * natural person or a registered business. One shape for penalty-reports and case-cooperation, so a
 * platform can copy a notice's subject into the disposal report it files in answer.
 */
import { at, type Problems } from '../problems.js';
import type { DocumentType } from '../validators/index.js';
import {
  businessKey,
  checkIdDocument,
  checkName,
  checkUscc,
  personKey,
  type BusinessInput,
  type PersonInput,
} from './identity.js';

export const SUBJECT_KINDS = ['OPERATOR', 'STREAMER', 'AGENCY'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export function isSubjectKind(v: unknown): v is SubjectKind {
  return (SUBJECT_KINDS as readonly unknown[]).includes(v);
}

export interface Person {
  name: string;
  idDocument: { type: DocumentType; number: string };
}
export interface Business {
  name: string;
  uscc: string;
}

/** A validated identity, with the normalised key that matching hashes. */
export interface Identity {
  person: Person | null;
  business: Business | null;
  key: string;
}

/**
 * What may identify a subject: a streamer is an individual (个人, Art 2 ¶3) and an agency an organisation
 * with a USCC (机构, Art 2 ¶4); an operator may be either (Art 9 item (1)).
 */
export function identityFor(kind: SubjectKind | undefined): 'person' | 'business' | 'either' {
  return kind === 'STREAMER' ? 'person' : kind === 'AGENCY' ? 'business' : 'either';
}

/**
 * Checks `{ person } | { business }` at `path` into `p`: exactly one, of the allowed kind, each validated
 * by its check character. `what` names the subject in messages ("the operator").
 */
export function checkIdentity(
  p: Problems,
  path: string,
  v: { person?: PersonInput | null; business?: BusinessInput | null },
  allowed: 'person' | 'business' | 'either',
  what: string,
): Identity | undefined {
  if (v.person && v.business) return void p.add(path, `${what} is either a person or a business, not both`);
  if (!v.person && !v.business) {
    return void p.add(
      path,
      allowed === 'person'
        ? 'needs a person'
        : allowed === 'business'
          ? 'needs a business'
          : 'needs a person or a business',
    );
  }
  if (v.person && allowed === 'business')
    return void p.add(at(path, 'person'), `${what} is a registered business: give business { name, uscc }`);
  if (v.business && allowed === 'person')
    return void p.add(at(path, 'business'), `${what} is a natural person: give person { name, idDocument }`);
  if (v.person) {
    const pp = at(path, 'person');
    checkName(p, at(pp, 'name'), v.person.name);
    const number = checkIdDocument(p, at(pp, 'idDocument'), v.person.idDocument);
    if (number === undefined || typeof v.person.name !== 'string') return undefined;
    const type = v.person.idDocument.type as DocumentType;
    return {
      person: { name: v.person.name.trim(), idDocument: { type, number } },
      business: null,
      key: personKey(type, number),
    };
  }
  const bp = at(path, 'business');
  checkName(p, at(bp, 'name'), v.business!.name);
  const uscc = checkUscc(p, at(bp, 'uscc'), v.business!.uscc);
  if (uscc === undefined || typeof v.business!.name !== 'string') return undefined;
  return { person: null, business: { name: v.business!.name.trim(), uscc }, key: businessKey(uscc) };
}
