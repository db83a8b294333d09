import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Initial1764300000003 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'notice',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'platform_uscc', type: 'varchar', length: '18' },
          { name: 'platform_region', type: 'varchar', length: '6' },
          { name: 'created_at', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'idx_notice_platform', columnNames: ['platform_uscc'] }],
      }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('notice');
  }
}
