import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Regulators' entry lists, newest first, on a large table. Without these, MariaDB read every entry of a
 * province through the region index and sorted them to show one page; with them it reads the newest first
 * and stops at a full page, and a rare status (UNDER_APPEAL, REMOVED, EXPIRED) is a range of its own.
 */
const INDEXES = [
  new TableIndex({ name: 'idx_blacklist_entry_newest', columnNames: ['created_at', 'id'] }),
  new TableIndex({
    name: 'idx_blacklist_entry_status',
    columnNames: ['removed_at', 'open_appeal_id', 'created_at', 'id'],
  }),
  new TableIndex({ name: 'idx_blacklist_entry_ends', columnNames: ['ends_at'] }),
];

export class EntryListing1764500000002 implements MigrationInterface {
  name = 'EntryListing1764500000002';

  async up(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.createIndex('blacklist_entry', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.dropIndex('blacklist_entry', index.name!);
  }
}
