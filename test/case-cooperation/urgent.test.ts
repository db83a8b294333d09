import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { GET, LIST, NOTICE_FIELDS, SEND, assistance, ok } from './fixtures.js';

/** Art 21 事故处置、缺陷消费品召回: urgent requests due in hours, and recalls naming products. */
const clock = new ManualClock(new Date('2026-09-29T02:00:00Z')); // Tuesday 29 Sep 2026, 10:00 Shanghai
const URGENT_FIELDS = `${NOTICE_FIELDS} assistance { urgent products { name identifiers } }`;
const SEND_URGENT = `mutation($input: NoticeInput!) { sendNotice(input: $input) { ${URGENT_FIELDS} } }`;
const GET_URGENT = `query($id: ID!) { notice(id: $id) { ${URGENT_FIELDS} } }`;
const HOUR = 3_600_000;

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ clock });
});
afterAll(() => fed?.close());

const samr = () => fed.as('samr-zhejiang');
const at = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
const request = (purpose: string, dueAt: string, extra: Record<string, unknown> = {}, over = {}) => {
  const base = assistance(dueAt, over);
  return { ...base, assistance: { ...base.assistance, purpose, ...extra } };
};
const problems = (r: any) => r.body.errors?.[0]?.extensions?.problems ?? [];
const pathsOf = (r: any) => problems(r).map((p: { path: string }) => p.path);

describe('Art 21: urgent incident and recall requests', () => {
  it('Art 21: an urgent INCIDENT request is due at an instant later the same day, marked urgent, and overdue from then', async () => {
    clock.set('2026-09-29T02:00:00Z');
    const due = at(4 * HOUR); // 14:00 Shanghai, the same day
    const n = ok(await samr().query(SEND_URGENT, { input: request('INCIDENT', due, { urgent: true }) }), 'sendNotice');
    expect(n).toMatchObject({
      dueAt: due,
      dueDate: '2026-09-29',
      dueApproximate: false,
      overdue: false,
      assistance: { purpose: 'INCIDENT', urgent: true, products: [] },
    });
    // The platform sees it as urgent too.
    const seen = ok(await fed.as('demo-platform').query(GET_URGENT, { id: n.id }), 'notice');
    expect(seen.assistance.urgent).toBe(true);
    clock.set(new Date(Date.parse(due) + 1000));
    expect(ok(await fed.as('demo-platform').query(GET, { id: n.id }), 'notice').overdue).toBe(true);
    const overdue = ok(await samr().query(LIST, { filter: { overdue: true } }), 'notices');
    expect(overdue.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(n.id);
  });

  it('Art 21: an urgent RECALL request may be due in hours on a public holiday; no working day is waited for', async () => {
    clock.set('2026-10-01T01:00:00Z'); // National Day, 09:00 Shanghai
    const due = at(3 * HOUR);
    const n = ok(await samr().query(SEND_URGENT, { input: request('RECALL', due, { urgent: true }) }), 'sendNotice');
    expect(n).toMatchObject({ dueAt: due, dueDate: '2026-10-01', assistance: { urgent: true } });
  });

  it('Art 21: without urgent, a same-day due date is refused; urgent is refused for other purposes and outside 1 to 48 hours', async () => {
    clock.set('2026-09-29T02:00:00Z');
    const sameDay = await samr().query(SEND, { input: request('INCIDENT', at(4 * HOUR)) });
    expect(codeOf(sameDay)).toBe('BAD_USER_INPUT');
    expect(problems(sameDay)).toEqual([
      { path: 'input.assistance.dueAt', reason: expect.stringContaining('may be urgent') },
    ]);
    const inspection = await samr().query(SEND, { input: request('INSPECTION', at(4 * HOUR), { urgent: true }) });
    expect(codeOf(inspection)).toBe('BAD_USER_INPUT');
    expect(pathsOf(inspection)).toEqual(['input.assistance.urgent']);
    for (const ms of [30 * 60_000, 49 * HOUR, -HOUR]) {
      const r = await samr().query(SEND, { input: request('RECALL', at(ms), { urgent: true }) });
      expect(pathsOf(r)).toEqual(['input.assistance.dueAt']);
    }
    // An urgent request's deadline is the instant, not the end of its day.
    const n = ok(await samr().query(SEND, { input: request('RECALL', at(HOUR), { urgent: true }) }), 'sendNotice');
    expect(n.dueAt).toBe(at(HOUR));
  });
});

describe('Art 21: a recall may name a product instead of a subject', () => {
  const heater = { name: '某品牌电暖器 NSB-200', identifiers: ['GTIN 06901234567892', '批次 20260301'] };

  it('Art 21: accepts a RECALL naming products and no subject, and shows the products to the platform', async () => {
    clock.set('2026-09-29T02:00:00Z');
    const input = request('RECALL', at(6 * HOUR), { urgent: true, products: [heater] }, { subjects: [] });
    const n = ok(await samr().query(SEND_URGENT, { input }), 'sendNotice');
    expect(n).toMatchObject({ subjects: [], assistance: { products: [heater] } });
    const seen = ok(await fed.as('demo-platform').query(GET_URGENT, { id: n.id }), 'notice');
    expect(seen.assistance.products).toEqual([heater]);
  });

  it('Art 21: other requests still need a subject, and so does a recall naming no product', async () => {
    clock.set('2026-09-29T02:00:00Z');
    const due = at(3 * 24 * HOUR);
    const incident = await samr().query(SEND, {
      input: request('INCIDENT', due, { products: [heater] }, { subjects: [] }),
    });
    expect(pathsOf(incident)).toEqual(['input.subjects']);
    const bare = await samr().query(SEND, { input: request('RECALL', due, {}, { subjects: [] }) });
    expect(pathsOf(bare)).toEqual(['input.subjects']);
  });

  it('Art 21: bounds the products: at most 50, each a name of 1 to 200 characters and at most 20 identifiers of 1 to 128', async () => {
    clock.set('2026-09-29T02:00:00Z');
    const due = at(3 * 24 * HOUR);
    const many = await samr().query(SEND, {
      input: request('RECALL', due, { products: Array.from({ length: 51 }, () => heater) }),
    });
    expect(pathsOf(many)).toEqual(['input.assistance.products']);
    const bad = await samr().query(SEND, {
      input: request('RECALL', due, {
        products: [
          { name: ' ', identifiers: [] },
          { name: 'x'.repeat(201), identifiers: Array.from({ length: 21 }, (_, i) => `id-${i}`) },
          { name: 'ok', identifiers: ['', 'y'.repeat(129)] },
        ],
      }),
    });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(pathsOf(bad).sort()).toEqual([
      'input.assistance.products[0].name',
      'input.assistance.products[1].identifiers',
      'input.assistance.products[1].name',
      'input.assistance.products[2].identifiers[0]',
      'input.assistance.products[2].identifiers[1]',
    ]);
  });
});
