import type { Clock } from '../../../../lib/clock.js';
import { logRegulatorRead, type AccessLog } from '../../../../lib/domain/access-log.js';
import { platformCounts } from '../../../../lib/domain/platform-count.js';
import { forbidden, notFound } from '../../../../lib/errors.js';
import { connectionOf, pageOf, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import { at, Problems } from '../../../../lib/problems.js';
import {
  decideAppeal,
  fileAppeal,
  removeEntry,
  sameAppeal,
  sameDecision,
  type Appeal,
  type AppealInput,
  type DecideAppealInput,
} from './appeal.js';
import { canManageEntry, canReadEntry, entryScope } from './blacklist.access.js';
import {
  idempotencyDecision,
  newEntry,
  validateEntry,
  type BlacklistEntry,
  type BlacklistEntryInput,
} from './blacklist-entry.js';
import { checkSubjectKey, type CheckSubjectInput } from './check.js';
import { appealRecord, decisionRecord, digestOf, entryFact, listingRecord, removalRecord } from './entries.evidence.js';
import {
  entryCursor,
  type EntriesStore,
  type EntryListFilter,
  type EntryStore,
  type PageRequest,
  type Versioned,
} from './entries.ports.js';
import { assertListingReport, type ReportReferences } from './report-links.js';
import { effectiveStatus, type EntryStatus, type StatusFields } from './status.js';

/**
 * Listing, appeals and removal (Art 14 ¶2), and reading entries (DESIGN §4). Retries are idempotent:
 * addBlacklistEntry by its key; fileAppeal, decideAppeal and removal by recognising their own result.
 * Each write commits with its evidence leaf and returns its receipt; a retry returns the first one.
 */
export interface EntriesDeps {
  store: EntriesStore;
  /** Where regulators' reads of entries are logged (DESIGN §4). */
  accessLog: AccessLog;
  clock: Clock;
  newId(): string;
  /** HMAC-SHA-256 of a canonical identity, with the blacklist service's key. */
  hash(identityKey: string): string;
  /** penalty-reports, which judges an entry's disposal report. @default unchecked (store tests) */
  reports?: ReportReferences;
}

export interface EntriesFilterInput {
  listingPlatformUscc?: string | null;
  status?: EntryStatus | null;
  subjectType?: string | null;
  subject?: CheckSubjectInput | null;
}

/**
 * The listing platform's own entry (Art 14 ¶2: only it handles its entries). An entry the caller may not
 * even read is NOT_FOUND, exactly like a missing one, so no member learns which ids exist; an office that
 * reads it but may not change it is FORBIDDEN.
 */
async function ownEntry(
  store: EntryStore,
  p: Principal,
  id: string,
  missing = 'blacklist entry',
): Promise<Versioned<BlacklistEntry>> {
  const entry = await store.entryById(id);
  if (!entry || !canReadEntry(p, entry.listingPlatformDomicile, entry.listingPlatformUscc)) throw notFound(missing);
  if (!canManageEntry(p, entry.listingPlatformUscc))
    throw forbidden('only the listing platform handles its entries and their appeals (Art 14 ¶2)');
  return entry;
}

export class EntriesService {
  constructor(private readonly deps: EntriesDeps) {}

  /**
   * Art 14 ¶2: lists a subject. A retry with the same key returns the first entry and its first receipt,
   * byte for byte; `createdAt` and the receipt's `receivedAt` are one instant, from which the term is read.
   */
  async add(p: Principal, input: BlacklistEntryInput): Promise<BlacklistEntry> {
    if (p.role !== 'platform') throw forbidden('only platforms list subjects (Art 14 ¶1)');
    const { store, clock } = this.deps;
    const now = clock.now();
    const valid = validateEntry(input, { now });
    // Art 12 ¶3: the report is penalty-reports' to judge; the replay of a listing already made asks nothing.
    if ((await store.entryByKey(p.org, valid.idempotencyKey))?.contentHash !== valid.contentHash)
      await assertListingReport(this.deps.reports, p.org, valid.disposalReportId);
    const digest = digestOf({ input });
    const replay = async (s: EntryStore, existing: BlacklistEntry) => ({
      ...existing,
      receipt: await s.receiptOf(...listingRecord(existing.id)),
    });
    try {
      return await store.transaction(async (s) => {
        const existing = await s.entryByKey(p.org, valid.idempotencyKey);
        if (idempotencyDecision(existing, valid.contentHash) === 'replay') return replay(s, existing!);
        const entry = newEntry(valid, {
          id: this.deps.newId(),
          subjectHash: this.deps.hash(valid.identityKey),
          // The name peers see in check results: the platform's certificate name at listing time.
          listingPlatform: { uscc: p.org, name: p.name, domicile: p.region },
          now,
        });
        const stored = await s.insertEntry(entry);
        return {
          ...stored,
          receipt: await s.appendEvidence(entryFact(p, listingRecord(entry.id), digest, now, entry)),
        };
      });
    } catch (e) {
      // A concurrent retry with the same key won the insert: answer as a retry would.
      const winner = await store.entryByKey(p.org, valid.idempotencyKey);
      if (!winner) throw e;
      idempotencyDecision(winner, valid.contentHash);
      return replay(store, winner);
    }
  }

  /** Art 14 ¶2: the appeal's `recordedAt` is its receipt's `receivedAt`. A retry returns the recorded appeal. */
  async fileAppeal(p: Principal, entryId: string, input: AppealInput): Promise<Appeal> {
    const now = this.deps.clock.now();
    const digest = digestOf({ entryId, input });
    return this.deps.store.transaction(async (s) => {
      const entry = await ownEntry(s, p, entryId);
      // A retry of an appeal already recorded (open or since decided) returns it.
      const recorded = (await s.appealsOf(entry.id)).find((a) => sameAppeal(a, input));
      if (recorded) return { ...recorded, receipt: await s.receiptOf(...appealRecord(recorded.id)) };
      const r = fileAppeal(entry, input, { id: this.deps.newId(), now });
      const appeal = await s.insertAppeal(r.appeal);
      await s.updateEntry(r.entry as Versioned<BlacklistEntry>);
      return { ...appeal, receipt: await s.appendEvidence(entryFact(p, appealRecord(appeal.id), digest, now, entry)) };
    });
  }

  /**
   * Art 14 ¶2: the subject is told the outcome (及时将处理结果告知相关主体). When and how it was told are
   * required: nothing is inferred from the decision time. A retry of the recorded decision returns it.
   */
  async decideAppeal(p: Principal, appealId: string, input: DecideAppealInput): Promise<Appeal> {
    const now = this.deps.clock.now();
    const digest = digestOf({ appealId, ...input });
    return this.deps.store.transaction(async (s) => {
      const appeal = await s.appealById(appealId);
      if (!appeal) throw notFound('appeal');
      // Someone else's appeal: NOT_FOUND or FORBIDDEN, decided as for its entry.
      if (!canManageEntry(p, appeal.listingPlatformUscc)) await ownEntry(s, p, appeal.entryId, 'appeal');
      if (sameDecision(appeal, input)) return { ...appeal, receipt: await s.receiptOf(...decisionRecord(appeal.id)) };
      const entry = await ownEntry(s, p, appeal.entryId);
      const r = decideAppeal(appeal, entry, input, now);
      const decided = await s.updateAppeal(r.appeal as Versioned<Appeal>);
      await s.updateEntry(r.entry as Versioned<BlacklistEntry>);
      return {
        ...decided,
        receipt: await s.appendEvidence(entryFact(p, decisionRecord(appeal.id), digest, now, entry)),
      };
    });
  }

  /** Early removal; a retry with the same reason returns the entry and the first receipt. */
  async remove(p: Principal, id: string, reason: string): Promise<BlacklistEntry> {
    const now = this.deps.clock.now();
    const digest = digestOf({ id, reason });
    return this.deps.store.transaction(async (s) => {
      const entry = await ownEntry(s, p, id);
      if (entry.removalKind === 'EARLY_REMOVAL' && entry.removalReason === String(reason ?? '').trim())
        return { ...entry, receipt: await s.receiptOf(...removalRecord(entry.id)) };
      const removed = await s.updateEntry(removeEntry(entry, reason, now) as Versioned<BlacklistEntry>);
      return { ...removed, receipt: await s.appendEvidence(entryFact(p, removalRecord(entry.id), digest, now, entry)) };
    });
  }

  /** Null when there is no such entry or the caller may not read it (the same answer: existence does not leak). */
  async get(p: Principal, id: string): Promise<BlacklistEntry | null> {
    const entry = await this.deps.store.entryById(id);
    if (!entry || !canReadEntry(p, entry.listingPlatformDomicile, entry.listingPlatformUscc)) return null;
    await this.logRead(p, 'blacklistEntry', [entry]);
    return entry;
  }

  /** Up to `page.limit` rows: the page and one more that only says whether a next page exists (so not logged). */
  async list(
    p: Principal,
    filter: EntriesFilterInput | null | undefined,
    page: PageRequest,
  ): Promise<BlacklistEntry[]> {
    const scope = entryScope(p);
    const f: EntryListFilter = {
      listingPlatformUscc: filter?.listingPlatformUscc,
      status: filter?.status,
      subjectType: filter?.subjectType,
    };
    if (filter?.subject) f.subjectHash = this.subjectHash(filter.subject, at('filter', 'subject'));
    const rows = await this.deps.store.listEntries(scope, f, page, this.deps.clock.now());
    await this.logRead(p, 'blacklistEntries', rows.slice(0, page.limit - 1));
    return rows;
  }

  /** `blacklistEntries`: one page of `list` as a Relay connection (DESIGN §6). */
  async listPage(
    p: Principal,
    filter: EntriesFilterInput | null | undefined,
    args: PageArgs,
  ): Promise<Connection<BlacklistEntry>> {
    const page = pageOf(args);
    return connectionOf(await this.list(p, filter, page), page, entryCursor);
  }

  /** DESIGN §4: regulators read personal data in full, and every such read is written to the access log. */
  private logRead(
    p: Principal,
    operation: 'blacklistEntry' | 'blacklistEntries',
    rows: BlacklistEntry[],
  ): Promise<void> {
    const ids = rows.map((e) => e.id);
    return logRegulatorRead(this.deps.accessLog, p, {
      operation,
      recordType: 'BlacklistEntry',
      ids,
      at: this.deps.clock.now(),
    });
  }

  /** `Platform.blacklistEntryCount`: the platform its own, an office those it covers, anyone else null. */
  async countForPlatform(p: Principal, uscc: string): Promise<number | null> {
    return (await this.countForPlatforms(p, [uscc]))[0];
  }

  /** countForPlatform of each of `usccs` (one `_entities` call's platforms), in one read. */
  countForPlatforms(p: Principal, usccs: readonly string[]): Promise<(number | null)[]> {
    return platformCounts(p, usccs, ['samr', 'cac'], (scope) => this.deps.store.countForPlatforms(scope));
  }

  /** The status now: derived from the record and the clock, never stored (status.ts, Art 14 ¶3). */
  statusOf(entry: StatusFields): EntryStatus {
    return effectiveStatus(entry, this.deps.clock.now());
  }

  appealsOf(entry: BlacklistEntry): Promise<Appeal[]> {
    return this.deps.store.appealsOf(entry.id);
  }

  /** The entry an appeal is against; the caller already read the appeal, so may read the entry. */
  async entryOf(appeal: Appeal): Promise<BlacklistEntry> {
    const entry = await this.deps.store.entryById(appeal.entryId);
    if (!entry) throw notFound('blacklist entry');
    return entry;
  }

  subjectHash(subject: CheckSubjectInput, path: string): string {
    const problems = new Problems();
    const key = checkSubjectKey(problems, path, subject);
    problems.throwIfAny();
    return this.deps.hash(key!);
  }
}
