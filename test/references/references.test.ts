import { readFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { mintPeerToken } from '../../lib/subgraph/peer-token.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { DEMO_B_USCC, DEMO_USCC, SEND, ANSWER, violation } from '../case-cooperation/fixtures.js';
import { ADD, entryInput } from '../blacklist/fixtures.js';
import { measure, tInput } from '../penalty-reports/helpers.js';

const SUBMIT = `mutation($input: DisposalReportInput!) { submitDisposalReport(input: $input) { id } }`;
const ENTRIES = `query { blacklistEntries { edges { node { id } } } }`;
const REPORTS = `query { disposalReports { edges { node { id idempotencyKey } } } }`;
let fed: TestFederation;
const ids: Record<string, string> = {};

const pathOf = (r: { body: { errors?: { extensions?: Record<string, any> }[] } }) =>
  r.body.errors?.[0]?.extensions?.problems?.[0]?.path;
const submit = async (slug: string, input: unknown) => fed.as(slug).query(SUBMIT, { input });

beforeAll(async () => {
  fed = await startTestFederation();
  const regulator = fed.as('samr-zhejiang');
  ids.noticeA = (await regulator.query(SEND, { input: violation() })).body.data.sendNotice.id;
  ids.noticeB = (
    await regulator.query(SEND, { input: violation({ platformUscc: DEMO_B_USCC }) })
  ).body.data.sendNotice.id;
  const listed = { measures: [measure('BLACKLISTING')] };
  ids.reportA = (await submit('demo-platform', tInput('ref-a', listed))).body.data.submitDisposalReport.id;
  ids.warnA = (await submit('demo-platform', tInput('ref-warn'))).body.data.submitDisposalReport.id;
  ids.reportB = (await submit('demo-platform-b', tInput('ref-b', listed))).body.data.submitDisposalReport.id;
}, 120_000);
afterAll(() => fed?.close());

describe('references checked by their owner', () => {
  it('Art 12 ¶2: a REGULATOR_NOTICE trigger must name a notice addressed to the reporting platform', async () => {
    const trig = (noticeId: string) => ({ trigger: { kind: 'REGULATOR_NOTICE', noticeId } });
    expect(codeOf(await submit('demo-platform', tInput('t-ok', trig(ids.noticeA))))).toBeUndefined();
    for (const [key, id] of [
      ['t-missing', '0190a5c4-1f2e-7d3c-8b4a-5e6f7a8b9c0d'],
      ['t-foreign', ids.noticeB],
    ]) {
      const r = await submit('demo-platform', tInput(key, trig(id)));
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(pathOf(r)).toBe('input.trigger.noticeId');
    }
  });

  it("Art 22 ¶3: the reports a notice answer names must be the answering platform's own", async () => {
    const answer = (id: string) =>
      fed.as('demo-platform').query(ANSWER, { id: ids.noticeA, input: { disposalReportIds: [id] } });
    for (const id of ['0190a5c4-1f2e-7d3c-8b4a-5e6f7a8b9c0d', ids.reportB]) {
      const r = await answer(id);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(pathOf(r)).toBe('input.disposalReportIds[0]');
    }
    expect(codeOf(await answer(ids.reportA))).toBeUndefined();
  });

  it("Art 14 ¶2: an entry's disposal report must be the listing platform's and carry BLACKLISTING", async () => {
    const now = new Date();
    const add = (key: string, disposalReportId: string) =>
      fed.as('demo-platform').query(ADD, { input: entryInput({ key, now, disposalReportId }) });
    for (const [key, id] of [
      ['e-missing', 'dr-none'],
      ['e-foreign', ids.reportB],
      ['e-warn', ids.warnA],
    ]) {
      const r = await add(key, id);
      expect(codeOf(r), key).toBe('BAD_USER_INPUT');
      expect(pathOf(r)).toBe('input.disposalReportId');
    }
    const ok = await add('e-ok', ids.reportA);
    expect(ok.body.data.addBlacklistEntry.disposalReport).toEqual({ id: ids.reportA });
  });

  it('Art 14 ¶2: the internal operation refuses the gateway, a member and a token for another audience', async () => {
    const url = new URL('/internal/report-references', fed.subgraphs['penalty-reports'].url);
    const body = JSON.stringify({ platformUscc: DEMO_USCC, ids: [ids.reportA], measure: 'BLACKLISTING' });
    const call = async (files: { cert: string; key: string }, token: string, sent = body) => {
      const agent = new Agent({
        connect: { ca: fed.ca, cert: readFileSync(files.cert), key: readFileSync(files.key) },
      });
      try {
        const res = await agent.request({
          origin: url.origin,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: sent,
        });
        return { status: res.statusCode, json: JSON.parse(await res.body.text()) };
      } finally {
        await agent.close();
      }
    };
    const tokenOf = (
      files: { key: string },
      from: 'blacklist' | 'gateway',
      to: 'penalty-reports' | 'case-cooperation',
      b = body,
    ) => mintPeerToken(createPrivateKey(readFileSync(files.key)), from, to, b);
    const blacklist = fed.certs.service('blacklist');
    const gateway = fed.certs.service('gateway');
    const member = fed.certs.member('demo-platform');
    const good = await call(blacklist, await tokenOf(blacklist, 'blacklist', 'penalty-reports'));
    expect(good.status).toBe(200);
    expect(good.json.data.verdicts).toEqual({ [ids.reportA]: 'OK' });
    for (const [files, token, sent] of [
      [gateway, await tokenOf(gateway, 'gateway', 'penalty-reports'), body],
      [member, await tokenOf(member, 'blacklist', 'penalty-reports'), body],
      [blacklist, await tokenOf(blacklist, 'blacklist', 'case-cooperation'), body],
      [blacklist, await tokenOf(blacklist, 'blacklist', 'penalty-reports'), body.replace('BLACKLISTING', 'WARNING')],
    ] as const) {
      const r = await call(files, token, sent);
      expect(r.status).toBe(401);
      expect(r.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('Art 12 ¶2, Art 14 ¶2: an owner that is down is a retryable SERVICE_UNAVAILABLE, and nothing is written', async () => {
    await fed.subgraphs['case-cooperation'].close();
    const r = await submit(
      'demo-platform',
      tInput('t-down', { trigger: { kind: 'REGULATOR_NOTICE', noticeId: ids.noticeA } }),
    );
    expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
    expect(r.body.errors?.[0]?.extensions?.retryable).toBe(true);
    const reports = (await fed.as('demo-platform').query(REPORTS)).body.data.disposalReports.edges;
    expect(reports.map((e: any) => e.node.idempotencyKey)).not.toContain('t-down');

    const before = (await fed.as('demo-platform').query(ENTRIES)).body.data.blacklistEntries.edges.length;
    await fed.subgraphs['penalty-reports'].close();
    const e = await fed
      .as('demo-platform')
      .query(ADD, { input: entryInput({ key: 'e-down', now: new Date(), disposalReportId: ids.reportA }) });
    expect(codeOf(e)).toBe('SERVICE_UNAVAILABLE');
    expect(e.body.errors?.[0]?.extensions?.retryable).toBe(true);
    expect((await fed.as('demo-platform').query(ENTRIES)).body.data.blacklistEntries.edges.length).toBe(before);
  });
});
