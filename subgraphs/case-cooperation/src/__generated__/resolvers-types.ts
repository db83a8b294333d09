import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlatformRef as PlatformRefModel } from '../resolvers/Platform.js';
import type { DisposalReportRef as DisposalReportRefModel } from '../resolvers/NoticeAnswer.js';
import type { Notice as NoticeModel, Reminder as ReminderModel, Assistance as AssistanceModel } from '../domain/notice.js';
import type { NoticeAnswer as NoticeAnswerModel } from '../domain/answer.js';
import type { Lead as LeadModel } from '../domain/lead.js';
import type { Office as OfficeModel } from '../../../../lib/principal.js';
import type { Subject as SubjectModel } from '../domain/subject.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * An instant, ISO 8601 / RFC 3339 with a time zone: `2026-07-31T16:30:00Z` or `2026-08-01T00:30:00+08:00`
   * (years 1900 to 9999); a value without a zone is refused, never guessed. Returned in UTC with milliseconds
   * (`2026-07-31T16:30:00.000Z`). Days, months and deadlines of the law are counted in Asia/Shanghai (UTC+8).
   */
  DateTime: { input: Date; output: Date; }
  /** Any JSON object or array (a bare string, number, boolean or null is refused as input). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The ASSISTANCE_REQUEST part of a notice (Art 21). */
export type AssistanceDetails = {
  __typename?: 'AssistanceDetails';
  /** The office's own case number (案号). */
  caseReference?: Maybe<Scalars['String']['output']>;
  /** The kinds of data asked for, in the order IDENTITY, PRODUCT, TRANSACTION, without duplicates. */
  dataWanted: Array<DataCategory>;
  /** The days the data should cover. */
  period: DatePeriod;
  /** The products the request is about (0 to 50); a RECALL may name these instead of any subject. */
  products: Array<CaseProduct>;
  /** What the data is for. */
  purpose: AssistancePurpose;
  /**
   * Art 21 事故处置、缺陷消费品召回: an urgent INCIDENT or RECALL request, due at dueAt itself (1 to 48 hours after
   * it was sent), not at the end of a working day.
   */
  urgent: Scalars['Boolean']['output'];
};

/** The ASSISTANCE_REQUEST part of a notice (Art 21, 46 ¶2, 49). */
export type AssistanceInput = {
  /** The office's own case number (案号): at most 100 characters. */
  caseReference?: InputMaybe<Scalars['String']['input']>;
  /** The kinds of data wanted: at least one (duplicates are dropped). */
  dataWanted: Array<DataCategory>;
  /** At least one working day and at most 366 days ahead; the platform has until the end of that day (Asia/Shanghai). Urgent: the instant itself, at least 1 hour and at most 48 hours ahead. */
  dueAt: Scalars['DateTime']['input'];
  /** The days the data should cover. */
  period: DatePeriodInput;
  /** The products the request is about: at most 50. A RECALL naming at least one may name no subject. */
  products?: InputMaybe<Array<CaseProductInput>>;
  /** What the data is for (Art 21). */
  purpose: AssistancePurpose;
  /**
   * INCIDENT and RECALL only (Art 21 事故处置、缺陷消费品召回): the request is due at dueAt itself, at least 1 hour
   * and at most 48 hours ahead, whatever the working days. Default false; true for another purpose is BAD_USER_INPUT.
   */
  urgent?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Art 21: 监督检查、案件调查、事故处置、缺陷消费品召回、消费争议处理. */
export type AssistancePurpose =
  /** 案件调查: a case investigation. */
  | 'CASE_INVESTIGATION'
  /** 消费争议处理: a consumer dispute. */
  | 'DISPUTE'
  /** 事故处置: handling an incident. */
  | 'INCIDENT'
  /** 监督检查: supervision and inspection. */
  | 'INSPECTION'
  /** 缺陷消费品召回: a recall of defective consumer goods. */
  | 'RECALL';

/** A file exchanged out of band; only its descriptor passes through the exchange. */
export type AttachmentDescriptor = {
  __typename?: 'AttachmentDescriptor';
  /** Its media type, lower case `type/subtype`. */
  mediaType: Scalars['String']['output'];
  /** The file's name. */
  name: Scalars['String']['output'];
  /** Lower-case hex SHA-256 of the file. */
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Float']['output'];
};

/** A descriptor of a file the platform hands over out of band (no file passes through the exchange). */
export type AttachmentInput = {
  /** Its media type, `type/subtype` without parameters (RFC 6838), e.g. application/pdf; stored in lower case. */
  mediaType: Scalars['String']['input'];
  /** The file's name: 1 to 255 characters, no slashes or control characters. */
  name: Scalars['String']['input'];
  /** The SHA-256 of the file: 64 hexadecimal characters; stored in lower case. */
  sha256: Scalars['String']['input'];
  /** Its size in bytes: a positive whole number, at most 1,073,741,824 (1 GiB). */
  size: Scalars['Float']['input'];
};

/** The regulating authority of an office: market regulation (市场监督管理) or cyberspace administration (网信). */
export type Authority =
  /** Cyberspace administration: the Cyberspace Administration of China and local 网信部门. */
  | 'CAC'
  /** Market regulation: the State Administration for Market Regulation and local 市场监督管理部门. */
  | 'SAMR';

/** An address named in a notice. */
export type CaseAddress = {
  __typename?: 'CaseAddress';
  /** Street, building and room. */
  detail: Scalars['String']['output'];
  /** GB/T 2260 region code (6 digits). */
  regionCode: Scalars['String']['output'];
};

/** A place: its GB/T 2260 region code and the rest of the address. */
export type CaseAddressInput = {
  /** Street, building and room: 1 to 500 characters. */
  detail: Scalars['String']['input'];
  /** GB/T 2260 region code: 6 digits, the first 2 a province-level code; a place, so not 100000 (the whole country). */
  regionCode: Scalars['String']['input'];
};

/** A registered business named in a notice or lead. */
export type CaseBusiness = {
  __typename?: 'CaseBusiness';
  /** The registered name. */
  name: Scalars['String']['output'];
  /** The business's USCC. */
  uscc: Scalars['String']['output'];
};

/** A registered business: name and unified social credit code. */
export type CaseBusinessInput = {
  /** The registered name: 1 to 200 characters, trimmed. */
  name: Scalars['String']['input'];
  /** Unified social credit code: 18 characters with a valid mod-31 check character (GB 32100-2015); trimmed and upper-cased first. */
  uscc: Scalars['String']['input'];
};

/** What a subject updated after an Art 22 reminder: at least one of address, phone, email. */
export type CaseContactUpdate = {
  __typename?: 'CaseContactUpdate';
  /** The updated actual business address (operator) or habitual residence (streamer); null when not updated. */
  address?: Maybe<CaseAddress>;
  /** The updated e-mail address; null when not updated. */
  email?: Maybe<Scalars['String']['output']>;
  /** The updated phone number; null when not updated. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** What the subject updated (Art 22 ¶2 更新相关信息): at least one of address, phone, email. */
export type CaseContactUpdateInput = {
  /** The updated actual business address (operator) or habitual residence (streamer); its region code a place, not 100000. */
  address?: InputMaybe<CaseAddressInput>;
  /** The updated e-mail address: a local part of 1 to 64 characters, @, a domain of 1 to 190 characters, a dot and a suffix of 2 or more; trimmed. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The updated phone number: an optional +, then 6 to 20 digits, spaces or hyphens (starting with a digit); trimmed. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A subject's identity document. */
export type CaseIdDocument = {
  __typename?: 'CaseIdDocument';
  /** In full for regulators; masked (first 3 and last 2 characters) for platforms. */
  number: Scalars['String']['output'];
  /** The kind of document. */
  type: IdDocumentType;
};

/** An identity document: its type and number, the number checked by the type's format and check character. */
export type CaseIdDocumentInput = {
  /** The number, in the type's format (see IdDocumentType); normalised (half-width, upper case, no white space). */
  number: Scalars['String']['input'];
  /** The kind of document. */
  type: IdDocumentType;
};

/** A live account named in a notice or lead. */
export type CaseLiveAccount = {
  __typename?: 'CaseLiveAccount';
  /** The account's id on the platform. */
  accountId: Scalars['String']['output'];
  /** The account's display name, if given. */
  nickname?: Maybe<Scalars['String']['output']>;
};

/** A live account on the addressed platform. */
export type CaseLiveAccountInput = {
  /** The account's id on the platform: 1 to 128 characters. */
  accountId: Scalars['String']['input'];
  /** The account's display name: at most 128 characters. */
  nickname?: InputMaybe<Scalars['String']['input']>;
};

/** A regulator's office. */
export type CaseOffice = {
  __typename?: 'CaseOffice';
  /** SAMR or CAC. */
  authority: Authority;
  /** NATIONAL, PROVINCE, PREFECTURE or COUNTY. */
  level: OfficeLevel;
  /** GB/T 2260 region code of the office. */
  region: Scalars['String']['output'];
};

/** An office to transfer a lead to. */
export type CaseOfficeInput = {
  /** SAMR or CAC. */
  authority: Authority;
  /** The office's level. */
  level: OfficeLevel;
  /** The office's region code, matching its level (100000 for national; ending in 0000 for a province, in 00 for a prefecture). */
  region: Scalars['String']['input'];
};

/** A natural person named in a notice or lead. */
export type CasePerson = {
  __typename?: 'CasePerson';
  /** The person's identity document. */
  idDocument: CaseIdDocument;
  /** The person's name. */
  name: Scalars['String']['output'];
};

/** A natural person: name and identity document. */
export type CasePersonInput = {
  /** The person's identity document. */
  idDocument: CaseIdDocumentInput;
  /** The person's name: 1 to 200 characters, trimmed. */
  name: Scalars['String']['input'];
};

/** A product named in an assistance request (Art 21 商品或者服务信息), e.g. a defective good to be recalled. */
export type CaseProduct = {
  __typename?: 'CaseProduct';
  /** What identifies it (0 to 20): GTIN, model, batch, a listing's id on the platform; as the office gave them. */
  identifiers: Array<Scalars['String']['output']>;
  /** The product's name, as the office gave it. */
  name: Scalars['String']['output'];
};

/** A product an assistance request is about (Art 21 商品或者服务信息). */
export type CaseProductInput = {
  /** What identifies it (GTIN, model, batch, a listing's id on the platform): at most 20, each 1 to 128 characters, trimmed. */
  identifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The product's name: 1 to 200 characters, trimmed. */
  name: Scalars['String']['input'];
};

/** Who a notice or lead is about: a person or a business, and/or live accounts. */
export type CaseSubject = {
  __typename?: 'CaseSubject';
  /** A registered business; null when the subject is a person or named by accounts only. */
  business?: Maybe<CaseBusiness>;
  /** OPERATOR, STREAMER or AGENCY. */
  kind: CaseSubjectKind;
  /** The subject's live accounts (up to 50); may be empty. */
  liveAccounts: Array<CaseLiveAccount>;
  /** A natural person; null when the subject is a business or named by accounts only. */
  person?: Maybe<CasePerson>;
};

/** A person or a business, and/or live accounts. */
export type CaseSubjectInput = {
  /** A registered business; not with person. */
  business?: InputMaybe<CaseBusinessInput>;
  /** OPERATOR (person or business), STREAMER (person) or AGENCY (business). */
  kind: CaseSubjectKind;
  /** The subject's live accounts: at most 50. ASSISTANCE_REQUEST and leads may name a subject by accounts alone (at least one then); VIOLATION and UNREACHABLE_CONTACT need a person or a business. */
  liveAccounts?: InputMaybe<Array<CaseLiveAccountInput>>;
  /** A natural person; not with business. */
  person?: InputMaybe<CasePersonInput>;
};

/** Who a notice or lead is about (Art 2): a live-room operator, a streamer or a streamer agency. */
export type CaseSubjectKind =
  /** 直播营销人员服务机构: a registered business. */
  | 'AGENCY'
  /** 直播间运营者: a natural person or a registered business. */
  | 'OPERATOR'
  /** 直播营销人员: a natural person. */
  | 'STREAMER';

/** Art 21: 身份信息、商品或者服务信息、交易信息. */
export type DataCategory =
  /** 身份信息: identity information. */
  | 'IDENTITY'
  /** 商品或者服务信息: product or service information. */
  | 'PRODUCT'
  /** 交易信息: transaction information. */
  | 'TRANSACTION';

/** A span of days (Asia/Shanghai), both ends included. */
export type DatePeriod = {
  __typename?: 'DatePeriod';
  /** YYYY-MM-DD, inclusive. */
  from: Scalars['String']['output'];
  /** YYYY-MM-DD, inclusive. */
  to: Scalars['String']['output'];
};

/** A span of days (Asia/Shanghai), both ends included. */
export type DatePeriodInput = {
  /** The first day, YYYY-MM-DD (a real date); not in the future. */
  from: Scalars['String']['input'];
  /** The last day, YYYY-MM-DD (a real date); not before from. */
  to: Scalars['String']['input'];
};

/**
 * A disposal report (处置措施报告, Art 12 ¶3): what a platform did to an operator, streamer or agency, and why.
 * Fields without a version describe the current version; nothing is ever overwritten (see history).
 */
export type DisposalReport = {
  __typename?: 'DisposalReport';
  /** The disposal report's id (a UUIDv7, assigned by penalty-reports: ids sort by arrival). */
  id: Scalars['ID']['output'];
};

/**
 * The kinds of identity document a natural person is identified by (DESIGN §8). A number is normalised before it is
 * checked, stored and matched: full-width characters to half-width, upper case, all white space removed.
 */
export type IdDocumentType =
  /** 外国人永久居留身份证: 15 characters (3 letters, 12 digits), or 18 starting with 9 with the resident ID's check character. */
  | 'FOREIGN_PERMANENT_ID'
  /** 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) and 8 digits (older permits: 10). */
  | 'HK_MACAO_PERMIT'
  /** 护照: 6 to 20 letters and digits, at least one digit. */
  | 'PASSPORT'
  /** 居民身份证 (GB 11643-1999): 18 characters, 17 digits and the ISO 7064 MOD 11-2 check character (0–9 or X); a real birth date, not in the future. */
  | 'RESIDENT_ID'
  /** 台湾居民来往大陆通行证: 8 digits (older permits: 8 digits and 2 letters or digits). */
  | 'TAIWAN_PERMIT';

/** A matter one office hands to another (Art 46 ¶1); only the two offices see it. */
export type Lead = {
  __typename?: 'Lead';
  /** When it was transferred. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiving office decided; null while PENDING. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The office that transferred it. */
  from: CaseOffice;
  /** The lead's id (a UUIDv7). */
  id: Scalars['ID']['output'];
  /** Why it was declined (required), or a note on acceptance. */
  reason?: Maybe<Scalars['String']['output']>;
  /**
   * On a mutation's result: that write's receipt (kind lead.transfer, recordId the lead's id; or
   * lead.decide, recordId <id>/decision), a compact JWS (ES256, case-cooperation's own receipt key, kid in
   * the header) over the RFC 8785 JSON of: v, kind, recordId, submitter (role, org, certificate serial),
   * contentDigest (hex SHA-256 of the RFC 8785 JSON of the mutation's arguments as sent, enum values as
   * spelled here, DateTimes as ISO strings with milliseconds), receivedAt and log (logId, leafIndex).
   * receivedAt is the exchange's clock: createdAt (for a decision, decidedAt) is the same instant. Digests
   * and ids only, no personal data. A retry returns the first receipt, byte for byte. Null elsewhere.
   */
  receipt?: Maybe<Scalars['String']['output']>;
  /** Notices of the sending office it relates to (0 to 50), without duplicates. */
  relatedNoticeIds: Array<Scalars['ID']['output']>;
  /** PENDING, ACCEPTED or DECLINED. */
  status: LeadStatus;
  /** Whom it is about (0 to 100). */
  subjects: Array<CaseSubject>;
  /** What the matter is, in the sending office's words. */
  summary: Scalars['String']['output'];
  /** The office it was transferred to. */
  to: CaseOffice;
};

/** A page of leads, newest first (Relay connection). */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The leads of this page. */
  edges: Array<LeadEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** The receiving office's decision on a lead. */
export type LeadDecision =
  /** Take the matter on: → ACCEPTED. */
  | 'ACCEPT'
  /** Decline it, with a reason: → DECLINED. */
  | 'DECLINE';

/** Which side of a lead the caller's office is on. */
export type LeadDirection =
  /** Leads transferred to the caller's office. */
  | 'RECEIVED'
  /** Leads the caller's office transferred. */
  | 'SENT';

/** One lead and its cursor. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Opaque; pass it as `after` to continue after this lead. */
  cursor: Scalars['String']['output'];
  /** The lead. */
  node: Lead;
};

/** Which leads to list; every field given narrows the list. */
export type LeadFilter = {
  /** Only leads the office sent, or only those it received; absent: both. */
  direction?: InputMaybe<LeadDirection>;
  /** Only leads in this status. */
  status?: InputMaybe<LeadStatus>;
};

/** A lead to transfer (Art 46 ¶1). */
export type LeadInput = {
  /** Per office: 1 to 128 characters of A–Z, a–z, 0–9, `.`, `_`, `:`, `-`. A retry with the same key and content returns the first lead; other content is CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Notices the sending office may see: at most 50 ids. */
  relatedNoticeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whom it is about: at most 100 subjects, each named by a person, a business or live accounts. */
  subjects?: InputMaybe<Array<CaseSubjectInput>>;
  /** What the matter is: 1 to 5,000 characters. */
  summary: Scalars['String']['input'];
  /** The receiving office; not the sending office itself. */
  to: CaseOfficeInput;
};

/** Leads (线索移交, Art 46 ¶1). */
export type LeadStatus =
  /** The receiving office took the matter on. */
  | 'ACCEPTED'
  /** The receiving office declined it, with a reason. */
  | 'DECLINED'
  /** Transferred; awaiting the receiving office's decision. */
  | 'PENDING';

/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type Mutation = {
  __typename?: 'Mutation';
  /** The addressed platform: SENT → ACKNOWLEDGED. */
  acknowledgeNotice: Notice;
  /** The addressed platform appends an answer: → ANSWERED (CLOSED when contactUpdated). UNREACHABLE_CONTACT: before the reminder, only contactUpdated (Art 22 ¶3). */
  answerNotice: Notice;
  /** The sending office: → CLOSED, at any stage (also to withdraw it). */
  closeNotice: Notice;
  /** The addressed platform, SUMMONS only (Art 52): names who attends the meeting, by role; before the meeting time, until the meeting is concluded. SENT → ACKNOWLEDGED. A changed list is a new confirmation; the same list again returns the notice and the first receipt. */
  confirmSummonsAttendance: Notice;
  /** The receiving office accepts or declines a PENDING lead; declining needs a reason. */
  decideLead: Lead;
  /** The addressed platform, UNREACHABLE_CONTACT only (Art 22 ¶2): → REMINDED. */
  recordReminder: Notice;
  /** The sending office, SUMMONS only (Art 52): records the meeting's outcome, or moves it to a new time. The status does not move; closeNotice closes. The same record again returns the notice and the first receipt. */
  recordSummonsOutcome: Notice;
  /** Any SAMR or CAC office; UNREACHABLE_CONTACT only SAMR (Art 22 ¶1). Sending is receipt: the deadline is computed from now. */
  sendNotice: Notice;
  /** Any SAMR or CAC office hands a lead to another office (Art 46 ¶1). */
  transferLead: Lead;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationAcknowledgeNoticeArgs = {
  id: Scalars['ID']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationAnswerNoticeArgs = {
  id: Scalars['ID']['input'];
  input: NoticeAnswerInput;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationCloseNoticeArgs = {
  id: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationConfirmSummonsAttendanceArgs = {
  input: SummonsAttendanceInput;
  noticeId: Scalars['ID']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationDecideLeadArgs = {
  decision: LeadDecision;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationRecordReminderArgs = {
  channel: Scalars['String']['input'];
  noticeId: Scalars['ID']['input'];
  remindedAt: Scalars['DateTime']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationRecordSummonsOutcomeArgs = {
  input: SummonsOutcomeInput;
  noticeId: Scalars['ID']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationSendNoticeArgs = {
  input: NoticeInput;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationTransferLeadArgs = {
  input: LeadInput;
};

/** A notice or request from a SAMR or CAC office to one platform (Art 12 ¶2, 21, 22). */
export type Notice = {
  __typename?: 'Notice';
  /** When the platform acknowledged it (explicitly, or by its first reminder or answer); null while SENT. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The platform's answers, oldest first; empty until it answers. */
  answers: Array<NoticeAnswer>;
  /** ASSISTANCE_REQUEST only: its details; null otherwise. */
  assistance?: Maybe<AssistanceDetails>;
  /** When it was closed; null while open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The sending office (authority/level/region), or the platform's USCC when a contact update closed it. */
  closedBy?: Maybe<Scalars['String']['output']>;
  /** The working-day count touched a year whose official holiday schedule is not known (neither chinese-days nor the operator's schedule file): weekends and the statutory holidays were skipped, but not yet the make-up working days (调休) of that year's official notice. */
  dueApproximate: Scalars['Boolean']['output'];
  /** UNREACHABLE_CONTACT: the reminder deadline; otherwise the sender's due date; null: no deadline. The end of the due day in Asia/Shanghai, except for an urgent request (assistance.urgent): the instant the sender set. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The due day, YYYY-MM-DD in Asia/Shanghai. */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** The notice's id (a UUIDv7, assigned by case-cooperation: ids sort by the time it was sent). */
  id: Scalars['ID']['output'];
  /** VIOLATION, UNREACHABLE_CONTACT or ASSISTANCE_REQUEST. */
  kind: NoticeKind;
  /** The outcome given when it was closed (CONTACT_UPDATED when a contact update closed it); null while open. */
  outcome?: Maybe<Scalars['String']['output']>;
  /** The deadline has passed and the notice is still SENT or ACKNOWLEDGED. */
  overdue: Scalars['Boolean']['output'];
  /** The addressed platform. */
  platform: Platform;
  /**
   * On a mutation's result: that write's receipt (kind notice.send, notice.acknowledge, notice.remind,
   * notice.answer, notice.close, notice.summons.attendance or notice.summons.outcome), a compact JWS (ES256,
   * case-cooperation's own receipt key, kid in the header) over the RFC 8785 JSON of: v, kind, recordId (the
   * notice's id; with /ack, /reminder, /answer/<seq>, /close, /summons/attendance/<seq> or
   * /summons/outcome/<seq> for the later writes), submitter (role, org, certificate serial), contentDigest
   * (hex SHA-256 of the RFC 8785 JSON of the mutation's arguments, DateTimes as ISO strings with
   * milliseconds), receivedAt and log (logId, leafIndex). receivedAt is the exchange's clock and the time
   * the law's deadlines count from: for notice.send it is sentAt, the instant the Art 22 ¶2 five working
   * days run from; for the others acknowledgedAt, reminder.recordedAt, the answer's answeredAt, closedAt,
   * summons.attendance.confirmedAt or the summons record's recordedAt.
   * Digests and ids only, no personal data. A retry returns the first receipt, byte for byte. Null
   * elsewhere. Check it with `npm run verify -- receipt <file> --jwks <file>`.
   */
  receipt?: Maybe<Scalars['String']['output']>;
  /** UNREACHABLE_CONTACT: the platform's reminder to the subject (Art 22 ¶2); null until recorded. */
  reminder?: Maybe<NoticeReminder>;
  /** The sending office. */
  sender: CaseOffice;
  /** Sending is receipt: the Art 22 period runs from here. */
  sentAt: Scalars['DateTime']['output'];
  /** Where the notice is in its life. */
  status: NoticeStatus;
  /** Whom it is about (1 to 100; exactly 1 for UNREACHABLE_CONTACT; 0 for a RECALL naming products instead); ID numbers masked for the platform. */
  subjects: Array<CaseSubject>;
  /** What the notice is about, in the sender's words. */
  summary: Scalars['String']['output'];
  /** SUMMONS only (Art 52): the meeting, the platform's attendance and the office's records; null otherwise. */
  summons?: Maybe<SummonsDetails>;
  /** UNREACHABLE_CONTACT only: its details; null otherwise. */
  unreachableContact?: Maybe<UnreachableContactDetails>;
  /** When the notice last changed (sent, acknowledged, reminded, answered or closed), UTC to the millisecond: the key of notices(updatedSince:). */
  updatedAt: Scalars['DateTime']['output'];
  /** VIOLATION only: its details; null otherwise. */
  violation?: Maybe<ViolationDetails>;
};

/** One answer of the platform; answers are appended, never replaced. */
export type NoticeAnswer = {
  __typename?: 'NoticeAnswer';
  /** When the exchange received the answer. */
  answeredAt: Scalars['DateTime']['output'];
  /** Descriptors of the files given out of band; empty when none. */
  attachments: Array<AttachmentDescriptor>;
  /** The subject updated its contact details (Art 22 ¶4); this closed the notice. */
  contactUpdated: Scalars['Boolean']['output'];
  /** The structured data given, as stored; null when none. */
  data?: Maybe<Scalars['JSON']['output']>;
  /** The ids of the disposal reports given in answer (ids only, no personal data). */
  disposalReportIds: Array<Scalars['ID']['output']>;
  /**
   * The disposal reports the platform filed in response (Art 12 ¶3, 22 ¶3), resolved by penalty-reports under
   * its own access rules (DESIGN §4): an item is null where the caller may not read that report, e.g. the
   * sending office when the report's subject is outside its area. `disposalReportIds` lists them all.
   */
  disposalReports: Array<Maybe<DisposalReport>>;
  /** 1, 2, … in the order given. */
  seq: Scalars['Int']['output'];
  /** SUMMONS (Art 52): the written account and rectification measures; null for the other kinds. */
  summonsAccount?: Maybe<SummonsAccount>;
  /**
   * Art 22 ¶4: the details the subject updated, given to the sending office with a contactUpdated answer.
   * Readable by the regulators that may read the notice (the sending office, and the offices of its authority
   * covering it: DESIGN §4), each read access-logged (record type NoticeContactUpdate); null for the platform,
   * and for answers without one (also those recorded before the exchange required it).
   */
  updatedContact?: Maybe<CaseContactUpdate>;
};

/** One answer: at least one of data, attachments, disposalReportIds or contactUpdated; to a SUMMONS, summonsAccount. */
export type NoticeAnswerInput = {
  /** Files handed over out of band: at most 50 descriptors. */
  attachments?: InputMaybe<Array<AttachmentInput>>;
  /** UNREACHABLE_CONTACT only: the subject updated its details (Art 22 ¶4); closes the notice. Requires updatedContact. */
  contactUpdated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Structured data: a JSON object or array of at most 262,144 bytes (256 KiB) as UTF-8 JSON, the default of NOTICE_ANSWER_MAX_DATA_BYTES; larger data as an attachment. */
  data?: InputMaybe<Scalars['JSON']['input']>;
  /** The disposal reports the platform filed in response (Art 12 ¶3, 22 ¶3): at most 100 ids of at most 64 characters each, none twice. */
  disposalReportIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 128 characters of A–Z, a–z, 0–9, `.`, `_`, `:`, `-`. A retry with the same key and content appends nothing and returns the notice; other content is CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** SUMMONS only, and required there (Art 52): the written account and rectification measures. */
  summonsAccount?: InputMaybe<SummonsAccountInput>;
  /** Required with contactUpdated, refused without it: what the subject updated, given to the sending office (Art 22 ¶4). */
  updatedContact?: InputMaybe<CaseContactUpdateInput>;
};

/** A page of notices (Relay connection): newest first, or oldest change first with notices(updatedSince:). */
export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  /** The notices of this page. */
  edges: Array<NoticeEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** The due date a notice would get if sent at sentAt (Query.noticeDueDate): what Notice.dueAt, dueDate and dueApproximate will say. */
export type NoticeDueDate = {
  __typename?: 'NoticeDueDate';
  /** The working-day count touched a year whose official holiday schedule is not known: weekends and statutory holidays were skipped, but not that year's make-up working days (as Notice.dueApproximate). */
  dueApproximate: Scalars['Boolean']['output'];
  /** The deadline instant; null when there is none (rule NONE). */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** dueAt's day in Asia/Shanghai (YYYY-MM-DD); null when there is no deadline. */
  dueDate?: Maybe<Scalars['String']['output']>;
  /** SENDER_DATE, and a VIOLATION without a date: the earliest day the sender may give (one working day after the day of sending); null otherwise. */
  earliestDueDate?: Maybe<Scalars['String']['output']>;
  /** The notice's kind. */
  kind: NoticeKind;
  /** How the due date is set. */
  rule: NoticeDueRule;
  /** The sending instant counted from. */
  sentAt: Scalars['DateTime']['output'];
  /** WORKING_DAYS: how many working days (5 for UNREACHABLE_CONTACT); null otherwise. */
  workingDays?: Maybe<Scalars['Int']['output']>;
};

/** How a notice's due date is set. */
export type NoticeDueRule =
  /** No deadline: a VIOLATION without a due date (Art 12 ¶2: 及时), or a SUMMONS (Art 52: a meeting time, no deadline). */
  | 'NONE'
  /** The end of the day the sender gives (Asia/Shanghai), at least one working day after the day of sending. */
  | 'SENDER_DATE'
  /** Art 21 事故处置、缺陷消费品召回: the instant the sender gives, 1 to 48 hours ahead. */
  | 'URGENT'
  /** Art 22 ¶2: a number of working days after sending, on the exchange's calendar (official holidays and make-up working days, 调休). */
  | 'WORKING_DAYS';

/** One notice and its cursor. */
export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  /** Opaque; pass it as `after` to continue after this notice. */
  cursor: Scalars['String']['output'];
  /** The notice. */
  node: Notice;
};

/** Which notices to list; every field given narrows the list. */
export type NoticeFilter = {
  /** Only notices of this kind. */
  kind?: InputMaybe<NoticeKind>;
  /** true: only notices past their deadline and still SENT or ACKNOWLEDGED; false: only the others. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only notices addressed to this platform: its USCC, exactly (upper-cased first). */
  platformUscc?: InputMaybe<Scalars['String']['input']>;
  /** Only notices in one of these statuses; empty or absent: any. */
  status?: InputMaybe<Array<NoticeStatus>>;
};

/** Exactly the part of the notice's kind: violation, unreachableContact, assistance or summons. */
export type NoticeInput = {
  /** ASSISTANCE_REQUEST only, required. */
  assistance?: InputMaybe<AssistanceInput>;
  /** Per office: 1 to 128 characters of A–Z, a–z, 0–9, `.`, `_`, `:`, `-`. A retry with the same key and content returns the first notice; other content is CONFLICT. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** VIOLATION, UNREACHABLE_CONTACT (SAMR only), ASSISTANCE_REQUEST or SUMMONS. */
  kind: NoticeKind;
  /** The addressed platform's USCC, checked by its check character. */
  platformUscc: Scalars['String']['input'];
  /** Whom it is about: 1 to 100 subjects; exactly 1 (an OPERATOR or STREAMER) for UNREACHABLE_CONTACT; a RECALL naming products (assistance.products) may give none; a SUMMONS 0 to 100. */
  subjects: Array<CaseSubjectInput>;
  /** What the notice is about: 1 to 2,000 characters. */
  summary: Scalars['String']['input'];
  /** SUMMONS only, required (Art 52). */
  summons?: InputMaybe<SummonsInput>;
  /** UNREACHABLE_CONTACT only, required. */
  unreachableContact?: InputMaybe<UnreachableContactInput>;
  /** VIOLATION only, required. */
  violation?: InputMaybe<ViolationInput>;
};

/** VIOLATION: a verified violation the platform must act on and report (Art 12 ¶2, 50). UNREACHABLE_CONTACT: the subject cannot be reached at its registered address; the platform must remind it within 5 working days (Art 22). ASSISTANCE_REQUEST: data the platform must provide by a due date (Art 21, 46, 49). SUMMONS: a meeting with the platform's responsible persons (约谈, Art 52). */
export type NoticeKind =
  /** Art 21, 46 ¶2, 49: identity, product or transaction data the platform must provide by the sender's due date. */
  | 'ASSISTANCE_REQUEST'
  /** Art 52 约谈: the office summons the platform's responsible persons to explain the matters it names and to rectify (说明情况、采取措施进行整改); the platform confirms who attends and answers with its written account and rectification measures. No deadline by law (dueAt null). */
  | 'SUMMONS'
  /** Art 22: SAMR could not reach the subject at its registered address; the platform must remind it within 5 working days (Asia/Shanghai, official holidays and make-up working days counted), then take measures or report the details updated. */
  | 'UNREACHABLE_CONTACT'
  /** Art 12 ¶2, 50: a violation the office verified; the platform must take measures and report them (disposal reports in its answer). A deadline only if the sender set one. */
  | 'VIOLATION';

/** Art 22 ¶2: when and how the platform reminded the subject to update its details. */
export type NoticeReminder = {
  __typename?: 'NoticeReminder';
  /** How it reminded the subject. */
  channel: Scalars['String']['output'];
  /** The reminder came after the 5-working-day deadline. */
  late: Scalars['Boolean']['output'];
  /** When the exchange recorded the reminder. */
  recordedAt: Scalars['DateTime']['output'];
  /** When the platform reminded the subject, as it stated. */
  remindedAt: Scalars['DateTime']['output'];
};

/** SENT → ACKNOWLEDGED → (REMINDED, UNREACHABLE_CONTACT only) → ANSWERED → CLOSED. */
export type NoticeStatus =
  /** The platform acknowledged it (reminding or answering acknowledges it too). */
  | 'ACKNOWLEDGED'
  /** The platform answered at least once; further answers are appended. */
  | 'ANSWERED'
  /** Closed by the sending office, or by a contactUpdated answer (Art 22 ¶4). */
  | 'CLOSED'
  /** UNREACHABLE_CONTACT: the platform recorded its reminder to the subject (Art 22 ¶2). */
  | 'REMINDED'
  /** Sent: received by the platform at once (the Art 22 period runs from here). */
  | 'SENT';

/**
 * The administrative level of a regulator's office. An office covers a region code: national all, province the
 * same first 2 digits, prefecture the same first 4, county the same 6 (DESIGN §4).
 */
export type OfficeLevel =
  /** A county-level office (县级); region code not ending in 00. */
  | 'COUNTY'
  /** The national office; region 100000. */
  | 'NATIONAL'
  /** A prefecture-level office (地市级); region code ending in 00 but not 0000. */
  | 'PREFECTURE'
  /** A province-level office (省级); region code ending in 0000. */
  | 'PROVINCE';

/** Relay page information: whether another page follows, and the cursors of this one. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge of this page, to pass as `after` for the next page; null when the page is empty. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows: ask again with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was asked for with `after` (pages go forward only). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first edge of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * A live-commerce platform operator (直播电商平台经营者), known to the exchange from its certificate on first
 * contact. Owned by identity-registry; the other subgraphs add their own fields.
 */
export type Platform = {
  __typename?: 'Platform';
  /** Notices and requests (Art 12 ¶2, 21, 22) addressed to this platform that the caller may read; null when the caller may read none. */
  noticeCount?: Maybe<Scalars['Int']['output']>;
  /**
   * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, upper case, digits and letters
   * other than I, O, Z, S, V; characters 3–8 are a region code; the last is the mod-31 check character.
   */
  uscc: Scalars['String']['output'];
};

/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type Query = {
  __typename?: 'Query';
  /** A lead the caller's office sent or received; null otherwise. The read is access-logged. */
  lead?: Maybe<Lead>;
  /** Leads the caller's office sent or received, newest first. The read is access-logged. */
  leads: LeadConnection;
  /** A notice the caller may see (the sending office, offices of its authority covering it, the addressed platform); null otherwise. A regulator's read is access-logged. */
  notice?: Maybe<Notice>;
  /** The due date a notice of this kind would get if sent at sentAt, by the rule sendNotice applies as it stores one (Art 22 ¶2: five working days on the exchange's calendar; Art 12 ¶2, 21: the sender's date, at least one working day ahead, or an urgent instant). Nothing is stored. SAMR and CAC offices only (UNREACHABLE_CONTACT: SAMR only, Art 22 ¶1); FORBIDDEN otherwise. */
  noticeDueDate: NoticeDueDate;
  /** Notices the caller may see, newest first; with updatedSince, those changed since, oldest change first. A regulator's read is access-logged. */
  notices: NoticeConnection;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryNoticeArgs = {
  id: Scalars['ID']['input'];
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryNoticeDueDateArgs = {
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: NoticeKind;
  purpose?: InputMaybe<AssistancePurpose>;
  sentAt?: InputMaybe<Scalars['DateTime']['input']>;
  urgent?: InputMaybe<Scalars['Boolean']['input']>;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Art 52 说明情况、采取措施进行整改: a summons's written account and rectification measures. */
export type SummonsAccount = {
  __typename?: 'SummonsAccount';
  /** The platform's written account of the matters (情况说明). */
  account: Scalars['String']['output'];
  /** The rectification measures taken or planned (整改措施). */
  rectification: Scalars['String']['output'];
};

/** Art 52 说明情况、采取措施进行整改: the answer to a SUMMONS. */
export type SummonsAccountInput = {
  /** The written account of the matters (情况说明): 1 to 20,000 characters. */
  account: Scalars['String']['input'];
  /** The rectification measures taken or planned (整改措施): 1 to 20,000 characters. */
  rectification: Scalars['String']['input'];
};

/** The platform's confirmation of who attends a summons meeting. */
export type SummonsAttendance = {
  __typename?: 'SummonsAttendance';
  /** Who attends (1 to 20). */
  attendees: Array<SummonsAttendee>;
  /** When the exchange recorded it. */
  confirmedAt: Scalars['DateTime']['output'];
  /** The meeting time it was confirmed for (after a reschedule, compare with SummonsDetails.meetingAt). */
  meetingAt: Scalars['DateTime']['output'];
  /** 1, 2, …: a changed list is a new confirmation. */
  seq: Scalars['Int']['output'];
};

/** Who attends a summons meeting (Art 52 有关责任人). */
export type SummonsAttendanceInput = {
  /** 1 to 20 attendees, by role. */
  attendees: Array<SummonsAttendeeInput>;
};

/** One attending responsible person, by role and job title: no name, no phone number. */
export type SummonsAttendee = {
  __typename?: 'SummonsAttendee';
  /** The person's role. */
  role: SummonsRole;
  /** The job title (职务), as the platform gave it; null when not given. */
  title?: Maybe<Scalars['String']['output']>;
};

/** One attending responsible person: a role and, optionally, a job title. No names or phone numbers. */
export type SummonsAttendeeInput = {
  /** The person's role. */
  role: SummonsRole;
  /** The job title (职务), e.g. 合规总监: at most 100 characters, no run of 7 or more digits (no phone or ID number). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The SUMMONS part of a notice (约谈, Art 52). */
export type SummonsDetails = {
  __typename?: 'SummonsDetails';
  /** The platform's latest confirmation of who attends; null until it confirms. */
  attendance?: Maybe<SummonsAttendance>;
  /** The cases of Art 52 the summons rests on, in the article's order. */
  grounds: Array<SummonsGround>;
  /** The matters the responsible persons are to explain (说明情况). */
  matters: Array<Scalars['String']['output']>;
  /** When the meeting is (after a reschedule, the new time). */
  meetingAt: Scalars['DateTime']['output'];
  /** The online meeting's https link; null when only in person. */
  onlineLink?: Maybe<Scalars['String']['output']>;
  /** OTHER: what the other case is; null otherwise. */
  otherGround?: Maybe<Scalars['String']['output']>;
  /** The sending office's records of the meeting, oldest first. */
  outcomes: Array<SummonsMeetingRecord>;
  /** Where: the office's address; null when only online. */
  place?: Maybe<CaseAddress>;
};

/** The cases of Art 52 in which an office may summon (约谈) a platform's responsible persons. */
export type SummonsGround =
  /** Art 52 (一) 履行直播电商相关法定义务不到位的: its statutory live-commerce duties are not properly performed. */
  | 'DUTIES_NOT_FULFILLED'
  /** Art 52 (二) 发生直播电商相关重大负面舆情事件的: a major live-commerce incident of negative public opinion occurred. */
  | 'MAJOR_NEGATIVE_PUBLIC_OPINION'
  /** Art 52 (五) 其他需要约谈的情形: another case needing a summons, described in otherGround. */
  | 'OTHER'
  /** Art 52 (四) 未保障消费者等有关各方主体合法权益的: the lawful rights of consumers and other parties are not safeguarded. */
  | 'RIGHTS_NOT_SAFEGUARDED'
  /** Art 52 (三) 市场监督管理、网信部门在日常监督管理中发现存在可能对直播电商秩序造成负面影响问题的: the office found, in its routine supervision, problems that may harm the order of live commerce. */
  | 'RISK_TO_MARKET_ORDER';

/** The SUMMONS part of a notice (约谈, Art 52). */
export type SummonsInput = {
  /** The cases of Art 52 it rests on: at least one (duplicates are dropped). */
  grounds: Array<SummonsGround>;
  /** The matters to explain (说明情况): 1 to 20, each 1 to 500 characters. */
  matters: Array<Scalars['String']['input']>;
  /** When the meeting is: in the future, at most 366 days ahead. The law sets no notice period. */
  meetingAt: Scalars['DateTime']['input'];
  /** The online meeting's link: an https:// URL of at most 500 characters. At least one of place and onlineLink. */
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  /** Required with OTHER, refused without it: what the other case is, 1 to 500 characters. */
  otherGround?: InputMaybe<Scalars['String']['input']>;
  /** Where: the office's address (region code a place, not 100000). At least one of place and onlineLink. */
  place?: InputMaybe<CaseAddressInput>;
};

/** What the sending office records about a summons meeting. */
export type SummonsMeetingOutcome =
  /** The responsible persons attended and explained (说明情况); concludes the meeting. */
  | 'ATTENDED'
  /** Nobody attended; concludes the meeting. */
  | 'NOT_ATTENDED'
  /** The meeting moves to a new time (and venue); the platform confirms attendance again. */
  | 'RESCHEDULED';

/** One record of the sending office about a summons meeting. */
export type SummonsMeetingRecord = {
  __typename?: 'SummonsMeetingRecord';
  /** The meeting time the record is about. */
  meetingAt: Scalars['DateTime']['output'];
  /** The office's note. */
  note: Scalars['String']['output'];
  /** ATTENDED, NOT_ATTENDED or RESCHEDULED. */
  outcome: SummonsMeetingOutcome;
  /** When the exchange recorded it. */
  recordedAt: Scalars['DateTime']['output'];
  /** RESCHEDULED: the new time; null otherwise. */
  rescheduledTo?: Maybe<Scalars['DateTime']['output']>;
  /** 1, 2, … in the order recorded. */
  seq: Scalars['Int']['output'];
};

/** The sending office's record of a summons meeting. */
export type SummonsOutcomeInput = {
  /** RESCHEDULED only, required: the new meeting time, in the future, at most 366 days ahead, not the current one. */
  meetingAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The office's note: 1 to 2,000 characters. */
  note: Scalars['String']['input'];
  /** RESCHEDULED only: a new online link (https://, at most 500 characters). */
  onlineLink?: InputMaybe<Scalars['String']['input']>;
  /** ATTENDED or NOT_ATTENDED: from the meeting time on, once (concludes the meeting). RESCHEDULED: at any time, with meetingAt. */
  outcome: SummonsMeetingOutcome;
  /** RESCHEDULED only: a new place; absent: the venue stays (either of place and onlineLink given replaces both). */
  place?: InputMaybe<CaseAddressInput>;
};

/** Art 52 有关责任人: the role of a responsible person the platform sends to a summons (a role, never a name). */
export type SummonsRole =
  /** 相关部门负责人: the head of the department concerned. */
  | 'DEPARTMENT_HEAD'
  /** 分管负责人: the executive in charge of the matter. */
  | 'DEPUTY_IN_CHARGE'
  /** 法定代表人: the legal representative. */
  | 'LEGAL_REPRESENTATIVE'
  /** 其他有关责任人: another responsible person (give the job title). */
  | 'OTHER_RESPONSIBLE_PERSON'
  /** 主要负责人: the principal person in charge. */
  | 'PRINCIPAL_IN_CHARGE';

/** The UNREACHABLE_CONTACT part of a notice. */
export type UnreachableContactDetails = {
  __typename?: 'UnreachableContactDetails';
  /** Where the subject could not be reached (Art 22 ¶1). */
  address: CaseAddress;
};

/** The UNREACHABLE_CONTACT part of a notice (Art 22 ¶1). */
export type UnreachableContactInput = {
  /** Where the subject could not be reached: an operator's actual business address, a streamer's habitual residence. */
  address: CaseAddressInput;
};

/** The VIOLATION part of a notice. */
export type ViolationDetails = {
  __typename?: 'ViolationDetails';
  /** The provisions violated (法律依据). */
  legalBasis: Scalars['String']['output'];
};

/** The VIOLATION part of a notice (Art 12 ¶2, 50). */
export type ViolationInput = {
  /** Optional: by when the sender wants the platform's report (end of that day, Asia/Shanghai), at least one working day and at most 366 days ahead. Art 12 ¶2 sets no period. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The provisions violated (法律依据): 1 to 500 characters. */
  legalBasis: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Notice: Notice;
  Platform: Platform;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Notice:
    ( { __typename: 'Notice' }
    & GraphQLRecursivePick<FederationTypes['Notice'], {"id":true}> );
  Platform:
    ( { __typename: 'Platform' }
    & GraphQLRecursivePick<FederationTypes['Platform'], {"uscc":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AssistanceDetails: ResolverTypeWrapper<AssistanceModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AssistanceInput: AssistanceInput;
  AssistancePurpose: AssistancePurpose;
  AttachmentDescriptor: ResolverTypeWrapper<AttachmentDescriptor>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AttachmentInput: AttachmentInput;
  Authority: Authority;
  CaseAddress: ResolverTypeWrapper<CaseAddress>;
  CaseAddressInput: CaseAddressInput;
  CaseBusiness: ResolverTypeWrapper<CaseBusiness>;
  CaseBusinessInput: CaseBusinessInput;
  CaseContactUpdate: ResolverTypeWrapper<CaseContactUpdate>;
  CaseContactUpdateInput: CaseContactUpdateInput;
  CaseIdDocument: ResolverTypeWrapper<CaseIdDocument>;
  CaseIdDocumentInput: CaseIdDocumentInput;
  CaseLiveAccount: ResolverTypeWrapper<CaseLiveAccount>;
  CaseLiveAccountInput: CaseLiveAccountInput;
  CaseOffice: ResolverTypeWrapper<OfficeModel>;
  CaseOfficeInput: CaseOfficeInput;
  CasePerson: ResolverTypeWrapper<CasePerson>;
  CasePersonInput: CasePersonInput;
  CaseProduct: ResolverTypeWrapper<CaseProduct>;
  CaseProductInput: CaseProductInput;
  CaseSubject: ResolverTypeWrapper<SubjectModel>;
  CaseSubjectInput: CaseSubjectInput;
  CaseSubjectKind: CaseSubjectKind;
  DataCategory: DataCategory;
  DatePeriod: ResolverTypeWrapper<DatePeriod>;
  DatePeriodInput: DatePeriodInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisposalReport: ResolverTypeWrapper<DisposalReportRefModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IdDocumentType: IdDocumentType;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Lead: ResolverTypeWrapper<LeadModel>;
  LeadConnection: ResolverTypeWrapper<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>;
  LeadDecision: LeadDecision;
  LeadDirection: LeadDirection;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFilter: LeadFilter;
  LeadInput: LeadInput;
  LeadStatus: LeadStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notice: ResolverTypeWrapper<NoticeModel>;
  NoticeAnswer: ResolverTypeWrapper<NoticeAnswerModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  NoticeAnswerInput: NoticeAnswerInput;
  NoticeConnection: ResolverTypeWrapper<Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversTypes['NoticeEdge']> }>;
  NoticeDueDate: ResolverTypeWrapper<NoticeDueDate>;
  NoticeDueRule: NoticeDueRule;
  NoticeEdge: ResolverTypeWrapper<Omit<NoticeEdge, 'node'> & { node: ResolversTypes['Notice'] }>;
  NoticeFilter: NoticeFilter;
  NoticeInput: NoticeInput;
  NoticeKind: NoticeKind;
  NoticeReminder: ResolverTypeWrapper<ReminderModel>;
  NoticeStatus: NoticeStatus;
  OfficeLevel: OfficeLevel;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Platform: ResolverTypeWrapper<PlatformRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SummonsAccount: ResolverTypeWrapper<SummonsAccount>;
  SummonsAccountInput: SummonsAccountInput;
  SummonsAttendance: ResolverTypeWrapper<SummonsAttendance>;
  SummonsAttendanceInput: SummonsAttendanceInput;
  SummonsAttendee: ResolverTypeWrapper<SummonsAttendee>;
  SummonsAttendeeInput: SummonsAttendeeInput;
  SummonsDetails: ResolverTypeWrapper<SummonsDetails>;
  SummonsGround: SummonsGround;
  SummonsInput: SummonsInput;
  SummonsMeetingOutcome: SummonsMeetingOutcome;
  SummonsMeetingRecord: ResolverTypeWrapper<SummonsMeetingRecord>;
  SummonsOutcomeInput: SummonsOutcomeInput;
  SummonsRole: SummonsRole;
  UnreachableContactDetails: ResolverTypeWrapper<UnreachableContactDetails>;
  UnreachableContactInput: UnreachableContactInput;
  ViolationDetails: ResolverTypeWrapper<ViolationDetails>;
  ViolationInput: ViolationInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssistanceDetails: AssistanceModel;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  AssistanceInput: AssistanceInput;
  AttachmentDescriptor: AttachmentDescriptor;
  Float: Scalars['Float']['output'];
  AttachmentInput: AttachmentInput;
  CaseAddress: CaseAddress;
  CaseAddressInput: CaseAddressInput;
  CaseBusiness: CaseBusiness;
  CaseBusinessInput: CaseBusinessInput;
  CaseContactUpdate: CaseContactUpdate;
  CaseContactUpdateInput: CaseContactUpdateInput;
  CaseIdDocument: CaseIdDocument;
  CaseIdDocumentInput: CaseIdDocumentInput;
  CaseLiveAccount: CaseLiveAccount;
  CaseLiveAccountInput: CaseLiveAccountInput;
  CaseOffice: OfficeModel;
  CaseOfficeInput: CaseOfficeInput;
  CasePerson: CasePerson;
  CasePersonInput: CasePersonInput;
  CaseProduct: CaseProduct;
  CaseProductInput: CaseProductInput;
  CaseSubject: SubjectModel;
  CaseSubjectInput: CaseSubjectInput;
  DatePeriod: DatePeriod;
  DatePeriodInput: DatePeriodInput;
  DateTime: Scalars['DateTime']['output'];
  DisposalReport: DisposalReportRefModel;
  ID: Scalars['ID']['output'];
  JSON: Scalars['JSON']['output'];
  Lead: LeadModel;
  LeadConnection: Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> };
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFilter: LeadFilter;
  LeadInput: LeadInput;
  Mutation: Record<PropertyKey, never>;
  Notice: NoticeModel;
  NoticeAnswer: NoticeAnswerModel;
  Int: Scalars['Int']['output'];
  NoticeAnswerInput: NoticeAnswerInput;
  NoticeConnection: Omit<NoticeConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoticeEdge']> };
  NoticeDueDate: NoticeDueDate;
  NoticeEdge: Omit<NoticeEdge, 'node'> & { node: ResolversParentTypes['Notice'] };
  NoticeFilter: NoticeFilter;
  NoticeInput: NoticeInput;
  NoticeReminder: ReminderModel;
  PageInfo: PageInfo;
  Platform: PlatformRefModel;
  Query: Record<PropertyKey, never>;
  SummonsAccount: SummonsAccount;
  SummonsAccountInput: SummonsAccountInput;
  SummonsAttendance: SummonsAttendance;
  SummonsAttendanceInput: SummonsAttendanceInput;
  SummonsAttendee: SummonsAttendee;
  SummonsAttendeeInput: SummonsAttendeeInput;
  SummonsDetails: SummonsDetails;
  SummonsInput: SummonsInput;
  SummonsMeetingRecord: SummonsMeetingRecord;
  SummonsOutcomeInput: SummonsOutcomeInput;
  UnreachableContactDetails: UnreachableContactDetails;
  UnreachableContactInput: UnreachableContactInput;
  ViolationDetails: ViolationDetails;
  ViolationInput: ViolationInput;
};

export type AssistanceDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssistanceDetails'] = ResolversParentTypes['AssistanceDetails']> = {
  caseReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dataWanted?: Resolver<Array<ResolversTypes['DataCategory']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['DatePeriod'], ParentType, ContextType>;
  products?: Resolver<Array<ResolversTypes['CaseProduct']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['AssistancePurpose'], ParentType, ContextType>;
  urgent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AttachmentDescriptorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentDescriptor'] = ResolversParentTypes['AttachmentDescriptor']> = {
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CaseAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseAddress'] = ResolversParentTypes['CaseAddress']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseBusinessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseBusiness'] = ResolversParentTypes['CaseBusiness']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseContactUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseContactUpdate'] = ResolversParentTypes['CaseContactUpdate']> = {
  address?: Resolver<Maybe<ResolversTypes['CaseAddress']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseIdDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseIdDocument'] = ResolversParentTypes['CaseIdDocument']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['IdDocumentType'], ParentType, ContextType>;
};

export type CaseLiveAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseLiveAccount'] = ResolversParentTypes['CaseLiveAccount']> = {
  accountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseOfficeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseOffice'] = ResolversParentTypes['CaseOffice']> = {
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OfficeLevel'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CasePersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CasePerson'] = ResolversParentTypes['CasePerson']> = {
  idDocument?: Resolver<ResolversTypes['CaseIdDocument'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseProduct'] = ResolversParentTypes['CaseProduct']> = {
  identifiers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseSubject'] = ResolversParentTypes['CaseSubject']> = {
  business?: Resolver<Maybe<ResolversTypes['CaseBusiness']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CaseSubjectKind'], ParentType, ContextType>;
  liveAccounts?: Resolver<Array<ResolversTypes['CaseLiveAccount']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['CasePerson']>, ParentType, ContextType>;
};

export type DatePeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatePeriod'] = ResolversParentTypes['DatePeriod']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisposalReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReport'] = ResolversParentTypes['DisposalReport']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LeadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['CaseOffice'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relatedNoticeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['CaseSubject']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['CaseOffice'], ParentType, ContextType>;
};

export type LeadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LeadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationAcknowledgeNoticeArgs, 'id'>>;
  answerNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationAnswerNoticeArgs, 'id' | 'input'>>;
  closeNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationCloseNoticeArgs, 'id' | 'outcome'>>;
  confirmSummonsAttendance?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationConfirmSummonsAttendanceArgs, 'input' | 'noticeId'>>;
  decideLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationDecideLeadArgs, 'decision' | 'id'>>;
  recordReminder?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationRecordReminderArgs, 'channel' | 'noticeId' | 'remindedAt'>>;
  recordSummonsOutcome?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationRecordSummonsOutcomeArgs, 'input' | 'noticeId'>>;
  sendNotice?: Resolver<ResolversTypes['Notice'], ParentType, ContextType, RequireFields<MutationSendNoticeArgs, 'input'>>;
  transferLead?: Resolver<ResolversTypes['Lead'], ParentType, ContextType, RequireFields<MutationTransferLeadArgs, 'input'>>;
};

export type NoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice'], FederationReferenceType extends FederationReferenceTypes['Notice'] = FederationReferenceTypes['Notice']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Notice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answers?: Resolver<Array<ResolversTypes['NoticeAnswer']>, ParentType, ContextType>;
  assistance?: Resolver<Maybe<ResolversTypes['AssistanceDetails']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueApproximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NoticeKind'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reminder?: Resolver<Maybe<ResolversTypes['NoticeReminder']>, ParentType, ContextType>;
  sender?: Resolver<ResolversTypes['CaseOffice'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NoticeStatus'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['CaseSubject']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summons?: Resolver<Maybe<ResolversTypes['SummonsDetails']>, ParentType, ContextType>;
  unreachableContact?: Resolver<Maybe<ResolversTypes['UnreachableContactDetails']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  violation?: Resolver<Maybe<ResolversTypes['ViolationDetails']>, ParentType, ContextType>;
};

export type NoticeAnswerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeAnswer'] = ResolversParentTypes['NoticeAnswer']> = {
  answeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['AttachmentDescriptor']>, ParentType, ContextType>;
  contactUpdated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  data?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  disposalReportIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  disposalReports?: Resolver<Array<Maybe<ResolversTypes['DisposalReport']>>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summonsAccount?: Resolver<Maybe<ResolversTypes['SummonsAccount']>, ParentType, ContextType>;
  updatedContact?: Resolver<Maybe<ResolversTypes['CaseContactUpdate']>, ParentType, ContextType>;
};

export type NoticeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeConnection'] = ResolversParentTypes['NoticeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NoticeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type NoticeDueDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeDueDate'] = ResolversParentTypes['NoticeDueDate']> = {
  dueApproximate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  earliestDueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NoticeKind'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['NoticeDueRule'], ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workingDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type NoticeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeEdge'] = ResolversParentTypes['NoticeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notice'], ParentType, ContextType>;
};

export type NoticeReminderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NoticeReminder'] = ResolversParentTypes['NoticeReminder']> = {
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  remindedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform'], FederationReferenceType extends FederationReferenceTypes['Platform'] = FederationReferenceTypes['Platform']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Platform']> | FederationReferenceType, FederationReferenceType, ContextType>;
  noticeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, Partial<QueryLeadsArgs>>;
  notice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType, RequireFields<QueryNoticeArgs, 'id'>>;
  noticeDueDate?: Resolver<ResolversTypes['NoticeDueDate'], ParentType, ContextType, RequireFields<QueryNoticeDueDateArgs, 'kind'>>;
  notices?: Resolver<ResolversTypes['NoticeConnection'], ParentType, ContextType, Partial<QueryNoticesArgs>>;
};

export type SummonsAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SummonsAccount'] = ResolversParentTypes['SummonsAccount']> = {
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rectification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SummonsAttendanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SummonsAttendance'] = ResolversParentTypes['SummonsAttendance']> = {
  attendees?: Resolver<Array<ResolversTypes['SummonsAttendee']>, ParentType, ContextType>;
  confirmedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  meetingAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SummonsAttendeeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SummonsAttendee'] = ResolversParentTypes['SummonsAttendee']> = {
  role?: Resolver<ResolversTypes['SummonsRole'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SummonsDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SummonsDetails'] = ResolversParentTypes['SummonsDetails']> = {
  attendance?: Resolver<Maybe<ResolversTypes['SummonsAttendance']>, ParentType, ContextType>;
  grounds?: Resolver<Array<ResolversTypes['SummonsGround']>, ParentType, ContextType>;
  matters?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  meetingAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  onlineLink?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  otherGround?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['SummonsMeetingRecord']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['CaseAddress']>, ParentType, ContextType>;
};

export type SummonsMeetingRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SummonsMeetingRecord'] = ResolversParentTypes['SummonsMeetingRecord']> = {
  meetingAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['SummonsMeetingOutcome'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rescheduledTo?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnreachableContactDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnreachableContactDetails'] = ResolversParentTypes['UnreachableContactDetails']> = {
  address?: Resolver<ResolversTypes['CaseAddress'], ParentType, ContextType>;
};

export type ViolationDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ViolationDetails'] = ResolversParentTypes['ViolationDetails']> = {
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AssistanceDetails?: AssistanceDetailsResolvers<ContextType>;
  AttachmentDescriptor?: AttachmentDescriptorResolvers<ContextType>;
  CaseAddress?: CaseAddressResolvers<ContextType>;
  CaseBusiness?: CaseBusinessResolvers<ContextType>;
  CaseContactUpdate?: CaseContactUpdateResolvers<ContextType>;
  CaseIdDocument?: CaseIdDocumentResolvers<ContextType>;
  CaseLiveAccount?: CaseLiveAccountResolvers<ContextType>;
  CaseOffice?: CaseOfficeResolvers<ContextType>;
  CasePerson?: CasePersonResolvers<ContextType>;
  CaseProduct?: CaseProductResolvers<ContextType>;
  CaseSubject?: CaseSubjectResolvers<ContextType>;
  DatePeriod?: DatePeriodResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DisposalReport?: DisposalReportResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  NoticeAnswer?: NoticeAnswerResolvers<ContextType>;
  NoticeConnection?: NoticeConnectionResolvers<ContextType>;
  NoticeDueDate?: NoticeDueDateResolvers<ContextType>;
  NoticeEdge?: NoticeEdgeResolvers<ContextType>;
  NoticeReminder?: NoticeReminderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SummonsAccount?: SummonsAccountResolvers<ContextType>;
  SummonsAttendance?: SummonsAttendanceResolvers<ContextType>;
  SummonsAttendee?: SummonsAttendeeResolvers<ContextType>;
  SummonsDetails?: SummonsDetailsResolvers<ContextType>;
  SummonsMeetingRecord?: SummonsMeetingRecordResolvers<ContextType>;
  UnreachableContactDetails?: UnreachableContactDetailsResolvers<ContextType>;
  ViolationDetails?: ViolationDetailsResolvers<ContextType>;
};

