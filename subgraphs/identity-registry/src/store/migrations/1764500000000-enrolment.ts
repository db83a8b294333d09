import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The roster of who must file (Art 9): platform_enrolment (the CA's roster, a provincial SAMR's enrolment), and
 * the sections a platform declared it had nothing to report in a filing (filing.nothing_to_report).
 */
export class Enrolment1764500000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'platform_enrolment',
        columns: [
          { name: 'uscc', type: 'varchar', length: '18', isPrimary: true },
          { name: 'source', type: 'varchar', length: '12', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'domicile_region', type: 'varchar', length: '6' },
          { name: 'enrolled_by', type: 'varchar', length: '64' },
          { name: 'enrolled_at', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'idx_enrolment_domicile', columnNames: ['domicile_region'] }],
      }),
    );
    await q.addColumn(
      'filing',
      new TableColumn({ name: 'nothing_to_report', type: 'varchar', length: '32', isNullable: true }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('filing', 'nothing_to_report');
    await q.dropTable('platform_enrolment');
  }
}
