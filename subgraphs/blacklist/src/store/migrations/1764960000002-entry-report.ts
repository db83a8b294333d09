import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The entries made from one disposal report: read when its BLACKLISTING measure is lifted (Art 14 ¶3) and for
 * the report's `blacklistEntries`, without reading the whole table.
 */
const INDEX = new TableIndex({ name: 'idx_blacklist_entry_report', columnNames: ['disposal_report_id'] });

export class EntryReport1764960000002 implements MigrationInterface {
  name = 'EntryReport1764960000002';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('blacklist_entry', INDEX);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('blacklist_entry', INDEX.name!);
  }
}
