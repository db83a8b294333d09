import type { Clock } from '../../../../lib/clock.js';
import type { DomainMetrics } from '../../../../lib/observability/domain-metrics.js';
import { forbidden } from '../../../../lib/errors.js';
import { connectionOf, pageOf, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import { at, Problems } from '../../../../lib/problems.js';
import { canCheck, canFilterCheckLogBySubject, checkLogScope } from './blacklist.access.js';
import {
  checkCost,
  checkLogRecords,
  checkSubjectKey,
  shapeCheckResults,
  validateCheckSubjects,
  type CheckableEntry,
  type CheckPurpose,
  type CheckResult,
  type CheckSubjectInput,
} from './check.js';
import type { CheckStore, PageRequest, StoredCheckLog } from './check.ports.js';
import type { CheckLimiter } from './rate-limit.js';
import { takeOrThrow } from '../../../../lib/rate/limit-store.js';

/** The peer check and its log (Art 14 ¶3, ¶4). */
export interface CheckDeps {
  store: CheckStore;
  clock: Clock;
  limiter: CheckLimiter;
  hash(identityKey: string): string;
  /** The operator's figures: checks, subjects checked and matched. @default none */
  metrics?: Pick<DomainMetrics, 'peerChecks'>;
}

export interface CheckLogFilterInput {
  checkedByUscc?: string | null;
  purpose?: CheckPurpose | null;
  subject?: CheckSubjectInput | null;
  from?: Date | null;
  to?: Date | null;
}

export class CheckService {
  constructor(private readonly deps: CheckDeps) {}

  /**
   * Platforms only. Rate-limited before validation, so malformed batches cost the same as good ones.
   * One lookup for the whole batch and one log write, whatever its size.
   */
  async check(p: Principal, subjects: readonly CheckSubjectInput[], purpose: CheckPurpose): Promise<CheckResult[]> {
    if (!canCheck(p)) throw forbidden('blacklistCheck is for platforms; regulators read blacklistEntries');
    await takeOrThrow(this.deps.limiter, p.org, checkCost(subjects?.length ?? 0));
    const keys = validateCheckSubjects(subjects);
    const hashes = keys.map((k) => this.deps.hash(k));
    const now = this.deps.clock.now();
    const found = await this.deps.store.findCheckable(hashes, p.org, now);
    const byHash = new Map<string, CheckableEntry[]>();
    for (const e of found) byHash.set(e.subjectHash, [...(byHash.get(e.subjectHash) ?? []), e]);
    const results = shapeCheckResults(hashes, byHash, { uscc: p.org }, now);
    // Art 14 ¶4: every check is logged, in the same call; a check that cannot be logged is not answered.
    await this.deps.store.log(
      checkLogRecords({ uscc: p.org, name: p.name, domicile: p.region }, purpose, hashes, results, now),
    );
    this.deps.metrics?.peerChecks(results.length, results.filter((r) => r.listed).length);
    return results;
  }

  log(p: Principal, filter: CheckLogFilterInput | null | undefined, page: PageRequest): Promise<StoredCheckLog[]> {
    const scope = checkLogScope(p);
    let subjectHash: string | undefined;
    if (filter?.subject) {
      if (!canFilterCheckLogBySubject(p)) throw forbidden('only regulators look up who checked a given person');
      const problems = new Problems();
      const key = checkSubjectKey(problems, at('filter', 'subject'), filter.subject);
      problems.throwIfAny();
      subjectHash = this.deps.hash(key!);
    }
    return this.deps.store.listLog(scope, { ...filter, subjectHash }, page);
  }

  /** `blacklistCheckLog`: one page of `log` as a Relay connection (DESIGN §6). */
  async logPage(
    p: Principal,
    filter: CheckLogFilterInput | null | undefined,
    args: PageArgs,
  ): Promise<Connection<StoredCheckLog>> {
    const page = pageOf(args);
    return connectionOf(await this.log(p, filter, page), page, (r) => r.id);
  }
}
