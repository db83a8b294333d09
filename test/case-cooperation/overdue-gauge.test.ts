import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { ACK, CLOSE, LIST, REMIND, SEND, issueOffices, ok, unreachable, violation } from './fixtures.js';

/**
 * `lsgw_case_overdue_notices` (Art 22 ¶2): case-cooperation counts the notices past their running
 * deadline on a timer of its own (every 20 ms here, NOTICE_OVERDUE_COUNT_MS) and the figure is read
 * where Prometheus reads it, the subgraph's metrics endpoint.
 */
const clock = new ManualClock(new Date('2026-09-30T02:00:00Z')); // sent 30 Sep 2026: due 13 Oct

let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation({ clock, env: { NOTICE_OVERDUE_COUNT_MS: '20' } });
  issueOffices(fed);
}, 60_000);
afterAll(() => fed?.close());

const samr = () => fed.as('samr-zhejiang');
const platform = () => fed.as('demo-platform');
const send = async (input: object) => ok(await samr().query(SEND, { input }), 'sendNotice');

async function gauge(): Promise<number | undefined> {
  const text = await (await fetch(fed.subgraphs['case-cooperation'].metricsUrl!)).text();
  const m = /^lsgw_case_overdue_notices (\d+)$/m.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The gauge once it reads `want`, or what it last read after many counts (it never reaching `want` fails). */
async function gaugeReads(want: number): Promise<number | undefined> {
  let seen: number | undefined;
  for (let i = 0; i < 500 && seen !== want; i++) {
    seen = await gauge();
    if (seen !== want) await new Promise((r) => setTimeout(r, 20));
  }
  return seen;
}

const overdueListed = async () =>
  ok(await fed.as('samr-national').query(LIST, { filter: { overdue: true }, first: 100 }), 'notices').edges.length;

describe('Art 22 ¶2: the overdue notices gauge', () => {
  it('counts the SENT and ACKNOWLEDGED notices past their deadline, not the reminded nor those without one', async () => {
    const [a, b, c] = [await send(unreachable()), await send(unreachable()), await send(unreachable())];
    await send(violation()); // no deadline
    ok(await platform().query(ACK, { id: b.id }), 'acknowledgeNotice');
    ok(await platform().query(REMIND, { id: c.id, at: '2026-09-30T02:00:00Z', channel: 'SMS' }), 'recordReminder');
    expect(await gaugeReads(0)).toBe(0);
    clock.set('2026-10-13T16:00:00.000Z'); // the first instant after the due day
    expect(await gaugeReads(2)).toBe(2);
    expect(await overdueListed()).toBe(2);

    ok(await samr().query(CLOSE, { id: a.id, outcome: 'withdrawn' }), 'closeNotice');
    expect(await gaugeReads(1)).toBe(1);
    expect(await overdueListed()).toBe(1);
  });
});
