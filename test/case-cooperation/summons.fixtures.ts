/** GraphQL documents and inputs of a summons (约谈, Art 52), for the federation tests and the access matrix. */
import { DEMO_USCC } from './fixtures.js';

export const SUMMONS_FIELDS = `
  grounds otherGround meetingAt place { regionCode detail } onlineLink matters
  attendance { seq attendees { role title } meetingAt confirmedAt }
  outcomes { seq outcome note meetingAt rescheduledTo recordedAt }`;

export const SEND_SUMMONS = `mutation($input: NoticeInput!) { sendNotice(input: $input) {
  id kind status dueAt sentAt receipt summons { ${SUMMONS_FIELDS} } } }`;
export const GET_SUMMONS = `query($id: ID!) { notice(id: $id) {
  id kind status acknowledgedAt summons { ${SUMMONS_FIELDS} } answers { seq summonsAccount { account rectification } } } }`;
export const CONFIRM = `mutation($id: ID!, $input: SummonsAttendanceInput!) {
  confirmSummonsAttendance(noticeId: $id, input: $input) { id status acknowledgedAt receipt summons { ${SUMMONS_FIELDS} } } }`;
export const OUTCOME = `mutation($id: ID!, $input: SummonsOutcomeInput!) {
  recordSummonsOutcome(noticeId: $id, input: $input) { id status receipt summons { ${SUMMONS_FIELDS} } } }`;
export const ANSWER_SUMMONS = `mutation($id: ID!, $input: NoticeAnswerInput!) {
  answerNotice(id: $id, input: $input) { id status receipt answers { seq answeredAt summonsAccount { account rectification } } } }`;

/** A SUMMONS to demo-platform: meeting at `meetingAt` (ISO), at the office and online. */
export function summons(meetingAt: string, over: Record<string, unknown> = {}) {
  return {
    kind: 'SUMMONS',
    platformUscc: DEMO_USCC,
    summary: '直播间多次虚假宣传，约谈平台有关责任人',
    subjects: [],
    summons: {
      grounds: ['DUTIES_NOT_FULFILLED', 'RIGHTS_NOT_SAFEGUARDED'],
      meetingAt,
      place: { regionCode: '330106', detail: '西湖区某路1号 市场监管局3楼会议室' },
      onlineLink: 'https://meet.example.gov.cn/r/52',
      matters: ['直播前审核机制的执行情况', '消费者投诉的处理情况'],
    },
    ...over,
  };
}

export const ATTENDEES = [{ role: 'PRINCIPAL_IN_CHARGE' }, { role: 'DEPARTMENT_HEAD', title: '合规总监' }];
export const ACCOUNT = { account: '已逐一排查涉事直播间并说明情况', rectification: '上线直播前审核，每周复查投诉' };
