import { EntitySchema, Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The tables of a subgraph's evidence log (lib/store/evidence-log.ts): append-only leaves, signed tree
 * heads, and the one-row counter that hands out leaf indexes. Every subgraph database has them
 * (lib/subgraph/run.ts, lib/testing/drivers.ts), as it has the access log.
 */
export interface LeafRow {
  logIndex: number;
  /** Hex SHA-256(0x00 ‖ entry) (RFC 9162 §2.1.1). */
  leafHash: string;
  /** The leaf entry: RFC 8785 JSON of the receipt payload without its log position. */
  entry: string;
  kind: string;
  recordId: string;
  /** The submitter's org, for "a member reads proofs of its own receipts". */
  submitterOrg: string;
  /** The compact JWS handed out for this write, so a replay returns it byte for byte. */
  receipt: string;
  created: Date;
  /** Who else reads the leaf: JSON of lib/evidence/readers.ts `Reader[]`; null: the submitter and national offices. */
  readers?: string | null;
}

export interface TreeHeadRow {
  size: number;
  root: string;
  timestamp: Date;
  /** The compact JWS of the tree head (lib/evidence/tree-head.ts). */
  signature: string;
}

const int = { type: 'bigint' as const, transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } };

export const EvidenceLeafEntity = new EntitySchema<LeafRow>({
  name: 'EvidenceLeaf',
  tableName: 'evidence_leaf',
  columns: {
    logIndex: { ...int, name: 'log_index', primary: true },
    leafHash: { name: 'leaf_hash', type: 'varchar', length: 64 },
    entry: { type: 'text' },
    kind: { type: 'varchar', length: 64 },
    recordId: { name: 'record_id', type: 'varchar', length: 200 },
    submitterOrg: { name: 'submitter_org', type: 'varchar', length: 64 },
    receipt: { type: 'text' },
    created: { type: 'datetime', precision: 3 },
    readers: { type: 'text', nullable: true },
  },
  indices: [{ name: 'uq_evidence_leaf_record', columns: ['kind', 'recordId'], unique: true }],
});

export const EvidenceTreeHeadEntity = new EntitySchema<TreeHeadRow>({
  name: 'EvidenceTreeHead',
  tableName: 'evidence_tree_head',
  columns: {
    size: { ...int, primary: true },
    root: { type: 'varchar', length: 64 },
    timestamp: { type: 'datetime', precision: 3 },
    signature: { type: 'text' },
  },
});

export const evidenceEntities = [EvidenceLeafEntity, EvidenceTreeHeadEntity];

/** Include in each subgraph's migration list (run.ts and drivers.ts do), after the first. */
export class EvidenceLog1764500000900 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'evidence_leaf',
        columns: [
          { name: 'log_index', type: 'bigint', isPrimary: true },
          { name: 'leaf_hash', type: 'varchar', length: '64' },
          { name: 'entry', type: 'text' },
          { name: 'kind', type: 'varchar', length: '64' },
          { name: 'record_id', type: 'varchar', length: '200' },
          { name: 'submitter_org', type: 'varchar', length: '64' },
          { name: 'receipt', type: 'text' },
          { name: 'created', type: 'datetime', precision: 3 },
        ],
        indices: [{ name: 'uq_evidence_leaf_record', columnNames: ['kind', 'record_id'], isUnique: true }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'evidence_tree_head',
        columns: [
          { name: 'size', type: 'bigint', isPrimary: true },
          { name: 'root', type: 'varchar', length: '64' },
          { name: 'timestamp', type: 'datetime', precision: 3 },
          { name: 'signature', type: 'text' },
        ],
      }),
    );
    // One row whose lock orders appenders: the next index is taken and used in the same transaction.
    await q.createTable(
      new Table({
        name: 'evidence_counter',
        columns: [
          { name: 'id', type: 'int', isPrimary: true },
          { name: 'next_index', type: 'bigint' },
        ],
      }),
    );
    await q.query('INSERT INTO evidence_counter (id, next_index) VALUES (1, 0)');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('evidence_counter');
    await q.dropTable('evidence_tree_head');
    await q.dropTable('evidence_leaf');
  }
}

/**
 * Who else reads each leaf (lib/evidence/readers.ts), and the interior nodes that make a proof O(log n)
 * reads (lib/store/evidence-log.nodes.ts). Leaves written before it have no readers: their submitter
 * and the national offices read them, as before.
 */
export class EvidenceLogReadSide1764800000900 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('evidence_leaf', new TableColumn({ name: 'readers', type: 'text', isNullable: true }));
    await q.createTable(
      new Table({
        name: 'evidence_node',
        columns: [
          { name: 'level', type: 'int', isPrimary: true },
          { name: 'idx', type: 'bigint', isPrimary: true },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
      }),
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('evidence_node');
    await q.dropColumn('evidence_leaf', 'readers');
  }
}

/** Every evidence-log migration, in order: what a subgraph's migration list includes. */
export const evidenceMigrations = [EvidenceLog1764500000900, EvidenceLogReadSide1764800000900];
