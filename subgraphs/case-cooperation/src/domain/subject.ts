/**
 * Who a notice or lead is about: a live-room operator (直播间运营者), a streamer (直播营销人员) or a
 * streamer agency (直播营销人员服务机构), named as a person or a business (lib/domain/identity.ts) and/or
 * by live accounts. Same shape as penalty-reports' subjects (`kind`, `liveAccounts`), so a platform can
 * copy a notice's subject into the disposal report it files in answer.
 */
import { at, type Problems } from '../../../../lib/problems.js';
import {
  checkLiveAccounts,
  type BusinessInput,
  type LiveAccountInput,
  type PersonInput,
} from '../../../../lib/domain/identity.js';
import {
  checkIdentity,
  identityFor,
  type Business,
  type Person,
  type SubjectKind,
} from '../../../../lib/domain/subject.js';

export { SUBJECT_KINDS, type SubjectKind } from '../../../../lib/domain/subject.js';

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
  person: Person | null;
  business: Business | null;
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

function checkSubject(
  problems: Problems,
  path: string,
  s: SubjectInput | null | undefined,
  rules: SubjectRules,
): Subject {
  const out: Subject = { kind: 'OPERATOR', person: null, business: null, liveAccounts: [] };
  if (!problems.require(path, s)) return out;
  const subject = s!;
  const kind = (rules.kinds as readonly string[]).includes(subject.kind) ? (subject.kind as SubjectKind) : undefined;
  if (kind) out.kind = kind;
  else problems.add(at(path, 'kind'), `must be one of ${rules.kinds.join(', ')}`);

  const accounts = subject.liveAccounts ?? [];
  if (subject.person || subject.business) {
    // Art 2: a streamer is an individual (个人); an agency is an organisation (机构) with a USCC.
    const id = checkIdentity(
      problems,
      path,
      subject,
      identityFor(kind),
      kind === 'AGENCY' ? 'an agency' : kind === 'STREAMER' ? 'a streamer' : 'the subject',
    );
    if (id) Object.assign(out, { person: id.person, business: id.business });
  } else if (rules.named) problems.add(path, 'needs a person or a business');
  else if (accounts.length === 0) problems.add(path, 'needs a person, a business or at least one live account');
  if (accounts.length > MAX_ACCOUNTS) problems.add(at(path, 'liveAccounts'), `takes at most ${MAX_ACCOUNTS} accounts`);
  else {
    checkLiveAccounts(problems, at(path, 'liveAccounts'), accounts, 0);
    out.liveAccounts = accounts.map((a) => ({
      accountId: String(a?.accountId ?? '').trim(),
      nickname: a?.nickname ?? null,
    }));
  }
  return out;
}
