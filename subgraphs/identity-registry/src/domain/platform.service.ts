/**
 * The platforms the registry knows. A platform becomes known from its certificate on first contact, so
 * regulators can see who should have filed (Art 9; failing to report: Art 53 (2), 54 (2)). Its name and
 * domicile are business registration facts, not personal data: every member may resolve them (a peer's
 * blacklist check names the listing platform, Art 14 ¶3).
 */
import { BatchLoader } from '../../../../lib/batch-loader.js';
import type { Clock } from '../../../../lib/clock.js';
import type { Principal } from '../../../../lib/principal.js';
import type { PlatformRef, PlatformRow, PlatformStore } from './filing.ports.js';

/** The platforms of one request, each read at most once (compliance rows, filings and records name them). */
export interface PlatformLookup {
  /** The platform's row, or only its key when the registry has not met it yet. */
  platform(uscc: string): Promise<PlatformRef>;
  /** Viewer.platform: the caller's own platform; null for anyone but a platform. */
  ofViewer(p: Principal): Promise<PlatformRow | null>;
}

export class PlatformService {
  /** `uscc|name|region` already written by this process: one write per platform and change of name or domicile. */
  private readonly seen = new Set<string>();

  constructor(private readonly deps: { store: PlatformStore; clock: Clock }) {}

  /** Registers or refreshes the calling platform from its certificate; anyone else is not a platform to record. */
  async recordContact(p: Principal): Promise<void> {
    if (p.role !== 'platform') return;
    const memo = `${p.org}|${p.name}|${p.region}`;
    if (this.seen.has(memo)) return;
    const now = this.deps.clock.now();
    const { store } = this.deps;
    const existing = await store.byUscc(p.org);
    if (existing) await store.update(p.org, { name: p.name, domicileRegion: p.region, lastSeenAt: now });
    else {
      // Two first requests may race: the loser's insert fails on the key and the winner's row stands.
      await store
        .insert({ uscc: p.org, name: p.name, domicileRegion: p.region, firstSeenAt: now, lastSeenAt: now })
        .catch(async (e) => {
          if (!(await store.byUscc(p.org))) throw e;
        });
    }
    this.seen.add(memo);
  }

  /** A lookup for one request (created by the context builder, dropped with the request). */
  forRequest(): PlatformLookup {
    const memo = new Map<string, Promise<PlatformRow | null>>();
    // The platforms named in one tick (the representations of one `_entities` call) are read in one query.
    const loader = new BatchLoader<string, PlatformRow | null>(async (usccs) => {
      const rows = new Map((await this.deps.store.byUsccs(usccs)).map((r) => [r.uscc, r]));
      return usccs.map((uscc) => rows.get(uscc) ?? null);
    });
    const byUscc = (uscc: string) => {
      let row = memo.get(uscc);
      if (!row) memo.set(uscc, (row = loader.load(uscc)));
      return row;
    };
    return {
      platform: async (uscc) => (await byUscc(uscc)) ?? { uscc },
      ofViewer: (p) => (p.role === 'platform' ? byUscc(p.org) : Promise.resolve(null)),
    };
  }
}
