import { issueMember, type MemberSpec } from '../../certs/store.js';
import type { TestFederation } from '../support/federation.js';
import { residentIdCheckChar, usccCheckChar } from '../../lib/validators/index.js';

export const DAY = 86_400_000;
export const DEMO_USCC = '91330106MA27XXXXX0';
export const DEMO_B_USCC = '91320102MA1XXXXXXL';
export const PERSON_ID = '11010519491231002X';
export const OTHER_ID = '44030419900101123' + residentIdCheckChar('44030419900101123');
export const OPERATOR_USCC = '91350100M000100Y43';
export const uscc = (base17: string) => base17 + usccCheckChar(base17);
export const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

export const MEASURE_TYPES = [
  'WARNING',
  'FEATURE_RESTRICTION',
  'TRAFFIC_RESTRICTION',
  'LIVE_SUSPENSION',
  'TIMED_BROADCAST_BAN',
  'ACCOUNT_CLOSURE',
  'REREGISTRATION_BAN',
  'BLACKLISTING',
  'OTHER',
] as const;
export const SEVERE = ['ACCOUNT_CLOSURE', 'REREGISTRATION_BAN', 'BLACKLISTING'];
const LIMITED = [
  'FEATURE_RESTRICTION',
  'TRAFFIC_RESTRICTION',
  'LIVE_SUSPENSION',
  'TIMED_BROADCAST_BAN',
  'BLACKLISTING',
];

/** A measure of `type` that started `startOffset` ago, with an end when it needs one; an OTHER is named. */
export const measure = (type: string, startOffset = -DAY) => ({
  type,
  ...(type === 'OTHER' ? { name: '下架商品链接' } : {}),
  startsAt: iso(startOffset),
  ...(LIMITED.includes(type) ? { endsAt: iso(30 * DAY) } : {}),
});

/** A valid DisposalReportInput: a registered operator in 福州 (350102), warned. */
export function tInput(key: string, over: Record<string, unknown> = {}) {
  return {
    idempotencyKey: key,
    subject: {
      kind: 'OPERATOR',
      business: { name: '福州某某商贸有限公司', uscc: OPERATOR_USCC },
      liveAccounts: [{ accountId: 'fz-live-01', nickname: '好物直播间' }],
      businessRegion: '350102',
    },
    measures: [measure('WARNING')],
    facts: '直播中对普通食品宣称疾病治疗功能',
    legalBasis: [{ law: '中华人民共和国广告法', article: '第十七条' }],
    trigger: { kind: 'PATROL' },
    decidedAt: iso(-DAY),
    ...over,
  };
}

/** A streamer (a natural person) who streamed for an operator in 深圳南山 (440305). */
export const STREAMER_SUBJECT = {
  kind: 'STREAMER',
  person: { name: '张三', idDocument: { type: 'RESIDENT_ID', number: PERSON_ID } },
  liveAccounts: [{ accountId: 'zs-01' }],
  operator: { business: { name: '深圳某公司', uscc: OPERATOR_USCC }, businessRegion: '440305' },
};

export const REPORT = `
  id version domicileRegion idempotencyKey severe reportedAt decidedAt reportingLagSeconds facts
  platform { uscc }
  subject { kind businessRegion person { name idDocument { type number } } business { name uscc } operator { businessRegion } liveAccounts { accountId nickname } }
  measures { type name startsAt endsAt lifted lifting { reason liftedAt version } }
  legalBasis { law article }
  trigger { kind noticeId }
  recipients { authority level region mustAcknowledge acknowledgedAt }
  fullyAcknowledged awaitingMyAcknowledgement
  acknowledgements { authority level region version }
  liftings { measure reason version }
  history { version reason facts decidedAt measures { type name startsAt endsAt } subject { kind } }
`;

export const SUBMIT = `mutation($input: DisposalReportInput!) { submitDisposalReport(input: $input) { ${REPORT} } }`;
export const AMEND = `mutation($id: ID!, $input: DisposalReportInput!, $reason: String!) { amendDisposalReport(id: $id, input: $input, reason: $reason) { ${REPORT} } }`;
export const LIFT = `mutation($id: ID!, $m: MeasureType!, $at: DateTime!, $reason: String!) { liftMeasure(reportId: $id, measure: $m, liftedAt: $at, reason: $reason) { ${REPORT} } }`;
export const ACK = `mutation($id: ID!) { acknowledgeDisposalReport(id: $id) { ${REPORT} } }`;
export const GET = `query($id: ID!) { disposalReport(id: $id) { ${REPORT} } }`;
export const LIST = `query($f: DisposalReportFilter, $first: Int, $after: String) {
  disposalReports(filter: $f, first: $first, after: $after) { edges { cursor node { id subject { person { idDocument { number } } } } } pageInfo { hasNextPage endCursor } }
}`;

/** Issues a member certificate into the federation's CA folder and returns its slug. */
export function member(fed: TestFederation, slug: string, spec: MemberSpec): string {
  issueMember(fed.certs.dir, spec, { slug });
  return slug;
}
export const office = (
  fed: TestFederation,
  authority: 'samr' | 'cac',
  level: 'national' | 'province' | 'prefecture' | 'county',
  region: string,
) =>
  member(fed, `${authority}-${level}-${region}`, {
    kind: 'regulator',
    authority,
    level,
    region,
    name: `${authority} ${level} ${region}`,
  });

export async function submit(fed: TestFederation, slug: string, input: Record<string, unknown>) {
  const r = await fed.as(slug).query(SUBMIT, { input });
  if (r.body.errors) throw new Error(`submit failed: ${r.raw}`);
  return r.body.data.submitDisposalReport;
}
