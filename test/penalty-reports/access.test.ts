import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import {
  AMEND,
  DAY,
  DEMO_B_USCC,
  DEMO_USCC,
  GET,
  LIFT,
  LIST,
  OPERATOR_USCC,
  OTHER_ID,
  PERSON_ID,
  STREAMER_SUBJECT,
  iso,
  measure,
  office,
  submit,
  tInput,
} from './helpers.js';

/** DESIGN §4 and Art 47: who reads what, for each kind of caller in and out of jurisdiction. */
let fed: TestFederation;
let streamer: string; // demo-platform's report on a streamer who streamed for an operator in 440305
let severe: string; // demo-platform's severe report on the 福州 operator (350102), decided 10 days ago
let other: string; // demo-platform-b's report (Nanjing)
const slugs: Record<string, string> = {};

beforeAll(async () => {
  fed = await startTestFederation();
  for (const [a, l, r] of [
    ['samr', 'county', '330106'],
    ['cac', 'prefecture', '330100'],
    ['cac', 'national', '100000'],
    ['samr', 'county', '330102'],
    ['cac', 'prefecture', '330200'],
    ['samr', 'province', '320000'],
    ['samr', 'county', '440305'],
    ['cac', 'province', '440000'],
    ['samr', 'county', '440306'],
  ] as const) {
    slugs[`${a}/${l}/${r}`] = office(fed, a, l, r);
  }
  streamer = (await submit(fed, 'demo-platform', tInput('acc-streamer', { subject: STREAMER_SUBJECT }))).id;
  severe = (
    await submit(
      fed,
      'demo-platform',
      tInput('acc-severe', { decidedAt: iso(-10 * DAY), measures: [measure('BLACKLISTING', -10 * DAY)] }),
    )
  ).id;
  other = (await submit(fed, 'demo-platform-b', tInput('acc-other'))).id;
});
afterAll(() => fed?.close());

const read = async (slug: string, id: string) =>
  (await fed.as(slug).query(GET, { id })).body.data?.disposalReport ?? null;
const list = async (slug: string, f: Record<string, unknown> | null = null) => {
  const r = await fed.as(slug).query(LIST, { f, first: 100 });
  expect(r.body.errors, r.raw).toBeUndefined();
  return r.body.data.disposalReports.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
};

describe('the owning platform', () => {
  it('reads its own reports, with ID numbers masked', async () => {
    const r = await read('demo-platform', streamer);
    expect(r.subject.person.idDocument.number).toBe('110*************2X');
    expect(r.history[0].subject.kind).toBe('STREAMER');
    expect(await list('demo-platform')).toEqual([severe, streamer]);
  });

  it('counts its own reports on its Platform', async () => {
    const r = await fed.as('demo-platform').query('{ viewer { platform { uscc disposalReportCount } } }');
    expect(r.body.data.viewer.platform).toEqual({ uscc: DEMO_USCC, disposalReportCount: 2 });
  });
});

describe('another platform', () => {
  it('sees nothing of the first platform: null, an empty list, NOT_FOUND on writes', async () => {
    expect(await read('demo-platform-b', streamer)).toBeNull();
    expect(await list('demo-platform-b')).toEqual([other]);
    expect(await list('demo-platform-b', { platformUscc: DEMO_USCC })).toEqual([]);
    expect(
      codeOf(await fed.as('demo-platform-b').query(AMEND, { id: streamer, input: tInput('x'), reason: 'x' })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await fed.as('demo-platform-b').query(LIFT, { id: streamer, m: 'WARNING', at: iso(0), reason: 'x' })),
    ).toBe('NOT_FOUND');
  });
});

describe('Art 12 ¶3: regulators covering the domicile', () => {
  it.each([
    'samr/county/330106',
    'cac/prefecture/330100',
    'samr-zhejiang',
    'cac-zhejiang',
    'samr-national',
    'cac/national/100000',
  ])('%s reads the report with personal data in full, and lists it', async (key) => {
    const slug = slugs[key] ?? key;
    expect((await read(slug, streamer)).subject.person.idDocument.number).toBe(PERSON_ID);
    expect(await list(slug)).toEqual(expect.arrayContaining([severe, streamer]));
  });

  it('logs every regulator read of a report (DESIGN §4)', async () => {
    const db = fed.subgraphs['penalty-reports'].db;
    const count = async () =>
      Number(
        (
          await db.query(
            "SELECT COUNT(*) AS n FROM access_log WHERE principal_org = 'samr/province/330000' AND record_type = 'DisposalReport'",
          )
        )[0].n,
      );
    const before = await count();
    await read('samr-zhejiang', streamer);
    expect(await count()).toBe(before + 1);
  });

  it('may not amend or lift: FORBIDDEN', async () => {
    expect(codeOf(await fed.as('samr-zhejiang').query(AMEND, { id: streamer, input: tInput('x'), reason: 'x' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await fed.as('samr-zhejiang').query(LIFT, { id: streamer, m: 'WARNING', at: iso(0), reason: 'x' })),
    ).toBe('FORBIDDEN');
  });
});

describe('regulators outside jurisdiction', () => {
  it.each(['samr/county/330102', 'cac/prefecture/330200', 'samr/province/320000', 'samr/county/440306'])(
    '%s sees nothing of the report',
    async (key) => {
      expect(await read(slugs[key], streamer)).toBeNull();
      expect(await list(slugs[key])).not.toContain(streamer);
      expect(codeOf(await fed.as(slugs[key]).query(AMEND, { id: streamer, input: tInput('x'), reason: 'x' }))).toBe(
        'NOT_FOUND',
      );
    },
  );

  it('a Jiangsu office sees the Nanjing platform only', async () => {
    expect(await list(slugs['samr/province/320000'])).toEqual([other]);
  });
});

describe("Art 47: offices covering the subject's actual business region", () => {
  it.each(['samr/county/440305', 'cac/province/440000'])(
    'Art 47 ¶3: %s reads a report on a streamer who streamed for an operator in its region',
    async (key) => {
      expect((await read(slugs[key], streamer)).id).toBe(streamer);
      expect(await list(slugs[key])).toEqual([streamer]);
    },
  );

  it("Art 47 ¶2: lets the offices of the operator's region (福州) read the reports on that operator", async () => {
    const fuzhou = office(fed, 'cac', 'county', '350102');
    expect(await list(fuzhou)).toEqual([other, severe]);
  });
});

describe('disposalReports filters', () => {
  it('finds a subject by exact document number or USCC, and nothing for another identity', async () => {
    expect(
      await list('samr-national', { subject: { documentType: 'RESIDENT_ID', documentNumber: PERSON_ID } }),
    ).toEqual([streamer]);
    expect(await list('samr-national', { subject: { documentType: 'RESIDENT_ID', documentNumber: OTHER_ID } })).toEqual(
      [],
    );
    expect(await list('samr-national', { subject: { uscc: OPERATOR_USCC } })).toEqual([other, severe]);
    expect(await list('demo-platform', { subject: { uscc: OPERATOR_USCC } })).toEqual([severe]);
  });

  it('filters by platform, measure, severity, decision period and reporting lag', async () => {
    expect(await list('samr-national', { platformUscc: DEMO_B_USCC })).toEqual([other]);
    expect(await list('samr-national', { measure: 'BLACKLISTING' })).toEqual([severe]);
    expect(await list('samr-national', { severeOnly: true })).toEqual([severe]);
    expect(await list('samr-national', { decidedFrom: iso(-11 * DAY), decidedTo: iso(-5 * DAY) })).toEqual([severe]);
    expect(await list('samr-national', { minReportingLagSeconds: 5 * 86_400 })).toEqual([severe]);
  });

  it('pages with Relay cursors, newest first, without repeats', async () => {
    const p1 = (await fed.as('samr-national').query(LIST, { first: 2 })).body.data.disposalReports;
    expect(p1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([other, severe]);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = (await fed.as('samr-national').query(LIST, { first: 2, after: p1.pageInfo.endCursor })).body.data
      .disposalReports;
    expect(p2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([streamer]);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });
});
