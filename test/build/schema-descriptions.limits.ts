import type { SubgraphName } from '../../lib/services.js';
import { ACCESS_LOG_SECTIONS, TEXT_FILTERS as ACCESS_LOG_TEXT } from '../../lib/graphql/access-log.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../lib/pagination.js';
import { ACCOUNT_ID_MAX, DETAIL_MAX, MAX_LIVE_ACCOUNTS, NAME_MAX, NICKNAME_MAX } from '../../lib/domain/identity.js';
// identity-registry
import {
  CLOCK_SKEW_MS as FILING_CLOCK_SKEW_MS,
  CREDENTIAL_TEXT_MAX,
  DEFAULT_MAX_RECORDS,
  ISSUER_MAX,
  LIST_MAX,
  OCCUPATION_MAX,
} from '../../subgraphs/identity-registry/src/domain/filing-record.js';
import { FIRST_PERIOD, MAX_SEAL_PROBLEMS } from '../../subgraphs/identity-registry/src/domain/filing.rules.js';
import { MAX_PLATFORM_NAME } from '../../subgraphs/identity-registry/src/domain/enrolment.js';
// penalty-reports
import {
  ARTICLE_MAX,
  CLOCK_SKEW_MS as REPORT_CLOCK_SKEW_MS,
  FACTS_MAX,
  IDEMPOTENCY_KEY as REPORT_KEY,
  LAW_MAX,
  LEGAL_BASIS_MAX,
  MEASURE_NAME_MAX,
  MEASURE_TYPES,
  NOTICE_ID_MAX,
  REASON_MAX as REPORT_REASON_MAX,
} from '../../subgraphs/penalty-reports/src/domain/disposal-report.js';
import { MAX_REPORTS_PAGE } from '../../subgraphs/penalty-reports/src/domain/disposal-report.service.js';
// blacklist
import {
  CLOCK_SKEW_MS as ENTRY_CLOCK_SKEW_MS,
  MAX_TERM_MS,
  TEXT_MAX as ENTRY_TEXT,
} from '../../subgraphs/blacklist/src/domain/blacklist-entry.js';
import {
  GROUNDS_MAX,
  REASON_MAX as APPEAL_REASON_MAX,
  TOLD_CHANNEL_MAX,
} from '../../subgraphs/blacklist/src/domain/appeal.js';
import { MAX_CHECK_SUBJECTS } from '../../subgraphs/blacklist/src/domain/check.js';
import {
  DOCUMENT_NO_MAX as CREDIT_DOCUMENT_NO_MAX,
  FUTURE_SLACK_MS as CREDIT_CLOCK_SKEW_MS,
  KEY_MAX as CREDIT_KEY_MAX,
  REASON_MAX as CREDIT_REASON_MAX,
} from '../../subgraphs/blacklist/src/domain/credit.js';
import { REF_MAX as CREDIT_REF_MAX } from '../../subgraphs/blacklist/src/domain/credit-watch.js';
import { blacklistSettingsFromEnv } from '../../subgraphs/blacklist/src/config.js';
// case-cooperation
import { MAX_ATTENDEES, MAX_MATTERS, SUMMONS_TEXT_MAX } from '../../subgraphs/case-cooperation/src/domain/summons.js';
import {
  DEFAULT_ANSWER_LIMITS,
  FILE_NAME_MAX,
  ID_MAX as ANSWER_ID_MAX,
} from '../../subgraphs/case-cooperation/src/domain/answer.js';
import {
  CASE_REFERENCE_MAX,
  IDEMPOTENCY_KEY as NOTICE_KEY,
  MAX_DUE_DAYS_AHEAD,
  REMINDER_WORKING_DAYS,
  SUMMARY_MAX,
  TEXT_MAX as NOTICE_TEXT_MAX,
} from '../../subgraphs/case-cooperation/src/domain/notice.js';
import {
  CHANNEL_MAX,
  CLOCK_SKEW_MS as NOTICE_CLOCK_SKEW_MS,
  OUTCOME_MAX,
} from '../../subgraphs/case-cooperation/src/domain/notice.lifecycle.js';
import { ENTRIES_MAX } from '../../lib/store/evidence-log.js';
import { IDEMPOTENCY_KEY as ANSWER_KEY } from '../../subgraphs/case-cooperation/src/domain/notice.service.js';
import {
  IDEMPOTENCY_KEY as LEAD_KEY,
  LEAD_SUMMARY_MAX,
  MAX_RELATED_NOTICES,
  REASON_MAX as LEAD_REASON_MAX,
} from '../../subgraphs/case-cooperation/src/domain/lead.js';
import {
  MAX_ACCOUNTS as CASE_MAX_ACCOUNTS,
  MAX_SUBJECTS,
} from '../../subgraphs/case-cooperation/src/domain/subject.js';
import {
  MAX_PRODUCT_IDENTIFIERS,
  MAX_PRODUCTS,
  PRODUCT_IDENTIFIER_MAX,
  PRODUCT_NAME_MAX,
} from '../../subgraphs/case-cooperation/src/domain/assistance.js';

/**
 * schema-descriptions.test.ts's tables: what each subgraph's descriptions must state, derived from the constants
 * the code enforces, written as the README writes numbers (`n`: digits grouped by thousands with commas).
 */

/** The format rule: thousands grouped with commas. */
export const n = (v: number): string => v.toLocaleString('en-US');
/** The largest repetition of a `{min,max}` quantifier in a validation pattern: the limit the pattern sets. */
export function maxLengthOf(pattern: RegExp): number {
  const m = /\{\d+,(\d+)\}\$?\/?$/.exec(pattern.source) ?? /\{\d+,(\d+)\}/.exec(pattern.source);
  if (!m) throw new Error(`no {min,max} length in ${pattern}`);
  return Number(m[1]);
}
const minutes = (ms: number) => `${n(ms / 60_000)} minutes`;
const days = (ms: number) => `${n(ms / 86_400_000)} days`;
const pageSize = (max = MAX_PAGE_SIZE) => [n(DEFAULT_PAGE_SIZE), n(max)];

/**
 * What each description must state, derived from the constants the code enforces. A string is found verbatim
 * (numbers already formatted by `n`); a changed constant fails here until the description says the new value.
 */
export const LIMITS: Record<SubgraphName, Record<string, string[]>> = {
  'identity-registry': {
    'Query.filings(first:)': pageSize(),
    'Filing.batches(first:)': pageSize(),
    'Filing.receipts(first:)': pageSize(),
    'Query.filings(period:)': [FIRST_PERIOD],
    'Query.filingCompliance(period:)': [FIRST_PERIOD],
    'Query.liveRoomOperators(first:)': pageSize(),
    'Query.liveStreamers(first:)': pageSize(),
    'Mutation.openFiling(period:)': [FIRST_PERIOD],
    'Mutation.addFilingBatch': [n(DEFAULT_MAX_RECORDS)],
    'Mutation.addFilingBatch(operators:)': [n(DEFAULT_MAX_RECORDS)],
    'Mutation.addFilingBatch(streamers:)': [n(DEFAULT_MAX_RECORDS)],
    'Mutation.addFilingBatchNdjson': [n(DEFAULT_MAX_RECORDS)],
    'Mutation.submitFiling': [n(MAX_SEAL_PROBLEMS)],
    'Mutation.enrollPlatform(name:)': [n(MAX_PLATFORM_NAME)],
    'PersonInput.name': [n(NAME_MAX)],
    'BusinessInput.name': [n(NAME_MAX)],
    'AddressInput.detail': [n(DETAIL_MAX)],
    'LiveAccountInput.accountId': [n(ACCOUNT_ID_MAX)],
    'LiveAccountInput.nickname': [n(NICKNAME_MAX)],
    'CredentialInput.kind': [n(CREDENTIAL_TEXT_MAX)],
    'CredentialInput.number': [n(CREDENTIAL_TEXT_MAX)],
    'CredentialInput.issuer': [n(ISSUER_MAX)],
    'OperatorRefInput.liveAccountId': [n(ACCOUNT_ID_MAX)],
    'LiveRoomOperatorInput.liveAccounts': [n(MAX_LIVE_ACCOUNTS)],
    'LiveRoomOperatorInput.licences': [n(LIST_MAX)],
    'LiveRoomOperatorInput.verifiedAt': [minutes(FILING_CLOCK_SKEW_MS)],
    'LiveStreamerInput.qualifications': [n(LIST_MAX)],
    'LiveStreamerInput.occupation': [n(OCCUPATION_MAX)],
    'LiveStreamerInput.operatorRefs': [n(LIST_MAX)],
    'LiveStreamerInput.verifiedAt': [minutes(FILING_CLOCK_SKEW_MS)],
    'OperatorFilter.period': [FIRST_PERIOD],
    'StreamerFilter.period': [FIRST_PERIOD],
  },
  'penalty-reports': {
    'Query.disposalReports(first:)': pageSize(MAX_REPORTS_PAGE),
    'Mutation.amendDisposalReport(reason:)': [n(REPORT_REASON_MAX)],
    'Mutation.liftMeasure(reason:)': [n(REPORT_REASON_MAX)],
    'Mutation.liftMeasure(liftedAt:)': [minutes(REPORT_CLOCK_SKEW_MS)],
    'DisposalPersonInput.name': [n(NAME_MAX)],
    'DisposalBusinessInput.name': [n(NAME_MAX)],
    'DisposalLiveAccountInput.accountId': [n(ACCOUNT_ID_MAX)],
    'DisposalLiveAccountInput.nickname': [n(NICKNAME_MAX)],
    'DisposalSubjectInput.liveAccounts': [n(MAX_LIVE_ACCOUNTS)],
    'DisposalLegalBasisInput.law': [n(LAW_MAX)],
    'DisposalLegalBasisInput.article': [n(ARTICLE_MAX)],
    'DisposalTriggerInput.noticeId': [n(NOTICE_ID_MAX)],
    'DisposalReportInput.idempotencyKey': [n(maxLengthOf(REPORT_KEY))],
    'DisposalReportInput.measures': [n(MEASURE_TYPES.length)],
    'DisposalMeasureInput.name': [n(MEASURE_NAME_MAX)],
    'DisposalReportInput.facts': [n(FACTS_MAX)],
    'DisposalReportInput.legalBasis': [n(LEGAL_BASIS_MAX)],
    'DisposalReportInput.decidedAt': [minutes(REPORT_CLOCK_SKEW_MS)],
  },
  blacklist: {
    'Query.blacklistCheck': [
      n(MAX_CHECK_SUBJECTS),
      n(blacklistSettingsFromEnv({}).checkRatePerSecond),
      n(blacklistSettingsFromEnv({}).checkBurst),
    ],
    'Query.blacklistCheck(subjects:)': [n(MAX_CHECK_SUBJECTS)],
    'Query.blacklistEntries(first:)': pageSize(),
    'Query.blacklistCheckLog(first:)': pageSize(),
    'Mutation.decideAppeal(reason:)': [n(APPEAL_REASON_MAX)],
    'Mutation.decideAppeal(subjectToldChannel:)': [n(TOLD_CHANNEL_MAX)],
    'Mutation.decideAppeal(subjectToldAt:)': [minutes(ENTRY_CLOCK_SKEW_MS)],
    'Mutation.removeBlacklistEntry(reason:)': [n(APPEAL_REASON_MAX)],
    'PersonInput.name': [n(NAME_MAX)],
    'BusinessInput.name': [n(NAME_MAX)],
    'LiveAccountInput.accountId': [n(ACCOUNT_ID_MAX)],
    'LiveAccountInput.nickname': [n(NICKNAME_MAX)],
    'BlacklistSubjectInput.liveAccounts': [n(MAX_LIVE_ACCOUNTS)],
    'BlacklistTermInput.startsAt': [minutes(ENTRY_CLOCK_SKEW_MS)],
    'BlacklistTermInput.endsAt': [days(MAX_TERM_MS)],
    'BlacklistNotificationInput.channel': [n(ENTRY_TEXT.channel)],
    'BlacklistNotificationInput.notifiedAt': [minutes(ENTRY_CLOCK_SKEW_MS)],
    'BlacklistNotificationInput.appealChannel': [n(ENTRY_TEXT.appealChannel)],
    'BlacklistEntryInput.idempotencyKey': [n(ENTRY_TEXT.key)],
    'BlacklistEntryInput.facts': [n(ENTRY_TEXT.facts)],
    'BlacklistEntryInput.reasons': [n(ENTRY_TEXT.reasons)],
    'BlacklistEntryInput.legalBasis': [n(ENTRY_TEXT.legalBasis)],
    'BlacklistEntryInput.disposalReportId': [n(ENTRY_TEXT.id)],
    'AppealInput.grounds': [n(GROUNDS_MAX)],
    'AppealInput.receivedAt': [minutes(ENTRY_CLOCK_SKEW_MS)],
    'Query.creditCheck(subjects:)': [n(MAX_CHECK_SUBJECTS)],
    'Query.creditChanges(first:)': pageSize(),
    'Query.creditRecords(first:)': pageSize(),
    'Query.creditCheckLog(first:)': pageSize(),
    'Mutation.repairCreditRecord(reason:)': [n(CREDIT_REASON_MAX)],
    'Mutation.repairCreditRecord(repairedAt:)': [minutes(CREDIT_CLOCK_SKEW_MS)],
    'CreditRecordInput.idempotencyKey': [n(CREDIT_KEY_MAX)],
    'CreditRecordInput.decisionDocumentNo': [n(CREDIT_DOCUMENT_NO_MAX)],
    'CreditRecordInput.publicReason': [n(CREDIT_REASON_MAX)],
    'CreditRecordInput.decidedAt': [minutes(CREDIT_CLOCK_SKEW_MS)],
    'CreditWatchInput.idempotencyKey': [n(CREDIT_KEY_MAX)],
    'CreditWatchInput.add': [n(MAX_CHECK_SUBJECTS)],
    'CreditWatchInput.remove': [n(MAX_CHECK_SUBJECTS)],
    'CreditWatchSubjectInput.ref': [n(CREDIT_REF_MAX)],
  },
  'case-cooperation': {
    'Query.notices(first:)': pageSize(),
    'Query.leads(first:)': pageSize(),
    'SummonsInput.matters': [n(MAX_MATTERS), n(SUMMONS_TEXT_MAX)],
    'SummonsAttendanceInput.attendees': [n(MAX_ATTENDEES)],
    'Mutation.recordReminder(channel:)': [n(CHANNEL_MAX)],
    'Mutation.recordReminder(remindedAt:)': [minutes(NOTICE_CLOCK_SKEW_MS)],
    'Mutation.closeNotice(outcome:)': [n(OUTCOME_MAX)],
    'Mutation.decideLead(reason:)': [n(LEAD_REASON_MAX)],
    'NoticeKind.UNREACHABLE_CONTACT': [n(REMINDER_WORKING_DAYS)],
    'CasePersonInput.name': [n(NAME_MAX)],
    'CaseBusinessInput.name': [n(NAME_MAX)],
    'CaseLiveAccountInput.accountId': [n(ACCOUNT_ID_MAX)],
    'CaseLiveAccountInput.nickname': [n(NICKNAME_MAX)],
    'CaseSubjectInput.liveAccounts': [n(CASE_MAX_ACCOUNTS)],
    'CaseAddressInput.detail': [n(DETAIL_MAX)],
    'ViolationInput.legalBasis': [n(NOTICE_TEXT_MAX)],
    'ViolationInput.dueAt': [n(MAX_DUE_DAYS_AHEAD)],
    'AssistanceInput.dueAt': [n(MAX_DUE_DAYS_AHEAD)],
    'AssistanceInput.caseReference': [n(CASE_REFERENCE_MAX)],
    'AssistanceInput.products': [n(MAX_PRODUCTS)],
    'CaseProductInput.name': [n(PRODUCT_NAME_MAX)],
    'CaseProductInput.identifiers': [n(MAX_PRODUCT_IDENTIFIERS), n(PRODUCT_IDENTIFIER_MAX)],
    'NoticeInput.summary': [n(SUMMARY_MAX)],
    'NoticeInput.subjects': [n(MAX_SUBJECTS)],
    'NoticeInput.idempotencyKey': [n(maxLengthOf(NOTICE_KEY))],
    'AttachmentInput.name': [n(FILE_NAME_MAX)],
    'AttachmentInput.size': [n(DEFAULT_ANSWER_LIMITS.maxAttachmentBytes)],
    'NoticeAnswerInput.data': [n(DEFAULT_ANSWER_LIMITS.maxDataBytes)],
    'NoticeAnswerInput.attachments': [n(DEFAULT_ANSWER_LIMITS.maxAttachments)],
    'NoticeAnswerInput.disposalReportIds': [n(DEFAULT_ANSWER_LIMITS.maxDisposalReports), n(ANSWER_ID_MAX)],
    'NoticeAnswerInput.idempotencyKey': [n(maxLengthOf(ANSWER_KEY))],
    'LeadInput.summary': [n(LEAD_SUMMARY_MAX)],
    'LeadInput.subjects': [n(MAX_SUBJECTS)],
    'LeadInput.relatedNoticeIds': [n(MAX_RELATED_NOTICES)],
    'LeadInput.idempotencyKey': [n(maxLengthOf(LEAD_KEY))],
  },
};

/** What lib adds to every subgraph (lib/graphql/access-log.graphql and its section of `AccessLog`). */
export const ACCESS_LOG_LIMITS = (s: SubgraphName): Record<string, string[]> => ({
  [`AccessLog.${ACCESS_LOG_SECTIONS[s]}(first:)`]: pageSize(),
  'AccessLogFilter.principalOrg': [n(ACCESS_LOG_TEXT.principalOrg)],
  'AccessLogFilter.recordType': [n(ACCESS_LOG_TEXT.recordType)],
  'AccessLogFilter.operation': [n(ACCESS_LOG_TEXT.operation)],
  'EvidenceLog.entries(count:)': [n(ENTRIES_MAX)],
});

/**
 * List inputs whose size no constant bounds, and why: every other list-typed argument or input field must have
 * its size limit in LIMITS.
 */
export const UNBOUNDED_LISTS: Record<string, string> = {
  'NoticeFilter.status': 'a set of NoticeStatus values: at most the five statuses mean anything',
  'AssistanceInput.dataWanted': 'a set of DataCategory values, stored without duplicates',
  'SummonsInput.grounds': 'a set of SummonsGround values (the five cases of Art 52), duplicates dropped',
  'Mutation.submitFiling(nothingToReport:)':
    'a set of FilingSection values: at most the two sections, duplicates are one',
};
