import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * `notices(updatedSince:)` reads changes oldest first from a watermark: a platform's notices by
 * (platform_uscc, updated_at, id), an office's by (sender_authority, updated_at, id), so a poll reads
 * only the rows changed since, never the whole list.
 */
const INDEXES = [
  new TableIndex({ name: 'idx_notice_platform_changes', columnNames: ['platform_uscc', 'updated_at', 'id'] }),
  new TableIndex({ name: 'idx_notice_sender_changes', columnNames: ['sender_authority', 'updated_at', 'id'] }),
];

export class NoticeChanges1764700000003 implements MigrationInterface {
  name = 'NoticeChanges1764700000003';

  async up(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.createIndex('notice', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.dropIndex('notice', index.name!);
  }
}
