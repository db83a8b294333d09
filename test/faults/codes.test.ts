import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import mysql from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { databaseUnavailable } from '../../lib/errors.js';
import { createFormatError } from '../../lib/graphql/errors.js';
import { SubgraphSource } from '../../gateway/src/subgraph-source.js';
import type { SubgraphRequestInit } from '../../gateway/src/subgraph-fetch.js';

/** Real driver failures, made on purpose, and the coded answers they become. */
const Sqlite = createRequire(import.meta.url)('better-sqlite3');

async function refusedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise((ok) => s.close(ok));
  return port;
}

describe('a database that is down', () => {
  it('MySQL refusing the connection is SERVICE_UNAVAILABLE, not applied', async () => {
    const e = await mysql.createConnection({ host: '127.0.0.1', port: await refusedPort() }).catch((x) => x);
    expect(databaseUnavailable(e)?.code).toBe('SERVICE_UNAVAILABLE');
    expect(databaseUnavailable(e)?.details).toEqual({ retryable: true, applied: 'no' });
  });

  it('MySQL not answering the connection within its connect timeout is SERVICE_UNAVAILABLE, not applied', async () => {
    // A listener that accepts and never speaks: the MySQL handshake never starts.
    const silent = createServer((socket) => socket.resume());
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
    const { port } = silent.address() as AddressInfo;
    const e = await mysql.createConnection({ host: '127.0.0.1', port, connectTimeout: 300 }).catch((x) => x);
    silent.close();
    expect(databaseUnavailable(e)?.details).toEqual({ retryable: true, applied: 'no' });
  });

  it('SQLite locked by another process past its busy timeout is SERVICE_UNAVAILABLE, not applied', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lsgw-busy-')), 'x.sqlite');
    const holder = new Sqlite(file);
    const other = new Sqlite(file, { timeout: 0 });
    holder.exec('CREATE TABLE t (x INTEGER)');
    holder.exec('BEGIN EXCLUSIVE');
    let e: unknown;
    try {
      other.exec('INSERT INTO t VALUES (1)');
    } catch (x) {
      e = x;
    }
    holder.exec('ROLLBACK');
    holder.close();
    other.close();
    expect(databaseUnavailable(e)?.details).toEqual({ retryable: true, applied: 'no' });
  });

  it('a connection lost under a statement may have been applied', () => {
    const lost = Object.assign(new Error('Connection lost: The server closed the connection.'), {
      code: 'PROTOCOL_CONNECTION_LOST',
    });
    expect(databaseUnavailable({ driverError: lost })?.details.applied).toBe('unknown');
  });

  it('is not how a wrong request or a bug is classed', () => {
    expect(databaseUnavailable(Object.assign(new Error('dup'), { errno: 1062, code: 'ER_DUP_ENTRY' }))).toBeUndefined();
    expect(databaseUnavailable(new TypeError('x is undefined'))).toBeUndefined();
  });

  it("becomes the subgraph's coded answer in the one formatError funnel, with no driver detail", async () => {
    const e = await mysql.createConnection({ host: '127.0.0.1', port: await refusedPort() }).catch((x) => x);
    const logged: unknown[] = [];
    const format = createFormatError({ onInternalError: (x) => logged.push(x) });
    const wrapped = new GraphQLError(e.message, { originalError: e, path: ['disposalReports'] });
    const out = format(
      { message: e.message, path: ['disposalReports'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      wrapped,
    );
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true, applied: 'no' });
    expect(JSON.stringify(out)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    expect(logged).toEqual([e]);
  });
});

describe("the gateway's time for one operation", () => {
  it('is shared by its subgraph calls in a row: each later call gets the deadline of the first', async () => {
    const deadlines: (number | undefined)[] = [];
    const s = new SubgraphSource<{ principal: string }>({
      url: 'https://x/graphql',
      name: 'blacklist',
      timeoutMs: 10_000,
      fetcher: async (_url, init) => {
        deadlines.push((init as SubgraphRequestInit).deadline);
        return {
          ok: true,
          status: 200,
          url: 'https://x/graphql',
          headers: { get: (n: string) => (n === 'content-type' ? 'application/json' : null) },
          json: async () => ({
            data: null,
            errors: [{ message: 'db down', extensions: { code: 'SERVICE_UNAVAILABLE', applied: 'no' } }],
          }),
        } as never;
      },
      headers: async () => ({}),
    });
    const operation = { overallCachePolicy: {} };
    const call = (incomingRequestContext: object) =>
      s.process({
        kind: 'incoming operation',
        request: { query: '{ a }' },
        context: { principal: 'p' },
        incomingRequestContext,
      } as unknown as GraphQLDataSourceProcessOptions<{ principal: string }>);
    const first = await call(operation);
    await call(operation);
    await call({ overallCachePolicy: {} });
    expect(deadlines[0]).toBeTypeOf('number');
    expect(deadlines[1]).toBe(deadlines[0]);
    expect(deadlines[2]).toBeGreaterThanOrEqual(deadlines[0]!);
    // A subgraph's own unavailability is tagged with its name on the way through.
    expect(first.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', subgraph: 'blacklist' });
  });
});
