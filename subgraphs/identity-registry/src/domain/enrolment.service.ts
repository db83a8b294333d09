/**
 * The roster service: who is expected to file (Art 9), from the CA's roster of issued platform certificates,
 * first calls, and enrolments by provincial SAMR offices. Failing to file is sanctioned under Art 53 (2)
 * (operators, Art 9 items 1–2) and Art 54 (2) (streamers, item 3), so a platform on the roster that never
 * called still shows as missing.
 */
import type { Clock } from '../../../../lib/clock.js';
import type { Logger } from '../../../../lib/log.js';
import type { Principal } from '../../../../lib/principal.js';
import type { FilingScope } from './filing.access.js';
import type { PlatformStore } from './filing.ports.js';
import type { EnrolmentStore, RosterSource } from './enrolment.ports.js';
import {
  CA_ENROLLER,
  decideEnrolment,
  expectedPlatform,
  inScope,
  platformInputProblems,
  type EnrolmentRow,
  type ExpectedPlatform,
} from './enrolment.js';

export interface EnrolmentDeps {
  store: EnrolmentStore;
  platforms: PlatformStore;
  /** Absent when no roster file is deployed: then only first calls and SAMR enrolments fill the roster. */
  roster?: RosterSource;
  clock: Clock;
  logger?: Logger;
}

export class EnrolmentService {
  private syncing: Promise<void> | null = null;

  constructor(private readonly deps: EnrolmentDeps) {}

  /** Takes in the CA's roster when its file changed; one sync at a time in this process. */
  syncRoster(): Promise<void> {
    this.syncing ??= this.sync().finally(() => (this.syncing = null));
    return this.syncing;
  }

  private async sync(): Promise<void> {
    const entries = await this.deps.roster?.changed();
    if (!entries) return;
    const valid = entries.filter((e) => platformInputProblems(e).length === 0);
    if (valid.length < entries.length)
      this.deps.logger?.warn('platform_roster_entries_skipped', { skipped: entries.length - valid.length });
    const known = new Map(
      (await this.deps.store.enrolmentsOf(valid.map((e) => String(e.uscc).trim().toUpperCase())))
        .filter((r) => r.source === 'CERTIFICATE')
        .map((r) => [r.uscc, r]),
    );
    for (const e of valid) {
      const at = new Date(String(e.enrolledAt));
      const row: EnrolmentRow = {
        uscc: String(e.uscc).trim().toUpperCase(),
        source: 'CERTIFICATE',
        name: String(e.name).trim(),
        domicileRegion: String(e.domicileRegion).trim(),
        enrolledBy: CA_ENROLLER,
        enrolledAt: Number.isNaN(at.getTime()) ? this.deps.clock.now() : at,
      };
      const had = known.get(row.uscc);
      if (had && had.name === row.name && had.domicileRegion === row.domicileRegion) continue;
      await this.save(had ? { ...row, enrolledAt: had.enrolledAt } : row);
    }
  }

  private save(row: EnrolmentRow): Promise<void> {
    return this.deps.store.save(row);
  }

  /** Every platform on the roster in the scope, USCC order. */
  async expected(scope: Exclude<FilingScope, { kind: 'none' }>): Promise<ExpectedPlatform[]> {
    await this.syncRoster();
    const [contacts, enrolled] = await Promise.all([
      this.deps.platforms.inScope(scope),
      this.deps.store.enrolmentsInScope(scope),
    ]);
    const usccs = [...new Set([...contacts.map((c) => c.uscc), ...enrolled.map((e) => e.uscc)])].sort();
    return (await this.resolve(usccs)).filter((x) => inScope(scope, x));
  }

  /** The roster entries of these USCCs (each platform's own record wins over its enrolment, wherever it is). */
  private async resolve(usccs: readonly string[]): Promise<ExpectedPlatform[]> {
    const [contacts, enrolments] = await Promise.all([
      this.deps.platforms.byUsccs(usccs),
      this.deps.store.enrolmentsOf(usccs),
    ]);
    const contactOf = new Map(contacts.map((c) => [c.uscc, c]));
    return usccs.flatMap((u) => {
      const x = expectedPlatform(
        u,
        contactOf.get(u),
        enrolments.filter((e) => e.uscc === u),
      );
      return x ? [x] : [];
    });
  }

  /** enrollPlatform (decideEnrolment says who and when); idempotent: the same call returns the same entry. */
  async enroll(p: Principal, input: { uscc: string; name: string; domicileRegion: string }): Promise<ExpectedPlatform> {
    await this.syncRoster();
    const uscc = input.uscc.trim().toUpperCase();
    const [current] = await this.resolve([uscc]);
    const samrRow = (await this.deps.store.enrolmentsOf([uscc])).find((e) => e.source === 'SAMR');
    const { row } = decideEnrolment(p, input, this.deps.clock.now(), current, samrRow);
    if (row) await this.save(row);
    return (await this.resolve([uscc]))[0];
  }
}
