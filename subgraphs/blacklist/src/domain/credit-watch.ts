/**
 * A platform's credit watch list (Art 11 ¶2): the operators and agencies it manages, kept as the keyed
 * hashes of their identities with the platform's own reference for each, changed a batch at a time so
 * that the whole roster is never sent again. The feed answers with the reference, never an ID number.
 */
import { at, checkText, Problems } from '../../../../lib/problems.js';
import { checkSubjectKey, MAX_CHECK_SUBJECTS, type CheckSubjectInput } from './check.js';
import { KEY_MAX } from './credit.js';

export const REF_MAX = 128;

export interface WatchSubjectInput extends CheckSubjectInput {
  /** The platform's own id for the subject (e.g. its operator account id), returned in the feed. */
  ref: string;
}

export interface WatchInput {
  idempotencyKey: string;
  add?: readonly WatchSubjectInput[] | null;
  remove?: readonly CheckSubjectInput[] | null;
}

export interface ValidWatchChange {
  idempotencyKey: string;
  add: { key: string; ref: string }[];
  remove: string[];
}

/**
 * All or nothing: every bad subject named by its path (`input.add[3].documentNumber`). 1 to 1,000
 * subjects in all; a subject appears once (not added twice, not added and removed in one change).
 */
export function validateWatchChange(input: WatchInput, max = MAX_CHECK_SUBJECTS): ValidWatchChange {
  const p = new Problems();
  const idempotencyKey = checkText(p, 'input.idempotencyKey', input?.idempotencyKey, KEY_MAX);
  const add = input?.add ?? [];
  const remove = input?.remove ?? [];
  const total = add.length + remove.length;
  if (total === 0) p.add('input', 'add or remove at least one subject');
  else if (total > max) p.add('input', `at most ${max} subjects per change (got ${total})`);
  p.throwIfAny();
  const seen = new Map<string, string>();
  const once = (key: string | undefined, path: string) => {
    if (key === undefined) return;
    const first = seen.get(key);
    if (first) p.add(path, `is the same subject as ${first}`);
    else seen.set(key, path);
  };
  const added = add.map((s, i) => {
    const path = at(at('input', 'add'), i);
    const key = checkSubjectKey(p, path, s);
    const ref = checkText(p, at(path, 'ref'), s?.ref, REF_MAX);
    once(key, path);
    return { key: key!, ref };
  });
  const removed = remove.map((s, i) => {
    const path = at(at('input', 'remove'), i);
    const key = checkSubjectKey(p, path, s);
    once(key, path);
    return key!;
  });
  p.throwIfAny();
  return { idempotencyKey, add: added, remove: removed };
}
