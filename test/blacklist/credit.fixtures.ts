import { usccCheckChar } from '../../lib/validators/index.js';
import { DAY, residentId } from './fixtures.js';

/** GraphQL and inputs for the credit-information federation tests (Art 11 ¶2, Art 51). */
export const RECORD_FIELDS = `id category subject { type documentType documentNumber uscc } jurisdictionRegion regionBasis
  decidingOffice { authority level region name } decidedAt decisionDocumentNo startsAt endsAt publicReason recordedAt
  status repairedAt repairReason receipt`;
export const RECORD = `mutation ($input: CreditRecordInput!) { recordCreditInformation(input: $input) { ${RECORD_FIELDS} } }`;
export const REPAIR = `mutation ($id: ID!, $repairedAt: DateTime!, $reason: String!) {
  repairCreditRecord(id: $id, repairedAt: $repairedAt, reason: $reason) { ${RECORD_FIELDS} } }`;
export const RECORDS = `query ($filter: CreditFilter, $first: Int, $after: String) {
  creditRecords(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id category status subject { documentNumber uscc } jurisdictionRegion } } pageInfo { hasNextPage endCursor } } }`;
const FACT = 'recordId category decidedAt decisionDocumentNo startsAt endsAt repairedAt status';
export const CREDIT_CHECK = `query ($subjects: [CheckSubjectInput!]!, $purpose: CheckPurpose!) {
  creditCheck(subjects: $subjects, purpose: $purpose) { records { ${FACT} } } }`;
export const WATCH = `mutation ($input: CreditWatchInput!) { updateCreditWatch(input: $input) { watching receipt } }`;
export const CHANGES = `query ($since: DateTime!, $first: Int, $after: String) {
  creditChanges(since: $since, first: $first, after: $after) {
    edges { cursor node { kind changedAt ref record { ${FACT} } } } pageInfo { hasNextPage endCursor } } }`;
export const CREDIT_CHECK_LOG = `query ($filter: CreditCheckLogFilter, $first: Int, $after: String) {
  creditCheckLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id checkedBy { uscc } checkedByName purpose subjectHash matchCount checkedAt } }
    pageInfo { hasNextPage endCursor } } }`;

export const uscc = (body17: string) => body17 + usccCheckChar(body17);

/** A person subject: an operator in Hangzhou Xihu by default (place of business). */
export const person = (number: string, regionCode = '330106', regionBasis = 'BUSINESS_PLACE') => ({
  type: 'LIVE_ROOM_OPERATOR',
  documentType: 'RESIDENT_ID',
  documentNumber: number,
  regionCode,
  regionBasis,
});
export const agency = (code: string, regionCode = '330106') => ({
  type: 'STREAMER_AGENCY',
  uscc: code,
  regionCode,
  regionBasis: 'DOMICILE',
});

export interface RecordOpts {
  key: string;
  now: Date;
  category?: string;
  subject: Record<string, unknown>;
  days?: number;
}

/** A recordCreditInformation input, decided a day before `now`. */
export function recordInput(o: RecordOpts) {
  const t = o.now.getTime();
  return {
    idempotencyKey: o.key,
    category: o.category ?? 'ADMINISTRATIVE_PENALTY',
    subject: o.subject,
    decidedAt: new Date(t - DAY).toISOString(),
    decisionDocumentNo: `杭市监处罚〔2026〕${o.key}号`,
    ...(o.days ? { endsAt: new Date(t + o.days * DAY).toISOString() } : {}),
    publicReason: `虚假宣传 ${o.key}`,
  };
}

export const P1 = residentId('33010619900101123');
export const P2 = residentId('33010219850505456');
export const P3 = residentId('32010219800808789');
export const B1 = uscc('91330106MA2CRED01');
