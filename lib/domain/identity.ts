import { at, type Problems } from '../problems.js';
import {
  DOCUMENT_TYPES,
  NATIONAL_REGION,
  documentProblem,
  normaliseDocumentNumber,
  regionProblem,
  usccProblem,
  type DocumentType,
} from '../validators/index.js';

/**
 * The identity shapes every subgraph accepts (DESIGN §8): a person is `{ name, idDocument }`, a business
 * `{ name, uscc }`, an address `{ regionCode, detail }`. Validation appends to a Problems collector with
 * the caller's path, so a batch reports `operators[17].idDocument.number`.
 */
export interface IdDocumentInput {
  type: string;
  number: string;
}
export interface PersonInput {
  name: string;
  idDocument: IdDocumentInput;
}
export interface BusinessInput {
  name: string;
  uscc: string;
}
export interface AddressInput {
  regionCode: string;
  detail: string;
}
export interface ContactInput {
  phone?: string | null;
  email?: string | null;
}
export interface LiveAccountInput {
  accountId: string;
  nickname?: string | null;
}

export const NAME_MAX = 200;
export const DETAIL_MAX = 500;

export function checkName(problems: Problems, path: string, name: unknown): void {
  if (!problems.require(path, name)) return;
  if (typeof name !== 'string') return problems.add(path, 'must be a string');
  problems.maxLength(path, name, NAME_MAX);
}

/** Validates an ID document; returns the normalised number when valid. */
export function checkIdDocument(
  problems: Problems,
  path: string,
  doc: IdDocumentInput | null | undefined,
): string | undefined {
  if (!problems.require(path, doc)) return undefined;
  const typeOk = (DOCUMENT_TYPES as readonly string[]).includes(doc!.type);
  if (!typeOk) {
    problems.add(at(path, 'type'), `must be one of ${DOCUMENT_TYPES.join(', ')}`);
    return undefined;
  }
  if (!problems.require(at(path, 'number'), doc!.number)) return undefined;
  const normalised = normaliseDocumentNumber(doc!.type as DocumentType, doc!.number);
  const problem = documentProblem(doc!.type as DocumentType, normalised);
  if (problem) {
    problems.add(at(path, 'number'), problem);
    return undefined;
  }
  return normalised;
}

export function checkUscc(problems: Problems, path: string, uscc: unknown): string | undefined {
  if (!problems.require(path, uscc)) return undefined;
  const value = String(uscc).trim().toUpperCase();
  const problem = usccProblem(value);
  if (problem) {
    problems.add(path, problem);
    return undefined;
  }
  return value;
}

export function checkRegion(problems: Problems, path: string, code: unknown): void {
  if (!problems.require(path, code)) return;
  problems.check(path, regionProblem(String(code)));
}

export function checkAddress(problems: Problems, path: string, address: AddressInput | null | undefined): void {
  if (!problems.require(path, address)) return;
  checkRegion(problems, at(path, 'regionCode'), address!.regionCode);
  // An address is somewhere: 100000 (the whole country) is an office's region, never a place (Art 47, 48 route by it).
  if (address!.regionCode === NATIONAL_REGION)
    problems.add(at(path, 'regionCode'), 'must be the code of a place, not 100000');
  if (problems.require(at(path, 'detail'), address!.detail))
    problems.maxLength(at(path, 'detail'), address!.detail, DETAIL_MAX);
}

const PHONE = /^\+?[0-9][0-9 -]{5,19}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
export function checkContact(problems: Problems, path: string, contact: ContactInput | null | undefined): void {
  if (!problems.require(path, contact)) return;
  if (!contact!.phone && !contact!.email) problems.add(path, 'needs a phone number or an e-mail address');
  if (contact!.phone && !PHONE.test(contact!.phone)) problems.add(at(path, 'phone'), 'is not a phone number');
  if (contact!.email && !EMAIL.test(contact!.email)) problems.add(at(path, 'email'), 'is not an e-mail address');
}

/** Live accounts one subject may be named by: generous for a real operator, bounded so storage is. */
export const MAX_LIVE_ACCOUNTS = 50;
/** Characters of a live account's id and of its nickname. */
export const ACCOUNT_ID_MAX = 128;
export const NICKNAME_MAX = 128;

export function checkLiveAccounts(
  problems: Problems,
  path: string,
  accounts: LiveAccountInput[] | null | undefined,
  min = 1,
): void {
  if (!accounts || accounts.length < min) {
    if (min > 0) problems.add(path, `needs at least ${min} live account${min > 1 ? 's' : ''}`);
    return;
  }
  if (accounts.length > MAX_LIVE_ACCOUNTS)
    return void problems.add(path, `takes at most ${MAX_LIVE_ACCOUNTS} accounts`);
  accounts.forEach((a, i) => {
    const p = at(path, i);
    if (problems.require(at(p, 'accountId'), a?.accountId))
      problems.maxLength(at(p, 'accountId'), a.accountId, ACCOUNT_ID_MAX);
    problems.maxLength(at(p, 'nickname'), a?.nickname, NICKNAME_MAX);
  });
}

/**
 * The canonical identity of a person or business, the input to the keyed hash: the same person is found
 * whatever account or spelling of the name they use (DESIGN §5 blacklist).
 */
export function personKey(type: string, normalisedNumber: string): string {
  return `person:${type}:${normalisedNumber}`;
}
export function businessKey(uscc: string): string {
  return `business:${uscc.trim().toUpperCase()}`;
}
