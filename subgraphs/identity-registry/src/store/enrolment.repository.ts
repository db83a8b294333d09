import { In, Like, type DataSource, type Repository } from 'typeorm';
import type { FilingScope } from '../domain/filing.access.js';
import type { EnrolmentRow } from '../domain/enrolment.js';
import type { EnrolmentStore } from '../domain/enrolment.ports.js';
import { isUniqueViolation } from '../../../../lib/store/unique-violation.js';
import { EnrolmentEntity } from './enrolment.entity.js';
import { chunks } from './sql.js';

/** The roster's enrolments: the EnrolmentStore of enrolment.ports.ts. */
export class EnrolmentRepository implements EnrolmentStore {
  private readonly repo: Repository<EnrolmentRow>;

  constructor(db: DataSource) {
    this.repo = db.getRepository(EnrolmentEntity);
  }

  async enrolmentsOf(usccs: readonly string[]): Promise<EnrolmentRow[]> {
    const out: EnrolmentRow[] = [];
    for (const chunk of chunks(usccs)) out.push(...(await this.repo.findBy({ uscc: In([...chunk]) })));
    return out;
  }

  enrolmentsInScope(scope: Exclude<FilingScope, { kind: 'none' }>): Promise<EnrolmentRow[]> {
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

  /** An insert that loses a race on the key (another replica, the same roster) becomes an update. */
  async save(row: EnrolmentRow): Promise<void> {
    const key = { uscc: row.uscc, source: row.source };
    if (await this.repo.existsBy(key)) return void (await this.repo.update(key, row));
    await this.repo.insert(row).catch(async (e) => {
      if (!isUniqueViolation(e)) throw e;
      await this.repo.update(key, row);
    });
  }
}
