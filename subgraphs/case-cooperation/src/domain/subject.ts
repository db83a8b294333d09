/**
 * Who a notice or lead is about: a live-room operator (直播间运营者), a streamer (直播营销人员) or a
 * streamer agency (直播营销人员服务机构), named as a person or a business (lib/domain/identity.ts) and/or
 * by live accounts. Same shape as penalty-reports' subjects (`kind`, `liveAccounts`), so a platform can
 * copy a notice's subject into the disposal report it files in answer.
 */
import { at, type Problems } from '../../../../lib/problems.js';
import {
  checkIdDocument,
  checkLiveAccounts,
  checkName,
  checkUscc,
  type BusinessInput,
  type LiveAccountInput,
  type PersonInput,
} from '../../../../lib/domain/identity.js';
import type { DocumentType } from '../../../../lib/validators/index.js';

export const SUBJECT_KINDS = ['OPERATOR', 'STREAMER', 'AGENCY'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** @default 100 subjects per notice or lead */
export const MAX_SUBJECTS = 100;
/** @default 50 live accounts per subject */
export const MAX_ACCOUNTS = 50;

export interface SubjectInput {
  kind: string;
  person?: PersonInput | null;
  business?: BusinessInput | null;
  liveAccounts?: LiveAccountInput[] | null;
}

export interface Subject {
  kind: SubjectKind;
  person: { name: string; idDocument: { type: DocumentType; number: string } } | null;
  business: { name: string; uscc: string } | null;
  liveAccounts: { accountId: string; nickname: string | null }[];
}

export interface SubjectRules {
  kinds: readonly SubjectKind[];
  /** true: each subject needs a person or a business; false: live accounts alone also identify it. */
  named: boolean;
  min: number;
  max?: number;
}

/** Validates a list of subjects into `problems` (paths under `path`); returns them normalised. */
export function checkSubjects(
  problems: Problems,
  path: string,
  subjects: SubjectInput[] | null | undefined,
  rules: SubjectRules,
): Subject[] {
  const list = subjects ?? [];
  const max = rules.max ?? MAX_SUBJECTS;
  if (list.length < rules.min) {
    problems.add(path, rules.min === 1 ? 'needs at least one subject' : `needs at least ${rules.min} subjects`);
  }
  if (list.length > max) {
    problems.add(path, max === 1 ? 'takes exactly one subject' : `takes at most ${max} subjects`);
    return [];
  }
  return list.map((s, i) => checkSubject(problems, at(path, i), s, rules));
}

function checkSubject(problems: Problems, path: string, s: SubjectInput | null | undefined, rules: SubjectRules): Subject {
  const out: Subject = { kind: 'OPERATOR', person: null, business: null, liveAccounts: [] };
  if (!problems.require(path, s)) return out;
  const subject = s!;
  if ((rules.kinds as readonly string[]).includes(subject.kind)) out.kind = subject.kind as SubjectKind;
  else problems.add(at(path, 'kind'), `must be one of ${rules.kinds.join(', ')}`);

  const accounts = subject.liveAccounts ?? [];
  if (subject.person && subject.business) problems.add(path, 'give a person or a business, not both');
  else if (!subject.person && !subject.business) {
    if (rules.named) problems.add(path, 'needs a person or a business');
    else if (accounts.length === 0) problems.add(path, 'needs a person, a business or at least one live account');
  }
  // Art 2: a streamer is an individual (个人); an agency is an organisation (机构) with a USCC.
  if (subject.kind === 'STREAMER' && subject.business) problems.add(at(path, 'business'), 'a streamer is a natural person');
  if (subject.kind === 'AGENCY' && subject.person) problems.add(at(path, 'person'), 'an agency is a business with a USCC');

  if (subject.person) {
    const p = at(path, 'person');
    checkName(problems, at(p, 'name'), subject.person.name);
    const number = checkIdDocument(problems, at(p, 'idDocument'), subject.person.idDocument);
    if (number) {
      out.person = {
        name: String(subject.person.name).trim(),
        idDocument: { type: subject.person.idDocument.type as DocumentType, number },
      };
    }
  }
  if (subject.business) {
    const b = at(path, 'business');
    checkName(problems, at(b, 'name'), subject.business.name);
    const uscc = checkUscc(problems, at(b, 'uscc'), subject.business.uscc);
    if (uscc) out.business = { name: String(subject.business.name).trim(), uscc };
  }
  if (accounts.length > MAX_ACCOUNTS) problems.add(at(path, 'liveAccounts'), `takes at most ${MAX_ACCOUNTS} accounts`);
  else {
    checkLiveAccounts(problems, at(path, 'liveAccounts'), accounts, 0);
    out.liveAccounts = accounts.map((a) => ({ accountId: String(a?.accountId ?? '').trim(), nickname: a?.nickname ?? null }));
  }
  return out;
}
