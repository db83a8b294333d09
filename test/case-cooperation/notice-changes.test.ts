import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { ACK, DEMO_B_USCC, SEND, issueOffices, ok, violation } from './fixtures.js';

/**
 * notices(updatedSince:) through the gateway over mTLS: what a poller reads instead of the whole list. The
 * access rules are those of notices (notice.access.ts), and a regulator's read is access-logged the same way.
 */
const CHANGES = `query($since: DateTime!, $first: Int, $after: String) {
  notices(updatedSince: $since, first: $first, after: $after) {
    edges { cursor node { id status updatedAt } } pageInfo { hasNextPage endCursor } } }`;
const LIST = `query($first: Int) { notices(first: $first) { edges { cursor } } }`;

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
  issueOffices(fed);
});
afterAll(() => fed?.close());

type Page = { edges: { cursor: string; node: { id: string; status: string; updatedAt: string } }[] };
const changes = async (slug: string, since: string, first?: number, after?: string) =>
  ok<Page>(await fed.as(slug).query(CHANGES, { since, first, after }), 'notices');
const ids = (p: Page) => p.edges.map((e) => e.node.id);

describe('notices(updatedSince:)', () => {
  it('answers the notices changed at or after the instant, oldest change first, each at its last change', async () => {
    const start = new Date(Date.now() - 1000).toISOString();
    const a = ok(await fed.as('samr-xihu').query(SEND, { input: violation({ summary: 'a' }) }), 'sendNotice');
    const b = ok(await fed.as('samr-xihu').query(SEND, { input: violation({ summary: 'b' }) }), 'sendNotice');
    ok(await fed.as('samr-xihu').query(SEND, { input: violation({ platformUscc: DEMO_B_USCC }) }), 'sendNotice');
    expect(ids(await changes('demo-platform', start))).toEqual([a.id, b.id]);

    const acked = ok(await fed.as('demo-platform').query(ACK, { id: a.id }), 'acknowledgeNotice');
    const all = await changes('demo-platform', start);
    expect(ids(all)).toEqual([b.id, a.id]);
    const last = all.edges[1].node;
    expect(last.status).toBe(acked.status);
    // Inclusive, and in Asia/Shanghai's offset as well as UTC: the same instant.
    const shanghai = new Date(Date.parse(last.updatedAt) + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
    expect(ids(await changes('demo-platform', shanghai))).toEqual([a.id]);
    expect(ids(await changes('demo-platform', last.updatedAt))).toEqual([a.id]);

    const page1 = await changes('demo-platform', start, 1);
    const page2 = await changes('demo-platform', start, 1, page1.edges[0].cursor);
    expect([...ids(page1), ...ids(page2)]).toEqual([b.id, a.id]);
  });

  it('keeps the access rules of notices: another platform, or an office that does not cover the sender, sees none of them', async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const mine = ids(await changes('demo-platform', since));
    expect(mine).toHaveLength(2);
    expect(ids(await changes('demo-platform-b', since))).not.toEqual(expect.arrayContaining(mine));
    expect(ids(await changes('samr-shangcheng', since))).toEqual([]);
    expect(ids(await changes('samr-zhejiang', since))).toEqual(expect.arrayContaining(mine));
  });

  it("logs an office's read of the changes as a read of those notices", async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const before = await fed.subgraphs['case-cooperation'].db.query(
      "SELECT COUNT(*) AS n FROM access_log WHERE principal_org = 'samr/county/330106' AND operation = 'notices'",
    );
    const read = await changes('samr-xihu', since);
    const after = await fed.subgraphs['case-cooperation'].db.query(
      "SELECT record_ids FROM access_log WHERE principal_org = 'samr/county/330106' AND operation = 'notices'",
    );
    expect(after.length).toBe(Number(before[0].n) + 1);
    for (const id of ids(read)) expect(after.at(-1).record_ids).toContain(id);
  });

  it('refuses a cursor of the newest-first list with BAD_USER_INPUT naming after', async () => {
    const cursor = ok<{ edges: { cursor: string }[] }>(
      await fed.as('demo-platform').query(LIST, { first: 1 }),
      'notices',
    ).edges[0].cursor;
    const r = await fed.as('demo-platform').query(CHANGES, { since: new Date(0).toISOString(), after: cursor });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.body.errors?.[0]?.extensions?.problems).toEqual([{ path: 'after', reason: expect.any(String) }]);
  });
});
