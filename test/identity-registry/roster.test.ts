/**
 * The roster of who must file (Art 9 with Art 53 (2) and 54 (2)), through the gateway over mutual TLS: a platform
 * the CA issued a certificate to, or that its provincial SAMR enrolled, is expected to file and shows MISSING until
 * it does; each section (operators, streamers) has its own standing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueMember } from '../../certs/store.js';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { ADD_BATCH, DEMO_A, DEMO_B, OPEN, businessOperator, issueOffices, uscc } from './fixtures.js';

const clock = new ManualClock(new Date('2026-07-10T02:00:00Z'));
let fed: TestFederation;

const SECTION = 'status overdue count staleCount nothingToReport';
const COMPLIANCE = `query ($period: String!) { filingCompliance(period: $period) {
  platform { uscc name domicileRegion firstSeenAt } status overdue operators { ${SECTION} } streamers { ${SECTION} }
  enrolment { source enrolledBy } } }`;
const ENROL = `mutation ($uscc: String!, $name: String!, $domicileRegion: String!) {
  enrollPlatform(uscc: $uscc, name: $name, domicileRegion: $domicileRegion) {
    platform { uscc name domicileRegion } source enrolledBy enrolledAt } }`;
const SUBMIT = `mutation ($id: ID!, $none: [FilingSection!]) { submitFiling(filingId: $id, nothingToReport: $none) {
  id status nothingToReport } }`;

const rows = async (slug: string) => {
  const r = await fed.as(slug).query(COMPLIANCE, { period: '2026-07' });
  expect(r.body.errors).toBeUndefined();
  return Object.fromEntries(r.body.data.filingCompliance.map((x: any) => [x.platform.uscc, x]));
};
const missing = { status: 'MISSING', overdue: false, count: 0, staleCount: 0, nothingToReport: false };

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueOffices(fed);
});
afterAll(() => fed?.close());

describe('the roster of who must file', () => {
  it('Art 9 with 53 (2) and 54 (2): a platform holding a certificate that never called shows MISSING to the SAMR offices of its domicile', async () => {
    const silent = uscc(6001, '330106');
    issueMember(fed.certs.dir, { kind: 'platform', uscc: silent, region: '330106', name: 'Silent Live Co.' });
    const zj = await rows('samr-zhejiang');
    expect(zj[silent]).toEqual({
      platform: { uscc: silent, name: 'Silent Live Co.', domicileRegion: '330106', firstSeenAt: null },
      status: 'MISSING',
      overdue: false,
      operators: missing,
      streamers: missing,
      enrolment: { source: 'CERTIFICATE', enrolledBy: 'ca' },
    });
    // Art 47 ¶1: the county office of the domicile too; another province does not.
    expect((await rows('samr-xihu'))[silent]).toMatchObject({ status: 'MISSING' });
    expect((await rows('samr-jiangsu'))[silent]).toBeUndefined();
    // Once the month is over the missing report is overdue (Art 53 (2), 54 (2)).
    clock.set(new Date('2026-08-01T00:00:00+08:00'));
    try {
      expect((await rows('samr-zhejiang'))[silent]).toMatchObject({
        overdue: true,
        operators: { status: 'MISSING', overdue: true },
        streamers: { status: 'MISSING', overdue: true },
      });
    } finally {
      clock.set(new Date('2026-07-10T02:00:00Z'));
    }
  });

  it('Art 9 with 53 (2) and 54 (2): a platform its provincial SAMR enrolled before it connected shows MISSING; enrolling again changes nothing', async () => {
    const newcomer = uscc(6002, '330102');
    const input = { uscc: newcomer, name: 'Newcomer Live Co.', domicileRegion: '330102' };
    const first = await fed.as('samr-zhejiang').query(ENROL, input);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.enrollPlatform).toMatchObject({
      platform: { uscc: newcomer, name: 'Newcomer Live Co.', domicileRegion: '330102' },
      source: 'SAMR',
      enrolledBy: 'samr/province/330000',
    });
    const again = await fed.as('samr-zhejiang').query(ENROL, input);
    expect(again.body.data.enrollPlatform).toEqual(first.body.data.enrollPlatform);
    expect((await rows('samr-zhejiang'))[newcomer]).toMatchObject({
      status: 'MISSING',
      operators: missing,
      streamers: missing,
      enrolment: { source: 'SAMR', enrolledBy: 'samr/province/330000' },
    });
    expect((await rows('samr-national'))[newcomer]).toMatchObject({ status: 'MISSING' });
    expect((await rows('samr-jiangsu'))[newcomer]).toBeUndefined();
  });

  it('Art 9: only the provincial SAMR of the domicile enrols a platform', async () => {
    const input = { uscc: uscc(6003, '330102'), name: 'Elsewhere Co.', domicileRegion: '330102' };
    for (const slug of ['samr-jiangsu', 'samr-xihu', 'cac-zhejiang', 'demo-platform', 'samr-national'])
      expect(codeOf(await fed.as(slug).query(ENROL, input)), slug).toBe('FORBIDDEN');
    const bad = await fed.as('samr-zhejiang').query(ENROL, { ...input, uscc: '91330102MA0000000X' });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.body.errors![0].extensions!.problems[0].path).toBe('uscc');
    // Demo-platform B holds a certificate for Nanjing: Zhejiang cannot claim it.
    const taken = await fed.as('samr-zhejiang').query(ENROL, { ...input, uscc: DEMO_B.uscc });
    expect(codeOf(taken)).toBe('CONFLICT');
  });

  it('Art 54 (2): a filing with operators and no streamers reads operators on time and streamers MISSING', async () => {
    const f = (await fed.as('demo-platform').query(OPEN, { period: '2026-07' })).body.data.openFiling;
    await fed.as('demo-platform').query(ADD_BATCH, { filingId: f.id, batchNo: 1, operators: [businessOperator(1)] });
    const sealed = await fed.as('demo-platform').query(SUBMIT, { id: f.id });
    expect(sealed.body.data.submitFiling).toMatchObject({ status: 'SUBMITTED', nothingToReport: [] });
    expect((await rows('samr-zhejiang'))[DEMO_A.uscc]).toMatchObject({
      status: 'MISSING',
      operators: { status: 'ON_TIME', overdue: false, count: 1, nothingToReport: false },
      streamers: { status: 'MISSING', overdue: false, count: 0, nothingToReport: false },
      enrolment: { source: 'CERTIFICATE' },
    });
  });

  it('Art 54 (2): a platform that declares it had no streamers reads streamers on time with a count of 0', async () => {
    const b = fed.as('demo-platform-b');
    const f = (await b.query(OPEN, { period: '2026-07' })).body.data.openFiling;
    await b.query(ADD_BATCH, { filingId: f.id, batchNo: 1, operators: [businessOperator(2, '320102')] });
    // Art 53 (2): the operators it filed cannot be declared absent.
    const contradiction = await b.query(SUBMIT, { id: f.id, none: ['OPERATORS'] });
    expect(codeOf(contradiction)).toBe('BAD_USER_INPUT');
    expect(contradiction.body.errors![0].extensions!.problems[0].path).toBe('nothingToReport[0]');
    const sealed = await b.query(SUBMIT, { id: f.id, none: ['STREAMERS'] });
    expect(sealed.body.data.submitFiling).toMatchObject({ status: 'SUBMITTED', nothingToReport: ['STREAMERS'] });
    expect((await rows('samr-jiangsu'))[DEMO_B.uscc]).toMatchObject({
      status: 'ON_TIME',
      operators: { status: 'ON_TIME', count: 1 },
      streamers: { status: 'ON_TIME', count: 0, nothingToReport: true },
    });
  });
});
