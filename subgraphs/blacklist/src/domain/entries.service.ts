import type { Clock } from '../../../../lib/clock.js';
import { logRegulatorRead, type AccessLog } from '../../../../lib/domain/access-log.js';
import { platformCountScope } from '../../../../lib/domain/platform-count.js';
import { forbidden, notFound } from '../../../../lib/errors.js';
import { connectionOf, pageOf, type Connection, type PageArgs } from '../../../../lib/pagination.js';
import type { Principal } from '../../../../lib/principal.js';
import { at, Problems } from '../../../../lib/problems.js';
import { decideAppeal, fileAppeal, removeEntry, type Appeal, type AppealInput } from './appeal.js';
import { canManageEntry, canReadEntry, entryScope } from './blacklist.access.js';
import {
  idempotencyDecision,
  newEntry,
  validateEntry,
  type BlacklistEntry,
  type BlacklistEntryInput,
} from './blacklist-entry.js';
import { checkSubjectKey, type CheckSubjectInput } from './check.js';
import {
  entryCursor,
  type EntriesStore,
  type EntryListFilter,
  type EntryStore,
  type PageRequest,
  type Versioned,
} from './entries.ports.js';
import { effectiveStatus, type EntryStatus, type StatusFields } from './status.js';

/**
 * Listing, appeals and removal (Art 14 ¶2), and reading entries (DESIGN §4). Retries are idempotent:
 * addBlacklistEntry by its key; fileAppeal, decideAppeal and removal by recognising their own result.
 */
export interface EntriesDeps {
  store: EntriesStore;
  /** Where regulators' reads of entries are logged (DESIGN §4). */
  accessLog: AccessLog;
  clock: Clock;
  newId(): string;
  /** HMAC-SHA-256 of a canonical identity, with the blacklist service's key. */
  hash(identityKey: string): string;
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

  async add(p: Principal, input: BlacklistEntryInput): Promise<BlacklistEntry> {
    if (p.role !== 'platform') throw forbidden('only platforms list subjects (Art 14 ¶1)');
    const { store, clock } = this.deps;
    const now = clock.now();
    const valid = validateEntry(input, { now });
    const existing = await store.entryByKey(p.org, valid.idempotencyKey);
    if (idempotencyDecision(existing, valid.contentHash) === 'replay') return existing!;
    const entry = newEntry(valid, {
      id: this.deps.newId(),
      subjectHash: this.deps.hash(valid.identityKey),
      // The name peers see in check results: the platform's certificate name at listing time.
      listingPlatform: { uscc: p.org, name: p.name, domicile: p.region },
      now,
    });
    try {
      return await store.insertEntry(entry);
    } catch (e) {
      // A concurrent retry with the same key won the insert: answer as a retry would.
      const winner = await store.entryByKey(p.org, valid.idempotencyKey);
      if (!winner) throw e;
      idempotencyDecision(winner, valid.contentHash);
      return winner;
    }
  }

  async fileAppeal(p: Principal, entryId: string, input: AppealInput): Promise<Appeal> {
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (s) => {
      const entry = await ownEntry(s, p, entryId);
      // A retry of an appeal already recorded (open or since decided) returns it.
      const recorded = (await s.appealsOf(entry.id)).find((a) => sameAppeal(a, input));
      if (recorded) return recorded;
      const r = fileAppeal(entry, input, { id: this.deps.newId(), now });
      const appeal = await s.insertAppeal(r.appeal);
      await s.updateEntry(r.entry as Versioned<BlacklistEntry>);
      return appeal;
    });
  }

  /**
   * Art 14 ¶2: the subject is told the outcome. `subjectToldAt` omitted means "told as decided" (the
   * decision time, or on a retry the time already recorded), so DESIGN §8's three-argument call works.
   */
  async decideAppeal(
    p: Principal,
    appealId: string,
    input: { outcome: string; reason: string; subjectToldAt?: Date | string | null },
  ): Promise<Appeal> {
    const now = this.deps.clock.now();
    return this.deps.store.transaction(async (s) => {
      const appeal = await s.appealById(appealId);
      if (!appeal) throw notFound('appeal');
      // Someone else's appeal: NOT_FOUND or FORBIDDEN, decided as for its entry.
      if (!canManageEntry(p, appeal.listingPlatformUscc)) await ownEntry(s, p, appeal.entryId, 'appeal');
      const subjectToldAt =
        input.subjectToldAt ?? (appeal.status === input.outcome ? appeal.decisionToldAt : null) ?? now;
      if (
        appeal.status === input.outcome &&
        appeal.decisionReason === input.reason.trim() &&
        +appeal.decisionToldAt! === +new Date(subjectToldAt)
      )
        return appeal;
      const entry = await ownEntry(s, p, appeal.entryId);
      const r = decideAppeal(appeal, entry, { ...input, subjectToldAt }, now);
      const decided = await s.updateAppeal(r.appeal as Versioned<Appeal>);
      await s.updateEntry(r.entry as Versioned<BlacklistEntry>);
      return decided;
    });
  }

  async remove(p: Principal, id: string, reason: string): Promise<BlacklistEntry> {
    const { store, clock } = this.deps;
    const entry = await ownEntry(store, p, id);
    if (entry.removalKind === 'EARLY_REMOVAL' && entry.removalReason === String(reason ?? '').trim()) return entry;
    return store.updateEntry(removeEntry(entry, reason, clock.now()) as Versioned<BlacklistEntry>);
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
    const scope = platformCountScope(p, uscc, ['samr', 'cac']);
    return scope ? this.deps.store.countForPlatform(scope) : null;
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

function sameAppeal(a: Appeal, input: AppealInput): boolean {
  const told = input.subjectToldAt == null ? null : +new Date(input.subjectToldAt);
  return (
    +a.receivedAt === +new Date(input.receivedAt) &&
    a.grounds === String(input.grounds ?? '').trim() &&
    (a.receiptToldAt == null ? null : +a.receiptToldAt) === told
  );
}
