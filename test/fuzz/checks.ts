import { expect } from 'vitest';
import type { DataSource } from 'typeorm';
import type { TestFederation } from '../support/federation.js';
import { tClient, type GraphQLResult } from '../../lib/testing/client.js';
import { serviceCert } from '../support/certs.js';
import { argNames, BODY_LIMIT, type Damage } from './damage.js';
import type { Fixture } from './harness.js';

// What every answer, and the database around it, must satisfy.

const q = (db: DataSource, name: string) =>
  db.options.type === 'mysql' || db.options.type === 'mariadb' ? `\`${name}\`` : `"${name}"`;
export async function countRows(db: DataSource, table: string): Promise<number> {
  const [row] = await db.query(`SELECT COUNT(*) AS n FROM ${q(db, table)}`);
  return Number(row.n);
}

/** Row counts of every table of a subgraph, and the given rows in full. */
export async function fingerprint(db: DataSource, rows: { table: string; id: string }[]): Promise<string> {
  // Tree heads are signed by a timer, off the request path (lib/store/evidence-log.ts): not a call's write.
  const tables = db.entityMetadatas
    .map((m) => m.tableName)
    .filter((t) => t !== 'evidence_tree_head')
    .sort();
  const counts = await db.query(
    `SELECT ${tables.map((t) => `(SELECT COUNT(*) FROM ${q(db, t)}) AS ${q(db, t)}`).join(', ')}`,
  );
  const full = [];
  for (const r of rows) full.push(await db.query(`SELECT * FROM ${q(db, r.table)} WHERE id = ?`, [r.id]));
  return JSON.stringify([counts, full]);
}

const ALLOWED = /^(BAD_USER_INPUT|NOT_FOUND|CONFLICT|GRAPHQL_VALIDATION_FAILED)$/;
const under = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`);
/** `a` names `b`, a field inside it, or the object holding it. */
export const related = (a: string, b: string) => under(a, b) || under(b, a);

/**
 * A refusal is coded, names a field of the call (and, for a strict damage, the damaged one), and says
 * nothing of the server's insides. Returns the result when accepted.
 */
export interface Call {
  /** The operation's variable names. */
  vars: string[];
  damaged: { path: string; d: Damage }[];
  /** Some damage makes the input invalid: it must be refused. */
  strict: boolean;
  /** The damages, for the failure message. */
  what: string;
  /** Size of the request body. */
  bytes: number;
}

export function expectCoded(r: GraphQLResult, f: Fixture, { vars, damaged, strict, what, bytes }: Call): any {
  const show = `${what}\n${r.raw.slice(0, 600)}`;
  expect(r.status, show).toBeLessThan(500);
  expect(r.raw, show).not.toMatch(
    /\bat .*\.(ts|js):\d+|SELECT |INSERT |UPDATE .* SET|sqlite|mysql|maria|typeorm|QueryFailedError/i,
  );
  // Over the body limit (lists of large copies): refused before GraphQL, so no field to name.
  expect(r.status === 413, `${bytes} bytes: ${show}`).toBe(bytes > BODY_LIMIT);
  if (r.status === 413) {
    expect(
      r.body.errors?.map((e) => [e.extensions?.code, e.message]),
      show,
    ).toEqual([['BAD_USER_INPUT', `request body exceeds ${BODY_LIMIT} bytes`]]);
    return undefined;
  }
  if (!r.body.errors?.length) {
    expect(strict, `accepted a strictly invalid input: ${show}`).toBe(false);
    expect(r.body.data?.[f.field], show).toBeTruthy();
    return r.body.data[f.field];
  }
  const args = [...argNames(f.root ?? 'Mutation', f.field), ...(f.pathHeads ?? [])];
  const named: string[] = [];
  for (const e of r.body.errors) {
    const code = e.extensions?.code;
    expect(code, show).toMatch(ALLOWED);
    if (code !== 'BAD_USER_INPUT') continue;
    const problems = e.extensions?.problems as { path: string; reason: string }[] | undefined;
    if (problems?.length) {
      for (const p of problems) {
        expect(p.reason, show).toBeTruthy();
        expect(args, `problem path ${p.path} is not under an argument: ${show}`).toContain(
          /^[^.[]+/.exec(p.path ?? '')?.[0],
        );
        named.push(p.path);
      }
      expect(e.path?.[0], `no response path: ${show}`).toBe(f.field);
    } else {
      const v = /^Variable "\$(\w+)"/.exec(e.message);
      expect(v && vars.includes(v[1]), `BAD_USER_INPUT names no field: ${show}`).toBe(true);
      named.push(/ at "([^"]+)"/.exec(e.message)?.[1] ?? v![1]);
    }
  }
  const hit = damaged.map((x) => x.path);
  if (strict && named.length && r.body.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) {
    expect(
      named.some((n) => hit.some((p) => related(n, p))),
      `the refusal names ${named.join(', ')}, not the damaged ${hit.join(', ')}: ${show}`,
    ).toBe(true);
  }
  return undefined;
}

/** The gateway and every subgraph answer /healthz, and a query still works. */
export async function expectHealthy(fed: TestFederation): Promise<void> {
  expect((await fed.as('demo-platform').get('/healthz')).status).toBe(200);
  expect((await fed.as('demo-platform').query('{ viewer { org } }')).body.data.viewer.org).toBe('91330106MA27XXXXX0');
  for (const [name, s] of Object.entries(fed.subgraphs)) {
    const c = tClient(s.url, fed.ca, serviceCert(fed.certs, 'gateway'));
    try {
      expect((await c.get('/healthz')).status, name).toBe(200);
    } finally {
      await c.close();
    }
  }
}
