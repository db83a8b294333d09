import type { TestFederation } from '../support/federation.js';
import { summons } from '../case-cooperation/summons.fixtures.js';
import type { Json } from './damage.js';
import { as, type Fixture } from './harness.js';

/** case-cooperation (Art 52): a summons's attendance, confirmed by the platform, and its outcome, by the sending office. */
const OFFICE = 'samr-zhejiang';
const PLATFORM = 'demo-platform';
const DAY = 86_400_000;
const iso = (offset: number) => new Date(Date.now() + offset).toISOString();

const NOTICE = `{ id status acknowledgedAt summons { meetingAt place { regionCode detail } onlineLink
  attendance { seq attendees { role title } meetingAt } outcomes { seq outcome rescheduledTo } } }`;
const SEND = 'mutation($input: NoticeInput!) { sendNotice(input: $input) { id } }';
const ROLES = ['LEGAL_REPRESENTATIVE', 'PRINCIPAL_IN_CHARGE', 'DEPUTY_IN_CHARGE', 'DEPARTMENT_HEAD'];

/** A SUMMONS from the office to demo-platform, the meeting three days ahead: attendance and outcome act on it. */
async function summoned(fed: TestFederation): Promise<string> {
  const r = await as(fed, OFFICE).query(SEND, { input: summons(iso(3 * DAY)) });
  if (r.body.errors) throw new Error(`sendNotice: ${r.raw}`);
  return r.body.data.sendNotice.id;
}
const noticeRow = (id: string) => [{ table: 'notice', id }];
const TEXT = (max: number) => ['', '  ', '长'.repeat(max + 1)] as Json[];

export const summonsFixtures: Fixture[] = [
  {
    field: 'confirmSummonsAttendance',
    subgraph: 'case-cooperation',
    caller: PLATFORM,
    runs: 30,
    doc: `mutation($noticeId: ID!, $input: SummonsAttendanceInput!) {
      confirmSummonsAttendance(noticeId: $noticeId, input: $input) ${NOTICE} }`,
    target: summoned,
    targetVar: 'noticeId',
    rows: noticeRow,
    base: ({ target, n }) => ({
      noticeId: target,
      input: {
        attendees: [
          { role: ROLES[n % ROLES.length] },
          { role: 'OTHER_RESPONSIBLE_PERSON', title: '合规总监' },
        ] as Json[],
      },
    }),
    special: [
      // A job title, not a contact: no run of 7 digits (a phone or ID number), at most 100 characters.
      { at: /^input\.attendees\[\d+\]\.title$/, values: ['张三 13800000000', '长'.repeat(101)], strict: true },
    ],
  },
  {
    field: 'recordSummonsOutcome',
    subgraph: 'case-cooperation',
    caller: OFFICE,
    runs: 30,
    doc: `mutation($noticeId: ID!, $input: SummonsOutcomeInput!) {
      recordSummonsOutcome(noticeId: $noticeId, input: $input) ${NOTICE} }`,
    target: summoned,
    targetVar: 'noticeId',
    rows: noticeRow,
    // Before the meeting only a reschedule may be recorded (ATTENDED and NOT_ATTENDED from the meeting time on).
    base: ({ target, n }) => ({
      noticeId: target,
      input: {
        outcome: 'RESCHEDULED',
        note: '应平台申请改期',
        meetingAt: iso((4 + (n % 5)) * DAY),
        ...(n % 2
          ? { place: { regionCode: '330106', detail: '西湖区某路2号 市场监管局5楼会议室' } }
          : { onlineLink: `https://meet.example.gov.cn/r/${n}` }),
      },
    }),
    special: [
      { at: /^input\.note$/, values: TEXT(2000), strict: true },
      // In the past, or more than 366 days ahead.
      { at: /^input\.meetingAt$/, values: [iso(-DAY), iso(400 * DAY)], strict: true },
      {
        at: /^input\.onlineLink$/,
        values: ['http://meet.example.gov.cn/r/1', 'ftp://meet.example.gov.cn'],
        strict: true,
      },
      { at: /^input\.place\.regionCode$/, values: ['000000', '999999', '33010'], strict: true },
      { at: /^input\.place\.detail$/, values: TEXT(500), strict: true },
    ],
  },
];
