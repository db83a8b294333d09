/**
 * A summons's answer (Art 52 要求其说明情况、采取措施进行整改): the platform's written account and its rectification
 * measures, filed with answerNotice (answer.ts) and sealed with the answer's payload.
 */
import { at, type Problems } from '../../../../lib/problems.js';
import { textOf } from './summons.js';

/** Characters of the written account, and of the rectification measures. */
export const ACCOUNT_MAX = 20_000;

export interface SummonsAccountInput {
  account: string;
  rectification: string;
}
/** Art 52 说明情况、采取措施进行整改: the platform's written account and its rectification measures. */
export interface SummonsAccount {
  account: string;
  rectification: string;
}

/**
 * An answer's `summonsAccount` (Art 52 说明情况、采取措施进行整改): required in an answer to a SUMMONS, refused in any
 * other; both texts 1 to 20,000 characters.
 */
export function checkSummonsAccount(
  problems: Problems,
  path: string,
  a: SummonsAccountInput | null | undefined,
  kind: string,
): SummonsAccount | null {
  if (kind !== 'SUMMONS') {
    if (a != null) problems.add(path, 'only for SUMMONS notices (Art 52)');
    return null;
  }
  if (a == null) {
    problems.add(path, 'is required for a SUMMONS (Art 52 说明情况、采取措施进行整改): the account and the measures');
    return null;
  }
  const account = textOf(problems, at(path, 'account'), a.account, ACCOUNT_MAX);
  const rectification = textOf(problems, at(path, 'rectification'), a.rectification, ACCOUNT_MAX);
  return { account, rectification };
}
