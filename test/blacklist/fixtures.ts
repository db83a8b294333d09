import { DEMO_MEMBERS } from '../../certs/store.js';
import { residentIdCheckChar } from '../../lib/validators/index.js';

/** Shared GraphQL and inputs for the blacklist federation tests. */
export const DEMO_A = DEMO_MEMBERS.find((m) => m.slug === 'demo-platform')!.spec as { uscc: string; name: string };
export const DEMO_B = DEMO_MEMBERS.find((m) => m.slug === 'demo-platform-b')!.spec as { uscc: string; name: string };
export const DAY = 86_400_000;

/** A valid resident ID number from its 17-digit body. */
export const residentId = (body17: string) => body17 + residentIdCheckChar(body17);

export const ENTRY_FIELDS = `id listingPlatformName listingPlatform { uscc }
  subject { type name documentType documentNumber uscc liveAccounts { accountId nickname } }
  facts reasons legalBasis term { startsAt endsAt } notification { channel notifiedAt appealChannel }
  shareWithPeers disposalReport { id } status appealPending removedAt removalKind removalReason createdAt
  appeals { id status receivedAt grounds receiptToldAt decidedAt decisionReason decisionToldAt decisionToldChannel }`;

export const ADD = `mutation ($input: BlacklistEntryInput!) { addBlacklistEntry(input: $input) { ${ENTRY_FIELDS} } }`;
export const GET = `query ($id: ID!) { blacklistEntry(id: $id) { ${ENTRY_FIELDS} } }`;
export const LIST = `query ($filter: BlacklistFilter, $first: Int, $after: String) {
  blacklistEntries(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id status listingPlatform { uscc } subject { name documentNumber uscc } shareWithPeers } }
    pageInfo { hasNextPage endCursor } } }`;
export const APPEAL_FIELDS =
  'id status receivedAt grounds receiptToldAt recordedAt decidedAt decisionReason decisionToldAt decisionToldChannel entry { id status appealPending removalKind }';
export const FILE_APPEAL = `mutation ($entryId: ID!, $input: AppealInput!) { fileAppeal(entryId: $entryId, input: $input) { ${APPEAL_FIELDS} } }`;
export const DECIDE = `mutation ($id: ID!, $outcome: AppealOutcome!, $reason: String!, $told: DateTime, $channel: String) {
  decideAppeal(appealId: $id, outcome: $outcome, reason: $reason, subjectToldAt: $told, subjectToldChannel: $channel) {
    ${APPEAL_FIELDS} } }`;
export const REMOVE = `mutation ($id: ID!, $reason: String!) { removeBlacklistEntry(id: $id, reason: $reason) { id status removedAt removalKind removalReason } }`;
export const CHECK = `query ($subjects: [CheckSubjectInput!]!, $purpose: CheckPurpose!) {
  blacklistCheck(subjects: $subjects, purpose: $purpose) { listed matches { listingPlatformName listedSince expiresAt status appealPending } } }`;
export const CHECK_LOG = `query ($filter: CheckLogFilter, $first: Int, $after: String) {
  blacklistCheckLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id checkedBy { uscc } checkedByName purpose subjectHash listed matchCount checkedAt } }
    pageInfo { hasNextPage endCursor } } }`;

export interface EntryOpts {
  key: string;
  now: Date;
  person?: { name: string; number: string; type?: string };
  business?: { name: string; uscc: string };
  share?: boolean;
  days?: number;
  disposalReportId?: string;
}

/** An addBlacklistEntry input, relative to `now` (the federation's clock). */
export function entryInput(o: EntryOpts) {
  const t = o.now.getTime();
  const subject = o.business
    ? { type: 'STREAMER_AGENCY', business: o.business }
    : {
        type: 'LIVE_STREAMER',
        person: {
          name: o.person?.name ?? '张三',
          idDocument: {
            type: o.person?.type ?? 'RESIDENT_ID',
            number: o.person?.number ?? residentId('11010519491231002'),
          },
        },
        liveAccounts: [{ accountId: `acct-${o.key}`, nickname: '好物主播' }],
      };
  return {
    idempotencyKey: o.key,
    subject,
    facts: `虚构产品功效 ${o.key}`,
    reasons: '严重违法失信',
    legalBasis: '《直播电商监督管理办法》第十四条',
    term: { startsAt: new Date(t - DAY).toISOString(), endsAt: new Date(t + (o.days ?? 180) * DAY).toISOString() },
    notification: {
      channel: '站内信',
      notifiedAt: new Date(t - 2 * DAY).toISOString(),
      appealChannel: 'https://example.cn/appeal',
    },
    ...(o.share === undefined ? {} : { shareWithPeers: o.share }),
    ...(o.disposalReportId ? { disposalReportId: o.disposalReportId } : {}),
  };
}
