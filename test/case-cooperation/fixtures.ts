/** GraphQL documents and inputs shared by the case-cooperation federation tests. */
import { issueMember } from '../../certs/store.js';
import type { TestFederation } from '../support/federation.js';
import type { GraphQLResult } from '../../lib/testing/client.js';

export const DEMO_USCC = '91330106MA27XXXXX0';
export const DEMO_B_USCC = '91320102MA1XXXXXXL';
export const RESIDENT_ID = '11010519491231002X';

export const NOTICE_FIELDS = `
  id kind status platform { uscc } sender { authority level region } summary
  subjects { kind person { name idDocument { type number } } business { name uscc } liveAccounts { accountId } }
  violation { legalBasis } unreachableContact { address { regionCode detail } }
  assistance { purpose dataWanted period { from to } caseReference }
  sentAt dueAt dueDate dueApproximate overdue acknowledgedAt
  reminder { remindedAt channel recordedAt late }
  answers { seq answeredAt data attachments { name mediaType size sha256 } disposalReports { id } contactUpdated }
  closedAt closedBy outcome`;

export const SEND = `mutation($input: NoticeInput!) { sendNotice(input: $input) { ${NOTICE_FIELDS} } }`;
export const GET = `query($id: ID!) { notice(id: $id) { ${NOTICE_FIELDS} } }`;
export const LIST = `query($filter: NoticeFilter, $first: Int, $after: String) {
  notices(filter: $filter, first: $first, after: $after) { edges { cursor node { id status kind overdue dueDate } } pageInfo { hasNextPage endCursor } } }`;
export const ACK = `mutation($id: ID!) { acknowledgeNotice(id: $id) { id status acknowledgedAt } }`;
export const REMIND = `mutation($id: ID!, $at: DateTime!, $channel: String!) {
  recordReminder(noticeId: $id, remindedAt: $at, channel: $channel) { id status acknowledgedAt overdue reminder { remindedAt channel late } } }`;
export const ANSWER = `mutation($id: ID!, $input: NoticeAnswerInput!) {
  answerNotice(id: $id, input: $input) { id status closedBy outcome answers { seq data contactUpdated disposalReports { id } attachments { name sha256 } } } }`;
export const CLOSE = `mutation($id: ID!, $outcome: String!) { closeNotice(id: $id, outcome: $outcome) { id status closedAt closedBy outcome } }`;
export const TRANSFER = `mutation($input: LeadInput!) { transferLead(input: $input) {
  id status from { authority level region } to { authority level region } summary relatedNoticeIds
  subjects { kind person { name idDocument { number } } } createdAt decidedAt reason } }`;
export const DECIDE = `mutation($id: ID!, $decision: LeadDecision!, $reason: String) { decideLead(id: $id, decision: $decision, reason: $reason) { id status decidedAt reason } }`;
export const LEADS = `query($filter: LeadFilter) { leads(filter: $filter) { edges { node { id status } } pageInfo { hasNextPage } } }`;
export const LEAD = `query($id: ID!) { lead(id: $id) { id status } }`;

export const streamer = {
  kind: 'STREAMER',
  person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: RESIDENT_ID } },
};

export function violation(over: Record<string, unknown> = {}) {
  return {
    kind: 'VIOLATION',
    platformUscc: DEMO_USCC,
    summary: 'False advertising verified in case 2026-001',
    subjects: [streamer],
    violation: { legalBasis: '《反不正当竞争法》第八条' },
    ...over,
  };
}

export function unreachable(over: Record<string, unknown> = {}) {
  return {
    kind: 'UNREACHABLE_CONTACT',
    platformUscc: DEMO_USCC,
    summary: 'Not reachable at the habitual residence',
    subjects: [streamer],
    unreachableContact: { address: { regionCode: '330106', detail: '西湖区某路1号' } },
    ...over,
  };
}

export function assistance(dueAt: string, over: Record<string, unknown> = {}) {
  return {
    kind: 'ASSISTANCE_REQUEST',
    platformUscc: DEMO_USCC,
    summary: 'Transactions of a recalled heater',
    subjects: [{ kind: 'OPERATOR', liveAccounts: [{ accountId: 'room-8848' }] }],
    assistance: {
      purpose: 'RECALL',
      dataWanted: ['TRANSACTION', 'PRODUCT'],
      period: { from: '2026-01-01', to: '2026-02-28' },
      dueAt,
      caseReference: '杭市监案〔2026〕12号',
    },
    ...over,
  };
}

/** Extra members: offices at other levels and regions, and a CAC national office. */
export function issueOffices(fed: TestFederation): void {
  const reg = (
    slug: string,
    authority: 'samr' | 'cac',
    level: 'national' | 'province' | 'prefecture' | 'county',
    region: string,
  ) => issueMember(fed.certs.dir, { kind: 'regulator', authority, level, region, name: slug }, { slug });
  reg('samr-xihu', 'samr', 'county', '330106');
  reg('samr-shangcheng', 'samr', 'county', '330102');
  reg('samr-hangzhou', 'samr', 'prefecture', '330100');
  reg('samr-jiangsu', 'samr', 'province', '320000');
  reg('cac-national', 'cac', 'national', '100000');
}

/** The data of a successful result; fails with the errors otherwise. */
export function ok<T = any>(r: GraphQLResult, field: string): T {
  if (r.body.errors?.length) throw new Error(`${field}: ${JSON.stringify(r.body.errors)}`);
  return r.body.data[field] as T;
}
