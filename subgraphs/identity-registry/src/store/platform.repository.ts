import { In, Like, type DataSource, type Repository } from 'typeorm';
import type { FilingScope } from '../domain/filing.access.js';
import type { PlatformRow, PlatformStore } from '../domain/filing.ports.js';
import { PlatformEntity } from './platform.entity.js';

/** The platforms the registry has met: the PlatformStore of filing.ports.ts. */
export class PlatformRepository implements PlatformStore {
  private readonly repo: Repository<PlatformRow>;

  constructor(db: DataSource) {
    this.repo = db.getRepository(PlatformEntity);
  }

  byUscc(uscc: string): Promise<PlatformRow | null> {
    return this.repo.findOneBy({ uscc });
  }

  byUsccs(usccs: readonly string[]): Promise<PlatformRow[]> {
    return usccs.length ? this.repo.findBy({ uscc: In([...usccs]) }) : Promise.resolve([]);
  }

  async insert(row: PlatformRow): Promise<void> {
    await this.repo.insert(row);
  }

  async update(uscc: string, changes: Pick<PlatformRow, 'name' | 'domicileRegion' | 'lastSeenAt'>): Promise<void> {
    await this.repo.update({ uscc }, changes);
  }

  inScope(scope: Exclude<FilingScope, { kind: 'none' }>): Promise<PlatformRow[]> {
    return this.repo.find({
      where:
        scope.kind === 'own'
          ? { uscc: scope.platformUscc }
          : scope.domicilePrefix
            ? { domicileRegion: Like(`${scope.domicilePrefix}%`) }
            : {},
      order: { uscc: 'ASC' },
    });
  }
}
