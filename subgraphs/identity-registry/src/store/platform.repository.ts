import type { DataSource, Repository } from 'typeorm';
import type { Principal } from '../../../../lib/principal.js';
import { PlatformEntity, type PlatformRow } from './platform.entity.js';

/**
 * Platforms become known from their certificate on first contact (issue 3), so regulators can see who
 * should have filed. A per-process memo keeps this to one write per platform and name change.
 */
export class PlatformRepository {
  private readonly repo: Repository<PlatformRow>;
  private readonly seen = new Set<string>();

  constructor(db: DataSource) {
    this.repo = db.getRepository(PlatformEntity);
  }

  async recordContact(p: Principal, now: Date): Promise<void> {
    if (p.role !== 'platform') return;
    const memo = `${p.org}|${p.name}|${p.region}`;
    if (this.seen.has(memo)) return;
    const existing = await this.repo.findOneBy({ uscc: p.org });
    if (existing) await this.repo.update({ uscc: p.org }, { name: p.name, domicileRegion: p.region, lastSeenAt: now });
    else {
      // Two first requests may race: the loser's insert fails on the key and the winner's row stands.
      await this.repo.insert({ uscc: p.org, name: p.name, domicileRegion: p.region, firstSeenAt: now, lastSeenAt: now }).catch(async (e) => {
        if (!(await this.repo.existsBy({ uscc: p.org }))) throw e;
      });
    }
    this.seen.add(memo);
  }

  byUscc(uscc: string): Promise<PlatformRow | null> {
    return this.repo.findOneBy({ uscc });
  }
}
