import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import {
  DEMO_USCC,
  GET,
  LIST,
  OPERATOR_USCC,
  PERSON_ID,
  SUBMIT,
  office as issueOffice,
  submit,
  tInput,
} from './helpers.js';

/**
 * Art 47: who has jurisdiction over a report's subject, and so may read the report, for every kind of subject
 * (lib/domain/jurisdiction.ts). The reporting platform (demo-platform) is domiciled in 杭州西湖 (330106).
 */
let fed: TestFederation;
beforeAll(async () => {
  fed = await startTestFederation();
});
afterAll(() => fed?.close());

/** Each office's certificate is issued once, on first use. */
const offices = new Map<string, string>();
const office = (authority: 'samr' | 'cac', level: 'province' | 'prefecture' | 'county', region: string) => {
  const key = `${authority}/${level}/${region}`;
  if (!offices.has(key)) offices.set(key, issueOffice(fed, authority, level, region));
  return offices.get(key)!;
};

const JURISDICTION = 'query($id: ID!) { disposalReport(id: $id) { id subjectJurisdiction { region basis } } }';
const agency = (over: Record<string, unknown> = {}) => ({
  kind: 'AGENCY',
  business: { name: '深圳某某文化传媒有限公司', uscc: OPERATOR_USCC },
  domicileRegion: '440305',
  ...over,
});
const person = { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } };
const paths = (r: { body: { errors?: { extensions?: Record<string, any> }[] } }) =>
  ((r.body.errors?.[0]?.extensions?.problems ?? []) as { path: string }[]).map((p) => p.path).sort();
const read = async (slug: string, id: string) =>
  (await fed.as(slug).query(JURISDICTION, { id })).body.data?.disposalReport;
const listed = async (slug: string) =>
  (await fed.as(slug).query(LIST, { f: {} })).body.data.disposalReports.edges.map(
    (e: { node: { id: string } }) => e.node.id,
  );

describe('Art 47: the offices with jurisdiction over the subject read its reports', () => {
  it('Art 47 ¶1: gives the offices of an agency’s domicile, at every level, a report about the agency', async () => {
    const { id } = await submit(fed, 'demo-platform', tInput('j-agency', { subject: agency() }));
    const nanshanSamr = office('samr', 'county', '440305');
    const shenzhenCac = office('cac', 'prefecture', '440300');
    const guangdongSamr = office('samr', 'province', '440000');
    for (const slug of [nanshanSamr, shenzhenCac, guangdongSamr]) {
      expect(await read(slug, id), slug).toEqual({ id, subjectJurisdiction: { region: '440305', basis: 'DOMICILE' } });
      expect(await listed(slug), slug).toContain(id);
    }
    expect(await read(office('samr', 'county', '440304'), id)).toBeNull();
  });

  it('Art 47 ¶1: requires an agency’s domicile, a place and not the national code', async () => {
    for (const domicileRegion of [undefined, '100000']) {
      const r = await fed.as('demo-platform').query(SUBMIT, {
        input: tInput(`j-agency-bad-${domicileRegion}`, { subject: agency({ domicileRegion }) }),
      });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(paths(r)).toEqual(['input.subject.domicileRegion']);
    }
  });

  it('Art 47 ¶2: a registered operator whose place of business cannot be determined falls to its domicile', async () => {
    const subject = {
      kind: 'OPERATOR',
      business: { name: '福州某某商贸有限公司', uscc: OPERATOR_USCC },
      liveAccounts: [{ accountId: 'fz-01' }],
      domicileRegion: '350103',
    };
    const { id } = await submit(fed, 'demo-platform', tInput('j-registered', { subject }));
    const taijiang = office('samr', 'county', '350103');
    expect(await read(taijiang, id)).toEqual({
      id,
      subjectJurisdiction: { region: '350103', basis: 'REGISTERED_DOMICILE' },
    });
    expect(await read(office('cac', 'county', '350102'), id)).toBeNull();

    const neither = await fed
      .as('demo-platform')
      .query(SUBMIT, { input: tInput('j-neither', { subject: { ...subject, domicileRegion: undefined } }) });
    expect(paths(neither)).toEqual(['input.subject.businessRegion']);
  });

  it('Art 47 ¶2: an unregistered operator whose place of business cannot be determined falls to the platform’s domicile', async () => {
    const subject = { kind: 'OPERATOR', person, liveAccounts: [{ accountId: 'zs-01' }] };
    const { id } = await submit(fed, 'demo-platform', tInput('j-unregistered', { subject }));
    const xihu = office('cac', 'county', '330106');
    expect(await read(xihu, id)).toEqual({ id, subjectJurisdiction: { region: '330106', basis: 'PLATFORM_DOMICILE' } });
    expect(await read(office('samr', 'province', '350000'), id)).toBeNull();

    const withDomicile = await fed
      .as('demo-platform')
      .query(SUBMIT, { input: tInput('j-unregistered-dom', { subject: { ...subject, domicileRegion: '350103' } }) });
    expect(paths(withDomicile)).toEqual(['input.subject.domicileRegion']);
  });

  it('Art 47 ¶3: a streamer falls to the offices of their operator, the ¶2 fallbacks included', async () => {
    const subject = {
      kind: 'STREAMER',
      person,
      liveAccounts: [{ accountId: 'zs-02' }],
      operator: { business: { name: '深圳某公司', uscc: OPERATOR_USCC }, domicileRegion: '440305' },
    };
    const { id } = await submit(fed, 'demo-platform', tInput('j-streamer', { subject }));
    expect(await read(office('samr', 'county', '440305'), id)).toEqual({
      id,
      subjectJurisdiction: { region: '440305', basis: 'REGISTERED_DOMICILE' },
    });
    const r = (await fed.as('demo-platform').query(GET, { id })).body.data.disposalReport;
    expect(r.subject.operator).toEqual({ businessRegion: null });
  });
});

describe('Art 47 ¶1: the platform itself', () => {
  const COMPLIANCE = 'query($period: String!) { filingCompliance(period: $period) { platform { uscc } status } }';
  const rows = async (slug: string) =>
    (
      (await fed.as(slug).query(COMPLIANCE, { period: '2026-07' })).body.data.filingCompliance as {
        platform: { uscc: string };
      }[]
    ).map((r) => r.platform.uscc);

  it('Art 47 ¶1: shows the SAMR of the platform’s domicile at every level its filing compliance, and no CAC office', async () => {
    await fed.as('demo-platform').query('{ viewer { org } }'); // known to the exchange from its certificate
    for (const slug of [office('samr', 'county', '330106'), office('samr', 'prefecture', '330100'), 'samr-zhejiang'])
      expect(await rows(slug), slug).toContain(DEMO_USCC);
    for (const slug of [
      office('cac', 'county', '330106'),
      office('samr', 'county', '330102'),
      office('samr', 'prefecture', '330200'),
    ])
      expect(await rows(slug), slug).not.toContain(DEMO_USCC);
  });
});
