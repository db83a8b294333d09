import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import {
  ACK,
  GET,
  LIST,
  MEASURE_TYPES,
  SEVERE,
  AMEND,
  measure,
  member,
  office,
  submit,
  tInput,
  uscc,
} from './helpers.js';

/** Art 12 ¶3: recipients by domicile, the provincial acknowledgement of severe measures. */
let fed: TestFederation;
const offices: Record<string, string> = {};
let shanghai: string;

beforeAll(async () => {
  fed = await startTestFederation();
  offices['samr/county/330106'] = office(fed, 'samr', 'county', '330106');
  offices['cac/county/330106'] = office(fed, 'cac', 'county', '330106');
  offices['samr/prefecture/330100'] = office(fed, 'samr', 'prefecture', '330100');
  offices['cac/prefecture/330100'] = office(fed, 'cac', 'prefecture', '330100');
  offices['samr/province/330000'] = 'samr-zhejiang';
  offices['cac/province/330000'] = 'cac-zhejiang';
  offices['samr/national/100000'] = 'samr-national';
  offices['cac/national/100000'] = office(fed, 'cac', 'national', '100000');
  shanghai = member(fed, 'platform-shanghai', {
    kind: 'platform',
    uscc: uscc('91310115MA1H00001'),
    region: '310115',
    name: 'Shanghai Live Co.',
  });
});
afterAll(() => fed?.close());

const HANGZHOU = ['330106', '330100', '330000', '100000'];
const LEVELS = ['COUNTY', 'PREFECTURE', 'PROVINCE', 'NATIONAL'];

describe('Art 12 ¶3: routing', () => {
  it.each(MEASURE_TYPES)(
    'addresses a %s report from a county-domiciled platform to both authorities at county, prefecture, province and national level',
    async (type) => {
      const r = await submit(fed, 'demo-platform', tInput(`route-${type}`, { measures: [measure(type)] }));
      const severe = SEVERE.includes(type);
      expect(r.severe).toBe(severe);
      expect(r.recipients).toEqual(
        HANGZHOU.flatMap((region, i) =>
          ['SAMR', 'CAC'].map((authority) => ({
            authority,
            level: LEVELS[i],
            region,
            mustAcknowledge: severe && LEVELS[i] === 'PROVINCE',
            acknowledgedAt: null,
          })),
        ),
      );
      expect(r.fullyAcknowledged).toBe(!severe);
    },
  );

  it('has no prefecture office for a platform domiciled in a municipality', async () => {
    const r = await submit(fed, shanghai, tInput('route-sh', { measures: [measure('BLACKLISTING')] }));
    expect(
      r.recipients.map(
        (x: { authority: string; level: string; region: string; mustAcknowledge: boolean }) =>
          `${x.authority}/${x.level}/${x.region}/${x.mustAcknowledge}`,
      ),
    ).toEqual([
      'SAMR/COUNTY/310115/false',
      'CAC/COUNTY/310115/false',
      'SAMR/PROVINCE/310000/true',
      'CAC/PROVINCE/310000/true',
      'SAMR/NATIONAL/100000/false',
      'CAC/NATIONAL/100000/false',
    ]);
  });
});

describe('acknowledgements', () => {
  it('lets every recipient office of both authorities read and acknowledge, and shows who did', async () => {
    const { id } = await submit(fed, 'demo-platform', tInput('ack-all'));
    for (const [key, slug] of Object.entries(offices)) {
      const read = await fed.as(slug).query(GET, { id });
      expect(read.body.data.disposalReport?.id, key).toBe(id);
      const ack = await fed.as(slug).query(ACK, { id });
      expect(ack.body.errors, key).toBeUndefined();
    }
    const r = (await fed.as('demo-platform').query(GET, { id })).body.data.disposalReport;
    expect(r.recipients.every((x: { acknowledgedAt: string | null }) => x.acknowledgedAt !== null)).toBe(true);
    expect(r.acknowledgements).toHaveLength(8);
  });

  it('Art 12 ¶3: requires the provincial SAMR and CAC for a severe measure and lists what awaits each of them', async () => {
    const { id } = await submit(
      fed,
      'demo-platform',
      tInput('ack-severe', { measures: [measure('ACCOUNT_CLOSURE'), measure('BLACKLISTING')] }),
    );
    const awaiting = async (slug: string) =>
      (await fed.as(slug).query(LIST, { f: { awaitingMyAcknowledgement: true } })).body.data.disposalReports.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );

    expect(await awaiting('samr-zhejiang')).toContain(id);
    expect(await awaiting('cac-zhejiang')).toContain(id);
    expect(await awaiting(offices['samr/county/330106'])).toEqual([]);
    expect((await fed.as('samr-zhejiang').query(GET, { id })).body.data.disposalReport.awaitingMyAcknowledgement).toBe(
      true,
    );

    // A county office may acknowledge too, but that does not discharge the provincial duty.
    await fed.as(offices['samr/county/330106']).query(ACK, { id });
    const afterSamr = (await fed.as('samr-zhejiang').query(ACK, { id })).body.data.acknowledgeDisposalReport;
    expect(afterSamr.awaitingMyAcknowledgement).toBe(false);
    expect(afterSamr.fullyAcknowledged).toBe(false);
    const prov = afterSamr.recipients.filter((x: { mustAcknowledge: boolean }) => x.mustAcknowledge);
    expect(
      prov.map((x: { authority: string; acknowledgedAt: string | null }) => [x.authority, x.acknowledgedAt !== null]),
    ).toEqual([
      ['SAMR', true],
      ['CAC', false],
    ]);
    expect(await awaiting('samr-zhejiang')).not.toContain(id);
    expect(await awaiting('cac-zhejiang')).toContain(id);

    const done = (await fed.as('cac-zhejiang').query(ACK, { id })).body.data.acknowledgeDisposalReport;
    expect(done.fullyAcknowledged).toBe(true);
    expect(await awaiting('cac-zhejiang')).not.toContain(id);
  });

  it('keeps acknowledgements per version: an amendment awaits acknowledgement again', async () => {
    const input = tInput('ack-amend', { measures: [measure('REREGISTRATION_BAN')] });
    const { id } = await submit(fed, 'demo-platform', input);
    await fed.as('samr-zhejiang').query(ACK, { id });
    await fed.as('cac-zhejiang').query(ACK, { id });
    const amended = (
      await fed.as('demo-platform').query(AMEND, { id, input: { ...input, facts: '补充事实' }, reason: '补充事实' })
    ).body.data.amendDisposalReport;
    expect(amended.version).toBe(2);
    expect(amended.fullyAcknowledged).toBe(false);
    expect(amended.acknowledgements.map((a: { version: number }) => a.version)).toEqual([1, 1]);
    const again = (await fed.as('samr-zhejiang').query(ACK, { id })).body.data.acknowledgeDisposalReport;
    expect(again.acknowledgements.filter((a: { version: number }) => a.version === 2)).toHaveLength(1);
  });

  it('answers a repeated acknowledgement with the same single acknowledgement', async () => {
    const { id } = await submit(fed, 'demo-platform', tInput('ack-twice'));
    await fed.as('samr-zhejiang').query(ACK, { id });
    const r = (await fed.as('samr-zhejiang').query(ACK, { id })).body.data.acknowledgeDisposalReport;
    expect(r.acknowledgements).toHaveLength(1);
  });

  it('refuses an acknowledgement from an office that may read the report but is not addressed (Art 47) with FORBIDDEN', async () => {
    const fuzhou = office(fed, 'samr', 'county', '350102');
    const { id } = await submit(fed, 'demo-platform', tInput('ack-art47'));
    expect((await fed.as(fuzhou).query(GET, { id })).body.data.disposalReport.id).toBe(id);
    expect(codeOf(await fed.as(fuzhou).query(ACK, { id }))).toBe('FORBIDDEN');
  });

  it('refuses an acknowledgement from the platform with FORBIDDEN and from an office out of jurisdiction with NOT_FOUND', async () => {
    const { id } = await submit(fed, 'demo-platform', tInput('ack-refused'));
    expect(codeOf(await fed.as('demo-platform').query(ACK, { id }))).toBe('FORBIDDEN');
    const jiangsu = office(fed, 'samr', 'province', '320000');
    expect(codeOf(await fed.as(jiangsu).query(ACK, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await fed.as('demo-platform-b').query(ACK, { id }))).toBe('NOT_FOUND');
  });
});
