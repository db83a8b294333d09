import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Initial1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'platform',
        columns: [
          { name: 'uscc', type: 'varchar', length: '18', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'domicile_region', type: 'varchar', length: '6' },
          { name: 'first_seen_at', type: 'datetime', precision: 3 },
          { name: 'last_seen_at', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'idx_platform_domicile', columnNames: ['domicile_region'] }],
      }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('platform');
  }
}
