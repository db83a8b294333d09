import type { Clock } from '../../../../lib/clock.js';
import { badInput, conflict, forbidden } from '../../../../lib/errors.js';
import { connectionOf, pageOf, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import { checkInstant, Problems } from '../../../../lib/problems.js';
import { takeOrThrow } from '../../../../lib/rate/limit-store.js';
import { checkCost, validateCheckSubjects, type CheckPurpose, type CheckSubjectInput } from './check.js';
import { canUseCredit, creditCheckLogScope } from './credit.access.js';
import { creditFact, type CreditFact, type CreditRecord } from './credit.js';
import { creditWatchRecord, digestOf, receiptDigest, watchFactOf } from './credit.evidence.js';
import type { CreditChangeRow, CreditStore, StoredCreditCheckLog } from './credit.ports.js';
import { validateWatchChange, type WatchInput } from './credit-watch.js';
import type { CheckLimiter } from './rate-limit.js';

/**
 * What platforms do with credit information (Art 11 ¶2): check a batch of their operators and agencies,
 * keep a watch list of them (keyed hashes, changed incrementally), and read what changed since a date for
 * the subjects they watch. They learn category and dates only (credit.ts creditFact), never who else checked.
 */
export interface CreditCheckDeps {
  store: CreditStore;
  clock: Clock;
  /** The peer check's budget: a credit check costs what a blacklist check costs, from the same bucket. */
  limiter: CheckLimiter;
  hash(identityKey: string): string;
}

export interface CreditCheckResult {
  records: CreditFact[];
}

export interface CreditChange {
  seq: string;
  kind: CreditChangeRow['kind'];
  changedAt: Date;
  ref: string;
  record: CreditFact;
}

export class CreditCheckService {
  constructor(private readonly deps: CreditCheckDeps) {}

  /**
   * Up to 1,000 subjects, in input order: the records in force about each. Rate-limited before validation;
   * every subject is logged, and a check that cannot be logged is not answered (as Art 14 ¶4's check).
   */
  async check(
    p: Principal,
    subjects: readonly CheckSubjectInput[],
    purpose: CheckPurpose,
  ): Promise<CreditCheckResult[]> {
    if (!canUseCredit(p)) throw forbidden('creditCheck is for platforms; offices read creditRecords');
    await takeOrThrow(this.deps.limiter, p.org, checkCost(subjects?.length ?? 0));
    const hashes = validateCheckSubjects(subjects).map((k) => this.deps.hash(k));
    const now = this.deps.clock.now();
    const byHash = new Map<string, CreditRecord[]>();
    for (const r of await this.deps.store.inForce([...new Set(hashes)], now))
      byHash.set(r.subjectHash, [...(byHash.get(r.subjectHash) ?? []), r]);
    const results = hashes.map((h) => ({
      records: (byHash.get(h) ?? [])
        .map((r) => creditFact(r, now))
        .filter((f) => f.status === 'IN_FORCE')
        .sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime() || a.recordId.localeCompare(b.recordId)),
    }));
    await this.deps.store.logChecks(
      hashes.map((subjectHash, i) => ({
        checkedByUscc: p.org,
        checkedByName: p.name.slice(0, 200),
        checkedByDomicile: p.region,
        purpose,
        subjectHash,
        matchCount: results[i].records.length,
        checkedAt: now,
      })),
    );
    return results;
  }

  /**
   * Adds and removes subjects of the caller's watch list, all or nothing. A retry with the same key and
   * content returns the first receipt; the same key with other content is a CONFLICT.
   */
  async watch(p: Principal, input: WatchInput): Promise<{ watching: number; receipt: string | null }> {
    if (!canUseCredit(p)) throw forbidden('the credit watch list is a platform’s own');
    const valid = validateWatchChange(input);
    const change = {
      add: valid.add.map((a) => ({ subjectHash: this.deps.hash(a.key), ref: a.ref })),
      remove: valid.remove.map((k) => this.deps.hash(k)),
    };
    const now = this.deps.clock.now();
    const digest = digestOf({ input });
    const record = creditWatchRecord(p.org, valid.idempotencyKey);
    return this.deps.store.transaction(async (s) => {
      const first = await s.receiptOf(...record);
      if (first) {
        if (receiptDigest(first) !== digest)
          throw conflict('this idempotencyKey was used for another change', { path: 'input.idempotencyKey' });
        return { watching: await s.changeWatch(p.org, { add: [], remove: [] }, now), receipt: first };
      }
      const watching = await s.changeWatch(p.org, change, now);
      return { watching, receipt: await s.appendEvidence(watchFactOf(p, record, digest, now)) };
    });
  }

  /** `creditChanges`: oldest first, for the subjects the caller watches, since `since` and since it watched. */
  async changes(p: Principal, since: Date | string, args: PageArgs): Promise<Connection<CreditChange>> {
    if (!canUseCredit(p)) throw forbidden('creditChanges reads a platform’s own watch list');
    const problems = new Problems();
    const from = checkInstant(problems, 'since', since);
    problems.throwIfAny();
    const page = pageOf(args);
    if (page.after && !/^\d{1,19}$/.test(page.after))
      throw badInput([{ path: 'after', reason: 'is not a cursor from this list' }]);
    const now = this.deps.clock.now();
    const rows = await this.deps.store.changes(p.org, from!, page);
    const changes = rows.map((r) => ({
      seq: r.seq,
      kind: r.kind,
      changedAt: r.changedAt,
      ref: r.ref,
      record: creditFact(r.record, now),
    }));
    return connectionOf(changes, page, (c) => c.seq);
  }

  /** `creditCheckLog`: newest first; a platform its own checks, an office those of its area's platforms. */
  async logPage(
    p: Principal,
    filter: { from?: Date | null; to?: Date | null; checkedByUscc?: string | null } | null | undefined,
    args: PageArgs,
  ): Promise<Connection<StoredCreditCheckLog>> {
    const scope = creditCheckLogScope(p);
    const page = pageOf(args);
    if (page.after && !/^\d{1,19}$/.test(page.after))
      throw badInput([{ path: 'after', reason: 'is not a cursor from this list' }]);
    return connectionOf(await this.deps.store.listCheckLog(scope, filter ?? {}, page), page, (r) => r.id);
  }
}
