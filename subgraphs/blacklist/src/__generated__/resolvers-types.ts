import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlatformRef as PlatformRefModel } from '../resolvers/Platform.js';
import type { DisposalReportRef as DisposalReportRefModel } from '../resolvers/BlacklistEntry.js';
import type { BlacklistEntry as BlacklistEntryModel, EntrySubject as EntrySubjectModel } from '../domain/blacklist-entry.js';
import type { Appeal as AppealModel } from '../domain/appeal.js';
import type { CheckResult as CheckResultModel, CheckMatch as CheckMatchModel } from '../domain/check.js';
import type { StoredCheckLog as StoredCheckLogModel } from '../domain/check.ports.js';
import type { CreditRecordView as CreditRecordViewModel } from '../domain/credit.service.js';
import type { CreditSubject as CreditSubjectModel, CreditOffice as CreditOfficeModel, CreditFact as CreditFactModel } from '../domain/credit.js';
import type { CreditCheckResult as CreditCheckResultModel, CreditChange as CreditChangeModel } from '../domain/credit-check.service.js';
import type { StoredCreditCheckLog as StoredCreditCheckLogModel } from '../domain/credit.ports.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** An appeal against a listing (Art 14 ¶2). */
export type Appeal = {
  __typename?: 'Appeal';
  /** When the decision was recorded; null while FILED. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The decision's reason; null while FILED. */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /**
   * When the subject was told the outcome (Art 14 ¶2), as the platform stated it; null while FILED, and for
   * decisions recorded before the exchange required it (never inferred from decidedAt).
   */
  decisionToldAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * How the subject was told the outcome (Art 14 ¶2), e.g. in-app message or SMS, as the platform stated it: at
   * most 200 characters; null while FILED, and for decisions recorded before the exchange required it.
   */
  decisionToldChannel?: Maybe<Scalars['String']['output']>;
  /** The entry appealed against. */
  entry: BlacklistEntry;
  /** The subject's grounds. */
  grounds: Scalars['String']['output'];
  /** The appeal's id (a UUID). */
  id: Scalars['ID']['output'];
  /**
   * On a mutation's result: that write's receipt (kind appeal.file from fileAppeal, appeal.decide from
   * decideAppeal), a compact JWS (ES256, the blacklist's own receipt key, kid in the header) over the RFC
   * 8785 JSON of: v, kind, recordId, submitter (role, org, certificate serial), contentDigest (hex SHA-256
   * of the RFC 8785 JSON of the mutation's arguments, DateTimes as ISO strings with milliseconds),
   * receivedAt and log (logId, leafIndex). receivedAt is the exchange's clock: recordedAt (for a decision,
   * decidedAt) is the same instant, the one the law's times (Art 14 ¶2) count from. Digests and ids only,
   * no personal data. A retry returns the first receipt, byte for byte. Null elsewhere. Check it with
   * `npm run verify -- receipt <file> --jwks <file>`.
   */
  receipt?: Maybe<Scalars['String']['output']>;
  /** When the subject was told the appeal was received. */
  receiptToldAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the listing platform received the appeal. */
  receivedAt: Scalars['DateTime']['output'];
  /** When the platform recorded the appeal here. */
  recordedAt: Scalars['DateTime']['output'];
  /** FILED, UPHELD or OVERTURNED. */
  status: AppealStatus;
};

/** An appeal the listing platform received. */
export type AppealInput = {
  /** The subject's grounds, as received: 1 to 5,000 characters. */
  grounds: Scalars['String']['input'];
  /** When the platform received it: not before the subject was notified of the listing, not more than 5 minutes in the future. */
  receivedAt: Scalars['DateTime']['input'];
  /** When the subject was told the appeal was received: not before receivedAt, not more than 5 minutes in the future. */
  subjectToldAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The decision on an appeal (Art 14 ¶2). OVERTURNED removes the entry. */
export type AppealOutcome =
  /** The listing is lifted: the entry becomes REMOVED. */
  | 'OVERTURNED'
  /** The listing stands. */
  | 'UPHELD';

/** An appeal's state: FILED (awaiting review) → UPHELD | OVERTURNED. */
export type AppealStatus =
  /** Received and recorded; awaiting the platform's review (one open appeal per entry). */
  | 'FILED'
  /** Reviewed; the listing is lifted (the entry is REMOVED). */
  | 'OVERTURNED'
  /** Reviewed; the listing stands. */
  | 'UPHELD';

/** One result per checked subject, in input order. */
export type BlacklistCheckResult = {
  __typename?: 'BlacklistCheckResult';
  /** True when at least one entry matched. */
  listed: Scalars['Boolean']['output'];
  /** The matching entries in force (ACTIVE or UNDER_APPEAL) that are shared with peers, and the caller's own, oldest first; empty when not listed. */
  matches: Array<BlacklistMatch>;
};

/** A blacklist entry (Art 14). */
export type BlacklistEntry = {
  __typename?: 'BlacklistEntry';
  /** An appeal awaits a decision (also after the term ended: Art 14 ¶2). */
  appealPending: Scalars['Boolean']['output'];
  /** Every appeal against the entry, oldest first. */
  appeals: Array<Appeal>;
  /** When the entry was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** The disposal report this listing was reported in (Art 12 ¶3), resolved by penalty-reports under its own access rules; null when none was given. */
  disposalReport?: Maybe<DisposalReport>;
  /** The facts (事实). */
  facts: Scalars['String']['output'];
  /** The entry's id (a UUID). */
  id: Scalars['ID']['output'];
  /** The legal basis (依据). */
  legalBasis: Scalars['String']['output'];
  /** The platform that listed the subject. */
  listingPlatform: Platform;
  /** The listing platform's name, from its certificate when it listed. */
  listingPlatformName: Scalars['String']['output'];
  /** How and when the subject was told (Art 14 ¶2). */
  notification: BlacklistNotification;
  /** The reasons (理由). */
  reasons: Scalars['String']['output'];
  /**
   * On a mutation's result: that write's receipt (kind blacklistEntry.list from addBlacklistEntry,
   * blacklistEntry.remove from removeBlacklistEntry), a compact JWS (ES256, the blacklist's own receipt key,
   * kid in the header) over the RFC 8785 JSON of: v, kind, recordId, submitter (role, org, certificate
   * serial), contentDigest (hex SHA-256 of the RFC 8785 JSON of the mutation's arguments, DateTimes as ISO
   * strings with milliseconds), receivedAt and log (logId, leafIndex). receivedAt is the exchange's clock:
   * createdAt (for a removal, removedAt) is the same instant, the one the law's times (Art 14 ¶2) count
   * from. Digests and ids only, no personal data. A retry returns the first receipt, byte for byte. Null
   * elsewhere. Check it with `npm run verify -- receipt <file> --jwks <file>`.
   */
  receipt?: Maybe<Scalars['String']['output']>;
  /** Why it was removed; null when it was not. */
  removalKind?: Maybe<BlacklistRemovalKind>;
  /** The removal's reason (or the overturning decision's); null when it was not removed. */
  removalReason?: Maybe<Scalars['String']['output']>;
  /** When it was removed before its term ended; null otherwise. */
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether peers see the entry in their checks (Art 14 ¶4). */
  shareWithPeers: Scalars['Boolean']['output'];
  /** The status now, derived from the record and the clock. */
  status: BlacklistEntryStatus;
  /** Who is listed. */
  subject: BlacklistSubject;
  /** The definite term (Art 14 ¶2). */
  term: BlacklistTerm;
};

/** A page of blacklist entries, newest first (Relay connection). */
export type BlacklistEntryConnection = {
  __typename?: 'BlacklistEntryConnection';
  /** The entries of this page. */
  edges: Array<BlacklistEntryEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One entry and its cursor. */
export type BlacklistEntryEdge = {
  __typename?: 'BlacklistEntryEdge';
  /** Opaque; pass it as `after` to continue after this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: BlacklistEntry;
};

/** A listing (Art 14 ¶2): who, why, on what basis, for how long, and how the subject was told. */
export type BlacklistEntryInput = {
  /** The disposal report (penalty-reports) this listing was reported in: at most 64 characters. */
  disposalReportId?: InputMaybe<Scalars['ID']['input']>;
  /** The facts (事实): 1 to 5,000 characters. */
  facts: Scalars['String']['input'];
  /** Per platform: 1 to 128 characters. Retrying with the same key and content returns the first result; other content is a CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** The legal basis (依据): 1 to 1,000 characters. */
  legalBasis: Scalars['String']['input'];
  /** How and when the subject was told. */
  notification: BlacklistNotificationInput;
  /** The reasons (理由): 1 to 2,000 characters. */
  reasons: Scalars['String']['input'];
  /** Whether peers see the entry in their checks (Art 14 ¶4). Default true. The listing platform always does. */
  shareWithPeers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Who is listed. */
  subject: BlacklistSubjectInput;
  /** The definite term of the listing. */
  term: BlacklistTermInput;
};

/**
 * An entry's status, derived from its record and the clock (never stored): REMOVED (early removal or an
 * overturned appeal) > EXPIRED (from the instant the term ends) > UNDER_APPEAL (an appeal is open; still
 * listed) > ACTIVE.
 */
export type BlacklistEntryStatus =
  /** Listed: within its term, no appeal open. */
  | 'ACTIVE'
  /** The term has ended (from endsAt on): no longer listed (Art 14 ¶3). */
  | 'EXPIRED'
  /** Removed before its term ended: early removal or an overturned appeal. */
  | 'REMOVED'
  /** Listed, with an appeal open (Art 14 ¶2 does not suspend a listing under review). */
  | 'UNDER_APPEAL';

/** Which entries to list; every field given narrows the list. */
export type BlacklistFilter = {
  /** Regulators: one listing platform. */
  listingPlatformUscc?: InputMaybe<Scalars['String']['input']>;
  /** Only entries with this status now. */
  status?: InputMaybe<BlacklistEntryStatus>;
  /** Entries about this identity (hashed by the service; matched exactly). */
  subject?: InputMaybe<CheckSubjectInput>;
  /** Only entries about this kind of subject. */
  subjectType?: InputMaybe<BlacklistSubjectType>;
};

/** A live account the subject used. */
export type BlacklistLiveAccount = {
  __typename?: 'BlacklistLiveAccount';
  /** The account's id on the listing platform. */
  accountId: Scalars['String']['output'];
  /** The account's display name, if given. */
  nickname?: Maybe<Scalars['String']['output']>;
};

/** What a peer learns of one matching entry: no name, no document number, no facts. */
export type BlacklistMatch = {
  __typename?: 'BlacklistMatch';
  /** An appeal awaits a decision, so the peer may weigh it (Art 14 ¶4). */
  appealPending: Scalars['Boolean']['output'];
  /** The term's end (exclusive): listed until this instant. */
  expiresAt: Scalars['DateTime']['output'];
  /** The term's start. */
  listedSince: Scalars['DateTime']['output'];
  /** The listing platform's name. */
  listingPlatformName: Scalars['String']['output'];
  /** ACTIVE or UNDER_APPEAL. */
  status: BlacklistEntryStatus;
};

/** How and when the subject was told of the listing (Art 14 ¶2). */
export type BlacklistNotification = {
  __typename?: 'BlacklistNotification';
  /** Where and how the subject may appeal. */
  appealChannel: Scalars['String']['output'];
  /** How the subject was told. */
  channel: Scalars['String']['output'];
  /** When the subject was told. */
  notifiedAt: Scalars['DateTime']['output'];
};

/** How and when the subject was told the facts, reasons, basis, term and the appeal channel (Art 14 ¶2). */
export type BlacklistNotificationInput = {
  /** Where and how the subject may appeal (申诉渠道): 1 to 500 characters. */
  appealChannel: Scalars['String']['input'];
  /** How the subject was told, e.g. in-app message or SMS: 1 to 200 characters. */
  channel: Scalars['String']['input'];
  /** When the subject was told: before the entry is recorded, not more than 5 minutes in the future. */
  notifiedAt: Scalars['DateTime']['input'];
};

/** Why an entry was removed before its term ended. */
export type BlacklistRemovalKind =
  /** An appeal was decided OVERTURNED. */
  | 'APPEAL_OVERTURNED'
  /** The listing platform removed it (removeBlacklistEntry). */
  | 'EARLY_REMOVAL'
  /** The disposal report's BLACKLISTING measure was lifted (liftMeasure), which ends the entries made from it (Art 14 ¶3 同步解除). */
  | 'MEASURE_LIFTED';

/** The listed subject. Readable only by the listing platform and the offices covering its domicile. */
export type BlacklistSubject = {
  __typename?: 'BlacklistSubject';
  /** Persons only; stored encrypted. In full for regulators, masked for the listing platform (first 3 and last 2 characters). */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Persons only. */
  documentType?: Maybe<DocumentType>;
  /** The accounts the subject used (up to 50). */
  liveAccounts: Array<BlacklistLiveAccount>;
  /** The person's or business's name. */
  name: Scalars['String']['output'];
  /** LIVE_ROOM_OPERATOR, LIVE_STREAMER or STREAMER_AGENCY. */
  type: BlacklistSubjectType;
  /** Businesses only. */
  uscc?: Maybe<Scalars['String']['output']>;
};

/** Who is listed: exactly one of person (operator or streamer) or business (operator or agency). */
export type BlacklistSubjectInput = {
  /** A registered business: an operator or an agency. */
  business?: InputMaybe<BusinessInput>;
  /** The accounts the subject used: 1 to 50 for operators and streamers, 0 to 50 for an agency. */
  liveAccounts?: InputMaybe<Array<LiveAccountInput>>;
  /** A natural person: an operator or a streamer. */
  person?: InputMaybe<PersonInput>;
  /** LIVE_ROOM_OPERATOR, LIVE_STREAMER (a person) or STREAMER_AGENCY (a business). */
  type: BlacklistSubjectType;
};

/** Who may be blacklisted (Art 14 ¶1). */
export type BlacklistSubjectType =
  /** 直播间运营者: a natural person or a registered business. */
  | 'LIVE_ROOM_OPERATOR'
  /** 直播营销人员: a natural person. */
  | 'LIVE_STREAMER'
  /** 直播营销人员服务机构: a registered business. */
  | 'STREAMER_AGENCY';

/** The definite term of a listing (Art 14 ¶2): [startsAt, endsAt). */
export type BlacklistTerm = {
  __typename?: 'BlacklistTerm';
  /** Exclusive: the entry is EXPIRED from this instant. */
  endsAt: Scalars['DateTime']['output'];
  /** When the listing took effect. */
  startsAt: Scalars['DateTime']['output'];
};

/** A definite term (Art 14 ¶2): [startsAt, endsAt). endsAt is the first instant the subject is no longer listed. */
export type BlacklistTermInput = {
  /** Exclusive; after startsAt and after now, and at most 10 years (3,653 days) after startsAt (no open-ended listing). */
  endsAt: Scalars['DateTime']['input'];
  /** When the listing takes effect: record the entry then; not more than 5 minutes in the future. */
  startsAt: Scalars['DateTime']['input'];
};

/** A registered business: name and unified social credit code. */
export type BusinessInput = {
  /** The registered name: 1 to 200 characters, trimmed (a filing also stores it NFC-normalised, white space runs as one space). */
  name: Scalars['String']['input'];
  /** Unified social credit code: 18 characters with a valid mod-31 check character (GB 32100-2015); trimmed and upper-cased first. */
  uscc: Scalars['String']['input'];
};

/** A page of the check log, newest first (Relay connection). */
export type CheckLogConnection = {
  __typename?: 'CheckLogConnection';
  /** The logged checks of this page. */
  edges: Array<CheckLogEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One logged check and its cursor. */
export type CheckLogEdge = {
  __typename?: 'CheckLogEdge';
  /** Opaque; pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The logged check. */
  node: CheckLogEntry;
};

/** One logged check of one subject. */
export type CheckLogEntry = {
  __typename?: 'CheckLogEntry';
  /** When the check was made. */
  checkedAt: Scalars['DateTime']['output'];
  /** The platform that checked. */
  checkedBy: Platform;
  /** Its name, from its certificate when it checked. */
  checkedByName: Scalars['String']['output'];
  /** The log row's id. */
  id: Scalars['ID']['output'];
  /** What the check answered: listed or not. */
  listed: Scalars['Boolean']['output'];
  /** How many entries matched. */
  matchCount: Scalars['Int']['output'];
  /** Why it checked, as it said. */
  purpose: CheckPurpose;
  /** HMAC-SHA-256 of the subject's normalised identity, with the blacklist service's key. */
  subjectHash: Scalars['String']['output'];
};

/** Which logged checks to list; every field given narrows the list. */
export type CheckLogFilter = {
  /** Regulators: checks by one platform (of those the office sees: its area's platforms, or matches of its area's entries). */
  checkedByUscc?: InputMaybe<Scalars['String']['input']>;
  /** Checks at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only checks made for this purpose. */
  purpose?: InputMaybe<CheckPurpose>;
  /** Regulators only: who checked this identity (hashed by the service). */
  subject?: InputMaybe<CheckSubjectInput>;
  /** Checks before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Why a platform checks (recorded in the check log). */
export type CheckPurpose =
  /** When the subject changes account details or adds an account. */
  | 'ACCOUNT_CHANGE'
  /** Before opening an account or live room for the subject. */
  | 'ONBOARDING'
  /** Another purpose. */
  | 'OTHER'
  /** A periodic review of existing subjects. */
  | 'PERIODIC_REVIEW';

/** One identity to check: { documentType, documentNumber } for a person, or { uscc } for a business. */
export type CheckSubjectInput = {
  /** With documentType: the number, normalised and checked as in DocumentType. */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** With documentNumber: the document's type. */
  documentType?: InputMaybe<DocumentType>;
  /** A business's USCC, checked by its check character; not with a document. */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Credit information (Art 11 ¶2, Art 51): which list or record an office shares with platforms. Each category
 * is kept by one authority: SAMR (Art 51 ¶1) or CAC (Art 51 ¶3).
 */
export type CreditCategory =
  /** 行政处罚 (SAMR): an administrative penalty decided. */
  | 'ADMINISTRATIVE_PENALTY'
  /** 经营异常名录 (SAMR): listed as operating abnormally. */
  | 'BUSINESS_ABNORMALITY'
  /** 互联网严重失信名单 (CAC, Art 51 ¶3): listed for serious online dishonesty. */
  | 'INTERNET_SERIOUS_DISHONESTY'
  /** 市场监督管理严重违法失信名单 (SAMR): listed for serious violations and dishonesty. */
  | 'SERIOUS_VIOLATION';

/** One change about a subject the caller watches. */
export type CreditChange = {
  __typename?: 'CreditChange';
  /** When the change reached the exchange (the feed's order). */
  changedAt: Scalars['DateTime']['output'];
  /** RECORDED or REPAIRED. */
  kind: CreditChangeKind;
  /** The record as it stands now. */
  record: CreditFact;
  /** The caller's own reference for the subject, as it gave it when watching. */
  ref: Scalars['String']['output'];
};

/** A page of changes, oldest first (Relay connection): poll with the last endCursor. */
export type CreditChangeConnection = {
  __typename?: 'CreditChangeConnection';
  /** The changes of this page. */
  edges: Array<CreditChangeEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One change and its cursor. */
export type CreditChangeEdge = {
  __typename?: 'CreditChangeEdge';
  /** Opaque; pass it as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: CreditChange;
};

/** What changed about a watched subject. */
export type CreditChangeKind =
  /** An office recorded a new record about the subject. */
  | 'RECORDED'
  /** An office recorded the repair (信用修复) of a record about the subject. */
  | 'REPAIRED';

/** A page of the credit check log, newest first (Relay connection). */
export type CreditCheckLogConnection = {
  __typename?: 'CreditCheckLogConnection';
  /** The logged checks of this page. */
  edges: Array<CreditCheckLogEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One logged credit check and its cursor. */
export type CreditCheckLogEdge = {
  __typename?: 'CreditCheckLogEdge';
  /** Opaque; pass it as `after` to continue after this row. */
  cursor: Scalars['String']['output'];
  /** The logged check. */
  node: CreditCheckLogEntry;
};

/** One logged credit check of one subject. */
export type CreditCheckLogEntry = {
  __typename?: 'CreditCheckLogEntry';
  /** When the check was made. */
  checkedAt: Scalars['DateTime']['output'];
  /** The platform that checked. */
  checkedBy: Platform;
  /** Its name, from its certificate when it checked. */
  checkedByName: Scalars['String']['output'];
  /** The log row's id. */
  id: Scalars['ID']['output'];
  /** How many records in force the check answered. */
  matchCount: Scalars['Int']['output'];
  /** Why it checked, as it said. */
  purpose: CheckPurpose;
  /** HMAC-SHA-256 of the subject's normalised identity, with the blacklist service's key. */
  subjectHash: Scalars['String']['output'];
};

/** Which credit checks to list; every field given narrows the list. */
export type CreditCheckLogFilter = {
  /** Offices: checks by one platform (of their area's). */
  checkedByUscc?: InputMaybe<Scalars['String']['input']>;
  /** Checks at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Checks before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One result per checked subject, in input order. */
export type CreditCheckResult = {
  __typename?: 'CreditCheckResult';
  /** The records in force about the subject, oldest decision first; empty when there are none. */
  records: Array<CreditFact>;
};

/** What a platform learns of one credit record: category and dates, and the document number to find the public record by. */
export type CreditFact = {
  __typename?: 'CreditFact';
  /** Which list or record. */
  category: CreditCategory;
  /** When it was decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** The decision's document number (文号), as published (Art 51 ¶1, ¶2). */
  decisionDocumentNo: Scalars['String']['output'];
  /** When its term ends (exclusive); null when it has none. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's id: a RECORDED and a later REPAIRED change of one record share it. */
  recordId: Scalars['ID']['output'];
  /** When the credit repair took effect; null unless repaired. */
  repairedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it took effect. */
  startsAt: Scalars['DateTime']['output'];
  /** The status now. */
  status: CreditStatus;
};

/** Which credit records an office lists; every field given narrows the list. */
export type CreditFilter = {
  /** Only this category (of the caller's authority). */
  category?: InputMaybe<CreditCategory>;
  /** Records about this identity (hashed by the service; matched exactly). */
  subject?: InputMaybe<CheckSubjectInput>;
};

/** The office that decided, from its certificate. */
export type CreditOffice = {
  __typename?: 'CreditOffice';
  /** SAMR or CAC, lower case as in the certificate: samr or cac. */
  authority: Scalars['String']['output'];
  /** national, province, prefecture or county. */
  level: Scalars['String']['output'];
  /** The office's name, from its certificate when it recorded. */
  name: Scalars['String']['output'];
  /** The office's region code. */
  region: Scalars['String']['output'];
};

/** A credit record (Art 51), as the offices that keep it read it. */
export type CreditRecord = {
  __typename?: 'CreditRecord';
  /** Which list or record. */
  category: CreditCategory;
  /** When it was decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** The office that recorded it. */
  decidingOffice: CreditOffice;
  /** The decision's document number (文号). */
  decisionDocumentNo: Scalars['String']['output'];
  /** When its term ends (exclusive); null when it has none. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** The record's id (a UUID). */
  id: Scalars['ID']['output'];
  /** The region whose offices have jurisdiction over the subject (Art 47). */
  jurisdictionRegion: Scalars['String']['output'];
  /** The reason as published. */
  publicReason: Scalars['String']['output'];
  /**
   * On a mutation's result: that write's receipt (kind creditRecord.record from recordCreditInformation,
   * creditRecord.repair from repairCreditRecord), a compact JWS (ES256, the blacklist's own receipt key)
   * over the RFC 8785 JSON of the write's kind, record id, submitter, content digest, receivedAt and log
   * position; readable by the offices of the category's authority covering jurisdictionRegion. Digests and
   * ids only, no personal data. A retry returns the first receipt. Null elsewhere.
   */
  receipt?: Maybe<Scalars['String']['output']>;
  /** When it reached the exchange. */
  recordedAt: Scalars['DateTime']['output'];
  /** Why that region (Art 47). */
  regionBasis: CreditRegionBasis;
  /** The repair's reason; null unless repaired. */
  repairReason?: Maybe<Scalars['String']['output']>;
  /** When the credit repair took effect; null unless repaired. */
  repairedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it took effect. */
  startsAt: Scalars['DateTime']['output'];
  /** The status now. */
  status: CreditStatus;
  /** Whom it is about. */
  subject: CreditSubject;
};

/** A page of credit records, newest first (Relay connection). */
export type CreditRecordConnection = {
  __typename?: 'CreditRecordConnection';
  /** The records of this page. */
  edges: Array<CreditRecordEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One credit record and its cursor. */
export type CreditRecordEdge = {
  __typename?: 'CreditRecordEdge';
  /** Opaque; pass it as `after` to continue after this record. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: CreditRecord;
};

/** One decision an office shares (Art 51): category, subject, decision date and document number, term and public reason. */
export type CreditRecordInput = {
  /** Which list or record; the caller's authority must keep it (SAMR: the first three, CAC: INTERNET_SERIOUS_DISHONESTY). */
  category: CreditCategory;
  /** When it was decided: not more than 5 minutes in the future. */
  decidedAt: Scalars['DateTime']['input'];
  /** The decision's document number (文号), e.g. 杭市监处罚〔2026〕12号: 1 to 100 characters. */
  decisionDocumentNo: Scalars['String']['input'];
  /** When it ends (exclusive), where it has a term; after startsAt. Absent: until repaired. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Per office: 1 to 128 characters. Retrying with the same key and content returns the first result; other content is a CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** The reason as published (公示, Art 51 ¶1, ¶2): 1 to 2,000 characters. Shown to offices only. */
  publicReason: Scalars['String']['input'];
  /** When it takes effect; absent: decidedAt. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Whom it is about. */
  subject: CreditSubjectInput;
};

/** Which paragraph of Art 47 puts the subject in regionCode, and so which offices have jurisdiction. */
export type CreditRegionBasis =
  /** 实际经营地 (Art 47 ¶2): an operator on a platform, where it actually does business. */
  | 'BUSINESS_PLACE'
  /** 住所地 (Art 47 ¶1): an agency, or an operator selling through its own website or another network service. */
  | 'DOMICILE'
  /** The platform's domicile, for an unregistered operator whose place of business cannot be determined (Art 47 ¶2). */
  | 'PLATFORM_DOMICILE'
  /** 住所地 of a registered operator whose place of business cannot be determined (Art 47 ¶2). */
  | 'REGISTERED_DOMICILE';

/** A credit record's status, derived from the record and the clock (never stored): REPAIRED > EXPIRED > IN_FORCE. */
export type CreditStatus =
  /** Its term ended (from endsAt on). */
  | 'EXPIRED'
  /** In force: not repaired, and its term (if it has one) has not ended. */
  | 'IN_FORCE'
  /** Ended by credit repair (信用修复, Art 11 ¶2); kept, never deleted. */
  | 'REPAIRED';

/** The subject of a credit record, as offices read it. */
export type CreditSubject = {
  __typename?: 'CreditSubject';
  /** Persons only; stored encrypted, shown in full to the offices that keep the record (their reads are access-logged). */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Persons only. */
  documentType?: Maybe<DocumentType>;
  /** LIVE_ROOM_OPERATOR or STREAMER_AGENCY. */
  type: CreditSubjectType;
  /** Businesses only. */
  uscc?: Maybe<Scalars['String']['output']>;
};

/** The subject of a credit record: an identity document for a natural person, or a USCC, and where its offices are (Art 47). */
export type CreditSubjectInput = {
  /** A person: the number, normalised and checked as in DocumentType; stored encrypted. */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** A person: the document's type, with documentNumber. */
  documentType?: InputMaybe<DocumentType>;
  /** Which paragraph of Art 47 makes regionCode decide; an agency's is DOMICILE. */
  regionBasis: CreditRegionBasis;
  /** The 6-digit GB/T 2260 region code of the subject's domicile or place of business; the recording office must cover it (Art 47). */
  regionCode: Scalars['String']['input'];
  /** LIVE_ROOM_OPERATOR (a person or a business) or STREAMER_AGENCY (a business). */
  type: CreditSubjectType;
  /** A business: its USCC, checked by its check character; not with a document. */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** Whom a credit record is about (Art 11 ¶2: the platforms' operators; and the agencies they deal with). */
export type CreditSubjectType =
  /** 直播间运营者: a natural person (by identity document) or a registered business (by USCC). */
  | 'LIVE_ROOM_OPERATOR'
  /** 直播营销人员服务机构: a registered business (by USCC). */
  | 'STREAMER_AGENCY';

/** A change of the caller's watch list: 1 to 1,000 subjects in all, each at most once; all or nothing. */
export type CreditWatchInput = {
  /** Subjects to watch from now on (again, if removed before); a subject already watched keeps its start and takes the new ref. At most 1,000 with remove. */
  add?: InputMaybe<Array<CreditWatchSubjectInput>>;
  /** Per platform: 1 to 128 characters. Retrying with the same key and content returns the first receipt; other content is a CONFLICT. */
  idempotencyKey: Scalars['String']['input'];
  /** Subjects to stop watching. At most 1,000 with add. */
  remove?: InputMaybe<Array<CheckSubjectInput>>;
};

/** One subject a platform watches: the identity, as in a check, and the platform's own reference for it. */
export type CreditWatchSubjectInput = {
  /** With documentType: the number, normalised and checked as in DocumentType; only its keyed hash is kept. */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** With documentNumber: the document's type. */
  documentType?: InputMaybe<DocumentType>;
  /** The platform's own id for the subject, returned in creditChanges (never an ID number or a name): 1 to 128 characters. */
  ref: Scalars['String']['input'];
  /** A business's USCC; not with a document. */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** The caller's watch list after a change. */
export type CreditWatchUpdate = {
  __typename?: 'CreditWatchUpdate';
  /**
   * The change's receipt (kind creditWatch.update), a compact JWS (ES256, the blacklist's own receipt key) over
   * the RFC 8785 JSON of the kind, record id, submitter, content digest, receivedAt and log position. Digests
   * and ids only. A retry with the same key returns the first receipt.
   */
  receipt?: Maybe<Scalars['String']['output']>;
  /** How many subjects the caller watches now. */
  watching: Scalars['Int']['output'];
};

/**
 * A disposal report (处置措施报告, Art 12 ¶3): what a platform did to an operator, streamer or agency, and why.
 * Fields without a version describe the current version; nothing is ever overwritten (see history).
 */
export type DisposalReport = {
  __typename?: 'DisposalReport';
  /**
   * The blacklist entries made from this report (their disposalReport), oldest first, that the caller may read under
   * the blacklist's rules (the listing platform; SAMR and CAC offices covering its domicile; a regulator's read is
   * access-logged): the state of its BLACKLISTING measure on the list. Each entry's status and removalKind say how it
   * ended: EXPIRED, or REMOVED by early removal, an overturned appeal or the lifting of the measure (MEASURE_LIFTED,
   * Art 14 ¶3 同步解除). Empty when none was made from it, or none the caller may read.
   */
  blacklistEntries: Array<BlacklistEntry>;
  /** The disposal report's id (a UUIDv7, assigned by penalty-reports: ids sort by arrival). */
  id: Scalars['ID']['output'];
};

/**
 * The kinds of identity document a natural person is identified by (DESIGN §8). A number is normalised before it is
 * checked, stored and matched: full-width characters to half-width, upper case, all white space removed.
 */
export type DocumentType =
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

/** An identity document: its type and number, the number checked by the type's format and check character. */
export type IdDocumentInput = {
  /** The number, in the type's format (see DocumentType); normalised (half-width, upper case, no white space). */
  number: Scalars['String']['input'];
  /** The kind of document. */
  type: DocumentType;
};

/** A live account (直播账号) on the calling platform. */
export type LiveAccountInput = {
  /** The account's id on the platform: 1 to 128 characters (a filed operator's account ids must be distinct). */
  accountId: Scalars['String']['input'];
  /** The account's display name: at most 128 characters. */
  nickname?: InputMaybe<Scalars['String']['input']>;
};

/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Lists a subject (the caller is the listing platform), once it has told the subject (Art 14 ¶2). Idempotent on input.idempotencyKey. */
  addBlacklistEntry: BlacklistEntry;
  /**
   * Records the decision on an appeal, and when and how the subject was told of it (Art 14 ¶2): both are
   * required and never inferred; either absent is BAD_USER_INPUT naming subjectToldAt or subjectToldChannel.
   * OVERTURNED removes the entry. A retry with the same arguments returns the recorded decision.
   */
  decideAppeal: Appeal;
  /** Records an appeal the listing platform received. CONFLICT while another appeal is open, when the entry is REMOVED, or when it was EXPIRED when the appeal was received. A retry returns the recorded appeal. */
  fileAppeal: Appeal;
  /** An office shares one decision (Art 51): SAMR its categories, CAC its own, about a subject in its area (Art 47). Idempotent on input.idempotencyKey. */
  recordCreditInformation: CreditRecord;
  /** Early removal by the listing platform; an EXPIRED or REMOVED entry is a CONFLICT. */
  removeBlacklistEntry: BlacklistEntry;
  /**
   * Credit repair (信用修复, Art 11 ¶2): ends a record without deleting it, and tells the platforms watching its
   * subject. An office that may read the record (its authority, its area). A retry with the same arguments returns
   * the first result; another repair of a repaired record is a CONFLICT.
   */
  repairCreditRecord: CreditRecord;
  /** Platforms only: adds and removes subjects of the caller's credit watch list (its own operators and agencies), all or nothing. */
  updateCreditWatch: CreditWatchUpdate;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationAddBlacklistEntryArgs = {
  input: BlacklistEntryInput;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationDecideAppealArgs = {
  appealId: Scalars['ID']['input'];
  outcome: AppealOutcome;
  reason: Scalars['String']['input'];
  subjectToldAt?: InputMaybe<Scalars['DateTime']['input']>;
  subjectToldChannel?: InputMaybe<Scalars['String']['input']>;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationFileAppealArgs = {
  entryId: Scalars['ID']['input'];
  input: AppealInput;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationRecordCreditInformationArgs = {
  input: CreditRecordInput;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationRemoveBlacklistEntryArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationRepairCreditRecordArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  repairedAt: Scalars['DateTime']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationUpdateCreditWatchArgs = {
  input: CreditWatchInput;
};

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

/** A natural person: name and identity document. */
export type PersonInput = {
  /** The person's identity document. */
  idDocument: IdDocumentInput;
  /** The person's name as on the document: 1 to 200 characters, trimmed (a filing also stores it NFC-normalised, white space runs as one space). */
  name: Scalars['String']['input'];
};

/**
 * A live-commerce platform operator (直播电商平台经营者), known to the exchange from its certificate on first
 * contact. Owned by identity-registry; the other subgraphs add their own fields.
 */
export type Platform = {
  __typename?: 'Platform';
  /** Blacklist entries (Art 14) this platform listed that the caller may read; null when the caller may read none. */
  blacklistEntryCount?: Maybe<Scalars['Int']['output']>;
  /**
   * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, upper case, digits and letters
   * other than I, O, Z, S, V; characters 3–8 are a region code; the last is the mod-31 check character.
   */
  uscc: Scalars['String']['output'];
};

/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type Query = {
  __typename?: 'Query';
  /**
   * Platforms only: up to 1,000 subjects; per subject, in input order, the active shared matches (and the caller's own).
   * Every subject is logged (Art 14 ¶4). Rate-limited per platform, 1 per call whatever its size: by default 5 calls a
   * second with bursts of 50 (BLACKLIST_CHECK_RATE, BLACKLIST_CHECK_BURST); beyond that RATE_LIMITED with retryAfter.
   */
  blacklistCheck: Array<BlacklistCheckResult>;
  /**
   * A platform's own checks; for a SAMR or CAC office, the checks by platforms domiciled in its area and the
   * checks by any platform that matched an entry listed by a platform domiciled there, as the entry stood when
   * the check was made (Art 14 ¶4 with DESIGN §4: who looked at whom). Another area's checks that matched none
   * of its area's entries stay out of its view. Newest first.
   */
  blacklistCheckLog: CheckLogConnection;
  /** The caller's own entries (platform), or those of platforms domiciled in the office's area (regulator). Newest first. A regulator's read is access-logged. */
  blacklistEntries: BlacklistEntryConnection;
  /** The listing platform, or a SAMR/CAC office covering its domicile; null otherwise. A regulator's read is access-logged. */
  blacklistEntry?: Maybe<BlacklistEntry>;
  /**
   * Platforms only: changes (a record arrived, or was repaired) about the subjects the caller watches
   * (updateCreditWatch), made at or after `since` and since it began watching the subject, oldest first.
   */
  creditChanges: CreditChangeConnection;
  /**
   * Platforms only (Art 11 ¶2): up to 1,000 subjects; per subject, in input order, the credit records in force,
   * category and dates only. Every subject is logged (creditCheckLog). Rate-limited with blacklistCheck, from the
   * same budget: 1 per call whatever its size.
   */
  creditCheck: Array<CreditCheckResult>;
  /** A platform's own credit checks; for a SAMR or CAC office, the credit checks by platforms domiciled in its area. Newest first. */
  creditCheckLog: CreditCheckLogConnection;
  /** SAMR and CAC offices: the records of their authority's categories about subjects in their area (Art 47), newest first. Access-logged. */
  creditRecords: CreditRecordConnection;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryBlacklistCheckArgs = {
  purpose: CheckPurpose;
  subjects: Array<CheckSubjectInput>;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryBlacklistCheckLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CheckLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryBlacklistEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BlacklistFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryBlacklistEntryArgs = {
  id: Scalars['ID']['input'];
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryCreditChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since: Scalars['DateTime']['input'];
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryCreditCheckArgs = {
  purpose: CheckPurpose;
  subjects: Array<CheckSubjectInput>;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryCreditCheckLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CreditCheckLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryCreditRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CreditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  DisposalReport: DisposalReport;
  Platform: Platform;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  DisposalReport:
    ( { __typename: 'DisposalReport' }
    & GraphQLRecursivePick<FederationTypes['DisposalReport'], {"id":true}> );
  Platform:
    ( { __typename: 'Platform' }
    & GraphQLRecursivePick<FederationTypes['Platform'], {"uscc":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Appeal: ResolverTypeWrapper<AppealModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AppealInput: AppealInput;
  AppealOutcome: AppealOutcome;
  AppealStatus: AppealStatus;
  BlacklistCheckResult: ResolverTypeWrapper<CheckResultModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BlacklistEntry: ResolverTypeWrapper<BlacklistEntryModel>;
  BlacklistEntryConnection: ResolverTypeWrapper<Omit<BlacklistEntryConnection, 'edges'> & { edges: Array<ResolversTypes['BlacklistEntryEdge']> }>;
  BlacklistEntryEdge: ResolverTypeWrapper<Omit<BlacklistEntryEdge, 'node'> & { node: ResolversTypes['BlacklistEntry'] }>;
  BlacklistEntryInput: BlacklistEntryInput;
  BlacklistEntryStatus: BlacklistEntryStatus;
  BlacklistFilter: BlacklistFilter;
  BlacklistLiveAccount: ResolverTypeWrapper<BlacklistLiveAccount>;
  BlacklistMatch: ResolverTypeWrapper<CheckMatchModel>;
  BlacklistNotification: ResolverTypeWrapper<BlacklistNotification>;
  BlacklistNotificationInput: BlacklistNotificationInput;
  BlacklistRemovalKind: BlacklistRemovalKind;
  BlacklistSubject: ResolverTypeWrapper<EntrySubjectModel>;
  BlacklistSubjectInput: BlacklistSubjectInput;
  BlacklistSubjectType: BlacklistSubjectType;
  BlacklistTerm: ResolverTypeWrapper<BlacklistTerm>;
  BlacklistTermInput: BlacklistTermInput;
  BusinessInput: BusinessInput;
  CheckLogConnection: ResolverTypeWrapper<Omit<CheckLogConnection, 'edges'> & { edges: Array<ResolversTypes['CheckLogEdge']> }>;
  CheckLogEdge: ResolverTypeWrapper<Omit<CheckLogEdge, 'node'> & { node: ResolversTypes['CheckLogEntry'] }>;
  CheckLogEntry: ResolverTypeWrapper<StoredCheckLogModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CheckLogFilter: CheckLogFilter;
  CheckPurpose: CheckPurpose;
  CheckSubjectInput: CheckSubjectInput;
  CreditCategory: CreditCategory;
  CreditChange: ResolverTypeWrapper<CreditChangeModel>;
  CreditChangeConnection: ResolverTypeWrapper<Omit<CreditChangeConnection, 'edges'> & { edges: Array<ResolversTypes['CreditChangeEdge']> }>;
  CreditChangeEdge: ResolverTypeWrapper<Omit<CreditChangeEdge, 'node'> & { node: ResolversTypes['CreditChange'] }>;
  CreditChangeKind: CreditChangeKind;
  CreditCheckLogConnection: ResolverTypeWrapper<Omit<CreditCheckLogConnection, 'edges'> & { edges: Array<ResolversTypes['CreditCheckLogEdge']> }>;
  CreditCheckLogEdge: ResolverTypeWrapper<Omit<CreditCheckLogEdge, 'node'> & { node: ResolversTypes['CreditCheckLogEntry'] }>;
  CreditCheckLogEntry: ResolverTypeWrapper<StoredCreditCheckLogModel>;
  CreditCheckLogFilter: CreditCheckLogFilter;
  CreditCheckResult: ResolverTypeWrapper<CreditCheckResultModel>;
  CreditFact: ResolverTypeWrapper<CreditFactModel>;
  CreditFilter: CreditFilter;
  CreditOffice: ResolverTypeWrapper<CreditOfficeModel>;
  CreditRecord: ResolverTypeWrapper<CreditRecordViewModel>;
  CreditRecordConnection: ResolverTypeWrapper<Omit<CreditRecordConnection, 'edges'> & { edges: Array<ResolversTypes['CreditRecordEdge']> }>;
  CreditRecordEdge: ResolverTypeWrapper<Omit<CreditRecordEdge, 'node'> & { node: ResolversTypes['CreditRecord'] }>;
  CreditRecordInput: CreditRecordInput;
  CreditRegionBasis: CreditRegionBasis;
  CreditStatus: CreditStatus;
  CreditSubject: ResolverTypeWrapper<CreditSubjectModel>;
  CreditSubjectInput: CreditSubjectInput;
  CreditSubjectType: CreditSubjectType;
  CreditWatchInput: CreditWatchInput;
  CreditWatchSubjectInput: CreditWatchSubjectInput;
  CreditWatchUpdate: ResolverTypeWrapper<CreditWatchUpdate>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisposalReport: ResolverTypeWrapper<DisposalReportRefModel>;
  DocumentType: DocumentType;
  IdDocumentInput: IdDocumentInput;
  LiveAccountInput: LiveAccountInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonInput: PersonInput;
  Platform: ResolverTypeWrapper<PlatformRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Appeal: AppealModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AppealInput: AppealInput;
  BlacklistCheckResult: CheckResultModel;
  Boolean: Scalars['Boolean']['output'];
  BlacklistEntry: BlacklistEntryModel;
  BlacklistEntryConnection: Omit<BlacklistEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['BlacklistEntryEdge']> };
  BlacklistEntryEdge: Omit<BlacklistEntryEdge, 'node'> & { node: ResolversParentTypes['BlacklistEntry'] };
  BlacklistEntryInput: BlacklistEntryInput;
  BlacklistFilter: BlacklistFilter;
  BlacklistLiveAccount: BlacklistLiveAccount;
  BlacklistMatch: CheckMatchModel;
  BlacklistNotification: BlacklistNotification;
  BlacklistNotificationInput: BlacklistNotificationInput;
  BlacklistSubject: EntrySubjectModel;
  BlacklistSubjectInput: BlacklistSubjectInput;
  BlacklistTerm: BlacklistTerm;
  BlacklistTermInput: BlacklistTermInput;
  BusinessInput: BusinessInput;
  CheckLogConnection: Omit<CheckLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['CheckLogEdge']> };
  CheckLogEdge: Omit<CheckLogEdge, 'node'> & { node: ResolversParentTypes['CheckLogEntry'] };
  CheckLogEntry: StoredCheckLogModel;
  Int: Scalars['Int']['output'];
  CheckLogFilter: CheckLogFilter;
  CheckSubjectInput: CheckSubjectInput;
  CreditChange: CreditChangeModel;
  CreditChangeConnection: Omit<CreditChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['CreditChangeEdge']> };
  CreditChangeEdge: Omit<CreditChangeEdge, 'node'> & { node: ResolversParentTypes['CreditChange'] };
  CreditCheckLogConnection: Omit<CreditCheckLogConnection, 'edges'> & { edges: Array<ResolversParentTypes['CreditCheckLogEdge']> };
  CreditCheckLogEdge: Omit<CreditCheckLogEdge, 'node'> & { node: ResolversParentTypes['CreditCheckLogEntry'] };
  CreditCheckLogEntry: StoredCreditCheckLogModel;
  CreditCheckLogFilter: CreditCheckLogFilter;
  CreditCheckResult: CreditCheckResultModel;
  CreditFact: CreditFactModel;
  CreditFilter: CreditFilter;
  CreditOffice: CreditOfficeModel;
  CreditRecord: CreditRecordViewModel;
  CreditRecordConnection: Omit<CreditRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['CreditRecordEdge']> };
  CreditRecordEdge: Omit<CreditRecordEdge, 'node'> & { node: ResolversParentTypes['CreditRecord'] };
  CreditRecordInput: CreditRecordInput;
  CreditSubject: CreditSubjectModel;
  CreditSubjectInput: CreditSubjectInput;
  CreditWatchInput: CreditWatchInput;
  CreditWatchSubjectInput: CreditWatchSubjectInput;
  CreditWatchUpdate: CreditWatchUpdate;
  DateTime: Scalars['DateTime']['output'];
  DisposalReport: DisposalReportRefModel;
  IdDocumentInput: IdDocumentInput;
  LiveAccountInput: LiveAccountInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PersonInput: PersonInput;
  Platform: PlatformRefModel;
  Query: Record<PropertyKey, never>;
};

export type AppealResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Appeal'] = ResolversParentTypes['Appeal']> = {
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionToldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionToldChannel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['BlacklistEntry'], ParentType, ContextType>;
  grounds?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receiptToldAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppealStatus'], ParentType, ContextType>;
};

export type BlacklistCheckResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistCheckResult'] = ResolversParentTypes['BlacklistCheckResult']> = {
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['BlacklistMatch']>, ParentType, ContextType>;
};

export type BlacklistEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistEntry'] = ResolversParentTypes['BlacklistEntry']> = {
  appealPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appeals?: Resolver<Array<ResolversTypes['Appeal']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disposalReport?: Resolver<Maybe<ResolversTypes['DisposalReport']>, ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listingPlatform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  listingPlatformName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notification?: Resolver<ResolversTypes['BlacklistNotification'], ParentType, ContextType>;
  reasons?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removalKind?: Resolver<Maybe<ResolversTypes['BlacklistRemovalKind']>, ParentType, ContextType>;
  removalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  shareWithPeers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BlacklistEntryStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['BlacklistSubject'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['BlacklistTerm'], ParentType, ContextType>;
};

export type BlacklistEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistEntryConnection'] = ResolversParentTypes['BlacklistEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BlacklistEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type BlacklistEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistEntryEdge'] = ResolversParentTypes['BlacklistEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BlacklistEntry'], ParentType, ContextType>;
};

export type BlacklistLiveAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistLiveAccount'] = ResolversParentTypes['BlacklistLiveAccount']> = {
  accountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BlacklistMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistMatch'] = ResolversParentTypes['BlacklistMatch']> = {
  appealPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  listedSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  listingPlatformName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BlacklistEntryStatus'], ParentType, ContextType>;
};

export type BlacklistNotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistNotification'] = ResolversParentTypes['BlacklistNotification']> = {
  appealChannel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type BlacklistSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistSubject'] = ResolversParentTypes['BlacklistSubject']> = {
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentType?: Resolver<Maybe<ResolversTypes['DocumentType']>, ParentType, ContextType>;
  liveAccounts?: Resolver<Array<ResolversTypes['BlacklistLiveAccount']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['BlacklistSubjectType'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BlacklistTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BlacklistTerm'] = ResolversParentTypes['BlacklistTerm']> = {
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CheckLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckLogConnection'] = ResolversParentTypes['CheckLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CheckLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CheckLogEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckLogEdge'] = ResolversParentTypes['CheckLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CheckLogEntry'], ParentType, ContextType>;
};

export type CheckLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CheckLogEntry'] = ResolversParentTypes['CheckLogEntry']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkedBy?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  checkedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['CheckPurpose'], ParentType, ContextType>;
  subjectHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditChange'] = ResolversParentTypes['CreditChange']> = {
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CreditChangeKind'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['CreditFact'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditChangeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditChangeConnection'] = ResolversParentTypes['CreditChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CreditChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CreditChangeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditChangeEdge'] = ResolversParentTypes['CreditChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditChange'], ParentType, ContextType>;
};

export type CreditCheckLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditCheckLogConnection'] = ResolversParentTypes['CreditCheckLogConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CreditCheckLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CreditCheckLogEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditCheckLogEdge'] = ResolversParentTypes['CreditCheckLogEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditCheckLogEntry'], ParentType, ContextType>;
};

export type CreditCheckLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditCheckLogEntry'] = ResolversParentTypes['CreditCheckLogEntry']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkedBy?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  checkedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['CheckPurpose'], ParentType, ContextType>;
  subjectHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditCheckResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditCheckResult'] = ResolversParentTypes['CreditCheckResult']> = {
  records?: Resolver<Array<ResolversTypes['CreditFact']>, ParentType, ContextType>;
};

export type CreditFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditFact'] = ResolversParentTypes['CreditFact']> = {
  category?: Resolver<ResolversTypes['CreditCategory'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decisionDocumentNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  repairedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CreditStatus'], ParentType, ContextType>;
};

export type CreditOfficeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditOffice'] = ResolversParentTypes['CreditOffice']> = {
  authority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRecord'] = ResolversParentTypes['CreditRecord']> = {
  category?: Resolver<ResolversTypes['CreditCategory'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidingOffice?: Resolver<ResolversTypes['CreditOffice'], ParentType, ContextType>;
  decisionDocumentNo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdictionRegion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publicReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  regionBasis?: Resolver<ResolversTypes['CreditRegionBasis'], ParentType, ContextType>;
  repairReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repairedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CreditStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['CreditSubject'], ParentType, ContextType>;
};

export type CreditRecordConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRecordConnection'] = ResolversParentTypes['CreditRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CreditRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CreditRecordEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditRecordEdge'] = ResolversParentTypes['CreditRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CreditRecord'], ParentType, ContextType>;
};

export type CreditSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditSubject'] = ResolversParentTypes['CreditSubject']> = {
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentType?: Resolver<Maybe<ResolversTypes['DocumentType']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CreditSubjectType'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CreditWatchUpdateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreditWatchUpdate'] = ResolversParentTypes['CreditWatchUpdate']> = {
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  watching?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisposalReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReport'] = ResolversParentTypes['DisposalReport'], FederationReferenceType extends FederationReferenceTypes['DisposalReport'] = FederationReferenceTypes['DisposalReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisposalReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  blacklistEntries?: Resolver<Array<ResolversTypes['BlacklistEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addBlacklistEntry?: Resolver<ResolversTypes['BlacklistEntry'], ParentType, ContextType, RequireFields<MutationAddBlacklistEntryArgs, 'input'>>;
  decideAppeal?: Resolver<ResolversTypes['Appeal'], ParentType, ContextType, RequireFields<MutationDecideAppealArgs, 'appealId' | 'outcome' | 'reason'>>;
  fileAppeal?: Resolver<ResolversTypes['Appeal'], ParentType, ContextType, RequireFields<MutationFileAppealArgs, 'entryId' | 'input'>>;
  recordCreditInformation?: Resolver<ResolversTypes['CreditRecord'], ParentType, ContextType, RequireFields<MutationRecordCreditInformationArgs, 'input'>>;
  removeBlacklistEntry?: Resolver<ResolversTypes['BlacklistEntry'], ParentType, ContextType, RequireFields<MutationRemoveBlacklistEntryArgs, 'id' | 'reason'>>;
  repairCreditRecord?: Resolver<ResolversTypes['CreditRecord'], ParentType, ContextType, RequireFields<MutationRepairCreditRecordArgs, 'id' | 'reason' | 'repairedAt'>>;
  updateCreditWatch?: Resolver<ResolversTypes['CreditWatchUpdate'], ParentType, ContextType, RequireFields<MutationUpdateCreditWatchArgs, 'input'>>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform'], FederationReferenceType extends FederationReferenceTypes['Platform'] = FederationReferenceTypes['Platform']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Platform']> | FederationReferenceType, FederationReferenceType, ContextType>;
  blacklistEntryCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  blacklistCheck?: Resolver<Array<ResolversTypes['BlacklistCheckResult']>, ParentType, ContextType, RequireFields<QueryBlacklistCheckArgs, 'purpose' | 'subjects'>>;
  blacklistCheckLog?: Resolver<ResolversTypes['CheckLogConnection'], ParentType, ContextType, Partial<QueryBlacklistCheckLogArgs>>;
  blacklistEntries?: Resolver<ResolversTypes['BlacklistEntryConnection'], ParentType, ContextType, Partial<QueryBlacklistEntriesArgs>>;
  blacklistEntry?: Resolver<Maybe<ResolversTypes['BlacklistEntry']>, ParentType, ContextType, RequireFields<QueryBlacklistEntryArgs, 'id'>>;
  creditChanges?: Resolver<ResolversTypes['CreditChangeConnection'], ParentType, ContextType, RequireFields<QueryCreditChangesArgs, 'since'>>;
  creditCheck?: Resolver<Array<ResolversTypes['CreditCheckResult']>, ParentType, ContextType, RequireFields<QueryCreditCheckArgs, 'purpose' | 'subjects'>>;
  creditCheckLog?: Resolver<ResolversTypes['CreditCheckLogConnection'], ParentType, ContextType, Partial<QueryCreditCheckLogArgs>>;
  creditRecords?: Resolver<ResolversTypes['CreditRecordConnection'], ParentType, ContextType, Partial<QueryCreditRecordsArgs>>;
};

export type Resolvers<ContextType = Context> = {
  Appeal?: AppealResolvers<ContextType>;
  BlacklistCheckResult?: BlacklistCheckResultResolvers<ContextType>;
  BlacklistEntry?: BlacklistEntryResolvers<ContextType>;
  BlacklistEntryConnection?: BlacklistEntryConnectionResolvers<ContextType>;
  BlacklistEntryEdge?: BlacklistEntryEdgeResolvers<ContextType>;
  BlacklistLiveAccount?: BlacklistLiveAccountResolvers<ContextType>;
  BlacklistMatch?: BlacklistMatchResolvers<ContextType>;
  BlacklistNotification?: BlacklistNotificationResolvers<ContextType>;
  BlacklistSubject?: BlacklistSubjectResolvers<ContextType>;
  BlacklistTerm?: BlacklistTermResolvers<ContextType>;
  CheckLogConnection?: CheckLogConnectionResolvers<ContextType>;
  CheckLogEdge?: CheckLogEdgeResolvers<ContextType>;
  CheckLogEntry?: CheckLogEntryResolvers<ContextType>;
  CreditChange?: CreditChangeResolvers<ContextType>;
  CreditChangeConnection?: CreditChangeConnectionResolvers<ContextType>;
  CreditChangeEdge?: CreditChangeEdgeResolvers<ContextType>;
  CreditCheckLogConnection?: CreditCheckLogConnectionResolvers<ContextType>;
  CreditCheckLogEdge?: CreditCheckLogEdgeResolvers<ContextType>;
  CreditCheckLogEntry?: CreditCheckLogEntryResolvers<ContextType>;
  CreditCheckResult?: CreditCheckResultResolvers<ContextType>;
  CreditFact?: CreditFactResolvers<ContextType>;
  CreditOffice?: CreditOfficeResolvers<ContextType>;
  CreditRecord?: CreditRecordResolvers<ContextType>;
  CreditRecordConnection?: CreditRecordConnectionResolvers<ContextType>;
  CreditRecordEdge?: CreditRecordEdgeResolvers<ContextType>;
  CreditSubject?: CreditSubjectResolvers<ContextType>;
  CreditWatchUpdate?: CreditWatchUpdateResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DisposalReport?: DisposalReportResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

