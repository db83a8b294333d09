import type { TestFederation } from '../support/federation.js';
import { assistance, unreachable, violation } from '../case-cooperation/fixtures.js';
import type { Json } from './damage.js';
import { as, personId, type Fixture } from './harness.js';

/** case-cooperation (Art 12 ¶2, 21, 22, 46): notices from an office to a platform, and leads between offices. */
const OFFICE = 'samr-zhejiang';
const PLATFORM = 'demo-platform';
const DAY = 86_400_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();
let key = 0;

const NOTICE = '{ id status acknowledgedAt reminder { remindedAt channel } answers { seq } closedAt outcome }';
const SEND = `mutation($input: NoticeInput!) { sendNotice(input: $input) ${NOTICE} }`;
const LEAD = '{ id status decidedAt reason }';

/** A valid notice of each kind in turn, with a person or business subject. */
function notice(n: number): Record<string, unknown> {
  const idempotencyKey = `fuzz-${key++}`;
  const person = {
    kind: 'STREAMER',
    person: { name: `赵${n}`, idDocument: { type: 'RESIDENT_ID', number: personId(20_000 + n) } },
    liveAccounts: [{ accountId: `zb-${n}`, nickname: '主播' }],
  };
  const business = { kind: 'AGENCY', business: { name: '杭州某某传媒有限公司', uscc: '91350100M000100Y43' } };
  if (n % 3 === 0)
    return violation({
      idempotencyKey,
      subjects: [person, business],
      violation: { legalBasis: '《广告法》第二十八条', dueAt: iso(15 * DAY) },
    });
  if (n % 3 === 1) return unreachable({ idempotencyKey, subjects: [person] });
  return assistance(iso(20 * DAY), { idempotencyKey });
}

async function sent(fed: TestFederation, input: Record<string, unknown>): Promise<string> {
  const r = await as(fed, OFFICE).query(SEND, { input });
  if (r.body.errors) throw new Error(`sendNotice: ${r.raw}`);
  return r.body.data.sendNotice.id;
}
const noticeRow = (id: string) => [{ table: 'notice', id }];
/** A notice the lead fixtures may cite (set by the test file). */
export const shared = { noticeId: '' };
const TEXT = (max: number) => ['', '  ', '长'.repeat(max + 1)] as Json[];

export const caseCooperationFixtures: Fixture[] = [
  {
    field: 'sendNotice',
    subgraph: 'case-cooperation',
    caller: OFFICE,
    runs: 150,
    doc: SEND,
    base: ({ n }) => ({ input: notice(n) as Json }),
    special: [
      {
        at: /^input\.platformUscc$/,
        values: ['91330106MA27XXXXX', '913301O6MA27XXXXX0', '11010519491231002X'],
        strict: true,
      },
      // Not 100000: lib/domain/identity.ts checkAddress takes the national code as an address (identity-registry does not).
      { at: /regionCode$/, values: ['000000', '999999', '33010'], strict: true },
      // Due today or in the past: at least one working day ahead is required.
      { at: /^input\.assistance\.dueAt$/, values: [iso(-DAY), iso(60_000)], strict: true },
      { at: /^input\.assistance\.period\.to$/, values: ['2025-12-31'], strict: true },
    ],
    creates: { table: 'notice', key: (d) => d.id },
  },
  {
    field: 'acknowledgeNotice',
    subgraph: 'case-cooperation',
    caller: PLATFORM,
    runs: 25,
    doc: `mutation($id: ID!) { acknowledgeNotice(id: $id) ${NOTICE} }`,
    target: (fed) => sent(fed, violation()),
    targetVar: 'id',
    rows: noticeRow,
    base: ({ target }) => ({ id: target }),
  },
  {
    field: 'recordReminder',
    subgraph: 'case-cooperation',
    caller: PLATFORM,
    runs: 50,
    doc: `mutation($noticeId: ID!, $remindedAt: DateTime!, $channel: String!) {
      recordReminder(noticeId: $noticeId, remindedAt: $remindedAt, channel: $channel) ${NOTICE} }`,
    target: (fed) => sent(fed, unreachable()),
    targetVar: 'noticeId',
    rows: noticeRow,
    base: ({ target }) => ({ noticeId: target, remindedAt: new Date().toISOString(), channel: '短信及站内信' }),
    special: [
      // Before the notice was sent, or in the future.
      { at: /^remindedAt$/, values: [iso(-DAY), iso(DAY)], strict: true },
      { at: /^channel$/, values: TEXT(100), strict: true },
    ],
  },
  {
    field: 'answerNotice',
    subgraph: 'case-cooperation',
    caller: PLATFORM,
    runs: 90,
    doc: `mutation($id: ID!, $input: NoticeAnswerInput!) { answerNotice(id: $id, input: $input) ${NOTICE} }`,
    target: (fed) => sent(fed, violation()),
    targetVar: 'id',
    keep: true, // answers are appended
    rows: noticeRow,
    base: ({ target, n }) => ({
      id: target,
      input: {
        data: { orders: [{ orderId: `o-${n}`, amount: 129.5, paidAt: '2026-11-01T10:00:00Z' }], note: '已下架' },
        attachments: [{ name: `orders-${n}.csv`, mediaType: 'text/csv', size: 2048, sha256: 'ab'.repeat(32) }],
        // No report ids: each must be a report of the answering platform (Art 22 ¶3, test/references).
        idempotencyKey: `answer-${key++}`,
      },
    }),
    special: [
      { at: /\.sha256$/, values: ['g'.repeat(64), 'a'.repeat(63), 'a'.repeat(65)], strict: true },
      { at: /\.mediaType$/, values: ['text', 'text/csv; charset=utf-8', '/csv'], strict: true },
      { at: /\.attachments\[\d+\]\.name$/, values: ['../../etc/passwd', 'a\\b.csv', 'x\ny'], strict: true },
      { at: /^input\.idempotencyKey$/, values: ['with space', 'k'.repeat(129), '键'], strict: true },
      { at: /^input\.contactUpdated$/, values: [true], strict: true }, // not an UNREACHABLE_CONTACT notice
    ],
    creates: { table: 'notice_answer', key: (d) => `${d.id}#${d.answers.length}` },
  },
  {
    field: 'closeNotice',
    subgraph: 'case-cooperation',
    caller: OFFICE,
    runs: 30,
    doc: `mutation($id: ID!, $outcome: String!) { closeNotice(id: $id, outcome: $outcome) ${NOTICE} }`,
    target: (fed) => sent(fed, violation()),
    targetVar: 'id',
    rows: noticeRow,
    base: ({ target }) => ({ id: target, outcome: '平台已处置并报告，结案' }),
    special: [{ at: /^outcome$/, values: TEXT(2000), strict: true }],
  },
  {
    field: 'transferLead',
    subgraph: 'case-cooperation',
    caller: OFFICE,
    runs: 90,
    doc: `mutation($input: LeadInput!) { transferLead(input: $input) ${LEAD} }`,
    base: ({ n }) => ({
      input: {
        to: [
          { authority: 'CAC', level: 'PROVINCE', region: '330000' },
          { authority: 'SAMR', level: 'COUNTY', region: '330106' },
        ][n % 2],
        summary: '直播间疑似发布虚假医疗广告，移交网信部门处理',
        subjects: [
          {
            kind: 'STREAMER',
            person: { name: '钱某', idDocument: { type: 'RESIDENT_ID', number: personId(30_000 + n) } },
            liveAccounts: [{ accountId: `q-${n}` }],
          },
        ],
        relatedNoticeIds: [shared.noticeId],
        idempotencyKey: `lead-${key++}`,
      },
    }),
    special: [
      { at: /^input\.to\.region$/, values: ['330100', '999999', '33000', '000000'], strict: true },
      { at: /^input\.to$/, values: [{ authority: 'SAMR', level: 'PROVINCE', region: '330000' }], strict: true }, // itself
      { at: /^input\.summary$/, values: TEXT(5000), strict: true },
    ],
    creates: { table: 'lead', key: (d) => d.id },
  },
  {
    field: 'decideLead',
    subgraph: 'case-cooperation',
    caller: 'cac-zhejiang',
    runs: 40,
    doc: `mutation($id: ID!, $decision: LeadDecision!, $reason: String) { decideLead(id: $id, decision: $decision, reason: $reason) ${LEAD} }`,
    target: async (fed) => {
      const input = {
        to: { authority: 'CAC', level: 'PROVINCE', region: '330000' },
        summary: '线索移交',
        relatedNoticeIds: [],
      };
      const r = await as(fed, OFFICE).query(`mutation($input: LeadInput!) { transferLead(input: $input) { id } }`, {
        input,
      });
      if (r.body.errors) throw new Error(`transferLead: ${r.raw}`);
      return r.body.data.transferLead.id;
    },
    targetVar: 'id',
    rows: (id) => [{ table: 'lead', id }],
    base: ({ target, n }) => ({ id: target, decision: n % 2 ? 'ACCEPT' : 'DECLINE', reason: '不属本机关管辖' }),
    special: [{ at: /^reason$/, values: ['长'.repeat(2001)], strict: true }],
  },
];
