/**
 * The records of the January/July identity filing (Art 9): live-room operators (items 1 and 2) and
 * live streamers (item 3), as the platform sends them and as the exchange keeps them (normalised,
 * canonical; the shapes are in record.types.ts). `validateBatch` reports every problem of a batch at
 * once, with its path, or returns the records. Shared by the exchange (identity-registry) and the
 * member's upload tool (scripts/filing), so both normalise, and so digest, a batch alike (canonical.ts).
 */
import {
  checkAddress,
  checkContact,
  checkIdDocument,
  checkLiveAccounts,
  checkName,
  checkUscc,
  businessKey,
  personKey,
  ACCOUNT_ID_MAX,
  type AddressInput,
  type BusinessInput,
  type ContactInput,
  type PersonInput,
} from '../domain/identity.js';
import type { FieldProblem } from '../errors.js';
import { at, Problems } from '../problems.js';
import type { DocumentType } from '../validators/index.js';
import type {
  Address,
  Business,
  Contact,
  Credential,
  CredentialInput,
  FilingRecord,
  IdDocument,
  LiveRoomOperatorInput,
  LiveStreamerInput,
  OperatorRecord,
  OperatorRef,
  OperatorRefInput,
  StreamerRecord,
} from './record.types.js';

export type {
  Address,
  Business,
  Contact,
  Credential,
  CredentialInput,
  FilingRecord,
  IdDocument,
  LiveAccount,
  LiveRoomOperatorInput,
  LiveStreamerInput,
  OperatorKind,
  OperatorRecord,
  OperatorRef,
  OperatorRefInput,
  StreamerRecord,
} from './record.types.js';

export interface BatchOptions {
  /** Records (operators + streamers) per batch. @default 5000 */
  maxRecords?: number;
  /**
   * The instant the batch is received: staleness and "not in the future" are judged against it. Absent
   * (a member normalising what it is about to send): nothing is judged by the clock, no record is stale;
   * the exchange judges both on receipt, and neither changes a record's canonical form.
   */
  now?: Date;
}
export const DEFAULT_MAX_RECORDS = 5000;
/** Entries of a record's lists: licences, qualifications, a streamer's operator references. */
export const LIST_MAX = 100;
export const CLOCK_SKEW_MS = 5 * 60_000;
/** Characters of a credential's kind and number, of its issuer, of a streamer's occupation. */
export const CREDENTIAL_TEXT_MAX = 128;
export const ISSUER_MAX = 200;
export const OCCUPATION_MAX = 100;

/** Key for the one-per-filing rule: the same person may be filed once as operator and once as streamer. */
export const duplicateKey = (r: FilingRecord): string => `${r.role}|${r.identityKey}`;
/** `operators[3]` / `streamers[0]`: where a record sits in its batch. */
export const recordPath = (r: FilingRecord, index: number): string =>
  at(r.role === 'operator' ? 'operators' : 'streamers', index);

/**
 * Art 8 ¶1 "at least every six months": the instant six calendar months before `at` (Asia/Shanghai wall
 * clock, day clamped to the month's end). A verification before it is stale.
 */
export function staleCutoff(atInstant: Date): Date {
  const local = new Date(atInstant.getTime() + 8 * 3600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() - 6;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const shifted = Date.UTC(
    y,
    m,
    Math.min(local.getUTCDate(), lastDay),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
    local.getUTCMilliseconds(),
  );
  return new Date(shifted - 8 * 3600_000);
}
export const isVerificationStale = (verifiedAt: Date, atInstant: Date): boolean => verifiedAt < staleCutoff(atInstant);

/** Art 9 batches are bounded (thousands of records each): the refusal both forms of addFilingBatch give. */
export function batchSizeProblem(total: number, max: number): FieldProblem | undefined {
  return total > max ? { path: 'batch', reason: `has ${total} records; at most ${max} per batch` } : undefined;
}

/**
 * Art 9: validates a batch and returns its canonical records, index for index. Throws one BAD_USER_INPUT
 * listing every problem (`operators[17].person.idDocument.number`), including a person or business
 * filed twice in the batch. Cross-batch duplicates are the store's lookup plus `refuseDuplicates`.
 */
export function validateBatch(
  operators: readonly LiveRoomOperatorInput[] | null | undefined,
  streamers: readonly LiveStreamerInput[] | null | undefined,
  options: BatchOptions,
): { operators: OperatorRecord[]; streamers: StreamerRecord[] } {
  const problems = new Problems();
  const ops = operators ?? [];
  const sts = streamers ?? [];
  const total = ops.length + sts.length;
  if (total === 0) problems.add('batch', 'has no records');
  const tooMany = batchSizeProblem(total, options.maxRecords ?? DEFAULT_MAX_RECORDS);
  if (tooMany) problems.add(tooMany.path, tooMany.reason);
  problems.throwIfAny();

  // Art 8 ¶1: one six-month cutoff for the whole batch, judged at its receipt.
  const ctx: Ctx = { problems, now: options.now, staleBefore: options.now && staleCutoff(options.now) };
  const out = {
    operators: ops.map((o, i) => operatorRecord(ctx, at('operators', i), o)),
    streamers: sts.map((s, i) => streamerRecord(ctx, at('streamers', i), s)),
  };
  const seen = new Map<string, string>();
  for (const [i, r] of [...out.operators.entries(), ...out.streamers.entries()]) {
    if (!r.identityKey) continue;
    const path = recordPath(r, i);
    const first = seen.get(duplicateKey(r));
    if (first) problems.add(path, `the same ${r.role} as ${first}`);
    else seen.set(duplicateKey(r), path);
  }
  problems.throwIfAny();
  return out;
}

interface Ctx {
  problems: Problems;
  now?: Date;
  staleBefore?: Date;
}

function operatorRecord({ problems, now, staleBefore }: Ctx, path: string, o: LiveRoomOperatorInput): OperatorRecord {
  const rec = { role: 'operator', liveAccounts: [], licences: [] } as unknown as OperatorRecord;
  if (!problems.require(path, o)) return rec;
  // Art 9 items (1) and (2): a registered business gives its USCC, an unregistered person an ID document.
  if (o.kind === 'BUSINESS') {
    if (o.person) problems.add(at(path, 'person'), 'must be absent for a BUSINESS operator');
    if (problems.require(at(path, 'business'), o.business)) {
      const b = business(problems, at(path, 'business'), o.business!);
      Object.assign(rec, { kind: 'BUSINESS', name: b.name, uscc: b.uscc, identityKey: b.uscc && businessKey(b.uscc) });
    }
  } else if (o.kind === 'PERSON') {
    if (o.business) problems.add(at(path, 'business'), 'must be absent for a PERSON operator');
    if (problems.require(at(path, 'person'), o.person)) {
      const p = person(problems, at(path, 'person'), o.person!);
      Object.assign(rec, { kind: 'PERSON', name: p.name, idDocument: p.idDocument, identityKey: p.key });
    }
  } else problems.add(at(path, 'kind'), 'must be BUSINESS or PERSON');
  rec.businessAddress = address(problems, at(path, 'businessAddress'), o.businessAddress);
  rec.contact = contact(problems, at(path, 'contact'), o.contact);
  checkLiveAccounts(problems, at(path, 'liveAccounts'), o.liveAccounts);
  rec.liveAccounts = (o.liveAccounts ?? []).map((a) => ({
    accountId: text(a?.accountId),
    ...opt('nickname', a?.nickname),
  }));
  distinct(
    problems,
    at(path, 'liveAccounts'),
    rec.liveAccounts.map((a) => a.accountId),
    'accountId',
  );
  rec.licences = credentials(problems, at(path, 'licences'), o.licences);
  Object.assign(rec, verification(problems, at(path, 'verifiedAt'), o.verifiedAt, now, staleBefore));
  return rec;
}

function streamerRecord({ problems, now, staleBefore }: Ctx, path: string, s: LiveStreamerInput): StreamerRecord {
  const rec = { role: 'streamer', qualifications: [], operatorRefs: [] } as unknown as StreamerRecord;
  if (!problems.require(path, s)) return rec;
  // Art 9 item (3) / Art 28: name, ID document, habitual residence, contact, agency, qualifications, occupation.
  if (problems.require(at(path, 'person'), s.person)) {
    const p = person(problems, at(path, 'person'), s.person);
    Object.assign(rec, { name: p.name, idDocument: p.idDocument, identityKey: p.key });
  }
  rec.residence = address(problems, at(path, 'residence'), s.residence);
  rec.contact = contact(problems, at(path, 'contact'), s.contact);
  if (s.agency) rec.agency = business(problems, at(path, 'agency'), s.agency);
  rec.qualifications = credentials(problems, at(path, 'qualifications'), s.qualifications);
  problems.maxLength(at(path, 'occupation'), s.occupation, OCCUPATION_MAX);
  Object.assign(rec, opt('occupation', s.occupation));
  const refsPath = at(path, 'operatorRefs');
  if (!s.operatorRefs?.length) problems.add(refsPath, 'needs at least one operator the streamer streams for');
  else if (s.operatorRefs.length > LIST_MAX) problems.add(refsPath, `must have at most ${LIST_MAX} entries`);
  else rec.operatorRefs = s.operatorRefs.map((r, i) => operatorRef(problems, at(refsPath, i), r));
  distinct(
    problems,
    refsPath,
    rec.operatorRefs.map((r) => (r.operatorKey && r.liveAccountId ? `${r.operatorKey} ${r.liveAccountId}` : '')),
    '',
  );
  Object.assign(rec, verification(problems, at(path, 'verifiedAt'), s.verifiedAt, now, staleBefore));
  return rec;
}

function operatorRef(problems: Problems, path: string, r: OperatorRefInput): OperatorRef {
  const ref = { operatorKey: '', liveAccountId: text(r?.liveAccountId) };
  if (!problems.require(path, r)) return ref;
  if (!r.uscc === !r.idDocument) problems.add(path, 'needs exactly one of uscc or idDocument');
  else if (r.uscc) ref.operatorKey = keyOr(checkUscc(problems, at(path, 'uscc'), r.uscc), businessKey);
  else {
    const n = checkIdDocument(problems, at(path, 'idDocument'), r.idDocument);
    ref.operatorKey = n ? personKey(r.idDocument!.type, n) : '';
  }
  if (problems.require(at(path, 'liveAccountId'), r.liveAccountId))
    problems.maxLength(at(path, 'liveAccountId'), r.liveAccountId, ACCOUNT_ID_MAX);
  return ref;
}

function person(
  problems: Problems,
  path: string,
  p: PersonInput,
): { name: string; idDocument: IdDocument; key: string } {
  checkName(problems, at(path, 'name'), p.name);
  const n = checkIdDocument(problems, at(path, 'idDocument'), p.idDocument);
  const idDocument = { type: p.idDocument?.type as DocumentType, number: n ?? '' };
  return { name: name(p.name), idDocument, key: n ? personKey(idDocument.type, n) : '' };
}

function business(problems: Problems, path: string, b: BusinessInput): Business {
  checkName(problems, at(path, 'name'), b.name);
  return { name: name(b.name), uscc: checkUscc(problems, at(path, 'uscc'), b.uscc) ?? '' };
}

function address(problems: Problems, path: string, a: AddressInput | null | undefined): Address {
  checkAddress(problems, path, a); // Art 48 shares by the province of the actual business address
  return { regionCode: text(a?.regionCode), detail: name(a?.detail) };
}

function contact(problems: Problems, path: string, c: ContactInput | null | undefined): Contact {
  checkContact(problems, path, c);
  const email = c?.email?.trim();
  return {
    ...opt('phone', c?.phone?.replace(/[\s-]/g, '')),
    ...opt('email', email && email.replace(/@(.*)$/, (_, d: string) => `@${d.toLowerCase()}`)),
  };
}

function credentials(problems: Problems, path: string, list: CredentialInput[] | null | undefined): Credential[] {
  if (!list) return [];
  if (list.length > LIST_MAX) problems.add(path, `must have at most ${LIST_MAX} entries`);
  return list.map((c, i) => {
    const p = at(path, i);
    if (!problems.require(p, c)) return { kind: '', number: '' };
    for (const f of ['kind', 'number'] as const)
      if (problems.require(at(p, f), c[f])) problems.maxLength(at(p, f), c[f], CREDENTIAL_TEXT_MAX);
    problems.maxLength(at(p, 'issuer'), c.issuer, ISSUER_MAX);
    return { kind: text(c.kind), number: text(c.number), ...opt('issuer', c.issuer) };
  });
}

function verification(problems: Problems, path: string, raw: Date | string, now?: Date, staleBefore?: Date) {
  const verifiedAt = raw instanceof Date ? raw : new Date(raw ?? NaN);
  if (!problems.require(path, raw)) return { verifiedAt };
  if (Number.isNaN(verifiedAt.getTime())) problems.add(path, 'is not a date-time');
  else if (now && verifiedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.add(path, 'must not be in the future');
  return { verifiedAt, verificationStale: staleBefore !== undefined && verifiedAt < staleBefore };
}

function distinct(problems: Problems, path: string, values: string[], field: string): void {
  const first = new Map<string, number>();
  values.forEach((v, i) => {
    if (!v) return;
    const j = first.get(v);
    if (j === undefined) first.set(v, i);
    else problems.add(field ? at(at(path, i), field) : at(path, i), `repeats ${at(path, j)}`);
  });
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
/** Names and free text: NFC, trimmed, runs of whitespace as one space. */
const name = (v: unknown): string => text(v).normalize('NFC').replace(/\s+/g, ' ');
const keyOr = (v: string | undefined, f: (v: string) => string): string => (v ? f(v) : '');
/** `{ [k]: value }` when the value is a non-empty string, `{}` otherwise: absent and null are the same. */
function opt<K extends string>(k: K, v: string | null | undefined): { [P in K]?: string } {
  const t = name(v);
  return (t ? { [k]: t } : {}) as { [P in K]?: string };
}
