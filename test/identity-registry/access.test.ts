/**
 * Who sees which filing and which records (DESIGN §4, Art 9 and 48), through the gateway over mutual TLS:
 * the platform its own (masked), the domicile's provincial and the national SAMR everything reported, a
 * province where an operator does business that operator and its streamers, and nobody else anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../lib/clock.js';
import { codeOf } from '../../lib/testing/client.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import {
  ADD_BATCH,
  DEMO_A,
  DEMO_B,
  FILING,
  FILINGS,
  OPEN,
  OPERATORS,
  STREAMERS,
  SUBMIT,
  businessOperator,
  issueOffices,
  personOperator,
  residentId,
  streamer,
  uscc,
} from './fixtures.js';

const clock = new ManualClock(new Date('2026-07-10T02:00:00Z'));
const PERSON = residentId('44010619800101123'); // a natural person running a live room in Guangzhou (440106)
const STREAMER_1 = residentId('33010619950505234');
const STREAMER_2 = residentId('33010619960606345');
let fed: TestFederation;
let filingA: any;
let filingB: any;

const names = (r: any, field: 'liveRoomOperators' | 'liveStreamers') => {
  expect(r.body.errors).toBeUndefined();
  return r.body.data[field].edges.map((e: any) => e.node.name).sort();
};
const operators = (slug: string, filter: Record<string, unknown> = {}, page: Record<string, unknown> = {}) =>
  fed.as(slug).query(OPERATORS, { filter, ...page });
const streamers = (slug: string, filter: Record<string, unknown> = {}) => fed.as(slug).query(STREAMERS, { filter });

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  issueOffices(fed);
  // demo-platform (Hangzhou): a Zhejiang business, a Guangdong person; streamer 1 streams for the person, 2 for the business.
  filingA = (await fed.as('demo-platform').query(OPEN, { period: '2026-07' })).body.data.openFiling;
  const r = await fed.as('demo-platform').query(ADD_BATCH, {
    filingId: filingA.id,
    batchNo: 1,
    operators: [businessOperator(1), personOperator(2, PERSON)],
    streamers: [
      streamer(1, STREAMER_1, [
        { idDocument: { type: 'RESIDENT_ID', number: PERSON }, liveAccountId: 'person-room-2' },
      ]),
      streamer(2, STREAMER_2, [{ uscc: uscc(1), liveAccountId: 'room-1' }]),
    ],
  });
  expect(r.body.errors).toBeUndefined();
  expect((await fed.as('demo-platform').query(SUBMIT, { id: filingA.id })).body.errors).toBeUndefined();
  // demo-platform-b (Nanjing) files the same person but has not submitted: no regulator sees it yet.
  filingB = (await fed.as('demo-platform-b').query(OPEN, { period: '2026-07' })).body.data.openFiling;
  await fed
    .as('demo-platform-b')
    .query(ADD_BATCH, { filingId: filingB.id, batchNo: 1, operators: [personOperator(2, PERSON, '320102')] });
}, 60_000);
afterAll(() => fed?.close());

describe('Art 9: a filing', () => {
  it('is read by its platform and by the provincial and national SAMR covering its domicile', async () => {
    for (const slug of ['demo-platform', 'samr-zhejiang', 'samr-national']) {
      expect((await fed.as(slug).query(FILING, { id: filingA.id })).body.data.filing).toMatchObject({
        id: filingA.id,
        status: 'SUBMITTED',
      });
    }
  });

  it('is not there for another platform, a CAC office, a county SAMR or another province', async () => {
    for (const slug of [
      'demo-platform-b',
      'cac-zhejiang',
      'cac-national',
      'samr-xihu',
      'samr-jiangsu',
      'samr-guangdong',
    ]) {
      const r = await fed.as(slug).query(FILING, { id: filingA.id });
      expect([slug, r.body.errors, r.body.data.filing]).toEqual([slug, undefined, null]);
    }
  });

  it('is listed for the offices that may read it', async () => {
    const list = async (slug: string) =>
      (await fed.as(slug).query(FILINGS, { period: '2026-07' })).body.data.filings.edges.map(
        (e: any) => e.node.platform.uscc,
      );
    expect((await list('samr-national')).sort()).toEqual([DEMO_A.uscc, DEMO_B.uscc].sort());
    expect(await list('samr-zhejiang')).toEqual([DEMO_A.uscc]);
    expect(await list('samr-jiangsu')).toEqual([DEMO_B.uscc]);
    expect(await list('demo-platform-b')).toEqual([DEMO_B.uscc]);
    expect(await list('cac-national')).toEqual([]);
    expect(await list('samr-xihu')).toEqual([]);
  });
});

describe('searching records', () => {
  it('finds a person by exact ID number across platforms, in full, for the domicile province', async () => {
    const r = await operators('samr-zhejiang', { idDocumentNumber: PERSON });
    expect(r.body.data.liveRoomOperators.edges.map((e: any) => e.node)).toMatchObject([
      {
        platform: { uscc: DEMO_A.uscc },
        kind: 'PERSON',
        name: '张2',
        idDocument: { type: 'RESIDENT_ID', number: PERSON },
        contact: { email: 'op2@example.com' },
        period: '2026-07',
      },
    ]);
  });

  it('finds by name part, USCC, live account id, region and period', async () => {
    expect(names(await operators('samr-national', { name: '商贸1' }), 'liveRoomOperators')).toEqual([
      '杭州直播商贸1有限公司',
    ]);
    expect(names(await operators('samr-national', { uscc: uscc(1) }), 'liveRoomOperators')).toEqual([
      '杭州直播商贸1有限公司',
    ]);
    expect(names(await operators('samr-national', { liveAccountId: 'person-room-2' }), 'liveRoomOperators')).toEqual([
      '张2',
    ]);
    expect(names(await operators('samr-national', { region: '4401' }), 'liveRoomOperators')).toEqual(['张2']);
    expect(names(await operators('samr-national', { period: '2027-01' }), 'liveRoomOperators')).toEqual([]);
    expect(names(await streamers('samr-national', { uscc: uscc(1) }), 'liveStreamers')).toEqual(['李2']);
    expect(names(await streamers('samr-national', { idDocumentNumber: STREAMER_1 }), 'liveStreamers')).toEqual(['李1']);
  });

  it('pages with Relay cursors', async () => {
    const p1 = (await operators('samr-national', {}, { first: 1 })).body.data.liveRoomOperators;
    const p2 = (await operators('samr-national', {}, { first: 1, after: p1.pageInfo.endCursor })).body.data
      .liveRoomOperators;
    expect([p1.pageInfo.hasNextPage, p2.pageInfo.hasNextPage]).toEqual([true, false]);
    expect(p1.edges[0].node.id).not.toBe(p2.edges[0].node.id);
    expect(codeOf(await operators('samr-national', {}, { first: 501 }))).toBe('BAD_USER_INPUT');
  });

  it('Art 48: shows a province where an operator does business that operator and its streamers, nothing else', async () => {
    expect(names(await operators('samr-guangdong'), 'liveRoomOperators')).toEqual(['张2']);
    expect(names(await streamers('samr-guangdong'), 'liveStreamers')).toEqual(['李1']);
    const [st] = (await streamers('samr-guangdong')).body.data.liveStreamers.edges.map((e: any) => e.node);
    expect(st).toMatchObject({
      idDocument: { number: STREAMER_1 },
      operators: [{ uscc: null, idDocument: { number: PERSON }, liveAccountId: 'person-room-2' }],
    });
  });

  it('shows a CAC office, a county SAMR and an uninvolved province nothing, and nothing of a filing not yet submitted', async () => {
    for (const slug of ['cac-zhejiang', 'cac-national', 'samr-xihu', 'samr-jiangsu']) {
      expect([
        slug,
        names(await operators(slug), 'liveRoomOperators'),
        names(await streamers(slug), 'liveStreamers'),
      ]).toEqual([slug, [], []]);
    }
  });

  it('shows a platform only its own records, with ID numbers, phones and e-mail masked', async () => {
    const own = (await operators('demo-platform', { idDocumentNumber: PERSON })).body.data.liveRoomOperators.edges.map(
      (e: any) => e.node,
    );
    expect(own).toMatchObject([
      {
        platform: { uscc: DEMO_A.uscc },
        idDocument: { number: `${PERSON.slice(0, 3)}*************${PERSON.slice(-2)}` },
        contact: { email: 'o***@example.com' },
      },
    ]);
    const b = (await operators('demo-platform-b', { idDocumentNumber: PERSON })).body.data.liveRoomOperators.edges.map(
      (e: any) => e.node,
    );
    expect(b).toMatchObject([{ platform: { uscc: DEMO_B.uscc }, businessAddress: { regionCode: '320102' } }]);
    const st = (await streamers('demo-platform')).body.data.liveStreamers.edges.map((e: any) => e.node);
    expect(st.map((s: any) => s.idDocument.number)).not.toContain(STREAMER_1);
    expect(st.find((s: any) => s.name === '李1').operators[0].idDocument.number).not.toBe(PERSON);
  });

  it('keeps ID numbers out of the database in clear, in every column and (SQLite) in the database file', async () => {
    const db = fed.subgraphs['identity-registry'].db;
    for (const table of [
      'live_room_operator',
      'live_streamer',
      'operator_account',
      'streamer_operator',
      'access_log',
    ]) {
      const dump = JSON.stringify(await db.query(`SELECT * FROM ${table}`));
      for (const n of [PERSON, STREAMER_1, STREAMER_2]) expect(dump).not.toContain(n);
    }
    if (db.options.type === 'better-sqlite3') {
      const file = String(db.options.database);
      const bytes = Buffer.concat([file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
      expect(bytes.includes(Buffer.from(uscc(1)))).toBe(true); // the filed data is there; a USCC is public and stored in clear
      for (const n of [PERSON, STREAMER_1, STREAMER_2]) expect(bytes.includes(Buffer.from(n))).toBe(false);
    }
  });
});
