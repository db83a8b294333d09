import { expect } from 'vitest';
import { issueMember } from '../../certs/store.js';
import type { TestFederation } from '../support/federation.js';
import type { GraphQLResult } from '../../lib/testing/client.js';
import { businessOperator, uscc } from '../identity-registry/fixtures.js';
import { as, countRows } from './harness.js';
import { ADD_BATCH, ADD_NDJSON, FILING } from './identity-registry.fixtures.js';

/**
 * Oversize batches: one record or subject over the configured maximum is refused as a whole
 * with BAD_USER_INPUT naming the list — not a crash, not a 413 (the body is far below 16 MiB) — and
 * nothing of it is stored or logged. The maximum itself is accepted. Only a body over the 16 MiB limit
 * is refused before GraphQL, with 413 and a coded error.
 */
const MAX_RECORDS = 5000;
const MAX_SUBJECTS = 1000;
const LEAK = /\bat .*\.(ts|js):\d+|SELECT |INSERT |sqlite|mysql|maria|typeorm/i;

function expectRefused(r: GraphQLResult, path: string, reason: RegExp): void {
  const show = r.raw.slice(0, 600);
  expect(r.status, show).toBeLessThan(500);
  expect(r.status, show).not.toBe(413);
  expect(r.raw, show).not.toMatch(LEAK);
  expect(
    r.body.errors?.map((e) => e.extensions?.code),
    show,
  ).toEqual(['BAD_USER_INPUT']);
  const problems = r.body.errors![0].extensions!.problems as { path: string; reason: string }[];
  expect(problems, show).toEqual([{ path, reason: expect.stringMatching(reason) }]);
}

let bulk = 0;
async function freshFiling(fed: TestFederation): Promise<{ slug: string; id: string }> {
  const slug = `fuzz-bulk-${++bulk}`;
  issueMember(
    fed.certs.dir,
    { kind: 'platform', uscc: uscc(900_000 + bulk, '330106'), region: '330106', name: slug },
    { slug },
  );
  const r = await as(fed, slug).query(`mutation { openFiling(period: "2026-07") ${FILING} }`);
  return { slug, id: r.body.data.openFiling.id };
}
const operators = (n: number, from: number) => Array.from({ length: n }, (_, i) => businessOperator(from + i));
const ndjson = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n');

/** A batch of MAX_RECORDS + 1 is refused and stores nothing; a batch of exactly MAX_RECORDS is stored. */
export async function oversizeBatch(
  fed: TestFederation,
  field: 'addFilingBatch' | 'addFilingBatchNdjson',
): Promise<void> {
  const { slug, id } = await freshFiling(fed);
  const db = fed.subgraphs['identity-registry'].db;
  const doc = field === 'addFilingBatch' ? ADD_BATCH : ADD_NDJSON;
  const wire = (rows: unknown[]) => (field === 'addFilingBatch' ? rows : ndjson(rows));
  const before = await countRows(db, 'live_room_operator');
  const tooMany = operators(MAX_RECORDS + 1, 2_000_000);
  expectRefused(
    await as(fed, slug).query(doc, { filingId: id, batchNo: 1, operators: wire(tooMany) }),
    'batch',
    /at most 5000/,
  );
  expect(await countRows(db, 'live_room_operator')).toBe(before);
  const filing = async () =>
    (await as(fed, slug).query(`query($id: ID!) { filing(id: $id) ${FILING} }`, { id })).body.data.filing;
  expect(await filing()).toMatchObject({ batchCount: 0, operatorCount: 0 });

  const r = await as(fed, slug).query(doc, {
    filingId: id,
    batchNo: 1,
    operators: wire(tooMany.slice(0, MAX_RECORDS)),
  });
  expect(r.body.errors, r.raw.slice(0, 600)).toBeUndefined();
  expect(r.body.data[field]).toMatchObject({ batchNo: 1, operatorCount: MAX_RECORDS, replayed: false });
  expect(await countRows(db, 'live_room_operator')).toBe(before + MAX_RECORDS);
  expect(await filing()).toMatchObject({ batchCount: 1, operatorCount: MAX_RECORDS });
}

/**
 * The other side of the limit: one operator with every list and text at its maximum (100 live accounts and
 * 100 licences, 128–200 characters each, ~80 kB) is within every rule, so it is stored — or, if the limits
 * change, refused with a coded error. Never INTERNAL_SERVER_ERROR on either database.
 */
export async function recordAtLimits(fed: TestFederation): Promise<void> {
  const { slug, id } = await freshFiling(fed);
  const op = businessOperator(3_100_000, '330102', {
    liveAccounts: Array.from({ length: 100 }, (_, i) => ({
      accountId: `${i}-`.padEnd(128, 'a'),
      nickname: '长'.repeat(128),
    })),
    licences: Array.from({ length: 100 }, (_, i) => ({
      kind: '长'.repeat(128),
      number: `${i}-`.padEnd(128, 'n'),
      issuer: '长'.repeat(200),
    })),
  });
  const r = await as(fed, slug).query(ADD_BATCH, { filingId: id, batchNo: 1, operators: [op] });
  expect(r.status, r.raw.slice(0, 600)).toBeLessThan(500);
  for (const e of r.body.errors ?? []) expect(e.extensions?.code, r.raw.slice(0, 600)).toBe('BAD_USER_INPUT');
  if (!r.body.errors) expect(r.body.data.addFilingBatch).toMatchObject({ operatorCount: 1 });
}

/**
 * A body over the 16 MiB limit: refused by the gateway before it is parsed, with 413 and a coded error
 * (no field path: no GraphQL was read). Nothing reaches a subgraph.
 */
export async function oversizeBody(fed: TestFederation): Promise<void> {
  const { slug, id } = await freshFiling(fed);
  const db = fed.subgraphs['identity-registry'].db;
  const batches = await countRows(db, 'filing_batch');
  const huge = businessOperator(3_000_000, '330102', {
    businessAddress: { regionCode: '330102', detail: 'x'.repeat(17 * 1024 * 1024) },
  });
  const r = await as(fed, slug).query(ADD_BATCH, { filingId: id, batchNo: 1, operators: [huge] });
  expect(r.status, r.raw.slice(0, 300)).toBe(413);
  expect(r.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  expect(r.body.errors![0].message).toMatch(/exceeds 16777216 bytes/);
  expect(await countRows(db, 'filing_batch')).toBe(batches);
}

const CHECK = `query($subjects: [CheckSubjectInput!]!) { blacklistCheck(subjects: $subjects, purpose: ONBOARDING) { listed } }`;

/** blacklistCheck: MAX_SUBJECTS + 1 subjects are refused and logged nowhere; MAX_SUBJECTS are answered and logged. */
export async function oversizeCheck(fed: TestFederation): Promise<void> {
  const db = fed.subgraphs.blacklist.db;
  const subjects = Array.from({ length: MAX_SUBJECTS + 1 }, (_, i) => ({ uscc: uscc(4_000_000 + i) }));
  const before = await countRows(db, 'blacklist_check_log');
  expectRefused(await as(fed, 'demo-platform-b').query(CHECK, { subjects }), 'subjects', /at most 1000/);
  expect(await countRows(db, 'blacklist_check_log')).toBe(before);
  const r = await as(fed, 'demo-platform-b').query(CHECK, { subjects: subjects.slice(0, MAX_SUBJECTS) });
  expect(r.body.errors, r.raw.slice(0, 600)).toBeUndefined();
  expect(r.body.data.blacklistCheck).toHaveLength(MAX_SUBJECTS);
  expect(await countRows(db, 'blacklist_check_log')).toBe(before + MAX_SUBJECTS);
}
