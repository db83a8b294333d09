import type { Clock } from '../../../../lib/clock.js';
import { logRegulatorRead, type AccessLog } from '../../../../lib/domain/access-log.js';
import type { Principal } from '../../../../lib/principal.js';
import { canReadEntry } from './blacklist.access.js';
import type { BlacklistEntry } from './blacklist-entry.js';
import { digestOf, entryFact, removalRecord } from './entries.evidence.js';
import type { EntriesStore, Versioned } from './entries.ports.js';
import { parseEndEntries, planEnding } from './report-links.js';

/**
 * The entries made from a disposal report (Art 14 ¶3): ended when penalty-reports lifts its BLACKLISTING
 * measure, and shown on the report (`DisposalReport.blacklistEntries`) under the blacklist's own access rules.
 */
export interface ReportLinksDeps {
  store: EntriesStore;
  accessLog: AccessLog;
  clock: Clock;
}

export class ReportLinksService {
  constructor(private readonly d: ReportLinksDeps) {}

  /**
   * For penalty-reports (a service call, on the platform's liftMeasure): ends the platform's entries made from
   * the report, each with its removal leaf, all in one transaction; a retry ends nothing more and says the same.
   * The leaf's submitter is penalty-reports, the service that asked; its digest covers the request.
   */
  async endEntries(body: unknown, caller: Principal) {
    const req = parseEndEntries(body);
    const digest = digestOf({ ...req, endedAt: req.endedAt.toISOString() });
    return this.d.store.transaction(async (s) => {
      const now = this.d.clock.now();
      const plan = planEnding(await s.entriesOfReport(req.reportId), req, now);
      if ('refused' in plan) return { refused: plan.refused };
      for (const e of plan.ended) {
        await s.updateEntry(e as Versioned<BlacklistEntry>);
        await s.appendEvidence(entryFact(caller, removalRecord(e.id), digest, now, e));
      }
      return { ended: [...plan.ended, ...plan.unchanged].map((e) => e.id) };
    });
  }

  /** `DisposalReport.blacklistEntries`: the entries made from the report that the caller may read (logged for regulators). */
  async ofReport(p: Principal, reportId: string): Promise<BlacklistEntry[]> {
    const entries = (await this.d.store.entriesOfReport(reportId)).filter((e) =>
      canReadEntry(p, e.listingPlatformDomicile, e.listingPlatformUscc),
    );
    await logRegulatorRead(this.d.accessLog, p, {
      operation: 'DisposalReport.blacklistEntries',
      recordType: 'BlacklistEntry',
      ids: entries.map((e) => e.id),
      at: this.d.clock.now(),
    });
    return entries;
  }
}
