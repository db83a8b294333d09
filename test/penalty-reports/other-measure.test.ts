import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { AMEND, DAY, GET, LIFT, LIST, SUBMIT, iso, measure, submit, tInput } from './helpers.js';

/** Art 12 ¶1 ends its list of measures in "等": a measure outside the eight is reported as OTHER, by name. */
let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
});
afterAll(() => fed?.close());

const other = (over: Record<string, unknown> = {}) => ({
  type: 'OTHER',
  name: '下架商品链接',
  startsAt: iso(-DAY),
  ...over,
});
const paths = (r: { body: { errors?: { extensions?: Record<string, any> }[] } }) =>
  ((r.body.errors?.[0]?.extensions?.problems ?? []) as { path: string }[]).map((p) => p.path).sort();

describe('Art 12 ¶1: any measure can be reported (等)', () => {
  it('Art 12 ¶1: reports a measure outside the eight by its name, with a term when it has one', async () => {
    const r = await submit(
      fed,
      'demo-platform',
      tInput('other-1', { measures: [measure('WARNING'), other({ name: '  下架商品链接  ', endsAt: iso(6 * DAY) })] }),
    );
    expect(r.measures.map((m: { type: string; name: string | null }) => [m.type, m.name])).toEqual([
      ['WARNING', null],
      ['OTHER', '下架商品链接'],
    ]);
    expect(r.measures[1].endsAt).not.toBeNull();
    expect(r.history[0].measures[1]).toMatchObject({ type: 'OTHER', name: '下架商品链接' });

    const untermed = await submit(fed, 'demo-platform', tInput('other-2', { measures: [other()] }));
    expect(untermed.measures).toEqual([expect.objectContaining({ type: 'OTHER', name: '下架商品链接', endsAt: null })]);
  });

  it('Art 12 ¶1: requires the name of an OTHER measure, bounds it, and takes no name on a named measure', async () => {
    const r = await fed.as('demo-platform').query(SUBMIT, {
      input: tInput('other-bad', {
        measures: [other({ name: '   ' }), { ...measure('WARNING'), name: '警示' }],
      }),
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(paths(r)).toEqual(['input.measures[0].name', 'input.measures[1].name']);
    const long = await fed
      .as('demo-platform')
      .query(SUBMIT, { input: tInput('other-long', { measures: [other({ name: '链'.repeat(101) })] }) });
    expect(paths(long)).toEqual(['input.measures[0].name']);
  });

  it('Art 12 ¶3: routes an OTHER measure like the non-severe ones: to every level, no acknowledgement owed', async () => {
    const r = await submit(fed, 'demo-platform', tInput('other-route', { measures: [other()] }));
    expect(r.severe).toBe(false);
    expect(r.fullyAcknowledged).toBe(true);
    expect(r.recipients).toHaveLength(8);
    expect(r.recipients.some((x: { mustAcknowledge: boolean }) => x.mustAcknowledge)).toBe(false);
    const read = await fed.as('samr-zhejiang').query(GET, { id: r.id });
    expect(read.body.data.disposalReport.measures[0].name).toBe('下架商品链接');
    const listed = await fed.as('samr-zhejiang').query(LIST, { f: { measure: 'OTHER' } });
    expect(listed.body.data.disposalReports.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(r.id);
    const notSevere = await fed.as('samr-zhejiang').query(LIST, { f: { severeOnly: true } });
    expect(notSevere.body.data.disposalReports.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      r.id,
    );
  });

  it('Art 12 ¶1: lifts an OTHER measure, amends it as a new version, and refuses to rename it once lifted', async () => {
    const input = tInput('other-lift', { measures: [other()] });
    const { id } = await submit(fed, 'demo-platform', input);
    const renamed = { ...input, measures: [other({ name: '删除直播回放' })] };
    const v2 = (await fed.as('demo-platform').query(AMEND, { id, input: renamed, reason: '措施名称更正' })).body.data
      .amendDisposalReport;
    expect(v2.version).toBe(2);
    expect(v2.history.map((h: { measures: { name: string }[] }) => h.measures[0].name)).toEqual([
      '下架商品链接',
      '删除直播回放',
    ]);

    const lifted = await fed.as('demo-platform').query(LIFT, { id, m: 'OTHER', at: iso(0), reason: '申诉成立' });
    expect(lifted.body.data.liftMeasure.measures[0]).toMatchObject({ type: 'OTHER', lifted: true });
    const again = await fed.as('demo-platform').query(AMEND, { id, input, reason: '改回原名' });
    expect(codeOf(again)).toBe('CONFLICT');
  });
});
