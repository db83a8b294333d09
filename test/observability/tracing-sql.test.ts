import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { context, ROOT_CONTEXT, SpanStatusCode, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceQueries } from '../../lib/observability/tracing-sql.js';

/**
 * The SQL spans (lib/observability/tracing-sql.ts) on a real SQLite database, collected in memory: named
 * by operation and table, children of the request's span, and never carrying a statement's text, its
 * parameters or a value written into it.
 */
const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = provider.getTracer('test');
const manager = new AsyncLocalStorageContextManager();
let db: DataSource;

beforeAll(async () => {
  context.setGlobalContextManager(manager.enable());
  db = await new DataSource({ type: 'better-sqlite3', database: ':memory:' }).initialize();
  await db.query('CREATE TABLE person_row (id TEXT, name TEXT)');
  await traceQueries(db, tracer);
});
afterAll(async () => {
  await db?.destroy();
  context.disable();
});

describe('SQL spans', () => {
  it('name each statement run for a request by operation and table, under the request, with no values', async () => {
    const request = tracer.startSpan('request');
    await context.with(trace.setSpan(ROOT_CONTEXT, request), async () => {
      await db.query(`INSERT INTO person_row VALUES ('1', '王小明 from person_row')`);
      await db.query('SELECT id FROM "person_row" WHERE name = ?', ['李四']);
      // A table name that is not one of the database's (here a value in the FROM position) is not an attribute.
      await db.query(`SELECT 'see from t13800001111' AS y FROM person_row`);
      await db.query('SELECT nothing FROM nosuch_table').catch(() => undefined);
    });
    request.end();
    // Outside a request (timers, probes): not traced.
    await db.query('SELECT 1');

    const spans = exporter.getFinishedSpans().filter((s) => s.name !== 'request');
    expect(spans.map((s) => s.name)).toEqual(['INSERT person_row', 'SELECT person_row', 'SELECT', 'SELECT']);
    for (const s of spans) {
      expect(s.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
      expect(s.attributes['db.system.name']).toBe('sqlite');
      expect(Object.keys(s.attributes).every((k) => k.startsWith('db.') || k === 'error.type')).toBe(true);
    }
    expect(spans[0].attributes).toMatchObject({ 'db.operation.name': 'INSERT', 'db.collection.name': 'person_row' });
    expect(spans[2].attributes['db.collection.name']).toBeUndefined();
    expect(spans[3]).toMatchObject({
      status: { code: SpanStatusCode.ERROR },
      attributes: { 'error.type': 'SQLITE_ERROR' },
    });
    const all = JSON.stringify(spans.map((s) => [s.name, s.attributes, s.status, s.events]));
    for (const value of ['王小明', '李四', '13800001111', 'nosuch_table', 'nothing']) expect(all).not.toContain(value);
  });
});
