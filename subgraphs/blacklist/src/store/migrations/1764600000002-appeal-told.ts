import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Art 14 ¶2 (及时将处理结果告知相关主体): a decision records how the subject was told, and when it was told
 * is the platform's statement, never the decision time. Decisions recorded before this was required keep
 * both null where nothing was stated: the old default wrote the decision instant itself as the time told,
 * so a time told equal to decided_at was the service's guess and is cleared, not kept as a fact.
 */
export class AppealTold1764600000002 implements MigrationInterface {
  name = 'AppealTold1764600000002';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'blacklist_appeal',
      new TableColumn({ name: 'decision_told_channel', type: 'varchar', length: '200', isNullable: true }),
    );
    await q.query('UPDATE blacklist_appeal SET decision_told_at = NULL WHERE decision_told_at = decided_at');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'UPDATE blacklist_appeal SET decision_told_at = decided_at WHERE decision_told_at IS NULL AND decided_at IS NOT NULL',
    );
    await q.dropColumn('blacklist_appeal', 'decision_told_channel');
  }
}
