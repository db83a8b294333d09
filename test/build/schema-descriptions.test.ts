import { composeServices } from '@apollo/composition';
import {
  Kind,
  parse,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBGRAPHS, type SubgraphName } from '../../lib/services.js';
import { readSchema, subgraphTypeDefs } from '../../lib/subgraph/schema.js';
import {
  ACCESS_LOG_SECTIONS,
  TEXT_FILTERS as ACCESS_LOG_TEXT,
  accessLogTypeDefs,
} from '../../lib/graphql/access-log.js';
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
// penalty-reports
import {
  ARTICLE_MAX,
  CLOCK_SKEW_MS as REPORT_CLOCK_SKEW_MS,
  FACTS_MAX,
  IDEMPOTENCY_KEY as REPORT_KEY,
  LAW_MAX,
  LEGAL_BASIS_MAX,
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
import { GROUNDS_MAX, REASON_MAX as APPEAL_REASON_MAX } from '../../subgraphs/blacklist/src/domain/appeal.js';
import { MAX_CHECK_SUBJECTS } from '../../subgraphs/blacklist/src/domain/check.js';
import { blacklistSettingsFromEnv } from '../../subgraphs/blacklist/src/config.js';
// case-cooperation
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

/**
 * Issue 17 item 3, "a self-documenting schema": every element a subgraph serves — its schema.graphql plus the
 * access-log part lib adds to every subgraph (lib/subgraph/schema.ts) — has a description, and every limit the
 * code enforces is stated in the description of the element it limits, taken from the code's own constant.
 *
 * Elements: each type, field, argument, input field and enum value written in those files. What federation adds
 * when the schema is built (`_Entity`, `_Service`, `_Any`, `_entities`, `_service`, link__/federation__ types) is
 * not in the files and not checked; type extensions (`extend type Query`) cannot carry a description, their
 * fields must. Entity stubs a subgraph declares only to reference another's entity (`Notice @key(…, resolvable:
 * false) { id }`) are described too: each subgraph's SDL is read on its own (codegen, `_service.sdl`).
 *
 * Numbers are written as the README writes them: digits grouped by thousands with commas ("5,000", "262,144",
 * "100"), and found as whole numbers ("50" does not match inside "500").
 */

/** A schema coordinate (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) and its description. */
type Elements = Map<string, string | undefined>;

function elements(doc: DocumentNode): Elements {
  const out: Elements = new Map();
  const text = (d?: { value: string }) => (d?.value.trim() ? d.value : undefined);
  const field = (type: string, f: FieldDefinitionNode | InputValueDefinitionNode) => {
    out.set(`${type}.${f.name.value}`, text(f.description));
    if (f.kind === Kind.FIELD_DEFINITION)
      for (const a of f.arguments ?? []) out.set(`${type}.${f.name.value}(${a.name.value}:)`, text(a.description));
  };
  for (const def of doc.definitions) {
    switch (def.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.UNION_TYPE_DEFINITION:
        out.set(def.name.value, text(def.description));
        break;
      case Kind.DIRECTIVE_DEFINITION:
        out.set(`@${def.name.value}`, text(def.description));
        for (const a of def.arguments ?? []) out.set(`@${def.name.value}(${a.name.value}:)`, text(a.description));
        continue;
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_EXTENSION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      case Kind.ENUM_TYPE_EXTENSION:
        break;
      default:
        continue; // `extend schema @link(…)`: not an element
    }
    const fields: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] = ('fields' in def && def.fields) || [];
    for (const f of fields) field(def.name.value, f);
    if (def.kind === Kind.ENUM_TYPE_DEFINITION || def.kind === Kind.ENUM_TYPE_EXTENSION) {
      for (const v of def.values ?? []) out.set(`${def.name.value}.${v.name.value}`, text(v.description));
    }
  }
  return out;
}

const schemaPath = (s: SubgraphName) => fileURLToPath(new URL(`../../subgraphs/${s}/schema.graphql`, import.meta.url));

/** The format rule: thousands grouped with commas. */
const n = (v: number): string => v.toLocaleString('en-US');
/** The largest repetition of a `{min,max}` quantifier in a validation pattern: the limit the pattern sets. */
function maxLengthOf(pattern: RegExp): number {
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
const LIMITS: Record<SubgraphName, Record<string, string[]>> = {
  'identity-registry': {
    'Query.filings(first:)': pageSize(),
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
  },
  'case-cooperation': {
    'Query.notices(first:)': pageSize(),
    'Query.leads(first:)': pageSize(),
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
const ACCESS_LOG_LIMITS = (s: SubgraphName): Record<string, string[]> => ({
  [`AccessLog.${ACCESS_LOG_SECTIONS[s]}(first:)`]: pageSize(),
  'AccessLogFilter.principalOrg': [n(ACCESS_LOG_TEXT.principalOrg)],
  'AccessLogFilter.recordType': [n(ACCESS_LOG_TEXT.recordType)],
  'AccessLogFilter.operation': [n(ACCESS_LOG_TEXT.operation)],
});

/**
 * List inputs whose size no constant bounds, and why: every other list-typed argument or input field must have
 * its size limit in LIMITS.
 */
const UNBOUNDED_LISTS: Record<string, string> = {
  'NoticeFilter.status': 'a set of NoticeStatus values: at most the five statuses mean anything',
  'AssistanceInput.dataWanted': 'a set of DataCategory values, stored without duplicates',
};

const isList = (t: TypeNode): boolean => t.kind === Kind.LIST_TYPE || (t.kind === Kind.NON_NULL_TYPE && isList(t.type));

/** Arguments and input fields of list type, and every `first` argument: the inputs a limit must be stated for. */
function boundedInputs(doc: DocumentNode): string[] {
  const out: string[] = [];
  for (const def of doc.definitions) {
    if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
      for (const f of def.fields ?? []) if (isList(f.type)) out.push(`${def.name.value}.${f.name.value}`);
    }
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) {
      for (const f of def.fields ?? []) {
        for (const a of f.arguments ?? []) {
          if (isList(a.type) || a.name.value === 'first')
            out.push(`${def.name.value}.${f.name.value}(${a.name.value}:)`);
        }
      }
    }
  }
  return out;
}

/** `states` as a whole word or number: "50" is not found in "500" or "5,000", "5 minutes" not in "15 minutes". */
function states(description: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w,.])${escaped}(?![\\w]|[,.]\\d)`).test(description);
}

describe('subgraph schemas describe themselves', () => {
  for (const { name: s } of SUBGRAPHS) {
    describe(s, () => {
      const doc = subgraphTypeDefs(s, schemaPath(s));
      const described = elements(doc);
      const limits = { ...LIMITS[s], ...ACCESS_LOG_LIMITS(s) };
      // Where each element is written, so a failure names the file to fix.
      const own = elements(readSchema(schemaPath(s)));
      const accessLog = elements(accessLogTypeDefs(s));
      const undescribed = (from: (at: string) => boolean) =>
        [...described].filter(([at, d]) => d === undefined && from(at)).map(([at]) => at);

      it('describes every type, field, argument, input field and enum value of its schema.graphql', () => {
        expect(
          undescribed((at) => own.has(at)),
          `undescribed in subgraphs/${s}/schema.graphql`,
        ).toEqual([]);
      });

      it('describes every element of the access log it serves (lib/graphql/access-log.graphql and .ts)', () => {
        expect(
          undescribed((at) => !own.has(at) && accessLog.has(at)),
          'undescribed in lib/graphql/access-log.*',
        ).toEqual([]);
      });

      it('describes every other element lib adds to what it serves (lib/subgraph/schema.ts)', () => {
        expect(
          undescribed((at) => !own.has(at) && !accessLog.has(at)),
          'undescribed in a part lib/subgraph/schema.ts appends',
        ).toEqual([]);
      });

      it('states in each description the limits the code enforces, from the same constants', () => {
        const unstated: string[] = [];
        for (const [at, values] of Object.entries(limits)) {
          expect(described.has(at), `${s} has no element ${at} (the limits table names it)`).toBe(true);
          const d = described.get(at) ?? '';
          for (const v of values) if (!states(d, v)) unstated.push(`${at} must state ${v}: "${d}"`);
        }
        expect(unstated).toEqual([]);
      });

      it('has a stated limit for every page size and every list input', () => {
        const unlisted = boundedInputs(doc).filter((at) => !(at in limits) && !(at in UNBOUNDED_LISTS));
        expect(unlisted, `add these to LIMITS (or, with a reason, to UNBOUNDED_LISTS)`).toEqual([]);
      });
    });
  }

  it('gives an element several subgraphs define the same description in each (the supergraph shows one)', () => {
    const { errors, hints } = composeServices(
      SUBGRAPHS.map(({ name, port }) => ({
        name,
        url: `https://localhost:${port}/graphql`,
        typeDefs: subgraphTypeDefs(name, schemaPath(name)),
      })),
    );
    expect(errors ?? []).toEqual([]);
    const inconsistent = (hints ?? [])
      .filter((h) => h.definition.code === 'INCONSISTENT_DESCRIPTION')
      .map((h) => h.message.split('\n')[0]);
    expect(inconsistent).toEqual([]);
  });

  it('sees every kind of element, described or not', () => {
    const found = elements(
      parse(`
      "T" type T { "f" f("a" a: Int, b: Int): Int g: Int }
      input I { x: Int }
      enum E { "V" V W }
      scalar S
      extend type Query { q(r: Int): Int }
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7")
    `),
    );
    expect(Object.fromEntries(found)).toEqual({
      T: 'T',
      'T.f': 'f',
      'T.f(a:)': 'a',
      'T.f(b:)': undefined,
      'T.g': undefined,
      I: undefined,
      'I.x': undefined,
      E: undefined,
      'E.V': 'V',
      'E.W': undefined,
      S: undefined,
      'Query.q': undefined,
      'Query.q(r:)': undefined,
    });
    expect(
      boundedInputs(parse('type Q { a(first: Int, ids: [ID!]!, one: ID): Int } input I { l: [Int] s: Int }')),
    ).toEqual(['Q.a(first:)', 'Q.a(ids:)', 'I.l']);
  });

  it('finds limits as whole numbers only', () => {
    expect(states('1 to 500; default 50.', '50')).toBe(true);
    expect(states('at most 500', '50')).toBe(false);
    expect(states('at most 5,000 records', '5,000')).toBe(true);
    expect(states('at most 5,000 records', '5')).toBe(false);
    expect(states('at most 15 minutes ahead', '5 minutes')).toBe(false);
    expect(n(262_144)).toBe('262,144');
    expect(maxLengthOf(/^[A-Za-z0-9._:-]{1,128}$/)).toBe(128);
  });
});
