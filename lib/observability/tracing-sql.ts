import { context, SpanKind, SpanStatusCode, trace, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { NoEntity, onPoolQuery } from './query-hooks.js';

const OPERATIONS = new Set([
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'REPLACE',
  'WITH',
  'BEGIN',
  'START',
  'COMMIT',
  'ROLLBACK',
  'SAVEPOINT',
  'RELEASE',
  'SET',
  'SHOW',
  'PRAGMA',
  'CREATE',
  'ALTER',
  'DROP',
]);

/** `schema`.`table`, "table" or table after the keyword that names the statement's table. */
const NAME = String.raw`(?:[\x60"]?\w+[\x60"]?\.)?[\x60"]?(\w+)`;
const TABLE_AFTER: Record<string, RegExp> = {
  INSERT: new RegExp(String.raw`\binto\s+${NAME}`, 'i'),
  REPLACE: new RegExp(String.raw`\binto\s+${NAME}`, 'i'),
  UPDATE: new RegExp(String.raw`^\s*update\s+${NAME}`, 'i'),
  SELECT: new RegExp(String.raw`\bfrom\s+${NAME}`, 'i'),
  DELETE: new RegExp(String.raw`\bfrom\s+${NAME}`, 'i'),
  WITH: new RegExp(String.raw`\bfrom\s+${NAME}`, 'i'),
};

/** Long enough to reach the FROM of TypeORM's SELECTs, which list every column with an alias. */
const SCAN = 8192;

/**
 * A span for every SQL statement a subgraph runs while it serves a request (a child of the request's
 * span), named `<operation> <table>` (`SELECT blacklist_entry`), with OpenTelemetry's database attributes:
 *
 *   db.system.name      sqlite | mysql
 *   db.namespace        the database (MySQL/MariaDB), e.g. lsgw_blacklist
 *   db.operation.name   the statement's first keyword, from a fixed list (else OTHER)
 *   db.collection.name  its table, only if it is one of this database's tables (as it is at start)
 *   error.type          the driver's error code, when the statement failed
 *
 * Never the statement's text or its parameters; the table is taken from the schema's list, so a value
 * written into a statement can never become an attribute. Statements outside a request (start-up
 * migrations, timers, probes) are not traced.
 *
 * How: a TypeORM subscriber's beforeQuery/afterQuery, as db-metrics.ts; a query runner's statements end
 * in the order they started, so a first-in-first-out list per runner pairs each end with its span. On
 * MySQL/MariaDB also a wrapper of `query` on TypeORM's mysql2 pool: the peer check's hot path runs there,
 * past TypeORM (subgraphs/blacklist/src/store/sql.ts).
 */
export async function traceQueries(db: DataSource, tracer: Tracer): Promise<void> {
  const mysql = db.options.type === 'mysql' || db.options.type === 'mariadb';
  const base: Attributes = {
    'db.system.name': mysql ? 'mysql' : 'sqlite',
    ...(mysql && typeof db.options.database === 'string' ? { 'db.namespace': db.options.database } : {}),
  };
  // The entities' tables and those only migrations and raw SQL know (evidence_counter).
  const listed = (await db.query(
    mysql
      ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()'
      : "SELECT name FROM sqlite_master WHERE type = 'table'",
  )) as { name?: string; NAME?: string }[];
  const tables = new Set([
    ...db.entityMetadatas.map((m) => m.tableName),
    ...listed.map((r) => r.name ?? r.NAME).filter((n): n is string => typeof n === 'string'),
  ]);
  // The same statement text comes back for every call of a repository method: describe each once (short
  // ones only, so that the cache stays small; a batch INSERT's text is long and rare).
  const described = new Map<string, { name: string; attributes: Attributes }>();
  const describe = (sql: string) => {
    let d = described.get(sql);
    if (d) return d;
    const head = sql.slice(0, SCAN);
    const word = /^\s*([A-Za-z]+)/.exec(head)?.[1].toUpperCase();
    const operation = word && OPERATIONS.has(word) ? word : 'OTHER';
    const found = TABLE_AFTER[operation]?.exec(head)?.[1];
    const table = found && tables.has(found) ? found : undefined;
    d = {
      name: table ? `${operation} ${table}` : operation,
      attributes: { ...base, 'db.operation.name': operation, ...(table ? { 'db.collection.name': table } : {}) },
    };
    if (sql.length <= SCAN) {
      if (described.size >= 500) described.clear();
      described.set(sql, d);
    }
    return d;
  };

  /** A span for `sql` if it runs for a request (an active recording span), else undefined. */
  const start = (sql: string): Span | undefined => {
    const parent = context.active();
    if (!trace.getSpan(parent)?.isRecording()) return undefined;
    const d = describe(sql);
    return tracer.startSpan(d.name, { kind: SpanKind.CLIENT, attributes: d.attributes }, parent);
  };
  const end = (span: Span, error: unknown) => {
    if (error) {
      const code = (error as { code?: unknown }).code;
      span.setAttribute('error.type', typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : 'OTHER');
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
  };

  const open = new WeakMap<object, (Span | undefined)[]>();
  const subscriber: EntitySubscriberInterface = {
    listenTo: () => NoEntity,
    beforeQuery({ query, queryRunner }) {
      const span = start(query);
      const list = open.get(queryRunner);
      if (list) list.push(span);
      else open.set(queryRunner, [span]);
    },
    afterQuery({ queryRunner, success, error }) {
      const span = open.get(queryRunner)?.shift();
      if (span) end(span, success ? undefined : (error ?? true));
    },
  };
  db.subscribers.push(subscriber);

  onPoolQuery(db, (sql) => {
    const span = start(sql);
    return span && ((error) => end(span, error));
  });
}
