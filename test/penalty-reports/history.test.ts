import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, tClient } from '../../lib/testing/client.js';
import { serviceCert } from '../support/certs.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { mintToken, privateKeyFromPem } from '../../lib/token.js';
import type { Principal } from '../../lib/principal.js';
import { SEND as SEND_NOTICE, violation } from '../case-cooperation/fixtures.js';
import { AMEND, DAY, DEMO_USCC, GET, LIFT, SUBMIT, iso, measure, submit, tInput } from './helpers.js';

/** Idempotency, amendments and liftings that keep history, and the federated entity. */
let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
});
afterAll(() => fed?.close());

const problemsOf = (r: { body: { errors?: { extensions?: Record<string, any> }[] } }) =>
  (r.body.errors?.[0]?.extensions?.problems ?? []) as { path: string; reason: string }[];

describe('idempotency (DESIGN §6)', () => {
  it('returns the first report for a retry with the same key and content', async () => {
    const input = tInput('idem-1');
    const a = await submit(fed, 'demo-platform', input);
    const b = await submit(fed, 'demo-platform', input);
    expect(b.id).toBe(a.id);
    expect(b.reportedAt).toBe(a.reportedAt);
    expect(b.history).toHaveLength(1);
  });

  it('refuses the same key with other content with CONFLICT', async () => {
    await submit(fed, 'demo-platform', tInput('idem-2'));
    const r = await fed.as('demo-platform').query(SUBMIT, { input: tInput('idem-2', { facts: '另一件事' }) });
    expect(codeOf(r)).toBe('CONFLICT');
  });

  it('keys per platform: another platform may use the same key for its own report', async () => {
    const a = await submit(fed, 'demo-platform', tInput('idem-3'));
    const b = await submit(fed, 'demo-platform-b', tInput('idem-3'));
    expect(b.id).not.toBe(a.id);
    expect(b.platform.uscc).not.toBe(a.platform.uscc);
  });

  it('stamps reportedAt and exposes the reporting lag from the decision', async () => {
    const r = await submit(
      fed,
      'demo-platform',
      tInput('idem-lag', { decidedAt: iso(-3 * DAY), measures: [measure('WARNING', -3 * DAY)] }),
    );
    expect(Math.abs(Date.parse(r.reportedAt) - Date.now())).toBeLessThan(60_000);
    expect(r.reportingLagSeconds).toBeGreaterThanOrEqual(3 * 86_400 - 60);
    expect(r.reportingLagSeconds).toBeLessThanOrEqual(3 * 86_400 + 60);
  });
});

describe('Art 12 ¶2, Art 50: the trigger', () => {
  const TRIGGER = 'query($id: ID!) { disposalReport(id: $id) { trigger { kind noticeId notice { id } } } }';

  it('keeps the notice id of a report made on a regulator notice and links no notice otherwise', async () => {
    // Art 12 ¶2: the notice must exist and be addressed to the platform (case-cooperation decides).
    const noticeId = (await fed.as('samr-zhejiang').query(SEND_NOTICE, { input: violation() })).body.data.sendNotice.id;
    const onNotice = await submit(
      fed,
      'demo-platform',
      tInput('trig-1', { trigger: { kind: 'REGULATOR_NOTICE', noticeId } }),
    );
    const r = await fed.as('demo-platform').query(TRIGGER, { id: onNotice.id });
    expect(r.body.data.disposalReport.trigger).toMatchObject({ kind: 'REGULATOR_NOTICE', noticeId });
    const patrol = await submit(fed, 'demo-platform', tInput('trig-2'));
    const p = await fed.as('demo-platform').query(TRIGGER, { id: patrol.id });
    expect(p.body.data.disposalReport.trigger).toEqual({ kind: 'PATROL', noticeId: null, notice: null });
  });
});

describe('history (nothing overwritten)', () => {
  it('makes a new version on amendment and keeps the earlier one readable', async () => {
    const input = tInput('hist-1');
    const { id } = await submit(fed, 'demo-platform', input);
    const r = await fed
      .as('demo-platform')
      .query(AMEND, { id, input: { ...input, facts: '更正后的事实' }, reason: '事实有误' });
    const a = r.body.data.amendDisposalReport;
    expect(a.version).toBe(2);
    expect(a.facts).toBe('更正后的事实');
    expect(
      a.history.map((v: { version: number; facts: string; reason: string | null }) => [v.version, v.facts, v.reason]),
    ).toEqual([
      [1, input.facts, null],
      [2, '更正后的事实', '事实有误'],
    ]);
    const regulator = (await fed.as('samr-zhejiang').query(GET, { id })).body.data.disposalReport;
    expect(regulator.history).toHaveLength(2);
  });

  it('adds no version for an amendment identical to the current version', async () => {
    const input = tInput('hist-2');
    const { id } = await submit(fed, 'demo-platform', input);
    const r = await fed.as('demo-platform').query(AMEND, { id, input, reason: '重复提交' });
    expect(r.body.data.amendDisposalReport.version).toBe(1);
  });

  it('records a lifting as an event, keeping the measure and its version', async () => {
    const { id } = await submit(
      fed,
      'demo-platform',
      tInput('hist-3', { measures: [measure('WARNING'), measure('LIVE_SUSPENSION')] }),
    );
    const r = await fed
      .as('demo-platform')
      .query(LIFT, { id, m: 'LIVE_SUSPENSION', at: iso(-60_000), reason: '申诉成立 (Art 22 ¶4 联系方式已更新)' });
    const rep = r.body.data.liftMeasure;
    expect(rep.version).toBe(1);
    expect(rep.liftings).toEqual([
      { measure: 'LIVE_SUSPENSION', reason: '申诉成立 (Art 22 ¶4 联系方式已更新)', version: 1 },
    ]);
    const m = rep.measures.find((x: { type: string }) => x.type === 'LIVE_SUSPENSION');
    expect(m.lifted).toBe(true);
    expect(rep.measures.find((x: { type: string }) => x.type === 'WARNING').lifted).toBe(false);
    expect(rep.history[0].measures.map((x: { type: string }) => x.type)).toEqual(['WARNING', 'LIVE_SUSPENSION']);
  });

  it('refuses lifting twice, lifting a measure the report lacks, or lifting before the start, with CONFLICT', async () => {
    const { id } = await submit(fed, 'demo-platform', tInput('hist-4', { measures: [measure('LIVE_SUSPENSION')] }));
    expect(codeOf(await fed.as('demo-platform').query(LIFT, { id, m: 'WARNING', at: iso(0), reason: 'x' }))).toBe(
      'CONFLICT',
    );
    expect(
      codeOf(await fed.as('demo-platform').query(LIFT, { id, m: 'LIVE_SUSPENSION', at: iso(-2 * DAY), reason: 'x' })),
    ).toBe('CONFLICT');
    expect(
      (await fed.as('demo-platform').query(LIFT, { id, m: 'LIVE_SUSPENSION', at: iso(0), reason: '到期' })).body.errors,
    ).toBeUndefined();
    expect(
      codeOf(await fed.as('demo-platform').query(LIFT, { id, m: 'LIVE_SUSPENSION', at: iso(0), reason: '再次' })),
    ).toBe('CONFLICT');
  });

  it('refuses a lifting in the future or without a reason with BAD_USER_INPUT naming both', async () => {
    const { id } = await submit(fed, 'demo-platform', tInput('hist-5', { measures: [measure('LIVE_SUSPENSION')] }));
    const r = await fed.as('demo-platform').query(LIFT, { id, m: 'LIVE_SUSPENSION', at: iso(DAY), reason: ' ' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(
      problemsOf(r)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['liftedAt', 'reason']);
  });

  it('refuses an amendment without a reason with BAD_USER_INPUT', async () => {
    const input = tInput('hist-6');
    const { id } = await submit(fed, 'demo-platform', input);
    const r = await fed.as('demo-platform').query(AMEND, { id, input: { ...input, facts: '新' }, reason: '' });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(problemsOf(r).map((p) => p.path)).toEqual(['reason']);
  });
});

describe('DisposalReport as a federated entity (@key id)', () => {
  const principal = (p: Partial<Principal> & Pick<Principal, 'role' | 'org' | 'region'>): Principal => ({
    certSerial: '01',
    name: 'test',
    uri: p.role === 'platform' ? `spiffe://lsgw/platform/${p.org}/${p.region}` : `spiffe://lsgw/regulator/${p.org}`,
    ...p,
  });
  const ENTITY =
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on DisposalReport { id platform { uscc } subject { business { uscc } } } } }';
  async function resolve(as: Principal, id: string) {
    const key = privateKeyFromPem(readFileSync(fed.certs.jwtPrivate, 'utf8'));
    const token = await mintToken(key, as, { audience: 'penalty-reports' });
    const c = tClient(fed.subgraphs['penalty-reports'].url, fed.ca, serviceCert(fed.certs, 'gateway'));
    try {
      return await c.query(ENTITY, { r: [{ __typename: 'DisposalReport', id }] }, { authorization: `Bearer ${token}` });
    } finally {
      await c.close();
    }
  }
  const office = (authority: 'samr' | 'cac', level: Principal['level'] & string, region: string) =>
    principal({ role: 'regulator', org: `${authority}/${level}/${region}`, region, authority, level });

  it('resolves a reference for a caller who may read the report, with its platform as a Platform key', async () => {
    const { id } = await submit(fed, 'demo-platform', tInput('entity-1'));
    const owner = await resolve(principal({ role: 'platform', org: DEMO_USCC, region: '330106' }), id);
    expect(owner.body.errors, owner.raw).toBeUndefined();
    expect(owner.body.data._entities).toEqual([
      { id, platform: { uscc: DEMO_USCC }, subject: { business: { uscc: '91350100M000100Y43' } } },
    ]);
    expect((await resolve(office('cac', 'prefecture', '330100'), id)).body.data._entities[0].id).toBe(id);
    expect((await resolve(office('samr', 'county', '350102'), id)).body.data._entities[0].id).toBe(id); // Art 47
  });

  it('resolves a reference to null for a caller who may not read it, or an unknown id', async () => {
    const { id } = await submit(fed, 'demo-platform', tInput('entity-2'));
    for (const p of [
      principal({ role: 'platform', org: '91320102MA1XXXXXXL', region: '320102' }),
      office('samr', 'province', '320000'),
      office('cac', 'county', '330102'),
    ]) {
      const r = await resolve(p, id);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data._entities).toEqual([null]);
    }
    expect(
      (await resolve(office('samr', 'national', '100000'), '0190a000-0000-7000-8000-000000000000')).body.data._entities,
    ).toEqual([null]);
  });
});
