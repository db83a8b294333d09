import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PlatformRef as PlatformRefModel } from '../resolvers/Platform.js';
import type { DisposalReport as DisposalReportModelModel, ReportVersion as ReportVersionModel, MeasureStatus as MeasureStatusModel, RecipientStatus as RecipientStatusModel, Acknowledgement as AcknowledgementModel, Lifting as LiftingModel } from '../domain/versioning.js';
import type { Measure as MeasureModel } from '../domain/disposal-report.js';
import type { Subject as SubjectModel, OperatorRef as OperatorRefModel, Person as PersonModel } from '../domain/subject.js';
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

/** The regulating authority of an office: market regulation (市场监督管理) or cyberspace administration (网信). */
export type Authority =
  /** Cyberspace administration: the Cyberspace Administration of China and local 网信部门. */
  | 'CAC'
  /** Market regulation: the State Administration for Market Regulation and local 市场监督管理部门. */
  | 'SAMR';

/** An office's acknowledgement of one version. */
export type DisposalAcknowledgement = {
  __typename?: 'DisposalAcknowledgement';
  /** When it acknowledged. */
  acknowledgedAt: Scalars['DateTime']['output'];
  /** SAMR or CAC. */
  authority: Authority;
  /** The office's level. */
  level: OfficeLevel;
  /** The office's region code. */
  region: Scalars['String']['output'];
  /** The version acknowledged. */
  version: Scalars['Int']['output'];
};

/** A registered business as reported. */
export type DisposalBusiness = {
  __typename?: 'DisposalBusiness';
  /** The registered name. */
  name: Scalars['String']['output'];
  /** The business's USCC. */
  uscc: Scalars['String']['output'];
};

/** A registered business: name and unified social credit code. */
export type DisposalBusinessInput = {
  /** The registered name: 1 to 200 characters, trimmed. */
  name: Scalars['String']['input'];
  /** Unified social credit code: 18 characters with a valid mod-31 check character (GB 32100-2015); trimmed and upper-cased first. */
  uscc: Scalars['String']['input'];
};

/** A reported identity document. */
export type DisposalIdDocument = {
  __typename?: 'DisposalIdDocument';
  /** The normalised number: in full for regulators; masked for anyone else (first 3 and last 2 characters, 110*************2X). */
  number: Scalars['String']['output'];
  /** The kind of document. */
  type: DocumentType;
};

/** An identity document: its type and number, the number checked by the type's format and check character. */
export type DisposalIdDocumentInput = {
  /** The number, in the type's format (see DocumentType); normalised (half-width, upper case, no white space). */
  number: Scalars['String']['input'];
  /** The kind of document. */
  type: DocumentType;
};

/** A provision the measures rest on. */
export type DisposalLegalBasis = {
  __typename?: 'DisposalLegalBasis';
  /** The article within it. */
  article: Scalars['String']['output'];
  /** The law, regulation or platform rule. */
  law: Scalars['String']['output'];
};

/** A provision the measures rest on. */
export type DisposalLegalBasisInput = {
  /** The article within it, e.g. 第十二条: 1 to 100 characters. */
  article: Scalars['String']['input'];
  /** The law, regulation or platform rule, e.g. 直播电商监督管理办法: 1 to 200 characters. */
  law: Scalars['String']['input'];
};

/** A live account the subject used. */
export type DisposalLiveAccount = {
  __typename?: 'DisposalLiveAccount';
  /** The account's id on the reporting platform. */
  accountId: Scalars['String']['output'];
  /** The account's display name, if reported. */
  nickname?: Maybe<Scalars['String']['output']>;
};

/** A live account the subject used on the reporting platform. */
export type DisposalLiveAccountInput = {
  /** The account's id on the platform: 1 to 128 characters. */
  accountId: Scalars['String']['input'];
  /** The account's display name: at most 128 characters. */
  nickname?: InputMaybe<Scalars['String']['input']>;
};

/** A measure of the current version, with its lifting if any. */
export type DisposalMeasure = {
  __typename?: 'DisposalMeasure';
  /** When it ends; null when none was given. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when liftMeasure recorded a lifting of it. */
  lifted: Scalars['Boolean']['output'];
  /** The lifting, if any. */
  lifting?: Maybe<MeasureLifting>;
  /** OTHER: the measure as the platform named it (1 to 100 characters); null for the named types. */
  name?: Maybe<Scalars['String']['output']>;
  /** When it took effect. */
  startsAt: Scalars['DateTime']['output'];
  /** Which measure. */
  type: MeasureType;
};

/** One measure taken (Art 12 ¶1) and its term. */
export type DisposalMeasureInput = {
  /**
   * After startsAt. Required for the time-limited measures and for BLACKLISTING (Art 14 ¶2: a definite term); for
   * OTHER, give it when the measure has a term.
   */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** OTHER only, required: what the measure is, e.g. 下架商品链接: 1 to 100 characters, trimmed. Absent for the named types. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** When the measure took effect. */
  startsAt: Scalars['DateTime']['input'];
  /** Which measure. */
  type: MeasureType;
};

/** A measure as a version states it. */
export type DisposalMeasureTerm = {
  __typename?: 'DisposalMeasureTerm';
  /** When it ends; null when none was given (WARNING, ACCOUNT_CLOSURE, REREGISTRATION_BAN and an OTHER without a term need none). */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** OTHER: the measure as the platform named it (1 to 100 characters); null for the named types. */
  name?: Maybe<Scalars['String']['output']>;
  /** When it took effect. */
  startsAt: Scalars['DateTime']['output'];
  /** Which measure. */
  type: MeasureType;
};

/** The operator of the live room a streamer streamed in (Art 47 ¶3): a person or a business. */
export type DisposalOperator = {
  __typename?: 'DisposalOperator';
  /** A business operator; null for a person. */
  business?: Maybe<DisposalBusiness>;
  /** The operator's actual business region (GB/T 2260); null when it could not be determined (Art 47 ¶2). */
  businessRegion?: Maybe<Scalars['String']['output']>;
  /** A business operator's registered domicile (GB/T 2260), if given. */
  domicileRegion?: Maybe<Scalars['String']['output']>;
  /** A natural person operator; null for a business. */
  person?: Maybe<DisposalPerson>;
};

/**
 * The operator of the live room a streamer streamed in (Art 47 ¶3): exactly one of person or business, and the places
 * that decide jurisdiction over it as for an OPERATOR subject (Art 47 ¶2).
 */
export type DisposalOperatorInput = {
  /** A registered business operating the room. */
  business?: InputMaybe<DisposalBusinessInput>;
  /**
   * The operator's actual business region (实际经营地), GB/T 2260: a province, prefecture or county code, not 100000.
   * Absent when it cannot be determined: then a business gives domicileRegion, and a person falls to the reporting
   * platform's domicile (Art 47 ¶2).
   */
  businessRegion?: InputMaybe<Scalars['String']['input']>;
  /** A business only: its registered domicile (住所地), GB/T 2260, not 100000; required when businessRegion is absent. */
  domicileRegion?: InputMaybe<Scalars['String']['input']>;
  /** An unregistered natural person operating the room. */
  person?: InputMaybe<DisposalPersonInput>;
};

/** A natural person as reported. */
export type DisposalPerson = {
  __typename?: 'DisposalPerson';
  /** The person's identity document. */
  idDocument: DisposalIdDocument;
  /** The person's name. */
  name: Scalars['String']['output'];
};

/** A natural person: name and identity document. */
export type DisposalPersonInput = {
  /** The person's identity document. */
  idDocument: DisposalIdDocumentInput;
  /** The person's name: 1 to 200 characters, trimmed. */
  name: Scalars['String']['input'];
};

/** An office the current version is addressed to (Art 12 ¶3). */
export type DisposalRecipient = {
  __typename?: 'DisposalRecipient';
  /** When this office acknowledged the current version; null while it has not. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** SAMR or CAC. */
  authority: Authority;
  /** COUNTY, PREFECTURE, PROVINCE or NATIONAL: every level from the platform's domicile up. */
  level: OfficeLevel;
  /** True for the provincial SAMR and CAC when a severe measure is reported. */
  mustAcknowledge: Scalars['Boolean']['output'];
  /** The office's region code (GB/T 2260; 100000 for national). */
  region: Scalars['String']['output'];
};

/**
 * A disposal report (处置措施报告, Art 12 ¶3): what a platform did to an operator, streamer or agency, and why.
 * Fields without a version describe the current version; nothing is ever overwritten (see history).
 */
export type DisposalReport = {
  __typename?: 'DisposalReport';
  /** Every acknowledgement of every version, oldest first. */
  acknowledgements: Array<DisposalAcknowledgement>;
  /** True when the caller is a provincial office that must acknowledge the current version and has not. */
  awaitingMyAcknowledgement: Scalars['Boolean']['output'];
  /** When the platform decided the measures (current version). */
  decidedAt: Scalars['DateTime']['output'];
  /** The platform's domicile region when it reported: decides the recipients. */
  domicileRegion: Scalars['String']['output'];
  /** The facts (current version). */
  facts: Scalars['String']['output'];
  /** True when every office that must acknowledge the current version has. */
  fullyAcknowledged: Scalars['Boolean']['output'];
  /** Every version, oldest first; the last is the current one. */
  history: Array<DisposalReportVersion>;
  /** The disposal report's id (a UUIDv7, assigned by penalty-reports: ids sort by arrival). */
  id: Scalars['ID']['output'];
  /** The platform's idempotency key of the submission. */
  idempotencyKey: Scalars['String']['output'];
  /** The legal basis (current version). */
  legalBasis: Array<DisposalLegalBasis>;
  /** Lifting events, oldest first. */
  liftings: Array<MeasureLifting>;
  /** The measures of the current version, in the order of MeasureType, each with its lifting if any. */
  measures: Array<DisposalMeasure>;
  /** The reporting platform (resolved by identity-registry). */
  platform: Platform;
  /**
   * On a mutation's result: the receipt of that write, a compact JWS (ES256, penalty-reports' key,
   * kid in the header) over what was accepted, from whom, when (receivedAt: the time the law's clock uses) and
   * its leaf in the evidence log. A replayed write returns the first receipt, byte for byte. Null elsewhere.
   * Check it with `npm run verify -- receipt <file> --jwks <file>`.
   */
  receipt?: Maybe<Scalars['String']['output']>;
  /** The SAMR and CAC offices the current version is addressed to, county level and up, and who acknowledged. */
  recipients: Array<DisposalRecipient>;
  /** Stamped by the exchange when the report first arrived. */
  reportedAt: Scalars['DateTime']['output'];
  /** Seconds from decidedAt (current version) to reportedAt; never negative. */
  reportingLagSeconds: Scalars['Int']['output'];
  /** Includes ACCOUNT_CLOSURE, REREGISTRATION_BAN or BLACKLISTING. */
  severe: Scalars['Boolean']['output'];
  /** Whom the measures were taken against (current version); personal data masked for anyone but regulators. */
  subject: DisposalSubject;
  /** The offices with jurisdiction over the subject (Art 47), for the current version; null for an agency reported without its domicile. */
  subjectJurisdiction?: Maybe<SubjectJurisdiction>;
  /** What led the platform to act (current version). */
  trigger: DisposalTrigger;
  /** The current version number. */
  version: Scalars['Int']['output'];
};

/** A page of disposal reports, newest first (Relay connection). */
export type DisposalReportConnection = {
  __typename?: 'DisposalReportConnection';
  /** The reports of this page. */
  edges: Array<DisposalReportEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One report and its cursor. */
export type DisposalReportEdge = {
  __typename?: 'DisposalReportEdge';
  /** Opaque; pass it as `after` to continue after this report. */
  cursor: Scalars['String']['output'];
  /** The report, as the caller may see it. */
  node: DisposalReport;
};

/** Which reports to list; every field given narrows the list. */
export type DisposalReportFilter = {
  /** Provincial offices: only reports whose current version still awaits the caller's acknowledgement (anyone else: none). */
  awaitingMyAcknowledgement?: InputMaybe<Scalars['Boolean']['input']>;
  /** Decided at or after (inclusive). */
  decidedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Decided before (exclusive); must be after decidedFrom. */
  decidedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Reports whose current version includes this measure. */
  measure?: InputMaybe<MeasureType>;
  /** Only reports filed at least this many seconds after the decision (reportingLagSeconds); a whole number ≥ 0. */
  minReportingLagSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** Reports filed by this platform: its USCC, checked by its check character. Another platform's reports are never listed to a platform. */
  platformUscc?: InputMaybe<Scalars['String']['input']>;
  /** Only reports with ACCOUNT_CLOSURE, REREGISTRATION_BAN or BLACKLISTING. */
  severeOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Reports whose subject has exactly this identity (matched on a keyed hash). */
  subject?: InputMaybe<DisposalSubjectFilter>;
};

/** A disposal report as the platform files it (Art 12 ¶3). */
export type DisposalReportInput = {
  /** When the platform decided the measures; not more than 5 minutes in the future. */
  decidedAt: Scalars['DateTime']['input'];
  /** The facts (违法违规事实): 1 to 10,000 characters. */
  facts: Scalars['String']['input'];
  /** Per platform: 1 to 128 printable ASCII characters, no spaces. A retry with the same key and content returns the first report; other content is a CONFLICT. Ignored by amendDisposalReport. */
  idempotencyKey: Scalars['String']['input'];
  /** The legal basis: 1 to 20 laws and articles. */
  legalBasis: Array<DisposalLegalBasisInput>;
  /** One or more, each type at most once (so at most 9). */
  measures: Array<DisposalMeasureInput>;
  /** Whom the measures were taken against. */
  subject: DisposalSubjectInput;
  /** What led the platform to act. */
  trigger: DisposalTriggerInput;
};

/** One version of a report, as filed. Version 1 is the submission; each amendment adds one. */
export type DisposalReportVersion = {
  __typename?: 'DisposalReportVersion';
  /** When the exchange stored this version. */
  createdAt: Scalars['DateTime']['output'];
  /** When the platform decided the measures, as this version states it. */
  decidedAt: Scalars['DateTime']['output'];
  /** The facts, as this version states them. */
  facts: Scalars['String']['output'];
  /** The legal basis, as this version states it. */
  legalBasis: Array<DisposalLegalBasis>;
  /** The measures and their terms, in the order of MeasureType. */
  measures: Array<DisposalMeasureTerm>;
  /** Why it was amended; null for version 1. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Whom the measures were taken against, as this version states it. */
  subject: DisposalSubject;
  /** What led the platform to act. */
  trigger: DisposalTrigger;
  /** 1, 2, 3, …: 1 is the submission. */
  version: Scalars['Int']['output'];
};

/** Whom the measures were taken against (Art 12 ¶1). */
export type DisposalSubject = {
  __typename?: 'DisposalSubject';
  /** A business subject; null for a person. */
  business?: Maybe<DisposalBusiness>;
  /** OPERATOR: its actual business region (Art 47 ¶2); null when it could not be determined. */
  businessRegion?: Maybe<Scalars['String']['output']>;
  /** AGENCY, or an OPERATOR given as a business: its domicile (住所地, GB/T 2260), if given. */
  domicileRegion?: Maybe<Scalars['String']['output']>;
  /** OPERATOR, STREAMER or AGENCY. */
  kind: SubjectKind;
  /** The subject's live accounts (up to 50); may be empty for an agency. */
  liveAccounts: Array<DisposalLiveAccount>;
  /** STREAMER: the operator they streamed for (Art 47 ¶3). */
  operator?: Maybe<DisposalOperator>;
  /** A natural person subject; null for a business. */
  person?: Maybe<DisposalPerson>;
};

/** A subject identity to search for, flat as in blacklistCheck: documentType and documentNumber, or uscc. */
export type DisposalSubjectFilter = {
  /** With documentType: the number, normalised and checked as in DocumentType. */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  /** With documentNumber: the document's type. */
  documentType?: InputMaybe<DocumentType>;
  /** A business's USCC, checked by its check character. */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** Whom the measures were taken against (Art 12 ¶1): exactly one of person or business, as the kind allows. */
export type DisposalSubjectInput = {
  /** A registered business: operators may be one, agencies are one. */
  business?: InputMaybe<DisposalBusinessInput>;
  /**
   * OPERATOR only: its actual business region (实际经营地, Art 47 ¶2), a province, prefecture or county code, not
   * 100000. Absent when it cannot be determined: then a business operator gives domicileRegion, and a person (an
   * unregistered operator) falls to the reporting platform's domicile.
   */
  businessRegion?: InputMaybe<Scalars['String']['input']>;
  /**
   * Its domicile (住所地), GB/T 2260, not 100000. AGENCY: required (Art 47 ¶1). OPERATOR given as a business: required
   * when businessRegion is absent (Art 47 ¶2). Not for a person operator or a streamer.
   */
  domicileRegion?: InputMaybe<Scalars['String']['input']>;
  /** OPERATOR (person or business), STREAMER (person) or AGENCY (business). */
  kind: SubjectKind;
  /** The subject's live accounts: 1 to 50 for an operator or a streamer, 0 to 50 for an agency. */
  liveAccounts?: InputMaybe<Array<DisposalLiveAccountInput>>;
  /** STREAMER only, required: the operator they streamed for (Art 47 ¶3). */
  operator?: InputMaybe<DisposalOperatorInput>;
  /** A natural person: operators may be one, streamers are one. */
  person?: InputMaybe<DisposalPersonInput>;
};

/** What led the platform to act. */
export type DisposalTrigger = {
  __typename?: 'DisposalTrigger';
  /** The kind of trigger. */
  kind: TriggerKind;
  /** REGULATOR_NOTICE: the notice itself, resolved by case-cooperation under its own access rules. */
  notice?: Maybe<Notice>;
  /** REGULATOR_NOTICE: the case-cooperation Notice id. */
  noticeId?: Maybe<Scalars['ID']['output']>;
};

/** What led the platform to act. */
export type DisposalTriggerInput = {
  /** The kind of trigger. */
  kind: TriggerKind;
  /** REGULATOR_NOTICE only, required: the case-cooperation Notice id, at most 128 characters; absent for the other kinds. */
  noticeId?: InputMaybe<Scalars['ID']['input']>;
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

/** Why a region's offices have jurisdiction over a report's subject (Art 47). */
export type JurisdictionBasis =
  /** Art 47 ¶2: the operator's actual place of business (实际经营地); for a streamer, their operator's (¶3). */
  | 'BUSINESS_PLACE'
  /** Art 47 ¶1: the domicile (住所地) of an agency (or of an operator on its own website). */
  | 'DOMICILE'
  /** Art 47 ¶2: the place of business cannot be determined and the operator is unregistered: the reporting platform's domicile. */
  | 'PLATFORM_DOMICILE'
  /** Art 47 ¶2: the place of business cannot be determined, so a registered operator's domicile decides. */
  | 'REGISTERED_DOMICILE';

/** A lifting event: a measure ended early or on the record (appeal, Art 22 ¶4 contact update, expiry). */
export type MeasureLifting = {
  __typename?: 'MeasureLifting';
  /** When it stopped applying, as the platform stated it. */
  liftedAt: Scalars['DateTime']['output'];
  /** The measure lifted. */
  measure: MeasureType;
  /** Why, as the platform stated it (at most 2,000 characters). */
  reason: Scalars['String']['output'];
  /** When the exchange recorded the lifting. */
  recordedAt: Scalars['DateTime']['output'];
  /** The report version current when the lifting was recorded. */
  version: Scalars['Int']['output'];
};

/**
 * Disposal measures of Art 12 ¶1, the eight it names from the mildest to the most severe, then OTHER: the list in
 * the law ends in 等, so any other measure can be reported too.
 */
export type MeasureType =
  /** 关闭账号 (severe: also reported to the provincial offices) */
  | 'ACCOUNT_CLOSURE'
  /** 列入黑名单 (severe; a definite term is mandatory, Art 14 ¶2) */
  | 'BLACKLISTING'
  /** 限制功能 (time-limited) */
  | 'FEATURE_RESTRICTION'
  /** 暂停直播 (time-limited) */
  | 'LIVE_SUSPENSION'
  /**
   * Any other measure (Art 12 ¶1 等), e.g. 下架商品链接 (delisting a product link): named by the platform (name, 1 to 100
   * characters), with an end when it has a term; routed like the non-severe measures (not owed a provincial
   * acknowledgement). At most one per report.
   */
  | 'OTHER'
  /** 禁止重新注册账号 (severe) */
  | 'REREGISTRATION_BAN'
  /** 限期停播 (time-limited) */
  | 'TIMED_BROADCAST_BAN'
  /** 限制流量 (time-limited) */
  | 'TRAFFIC_RESTRICTION'
  /** 警示 */
  | 'WARNING';

/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type Mutation = {
  __typename?: 'Mutation';
  /** An office the current version is addressed to: acknowledges it. Idempotent. */
  acknowledgeDisposalReport: DisposalReport;
  /** The reporting platform: a correction, as a new version. Identical content adds no version. */
  amendDisposalReport: DisposalReport;
  /** The reporting platform: records that a measure of the current version was lifted (once per measure; OTHER names the one OTHER measure of the report). */
  liftMeasure: DisposalReport;
  /**
   * Platforms: reports disposal measures (Art 12 ¶3), to the SAMR and CAC offices of every level from the platform's
   * domicile up; ACCOUNT_CLOSURE, REREGISTRATION_BAN and BLACKLISTING also to the provincial offices, which must
   * acknowledge. Idempotent on input.idempotencyKey.
   */
  submitDisposalReport: DisposalReport;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationAcknowledgeDisposalReportArgs = {
  id: Scalars['ID']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationAmendDisposalReportArgs = {
  id: Scalars['ID']['input'];
  input: DisposalReportInput;
  reason: Scalars['String']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationLiftMeasureArgs = {
  liftedAt: Scalars['DateTime']['input'];
  measure: MeasureType;
  reason: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationSubmitDisposalReportArgs = {
  input: DisposalReportInput;
};

/** A notice or request from a SAMR or CAC office to one platform (Art 12 ¶2, 21, 22). */
export type Notice = {
  __typename?: 'Notice';
  /** The notice's id (a UUIDv7, assigned by case-cooperation: ids sort by the time it was sent). */
  id: Scalars['ID']['output'];
};

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
  /** Disposal reports (Art 12) this platform filed that the caller may read; null when the caller may read none of its reports. */
  disposalReportCount?: Maybe<Scalars['Int']['output']>;
  /**
   * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, upper case, digits and letters
   * other than I, O, Z, S, V; characters 3–8 are a region code; the last is the mod-31 check character.
   */
  uscc: Scalars['String']['output'];
};

/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type Query = {
  __typename?: 'Query';
  /** A report the caller may read; null otherwise (another platform's, or outside the caller's jurisdiction). A regulator's read is access-logged. */
  disposalReport?: Maybe<DisposalReport>;
  /**
   * Reports the caller may read, newest first: a platform its own; a SAMR or CAC office those of platforms domiciled
   * in its area, and (Art 47) those whose subject it has jurisdiction over (subjectJurisdiction). A regulator's read is
   * access-logged.
   */
  disposalReports: DisposalReportConnection;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryDisposalReportArgs = {
  id: Scalars['ID']['input'];
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryDisposalReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DisposalReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The offices with jurisdiction over a report's subject (Art 47): the SAMR and CAC offices of one region, county level
 * and up; they may read the report.
 */
export type SubjectJurisdiction = {
  __typename?: 'SubjectJurisdiction';
  /** Which rule of Art 47 chose the region. */
  basis: JurisdictionBasis;
  /** The region (GB/T 2260): every office covering it, from its county up to the national office. */
  region: Scalars['String']['output'];
};

/** Whom the measures were taken against (Art 12 ¶1). */
export type SubjectKind =
  /** 直播营销人员服务机构: a registered business. */
  | 'AGENCY'
  /** 直播间运营者: a registered business or a natural person. */
  | 'OPERATOR'
  /** 直播营销人员: a natural person. */
  | 'STREAMER';

/** What led the platform to act. */
export type TriggerKind =
  /** A complaint or report from the public. */
  | 'COMPLAINT'
  /** The platform's patrols (Art 13). */
  | 'PATROL'
  /** The platform's own monitoring (Art 13). */
  | 'PLATFORM_DETECTION'
  /** A regulator's notice (Art 12 ¶2, Art 50): give its id. */
  | 'REGULATOR_NOTICE';



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
  Authority: Authority;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DisposalAcknowledgement: ResolverTypeWrapper<AcknowledgementModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DisposalBusiness: ResolverTypeWrapper<DisposalBusiness>;
  DisposalBusinessInput: DisposalBusinessInput;
  DisposalIdDocument: ResolverTypeWrapper<DisposalIdDocument>;
  DisposalIdDocumentInput: DisposalIdDocumentInput;
  DisposalLegalBasis: ResolverTypeWrapper<DisposalLegalBasis>;
  DisposalLegalBasisInput: DisposalLegalBasisInput;
  DisposalLiveAccount: ResolverTypeWrapper<DisposalLiveAccount>;
  DisposalLiveAccountInput: DisposalLiveAccountInput;
  DisposalMeasure: ResolverTypeWrapper<MeasureStatusModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  DisposalMeasureInput: DisposalMeasureInput;
  DisposalMeasureTerm: ResolverTypeWrapper<MeasureModel>;
  DisposalOperator: ResolverTypeWrapper<OperatorRefModel>;
  DisposalOperatorInput: DisposalOperatorInput;
  DisposalPerson: ResolverTypeWrapper<PersonModel>;
  DisposalPersonInput: DisposalPersonInput;
  DisposalRecipient: ResolverTypeWrapper<RecipientStatusModel>;
  DisposalReport: ResolverTypeWrapper<DisposalReportModelModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DisposalReportConnection: ResolverTypeWrapper<Omit<DisposalReportConnection, 'edges'> & { edges: Array<ResolversTypes['DisposalReportEdge']> }>;
  DisposalReportEdge: ResolverTypeWrapper<Omit<DisposalReportEdge, 'node'> & { node: ResolversTypes['DisposalReport'] }>;
  DisposalReportFilter: DisposalReportFilter;
  DisposalReportInput: DisposalReportInput;
  DisposalReportVersion: ResolverTypeWrapper<ReportVersionModel>;
  DisposalSubject: ResolverTypeWrapper<SubjectModel>;
  DisposalSubjectFilter: DisposalSubjectFilter;
  DisposalSubjectInput: DisposalSubjectInput;
  DisposalTrigger: ResolverTypeWrapper<DisposalTrigger>;
  DisposalTriggerInput: DisposalTriggerInput;
  DocumentType: DocumentType;
  JurisdictionBasis: JurisdictionBasis;
  MeasureLifting: ResolverTypeWrapper<LiftingModel>;
  MeasureType: MeasureType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notice: ResolverTypeWrapper<Notice>;
  OfficeLevel: OfficeLevel;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Platform: ResolverTypeWrapper<PlatformRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubjectJurisdiction: ResolverTypeWrapper<SubjectJurisdiction>;
  SubjectKind: SubjectKind;
  TriggerKind: TriggerKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  DateTime: Scalars['DateTime']['output'];
  DisposalAcknowledgement: AcknowledgementModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  DisposalBusiness: DisposalBusiness;
  DisposalBusinessInput: DisposalBusinessInput;
  DisposalIdDocument: DisposalIdDocument;
  DisposalIdDocumentInput: DisposalIdDocumentInput;
  DisposalLegalBasis: DisposalLegalBasis;
  DisposalLegalBasisInput: DisposalLegalBasisInput;
  DisposalLiveAccount: DisposalLiveAccount;
  DisposalLiveAccountInput: DisposalLiveAccountInput;
  DisposalMeasure: MeasureStatusModel;
  Boolean: Scalars['Boolean']['output'];
  DisposalMeasureInput: DisposalMeasureInput;
  DisposalMeasureTerm: MeasureModel;
  DisposalOperator: OperatorRefModel;
  DisposalOperatorInput: DisposalOperatorInput;
  DisposalPerson: PersonModel;
  DisposalPersonInput: DisposalPersonInput;
  DisposalRecipient: RecipientStatusModel;
  DisposalReport: DisposalReportModelModel;
  ID: Scalars['ID']['output'];
  DisposalReportConnection: Omit<DisposalReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['DisposalReportEdge']> };
  DisposalReportEdge: Omit<DisposalReportEdge, 'node'> & { node: ResolversParentTypes['DisposalReport'] };
  DisposalReportFilter: DisposalReportFilter;
  DisposalReportInput: DisposalReportInput;
  DisposalReportVersion: ReportVersionModel;
  DisposalSubject: SubjectModel;
  DisposalSubjectFilter: DisposalSubjectFilter;
  DisposalSubjectInput: DisposalSubjectInput;
  DisposalTrigger: DisposalTrigger;
  DisposalTriggerInput: DisposalTriggerInput;
  MeasureLifting: LiftingModel;
  Mutation: Record<PropertyKey, never>;
  Notice: Notice;
  PageInfo: PageInfo;
  Platform: PlatformRefModel;
  Query: Record<PropertyKey, never>;
  SubjectJurisdiction: SubjectJurisdiction;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisposalAcknowledgementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalAcknowledgement'] = ResolversParentTypes['DisposalAcknowledgement']> = {
  acknowledgedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OfficeLevel'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisposalBusinessResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalBusiness'] = ResolversParentTypes['DisposalBusiness']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisposalIdDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalIdDocument'] = ResolversParentTypes['DisposalIdDocument']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
};

export type DisposalLegalBasisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalLegalBasis'] = ResolversParentTypes['DisposalLegalBasis']> = {
  article?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  law?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisposalLiveAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalLiveAccount'] = ResolversParentTypes['DisposalLiveAccount']> = {
  accountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DisposalMeasureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalMeasure'] = ResolversParentTypes['DisposalMeasure']> = {
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lifted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lifting?: Resolver<Maybe<ResolversTypes['MeasureLifting']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MeasureType'], ParentType, ContextType>;
};

export type DisposalMeasureTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalMeasureTerm'] = ResolversParentTypes['DisposalMeasureTerm']> = {
  endsAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MeasureType'], ParentType, ContextType>;
};

export type DisposalOperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalOperator'] = ResolversParentTypes['DisposalOperator']> = {
  business?: Resolver<Maybe<ResolversTypes['DisposalBusiness']>, ParentType, ContextType>;
  businessRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domicileRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['DisposalPerson']>, ParentType, ContextType>;
};

export type DisposalPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalPerson'] = ResolversParentTypes['DisposalPerson']> = {
  idDocument?: Resolver<ResolversTypes['DisposalIdDocument'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisposalRecipientResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalRecipient'] = ResolversParentTypes['DisposalRecipient']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  authority?: Resolver<ResolversTypes['Authority'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['OfficeLevel'], ParentType, ContextType>;
  mustAcknowledge?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DisposalReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReport'] = ResolversParentTypes['DisposalReport'], FederationReferenceType extends FederationReferenceTypes['DisposalReport'] = FederationReferenceTypes['DisposalReport']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DisposalReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acknowledgements?: Resolver<Array<ResolversTypes['DisposalAcknowledgement']>, ParentType, ContextType>;
  awaitingMyAcknowledgement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  domicileRegion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullyAcknowledged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DisposalReportVersion']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idempotencyKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['DisposalLegalBasis']>, ParentType, ContextType>;
  liftings?: Resolver<Array<ResolversTypes['MeasureLifting']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['DisposalMeasure']>, ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['DisposalRecipient']>, ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportingLagSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  severe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['DisposalSubject'], ParentType, ContextType>;
  subjectJurisdiction?: Resolver<Maybe<ResolversTypes['SubjectJurisdiction']>, ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['DisposalTrigger'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisposalReportConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReportConnection'] = ResolversParentTypes['DisposalReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DisposalReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DisposalReportEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReportEdge'] = ResolversParentTypes['DisposalReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType>;
};

export type DisposalReportVersionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalReportVersion'] = ResolversParentTypes['DisposalReportVersion']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  facts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<Array<ResolversTypes['DisposalLegalBasis']>, ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['DisposalMeasureTerm']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['DisposalSubject'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['DisposalTrigger'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisposalSubjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalSubject'] = ResolversParentTypes['DisposalSubject']> = {
  business?: Resolver<Maybe<ResolversTypes['DisposalBusiness']>, ParentType, ContextType>;
  businessRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  domicileRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SubjectKind'], ParentType, ContextType>;
  liveAccounts?: Resolver<Array<ResolversTypes['DisposalLiveAccount']>, ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['DisposalOperator']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['DisposalPerson']>, ParentType, ContextType>;
};

export type DisposalTriggerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DisposalTrigger'] = ResolversParentTypes['DisposalTrigger']> = {
  kind?: Resolver<ResolversTypes['TriggerKind'], ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['Notice']>, ParentType, ContextType>;
  noticeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type MeasureLiftingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MeasureLifting'] = ResolversParentTypes['MeasureLifting']> = {
  liftedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['MeasureType'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeDisposalReport?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType, RequireFields<MutationAcknowledgeDisposalReportArgs, 'id'>>;
  amendDisposalReport?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType, RequireFields<MutationAmendDisposalReportArgs, 'id' | 'input' | 'reason'>>;
  liftMeasure?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType, RequireFields<MutationLiftMeasureArgs, 'liftedAt' | 'measure' | 'reason' | 'reportId'>>;
  submitDisposalReport?: Resolver<ResolversTypes['DisposalReport'], ParentType, ContextType, RequireFields<MutationSubmitDisposalReportArgs, 'input'>>;
};

export type NoticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notice'] = ResolversParentTypes['Notice']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform'], FederationReferenceType extends FederationReferenceTypes['Platform'] = FederationReferenceTypes['Platform']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Platform']> | FederationReferenceType, FederationReferenceType, ContextType>;
  disposalReportCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  disposalReport?: Resolver<Maybe<ResolversTypes['DisposalReport']>, ParentType, ContextType, RequireFields<QueryDisposalReportArgs, 'id'>>;
  disposalReports?: Resolver<ResolversTypes['DisposalReportConnection'], ParentType, ContextType, Partial<QueryDisposalReportsArgs>>;
};

export type SubjectJurisdictionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubjectJurisdiction'] = ResolversParentTypes['SubjectJurisdiction']> = {
  basis?: Resolver<ResolversTypes['JurisdictionBasis'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  DateTime?: GraphQLScalarType;
  DisposalAcknowledgement?: DisposalAcknowledgementResolvers<ContextType>;
  DisposalBusiness?: DisposalBusinessResolvers<ContextType>;
  DisposalIdDocument?: DisposalIdDocumentResolvers<ContextType>;
  DisposalLegalBasis?: DisposalLegalBasisResolvers<ContextType>;
  DisposalLiveAccount?: DisposalLiveAccountResolvers<ContextType>;
  DisposalMeasure?: DisposalMeasureResolvers<ContextType>;
  DisposalMeasureTerm?: DisposalMeasureTermResolvers<ContextType>;
  DisposalOperator?: DisposalOperatorResolvers<ContextType>;
  DisposalPerson?: DisposalPersonResolvers<ContextType>;
  DisposalRecipient?: DisposalRecipientResolvers<ContextType>;
  DisposalReport?: DisposalReportResolvers<ContextType>;
  DisposalReportConnection?: DisposalReportConnectionResolvers<ContextType>;
  DisposalReportEdge?: DisposalReportEdgeResolvers<ContextType>;
  DisposalReportVersion?: DisposalReportVersionResolvers<ContextType>;
  DisposalSubject?: DisposalSubjectResolvers<ContextType>;
  DisposalTrigger?: DisposalTriggerResolvers<ContextType>;
  MeasureLifting?: MeasureLiftingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notice?: NoticeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SubjectJurisdiction?: SubjectJurisdictionResolvers<ContextType>;
};

