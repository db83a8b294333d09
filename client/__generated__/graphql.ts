/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which access records to list; every field narrows the list. */
export type AccessLogFilter = {
  /** The GraphQL field that read it, exactly (e.g. blacklistEntry, liveStreamers, or _entities for a link from another service); 1 to 100 characters. */
  operation?: string | null | undefined;
  /** The reading office, exactly, as `<authority>/<level>/<region>` (e.g. samr/province/330000); 1 to 64 characters. */
  principalOrg?: string | null | undefined;
  /** The kind of record read, exactly: BlacklistEntry, DisposalReport, LiveRoomOperator, LiveStreamer, Notice, Lead…; 1 to 64 characters. */
  recordType?: string | null | undefined;
  /** Records at or after this instant (inclusive). */
  since?: string | null | undefined;
  /** Records before this instant (exclusive); must be after since. */
  until?: string | null | undefined;
};

/** A place: its GB/T 2260 region code and the rest of the address. */
export type AddressInput = {
  /** Street, building and room: 1 to 500 characters. */
  detail: string;
  /** GB/T 2260 region code: 6 digits, the first 2 a province-level code; a place, so not 100000 (the whole country). */
  regionCode: string;
};

/** An appeal the listing platform received. */
export type AppealInput = {
  /** The subject's grounds, as received: 1 to 5,000 characters. */
  grounds: string;
  /** When the platform received it: not before the subject was notified of the listing, not more than 5 minutes in the future. */
  receivedAt: string;
  /** When the subject was told the appeal was received: not before receivedAt, not more than 5 minutes in the future. */
  subjectToldAt?: string | null | undefined;
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

/** The ASSISTANCE_REQUEST part of a notice (Art 21, 46 ¶2, 49). */
export type AssistanceInput = {
  /** The office's own case number (案号): at most 100 characters. */
  caseReference?: string | null | undefined;
  /** The kinds of data wanted: at least one (duplicates are dropped). */
  dataWanted: Array<DataCategory>;
  /** At least one working day and at most 366 days ahead; the platform has until the end of that day (Asia/Shanghai). Urgent: the instant itself, at least 1 hour and at most 48 hours ahead. */
  dueAt: string;
  /** The days the data should cover. */
  period: DatePeriodInput;
  /** The products the request is about: at most 50. A RECALL naming at least one may name no subject. */
  products?: Array<CaseProductInput> | null | undefined;
  /** What the data is for (Art 21). */
  purpose: AssistancePurpose;
  /**
   * INCIDENT and RECALL only (Art 21 事故处置、缺陷消费品召回): the request is due at dueAt itself, at least 1 hour
   * and at most 48 hours ahead, whatever the working days. Default false; true for another purpose is BAD_USER_INPUT.
   */
  urgent?: boolean | null | undefined;
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

/** A descriptor of a file the platform hands over out of band (no file passes through the exchange). */
export type AttachmentInput = {
  /** Its media type, `type/subtype` without parameters (RFC 6838), e.g. application/pdf; stored in lower case. */
  mediaType: string;
  /** The file's name: 1 to 255 characters, no slashes or control characters. */
  name: string;
  /** The SHA-256 of the file: 64 hexadecimal characters; stored in lower case. */
  sha256: string;
  /** Its size in bytes: a positive whole number, at most 1,073,741,824 (1 GiB). */
  size: number;
};

/** The regulating authority of an office: market regulation (市场监督管理) or cyberspace administration (网信). */
export type Authority =
  /** Cyberspace administration: the Cyberspace Administration of China and local 网信部门. */
  | 'CAC'
  /** Market regulation: the State Administration for Market Regulation and local 市场监督管理部门. */
  | 'SAMR';

/** A listing (Art 14 ¶2): who, why, on what basis, for how long, and how the subject was told. */
export type BlacklistEntryInput = {
  /** The disposal report (penalty-reports) this listing was reported in: at most 64 characters. */
  disposalReportId?: string | number | null | undefined;
  /** The facts (事实): 1 to 5,000 characters. */
  facts: string;
  /** Per platform: 1 to 128 characters. Retrying with the same key and content returns the first result; other content is a CONFLICT. */
  idempotencyKey: string;
  /** The legal basis (依据): 1 to 1,000 characters. */
  legalBasis: string;
  /** How and when the subject was told. */
  notification: BlacklistNotificationInput;
  /** The reasons (理由): 1 to 2,000 characters. */
  reasons: string;
  /** Whether peers see the entry in their checks (Art 14 ¶4). Default true. The listing platform always does. */
  shareWithPeers?: boolean | null | undefined;
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
  listingPlatformUscc?: string | null | undefined;
  /** Only entries with this status now. */
  status?: BlacklistEntryStatus | null | undefined;
  /** Entries about this identity (hashed by the service; matched exactly). */
  subject?: CheckSubjectInput | null | undefined;
  /** Only entries about this kind of subject. */
  subjectType?: BlacklistSubjectType | null | undefined;
};

/** How and when the subject was told the facts, reasons, basis, term and the appeal channel (Art 14 ¶2). */
export type BlacklistNotificationInput = {
  /** Where and how the subject may appeal (申诉渠道): 1 to 500 characters. */
  appealChannel: string;
  /** How the subject was told, e.g. in-app message or SMS: 1 to 200 characters. */
  channel: string;
  /** When the subject was told: before the entry is recorded, not more than 5 minutes in the future. */
  notifiedAt: string;
};

/** Who is listed: exactly one of person (operator or streamer) or business (operator or agency). */
export type BlacklistSubjectInput = {
  /** A registered business: an operator or an agency. */
  business?: BusinessInput | null | undefined;
  /** The accounts the subject used: 1 to 50 for operators and streamers, 0 to 50 for an agency. */
  liveAccounts?: Array<LiveAccountInput> | null | undefined;
  /** A natural person: an operator or a streamer. */
  person?: PersonInput | null | undefined;
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

/** A definite term (Art 14 ¶2): [startsAt, endsAt). endsAt is the first instant the subject is no longer listed. */
export type BlacklistTermInput = {
  /** Exclusive; after startsAt and after now, and at most 10 years (3,653 days) after startsAt (no open-ended listing). */
  endsAt: string;
  /** When the listing takes effect: record the entry then; not more than 5 minutes in the future. */
  startsAt: string;
};

/** A registered business: name and unified social credit code. */
export type BusinessInput = {
  /** The registered name: 1 to 200 characters, trimmed (a filing also stores it NFC-normalised, white space runs as one space). */
  name: string;
  /** Unified social credit code: 18 characters with a valid mod-31 check character (GB 32100-2015); trimmed and upper-cased first. */
  uscc: string;
};

/** A place: its GB/T 2260 region code and the rest of the address. */
export type CaseAddressInput = {
  /** Street, building and room: 1 to 500 characters. */
  detail: string;
  /** GB/T 2260 region code: 6 digits, the first 2 a province-level code; a place, so not 100000 (the whole country). */
  regionCode: string;
};

/** A registered business: name and unified social credit code. */
export type CaseBusinessInput = {
  /** The registered name: 1 to 200 characters, trimmed. */
  name: string;
  /** Unified social credit code: 18 characters with a valid mod-31 check character (GB 32100-2015); trimmed and upper-cased first. */
  uscc: string;
};

/** What the subject updated (Art 22 ¶2 更新相关信息): at least one of address, phone, email. */
export type CaseContactUpdateInput = {
  /** The updated actual business address (operator) or habitual residence (streamer); its region code a place, not 100000. */
  address?: CaseAddressInput | null | undefined;
  /** The updated e-mail address: a local part of 1 to 64 characters, @, a domain of 1 to 190 characters, a dot and a suffix of 2 or more; trimmed. */
  email?: string | null | undefined;
  /** The updated phone number: an optional +, then 6 to 20 digits, spaces or hyphens (starting with a digit); trimmed. */
  phone?: string | null | undefined;
};

/** An identity document: its type and number, the number checked by the type's format and check character. */
export type CaseIdDocumentInput = {
  /** The number, in the type's format (see IdDocumentType); normalised (half-width, upper case, no white space). */
  number: string;
  /** The kind of document. */
  type: IdDocumentType;
};

/** A live account on the addressed platform. */
export type CaseLiveAccountInput = {
  /** The account's id on the platform: 1 to 128 characters. */
  accountId: string;
  /** The account's display name: at most 128 characters. */
  nickname?: string | null | undefined;
};

/** An office to transfer a lead to. */
export type CaseOfficeInput = {
  /** SAMR or CAC. */
  authority: Authority;
  /** The office's level. */
  level: OfficeLevel;
  /** The office's region code, matching its level (100000 for national; ending in 0000 for a province, in 00 for a prefecture). */
  region: string;
};

/** A natural person: name and identity document. */
export type CasePersonInput = {
  /** The person's identity document. */
  idDocument: CaseIdDocumentInput;
  /** The person's name: 1 to 200 characters, trimmed. */
  name: string;
};

/** A product an assistance request is about (Art 21 商品或者服务信息). */
export type CaseProductInput = {
  /** What identifies it (GTIN, model, batch, a listing's id on the platform): at most 20, each 1 to 128 characters, trimmed. */
  identifiers?: Array<string> | null | undefined;
  /** The product's name: 1 to 200 characters, trimmed. */
  name: string;
};

/** A person or a business, and/or live accounts. */
export type CaseSubjectInput = {
  /** A registered business; not with person. */
  business?: CaseBusinessInput | null | undefined;
  /** OPERATOR (person or business), STREAMER (person) or AGENCY (business). */
  kind: CaseSubjectKind;
  /** The subject's live accounts: at most 50. ASSISTANCE_REQUEST and leads may name a subject by accounts alone (at least one then); VIOLATION and UNREACHABLE_CONTACT need a person or a business. */
  liveAccounts?: Array<CaseLiveAccountInput> | null | undefined;
  /** A natural person; not with business. */
  person?: CasePersonInput | null | undefined;
};

/** Who a notice or lead is about (Art 2): a live-room operator, a streamer or a streamer agency. */
export type CaseSubjectKind =
  /** 直播营销人员服务机构: a registered business. */
  | 'AGENCY'
  /** 直播间运营者: a natural person or a registered business. */
  | 'OPERATOR'
  /** 直播营销人员: a natural person. */
  | 'STREAMER';

/** Which logged checks to list; every field given narrows the list. */
export type CheckLogFilter = {
  /** Regulators: checks by one platform (of those the office sees: its area's platforms, or matches of its area's entries). */
  checkedByUscc?: string | null | undefined;
  /** Checks at or after this instant. */
  from?: string | null | undefined;
  /** Only checks made for this purpose. */
  purpose?: CheckPurpose | null | undefined;
  /** Regulators only: who checked this identity (hashed by the service). */
  subject?: CheckSubjectInput | null | undefined;
  /** Checks before this instant. */
  to?: string | null | undefined;
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
  documentNumber?: string | null | undefined;
  /** With documentNumber: the document's type. */
  documentType?: DocumentType | null | undefined;
  /** A business's USCC, checked by its check character; not with a document. */
  uscc?: string | null | undefined;
};

/** A platform's standing for a filing period. */
export type ComplianceStatus =
  /** Reported after the period's month. */
  | 'LATE'
  /** Not reported: no filing opened, or (for a section) submitted without its records or a declaration of none. */
  | 'MISSING'
  /** Reported within the period's month (Asia/Shanghai). */
  | 'ON_TIME'
  /** Opened, not submitted. */
  | 'OPEN';

/** How to reach the person or business: a phone number, an e-mail address, or both (at least one). */
export type ContactInput = {
  /** An e-mail address (`local@domain.tld`, local part at most 64 characters); the domain is stored in lower case. */
  email?: string | null | undefined;
  /** Digits, spaces and hyphens, optionally after a leading +: 6 to 20 characters after the +; stored without spaces and hyphens. */
  phone?: string | null | undefined;
};

/** An administrative licence (Art 8 ¶1 行政许可) or a professional qualification (Art 9 item (3) 专业资质). */
export type CredentialInput = {
  /** Who issued it: at most 200 characters. */
  issuer?: string | null | undefined;
  /** What it is, e.g. 食品经营许可证: 1 to 128 characters. */
  kind: string;
  /** Its number: 1 to 128 characters. */
  number: string;
};

/** Art 21: 身份信息、商品或者服务信息、交易信息. */
export type DataCategory =
  /** 身份信息: identity information. */
  | 'IDENTITY'
  /** 商品或者服务信息: product or service information. */
  | 'PRODUCT'
  /** 交易信息: transaction information. */
  | 'TRANSACTION';

/** A span of days (Asia/Shanghai), both ends included. */
export type DatePeriodInput = {
  /** The first day, YYYY-MM-DD (a real date); not in the future. */
  from: string;
  /** The last day, YYYY-MM-DD (a real date); not before from. */
  to: string;
};

/** A registered business: name and unified social credit code. */
export type DisposalBusinessInput = {
  /** The registered name: 1 to 200 characters, trimmed. */
  name: string;
  /** Unified social credit code: 18 characters with a valid mod-31 check character (GB 32100-2015); trimmed and upper-cased first. */
  uscc: string;
};

/** An identity document: its type and number, the number checked by the type's format and check character. */
export type DisposalIdDocumentInput = {
  /** The number, in the type's format (see DocumentType); normalised (half-width, upper case, no white space). */
  number: string;
  /** The kind of document. */
  type: DocumentType;
};

/** A provision the measures rest on. */
export type DisposalLegalBasisInput = {
  /** The article within it, e.g. 第十二条: 1 to 100 characters. */
  article: string;
  /** The law, regulation or platform rule, e.g. 直播电商监督管理办法: 1 to 200 characters. */
  law: string;
};

/** A live account the subject used on the reporting platform. */
export type DisposalLiveAccountInput = {
  /** The account's id on the platform: 1 to 128 characters. */
  accountId: string;
  /** The account's display name: at most 128 characters. */
  nickname?: string | null | undefined;
};

/** One measure taken (Art 12 ¶1) and its term. */
export type DisposalMeasureInput = {
  /**
   * After startsAt. Required for the time-limited measures and for BLACKLISTING (Art 14 ¶2: a definite term); for
   * OTHER, give it when the measure has a term.
   */
  endsAt?: string | null | undefined;
  /** OTHER only, required: what the measure is, e.g. 下架商品链接: 1 to 100 characters, trimmed. Absent for the named types. */
  name?: string | null | undefined;
  /** When the measure took effect. */
  startsAt: string;
  /** Which measure. */
  type: MeasureType;
};

/**
 * The operator of the live room a streamer streamed in (Art 47 ¶3): exactly one of person or business, and the places
 * that decide jurisdiction over it as for an OPERATOR subject (Art 47 ¶2).
 */
export type DisposalOperatorInput = {
  /** A registered business operating the room. */
  business?: DisposalBusinessInput | null | undefined;
  /**
   * The operator's actual business region (实际经营地), GB/T 2260: a province, prefecture or county code, not 100000.
   * Absent when it cannot be determined: then a business gives domicileRegion, and a person falls to the reporting
   * platform's domicile (Art 47 ¶2).
   */
  businessRegion?: string | null | undefined;
  /** A business only: its registered domicile (住所地), GB/T 2260, not 100000; required when businessRegion is absent. */
  domicileRegion?: string | null | undefined;
  /** An unregistered natural person operating the room. */
  person?: DisposalPersonInput | null | undefined;
};

/** A natural person: name and identity document. */
export type DisposalPersonInput = {
  /** The person's identity document. */
  idDocument: DisposalIdDocumentInput;
  /** The person's name: 1 to 200 characters, trimmed. */
  name: string;
};

/** Which reports to list; every field given narrows the list. */
export type DisposalReportFilter = {
  /** Provincial offices: only reports whose current version still awaits the caller's acknowledgement (anyone else: none). */
  awaitingMyAcknowledgement?: boolean | null | undefined;
  /** Decided at or after (inclusive). */
  decidedFrom?: string | null | undefined;
  /** Decided before (exclusive); must be after decidedFrom. */
  decidedTo?: string | null | undefined;
  /** Reports whose current version includes this measure. */
  measure?: MeasureType | null | undefined;
  /** Only reports filed at least this many seconds after the decision (reportingLagSeconds); a whole number ≥ 0. */
  minReportingLagSeconds?: number | null | undefined;
  /** Reports filed by this platform: its USCC, checked by its check character. Another platform's reports are never listed to a platform. */
  platformUscc?: string | null | undefined;
  /** Only reports with ACCOUNT_CLOSURE, REREGISTRATION_BAN or BLACKLISTING. */
  severeOnly?: boolean | null | undefined;
  /** Reports whose subject has exactly this identity (matched on a keyed hash). */
  subject?: DisposalSubjectFilter | null | undefined;
};

/** A disposal report as the platform files it (Art 12 ¶3). */
export type DisposalReportInput = {
  /** When the platform decided the measures; not more than 5 minutes in the future. */
  decidedAt: string;
  /** The facts (违法违规事实): 1 to 10,000 characters. */
  facts: string;
  /** Per platform: 1 to 128 printable ASCII characters, no spaces. A retry with the same key and content returns the first report; other content is a CONFLICT. Ignored by amendDisposalReport. */
  idempotencyKey: string;
  /** The legal basis: 1 to 20 laws and articles. */
  legalBasis: Array<DisposalLegalBasisInput>;
  /** One or more, each type at most once (so at most 9). */
  measures: Array<DisposalMeasureInput>;
  /** Whom the measures were taken against. */
  subject: DisposalSubjectInput;
  /** What led the platform to act. */
  trigger: DisposalTriggerInput;
};

/** A subject identity to search for, flat as in blacklistCheck: documentType and documentNumber, or uscc. */
export type DisposalSubjectFilter = {
  /** With documentType: the number, normalised and checked as in DocumentType. */
  documentNumber?: string | null | undefined;
  /** With documentNumber: the document's type. */
  documentType?: DocumentType | null | undefined;
  /** A business's USCC, checked by its check character. */
  uscc?: string | null | undefined;
};

/** Whom the measures were taken against (Art 12 ¶1): exactly one of person or business, as the kind allows. */
export type DisposalSubjectInput = {
  /** A registered business: operators may be one, agencies are one. */
  business?: DisposalBusinessInput | null | undefined;
  /**
   * OPERATOR only: its actual business region (实际经营地, Art 47 ¶2), a province, prefecture or county code, not
   * 100000. Absent when it cannot be determined: then a business operator gives domicileRegion, and a person (an
   * unregistered operator) falls to the reporting platform's domicile.
   */
  businessRegion?: string | null | undefined;
  /**
   * Its domicile (住所地), GB/T 2260, not 100000. AGENCY: required (Art 47 ¶1). OPERATOR given as a business: required
   * when businessRegion is absent (Art 47 ¶2). Not for a person operator or a streamer.
   */
  domicileRegion?: string | null | undefined;
  /** OPERATOR (person or business), STREAMER (person) or AGENCY (business). */
  kind: SubjectKind;
  /** The subject's live accounts: 1 to 50 for an operator or a streamer, 0 to 50 for an agency. */
  liveAccounts?: Array<DisposalLiveAccountInput> | null | undefined;
  /** STREAMER only, required: the operator they streamed for (Art 47 ¶3). */
  operator?: DisposalOperatorInput | null | undefined;
  /** A natural person: operators may be one, streamers are one. */
  person?: DisposalPersonInput | null | undefined;
};

/** What led the platform to act. */
export type DisposalTriggerInput = {
  /** The kind of trigger. */
  kind: TriggerKind;
  /** REGULATOR_NOTICE only, required: the case-cooperation Notice id, at most 128 characters; absent for the other kinds. */
  noticeId?: string | number | null | undefined;
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

/**
 * What a platform expects its sealed filing to hold (submitFiling's `expect`). Any difference refuses the seal with
 * CONFLICT, nothing sealed: `extensions.missingBatches` (numbers 1..batchCount the exchange does not hold),
 * `extensions.unexpectedBatches` (held numbers above batchCount) and `extensions.problems` (each field that differs,
 * path `expect.<field>`, with what the exchange holds). Send the missing batches again and submit again; Filing.batches
 * names what is held, with each batch's contentHash, to find a batch that differs.
 */
export type FilingExpectation = {
  /** Batches numbered 1..batchCount: at least 1. */
  batchCount: number;
  /**
   * The filing digest the platform computes from its own batches: hex SHA-256 (64 lower-case characters) of one line
   * `<batchNo> <contentHash>\n` per batch in batchNo order, contentHash being the batch hash (SHA-256 of the batch's
   * canonical records, operators then streamers, each followed by `\n`; FilingBatchReceipt.contentHash). What
   * Filing.digest will be.
   */
  digest: string;
  /** Live-room operators in all batches together (Art 9 items (1)–(2)); 0 or more. */
  operatorCount: number;
  /** Live streamers in all batches together (Art 9 item (3)); 0 or more. */
  streamerCount: number;
};

/** Which write of a filing a receipt is for. */
export type FilingReceiptKind =
  /** acknowledgeFiling (filing.acknowledge). */
  | 'ACKNOWLEDGEMENT'
  /** addFilingBatch / addFilingBatchNdjson (evidence kind filing.batch). */
  | 'BATCH'
  /** submitFiling (filing.submit). */
  | 'SUBMISSION';

/** A section of the Art 9 report. */
export type FilingSection =
  /** Live-room operators, Art 9 items (1) and (2); failing to report them: Art 53 (2). */
  | 'OPERATORS'
  /** Live streamers, Art 9 item (3); failing to report them: Art 54 (2). */
  | 'STREAMERS';

/** A filing's state: OPEN → SUBMITTED → ACKNOWLEDGED; nothing is deleted. */
export type FilingStatus =
  /** Acknowledged by the provincial (or national) SAMR office covering the platform's domicile. */
  | 'ACKNOWLEDGED'
  /** Opened; takes batches. Only its platform sees the filing and its records. */
  | 'OPEN'
  /** Sealed by submitFiling: counts and digest fixed, no more batches; reported to SAMR. */
  | 'SUBMITTED';

/** An identity document: its type and number, the number checked by the type's format and check character. */
export type IdDocumentInput = {
  /** The number, in the type's format (see DocumentType); normalised (half-width, upper case, no white space). */
  number: string;
  /** The kind of document. */
  type: DocumentType;
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

/** Which leads to list; every field given narrows the list. */
export type LeadFilter = {
  /** Only leads the office sent, or only those it received; absent: both. */
  direction?: LeadDirection | null | undefined;
  /** Only leads in this status. */
  status?: LeadStatus | null | undefined;
};

/** A lead to transfer (Art 46 ¶1). */
export type LeadInput = {
  /** Per office: 1 to 128 characters of A–Z, a–z, 0–9, `.`, `_`, `:`, `-`. A retry with the same key and content returns the first lead; other content is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Notices the sending office may see: at most 50 ids. */
  relatedNoticeIds?: Array<string | number> | null | undefined;
  /** Whom it is about: at most 100 subjects, each named by a person, a business or live accounts. */
  subjects?: Array<CaseSubjectInput> | null | undefined;
  /** What the matter is: 1 to 5,000 characters. */
  summary: string;
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

/** A live account (直播账号) on the calling platform. */
export type LiveAccountInput = {
  /** The account's id on the platform: 1 to 128 characters (a filed operator's account ids must be distinct). */
  accountId: string;
  /** The account's display name: at most 128 characters. */
  nickname?: string | null | undefined;
};

/** A live-room operator (直播间运营者) as the platform files it (Art 9 items (1) and (2)). */
export type LiveRoomOperatorInput = {
  /** For a BUSINESS operator: name and USCC (Art 9 item (1)); absent for a PERSON. */
  business?: BusinessInput | null | undefined;
  /** The actual business address (实际经营地址); Art 48 shares the record with the provincial office of its region. */
  businessAddress: AddressInput;
  /** How to reach the operator (Art 9): a phone number, an e-mail address, or both. */
  contact: ContactInput;
  /** BUSINESS (give business) or PERSON (give person). */
  kind: OperatorKind;
  /** Administrative licences (Art 8 ¶1): at most 100. */
  licences?: Array<CredentialInput> | null | undefined;
  /** The operator's live accounts: 1 to 50, account ids distinct. */
  liveAccounts: Array<LiveAccountInput>;
  /** For a PERSON operator: name and ID document (Art 9 item (2)); absent for a BUSINESS. */
  person?: PersonInput | null | undefined;
  /** When the platform last verified this information (Art 8 ¶1: at least every six months); not more than 5 minutes in the future. Older than six calendar months (Asia/Shanghai) at receipt: counted as stale. */
  verifiedAt: string;
};

/** A live streamer (直播营销人员) as the platform files it (Art 9 item (3), Art 28). */
export type LiveStreamerInput = {
  /** The streamer's agency (直播营销人员服务机构, MCN), if any: name and USCC. */
  agency?: BusinessInput | null | undefined;
  /** How to reach the streamer: a phone number, an e-mail address, or both. */
  contact: ContactInput;
  /** Occupation: at most 100 characters. */
  occupation?: string | null | undefined;
  /** The live rooms the streamer streams for: 1 to 100, distinct; each must name an operator of the same filing (checked by submitFiling). */
  operatorRefs: Array<OperatorRefInput>;
  /** The streamer: name and ID document. */
  person: PersonInput;
  /** Professional qualifications (专业资质): at most 100. */
  qualifications?: Array<CredentialInput> | null | undefined;
  /** Habitual residence (经常居住地). */
  residence: AddressInput;
  /** When the platform last verified this information (Art 8 ¶1), as for operators: not more than 5 minutes in the future. */
  verifiedAt: string;
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

/** One answer: at least one of data, attachments, disposalReportIds or contactUpdated; to a SUMMONS, summonsAccount. */
export type NoticeAnswerInput = {
  /** Files handed over out of band: at most 50 descriptors. */
  attachments?: Array<AttachmentInput> | null | undefined;
  /** UNREACHABLE_CONTACT only: the subject updated its details (Art 22 ¶4); closes the notice. Requires updatedContact. */
  contactUpdated?: boolean | null | undefined;
  /** Structured data: a JSON object or array of at most 262,144 bytes (256 KiB) as UTF-8 JSON, the default of NOTICE_ANSWER_MAX_DATA_BYTES; larger data as an attachment. */
  data?: unknown;
  /** The disposal reports the platform filed in response (Art 12 ¶3, 22 ¶3): at most 100 ids of at most 64 characters each, none twice. */
  disposalReportIds?: Array<string | number> | null | undefined;
  /** 1 to 128 characters of A–Z, a–z, 0–9, `.`, `_`, `:`, `-`. A retry with the same key and content appends nothing and returns the notice; other content is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** SUMMONS only, and required there (Art 52): the written account and rectification measures. */
  summonsAccount?: SummonsAccountInput | null | undefined;
  /** Required with contactUpdated, refused without it: what the subject updated, given to the sending office (Art 22 ¶4). */
  updatedContact?: CaseContactUpdateInput | null | undefined;
};

/** Which notices to list; every field given narrows the list. */
export type NoticeFilter = {
  /** Only notices of this kind. */
  kind?: NoticeKind | null | undefined;
  /** true: only notices past their deadline and still SENT or ACKNOWLEDGED; false: only the others. */
  overdue?: boolean | null | undefined;
  /** Only notices addressed to this platform: its USCC, exactly (upper-cased first). */
  platformUscc?: string | null | undefined;
  /** Only notices in one of these statuses; empty or absent: any. */
  status?: Array<NoticeStatus> | null | undefined;
};

/** Exactly the part of the notice's kind: violation, unreachableContact, assistance or summons. */
export type NoticeInput = {
  /** ASSISTANCE_REQUEST only, required. */
  assistance?: AssistanceInput | null | undefined;
  /** Per office: 1 to 128 characters of A–Z, a–z, 0–9, `.`, `_`, `:`, `-`. A retry with the same key and content returns the first notice; other content is CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** VIOLATION, UNREACHABLE_CONTACT (SAMR only), ASSISTANCE_REQUEST or SUMMONS. */
  kind: NoticeKind;
  /** The addressed platform's USCC, checked by its check character. */
  platformUscc: string;
  /** Whom it is about: 1 to 100 subjects; exactly 1 (an OPERATOR or STREAMER) for UNREACHABLE_CONTACT; a RECALL naming products (assistance.products) may give none; a SUMMONS 0 to 100. */
  subjects: Array<CaseSubjectInput>;
  /** What the notice is about: 1 to 2,000 characters. */
  summary: string;
  /** SUMMONS only, required (Art 52). */
  summons?: SummonsInput | null | undefined;
  /** UNREACHABLE_CONTACT only, required. */
  unreachableContact?: UnreachableContactInput | null | undefined;
  /** VIOLATION only, required. */
  violation?: ViolationInput | null | undefined;
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

/** Search keys for operators; all given keys must match. */
export type OperatorFilter = {
  /** Exact ID document number (any document type unless idDocumentType is given), normalised, matched by its keyed hash. */
  idDocumentNumber?: string | null | undefined;
  /** With idDocumentNumber: only documents of this type. */
  idDocumentType?: DocumentType | null | undefined;
  /** One of the operator's live account ids, exactly. */
  liveAccountId?: string | null | undefined;
  /** Part of the name (contains), compared after NFC normalisation with white space runs as one space. */
  name?: string | null | undefined;
  /** Only records of this period's filings: `YYYY-01` or `YYYY-07`, not before 2026-07. */
  period?: string | null | undefined;
  /** Only records this platform filed: its USCC, exactly (upper-cased first). */
  platformUscc?: string | null | undefined;
  /** A region code or its prefix (2 to 6 digits; 2: province, 4: prefecture) of the actual business address. */
  region?: string | null | undefined;
  /** The operator's USCC, exactly (upper-cased first). */
  uscc?: string | null | undefined;
};

/** How a live-room operator is identified (Art 9 items (1) and (2)). */
export type OperatorKind =
  /** A registered business: name and USCC (Art 9 item 1). */
  | 'BUSINESS'
  /** An unregistered natural person: name and ID document (Art 9 item 2). */
  | 'PERSON';

/**
 * A live room a streamer streams for: the operator's USCC or ID document (exactly one) and the room's live account id.
 * It must name an operator filed in the same filing, with that live account (checked by submitFiling).
 */
export type OperatorRefInput = {
  /** The operator's ID document, for a PERSON operator. */
  idDocument?: IdDocumentInput | null | undefined;
  /** The live account id of the operator's room: 1 to 128 characters; one of the operator's liveAccounts. */
  liveAccountId: string;
  /** The operator's USCC, for a BUSINESS operator. */
  uscc?: string | null | undefined;
};

/** A natural person: name and identity document. */
export type PersonInput = {
  /** The person's identity document. */
  idDocument: IdDocumentInput;
  /** The person's name as on the document: 1 to 200 characters, trimmed (a filing also stores it NFC-normalised, white space runs as one space). */
  name: string;
};

/** What kind of member the exchange takes the caller to be. */
export type Role =
  /** A live-commerce platform operator (直播电商平台经营者), certificate URI `spiffe://lsgw/platform/<USCC>/<domicile region>`. */
  | 'PLATFORM'
  /** A SAMR or CAC office, certificate URI `spiffe://lsgw/regulator/<samr|cac>/<level>/<region>`. */
  | 'REGULATOR';

/** Search keys for streamers; all given keys must match. */
export type StreamerFilter = {
  /** Exact ID document number (any document type unless idDocumentType is given), normalised, matched by its keyed hash. */
  idDocumentNumber?: string | null | undefined;
  /** With idDocumentNumber: only documents of this type. */
  idDocumentType?: DocumentType | null | undefined;
  /** The live account id of a room the streamer streams in, exactly. */
  liveAccountId?: string | null | undefined;
  /** Part of the name (contains), compared after NFC normalisation with white space runs as one space. */
  name?: string | null | undefined;
  /** Only records of this period's filings: `YYYY-01` or `YYYY-07`, not before 2026-07. */
  period?: string | null | undefined;
  /** Only records this platform filed: its USCC, exactly (upper-cased first). */
  platformUscc?: string | null | undefined;
  /** A region code or its prefix (2 to 6 digits; 2: province, 4: prefecture) of the habitual residence. */
  region?: string | null | undefined;
  /** The USCC of an operator the streamer streams for, or of its agency, exactly (upper-cased first). */
  uscc?: string | null | undefined;
};

/** Whom the measures were taken against (Art 12 ¶1). */
export type SubjectKind =
  /** 直播营销人员服务机构: a registered business. */
  | 'AGENCY'
  /** 直播间运营者: a registered business or a natural person. */
  | 'OPERATOR'
  /** 直播营销人员: a natural person. */
  | 'STREAMER';

/** Art 52 说明情况、采取措施进行整改: the answer to a SUMMONS. */
export type SummonsAccountInput = {
  /** The written account of the matters (情况说明): 1 to 20,000 characters. */
  account: string;
  /** The rectification measures taken or planned (整改措施): 1 to 20,000 characters. */
  rectification: string;
};

/** Who attends a summons meeting (Art 52 有关责任人). */
export type SummonsAttendanceInput = {
  /** 1 to 20 attendees, by role. */
  attendees: Array<SummonsAttendeeInput>;
};

/** One attending responsible person: a role and, optionally, a job title. No names or phone numbers. */
export type SummonsAttendeeInput = {
  /** The person's role. */
  role: SummonsRole;
  /** The job title (职务), e.g. 合规总监: at most 100 characters, no run of 7 or more digits (no phone or ID number). */
  title?: string | null | undefined;
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
  matters: Array<string>;
  /** When the meeting is: in the future, at most 366 days ahead. The law sets no notice period. */
  meetingAt: string;
  /** The online meeting's link: an https:// URL of at most 500 characters. At least one of place and onlineLink. */
  onlineLink?: string | null | undefined;
  /** Required with OTHER, refused without it: what the other case is, 1 to 500 characters. */
  otherGround?: string | null | undefined;
  /** Where: the office's address (region code a place, not 100000). At least one of place and onlineLink. */
  place?: CaseAddressInput | null | undefined;
};

/** What the sending office records about a summons meeting. */
export type SummonsMeetingOutcome =
  /** The responsible persons attended and explained (说明情况); concludes the meeting. */
  | 'ATTENDED'
  /** Nobody attended; concludes the meeting. */
  | 'NOT_ATTENDED'
  /** The meeting moves to a new time (and venue); the platform confirms attendance again. */
  | 'RESCHEDULED';

/** The sending office's record of a summons meeting. */
export type SummonsOutcomeInput = {
  /** RESCHEDULED only, required: the new meeting time, in the future, at most 366 days ahead, not the current one. */
  meetingAt?: string | null | undefined;
  /** The office's note: 1 to 2,000 characters. */
  note: string;
  /** RESCHEDULED only: a new online link (https://, at most 500 characters). */
  onlineLink?: string | null | undefined;
  /** ATTENDED or NOT_ATTENDED: from the meeting time on, once (concludes the meeting). RESCHEDULED: at any time, with meetingAt. */
  outcome: SummonsMeetingOutcome;
  /** RESCHEDULED only: a new place; absent: the venue stays (either of place and onlineLink given replaces both). */
  place?: CaseAddressInput | null | undefined;
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

/** The UNREACHABLE_CONTACT part of a notice (Art 22 ¶1). */
export type UnreachableContactInput = {
  /** Where the subject could not be reached: an operator's actual business address, a streamer's habitual residence. */
  address: CaseAddressInput;
};

/** The VIOLATION part of a notice (Art 12 ¶2, 50). */
export type ViolationInput = {
  /** Optional: by when the sender wants the platform's report (end of that day, Asia/Shanghai), at least one working day and at most 366 days ahead. Art 12 ¶2 sets no period. */
  dueAt?: string | null | undefined;
  /** The provisions violated (法律依据): 1 to 500 characters. */
  legalBasis: string;
};

export type AcknowledgeNoticeMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeNoticeMutation = { acknowledgeNotice: { receipt: string | null, id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean }> } };

export type AcknowledgeDisposalReportMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeDisposalReportMutation = { acknowledgeDisposalReport: { receipt: string | null, id: string, version: number, idempotencyKey: string, domicileRegion: string, facts: string, decidedAt: string, reportedAt: string, reportingLagSeconds: number, severe: boolean, fullyAcknowledged: boolean, awaitingMyAcknowledgement: boolean, platform: { uscc: string }, subject: { kind: SubjectKind, businessRegion: string | null, domicileRegion: string | null, person: { name: string, idDocument: { type: DocumentType, number: string } } | null, business: { name: string, uscc: string } | null, liveAccounts: Array<{ accountId: string, nickname: string | null }> }, measures: Array<{ type: MeasureType, name: string | null, startsAt: string, endsAt: string | null, lifted: boolean }>, legalBasis: Array<{ law: string, article: string }>, trigger: { kind: TriggerKind, noticeId: string | null }, recipients: Array<{ authority: Authority, level: OfficeLevel, region: string, mustAcknowledge: boolean, acknowledgedAt: string | null }> } };

export type AcknowledgeFilingMutationVariables = Exact<{
  filingId: string | number;
}>;


export type AcknowledgeFilingMutation = { acknowledgeFiling: { receipt: string | null, id: string, platformDomicile: string, period: string, status: FilingStatus, openedAt: string, submittedAt: string | null, onTime: boolean | null, acknowledgedAt: string | null, acknowledgedBy: string | null, batchCount: number, operatorCount: number, streamerCount: number, staleOperatorCount: number, staleStreamerCount: number, digest: string | null, platform: { uscc: string } } };

export type AnswerNoticeMutationVariables = Exact<{
  id: string | number;
  input: NoticeAnswerInput;
}>;


export type AnswerNoticeMutation = { answerNotice: { receipt: string | null, id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean }> } };

export type RecordReminderMutationVariables = Exact<{
  noticeId: string | number;
  remindedAt: string;
  channel: string;
}>;


export type RecordReminderMutation = { recordReminder: { receipt: string | null, id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean }> } };

export type AddBlacklistEntryMutationVariables = Exact<{
  input: BlacklistEntryInput;
}>;


export type AddBlacklistEntryMutation = { addBlacklistEntry: { receipt: string | null, id: string, listingPlatformName: string, shareWithPeers: boolean, status: BlacklistEntryStatus, appealPending: boolean, removedAt: string | null, createdAt: string, subject: { type: BlacklistSubjectType, name: string, documentType: DocumentType | null, documentNumber: string | null, uscc: string | null }, term: { startsAt: string, endsAt: string } } };

export type FileAppealMutationVariables = Exact<{
  entryId: string | number;
  input: AppealInput;
}>;


export type FileAppealMutation = { fileAppeal: { receipt: string | null, id: string, status: AppealStatus, receivedAt: string, recordedAt: string } };

export type DecideAppealMutationVariables = Exact<{
  appealId: string | number;
  outcome: AppealOutcome;
  reason: string;
  subjectToldAt: string;
  subjectToldChannel: string;
}>;


export type DecideAppealMutation = { decideAppeal: { receipt: string | null, id: string, status: AppealStatus, decidedAt: string | null, entry: { id: string, status: BlacklistEntryStatus } } };

export type RemoveBlacklistEntryMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RemoveBlacklistEntryMutation = { removeBlacklistEntry: { receipt: string | null, id: string, listingPlatformName: string, shareWithPeers: boolean, status: BlacklistEntryStatus, appealPending: boolean, removedAt: string | null, createdAt: string, subject: { type: BlacklistSubjectType, name: string, documentType: DocumentType | null, documentNumber: string | null, uscc: string | null }, term: { startsAt: string, endsAt: string } } };

export type BlacklistCheckQueryVariables = Exact<{
  subjects: Array<CheckSubjectInput> | CheckSubjectInput;
  purpose: CheckPurpose;
}>;


export type BlacklistCheckQuery = { blacklistCheck: Array<{ listed: boolean, matches: Array<{ listingPlatformName: string, listedSince: string, expiresAt: string, status: BlacklistEntryStatus, appealPending: boolean }> }> };

export type OpenFilingMutationVariables = Exact<{
  period: string;
}>;


export type OpenFilingMutation = { openFiling: { receipt: string | null, id: string, platformDomicile: string, period: string, status: FilingStatus, openedAt: string, submittedAt: string | null, onTime: boolean | null, acknowledgedAt: string | null, acknowledgedBy: string | null, batchCount: number, operatorCount: number, streamerCount: number, staleOperatorCount: number, staleStreamerCount: number, digest: string | null, platform: { uscc: string } } };

export type AddFilingBatchMutationVariables = Exact<{
  filingId: string | number;
  batchNo: number;
  operators?: Array<LiveRoomOperatorInput> | LiveRoomOperatorInput | null | undefined;
  streamers?: Array<LiveStreamerInput> | LiveStreamerInput | null | undefined;
}>;


export type AddFilingBatchMutation = { addFilingBatch: { receipt: string | null, filingId: string, batchNo: number, contentHash: string, operatorCount: number, streamerCount: number, staleOperatorCount: number, staleStreamerCount: number, receivedAt: string, replayed: boolean } };

export type SubmitFilingMutationVariables = Exact<{
  filingId: string | number;
  nothingToReport?: Array<FilingSection> | FilingSection | null | undefined;
  expect?: FilingExpectation | null | undefined;
}>;


export type SubmitFilingMutation = { submitFiling: { receipt: string | null, id: string, platformDomicile: string, period: string, status: FilingStatus, openedAt: string, submittedAt: string | null, onTime: boolean | null, acknowledgedAt: string | null, acknowledgedBy: string | null, batchCount: number, operatorCount: number, streamerCount: number, staleOperatorCount: number, staleStreamerCount: number, digest: string | null, platform: { uscc: string } } };

export type FilingQueryVariables = Exact<{
  id: string | number;
}>;


export type FilingQuery = { filing: { id: string, platformDomicile: string, period: string, status: FilingStatus, openedAt: string, submittedAt: string | null, onTime: boolean | null, acknowledgedAt: string | null, acknowledgedBy: string | null, batchCount: number, operatorCount: number, streamerCount: number, staleOperatorCount: number, staleStreamerCount: number, digest: string | null, platform: { uscc: string } } | null };

export type FilingsQueryVariables = Exact<{
  platformUscc?: string | null | undefined;
  period?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FilingsQuery = { filings: { edges: Array<{ cursor: string, node: { id: string, platformDomicile: string, period: string, status: FilingStatus, openedAt: string, submittedAt: string | null, onTime: boolean | null, acknowledgedAt: string | null, acknowledgedBy: string | null, batchCount: number, operatorCount: number, streamerCount: number, staleOperatorCount: number, staleStreamerCount: number, digest: string | null, platform: { uscc: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FilingReceiptsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FilingReceiptsQuery = { filing: { id: string, receipts: { edges: Array<{ cursor: string, node: { kind: FilingReceiptKind, batchNo: number | null, receipt: string, receivedAt: string, leafIndex: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type FilingBatchesQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FilingBatchesQuery = { filing: { id: string, batches: { edges: Array<{ cursor: string, node: { batchNo: number, contentHash: string, operatorCount: number, streamerCount: number, receivedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type PageFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

export type FilingFieldsFragment = { id: string, platformDomicile: string, period: string, status: FilingStatus, openedAt: string, submittedAt: string | null, onTime: boolean | null, acknowledgedAt: string | null, acknowledgedBy: string | null, batchCount: number, operatorCount: number, streamerCount: number, staleOperatorCount: number, staleStreamerCount: number, digest: string | null, platform: { uscc: string } };

export type DisposalReportFieldsFragment = { id: string, version: number, idempotencyKey: string, domicileRegion: string, facts: string, decidedAt: string, reportedAt: string, reportingLagSeconds: number, severe: boolean, fullyAcknowledged: boolean, awaitingMyAcknowledgement: boolean, platform: { uscc: string }, subject: { kind: SubjectKind, businessRegion: string | null, domicileRegion: string | null, person: { name: string, idDocument: { type: DocumentType, number: string } } | null, business: { name: string, uscc: string } | null, liveAccounts: Array<{ accountId: string, nickname: string | null }> }, measures: Array<{ type: MeasureType, name: string | null, startsAt: string, endsAt: string | null, lifted: boolean }>, legalBasis: Array<{ law: string, article: string }>, trigger: { kind: TriggerKind, noticeId: string | null }, recipients: Array<{ authority: Authority, level: OfficeLevel, region: string, mustAcknowledge: boolean, acknowledgedAt: string | null }> };

export type NoticeFieldsFragment = { id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean }> };

export type BlacklistEntryFieldsFragment = { id: string, listingPlatformName: string, shareWithPeers: boolean, status: BlacklistEntryStatus, appealPending: boolean, removedAt: string | null, createdAt: string, subject: { type: BlacklistSubjectType, name: string, documentType: DocumentType | null, documentNumber: string | null, uscc: string | null }, term: { startsAt: string, endsAt: string } };

export type LeadFieldsFragment = { id: string, summary: string, relatedNoticeIds: Array<string>, status: LeadStatus, createdAt: string, decidedAt: string | null, reason: string | null, from: { authority: Authority, level: OfficeLevel, region: string }, to: { authority: Authority, level: OfficeLevel, region: string } };

export type DisposalReportsQueryVariables = Exact<{
  filter?: DisposalReportFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DisposalReportsQuery = { disposalReports: { edges: Array<{ cursor: string, node: { id: string, version: number, idempotencyKey: string, domicileRegion: string, facts: string, decidedAt: string, reportedAt: string, reportingLagSeconds: number, severe: boolean, fullyAcknowledged: boolean, awaitingMyAcknowledgement: boolean, platform: { uscc: string }, subject: { kind: SubjectKind, businessRegion: string | null, domicileRegion: string | null, person: { name: string, idDocument: { type: DocumentType, number: string } } | null, business: { name: string, uscc: string } | null, liveAccounts: Array<{ accountId: string, nickname: string | null }> }, measures: Array<{ type: MeasureType, name: string | null, startsAt: string, endsAt: string | null, lifted: boolean }>, legalBasis: Array<{ law: string, article: string }>, trigger: { kind: TriggerKind, noticeId: string | null }, recipients: Array<{ authority: Authority, level: OfficeLevel, region: string, mustAcknowledge: boolean, acknowledgedAt: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DisposalReportQueryVariables = Exact<{
  id: string | number;
}>;


export type DisposalReportQuery = { disposalReport: { id: string, version: number, idempotencyKey: string, domicileRegion: string, facts: string, decidedAt: string, reportedAt: string, reportingLagSeconds: number, severe: boolean, fullyAcknowledged: boolean, awaitingMyAcknowledgement: boolean, platform: { uscc: string }, subject: { kind: SubjectKind, businessRegion: string | null, domicileRegion: string | null, person: { name: string, idDocument: { type: DocumentType, number: string } } | null, business: { name: string, uscc: string } | null, liveAccounts: Array<{ accountId: string, nickname: string | null }> }, measures: Array<{ type: MeasureType, name: string | null, startsAt: string, endsAt: string | null, lifted: boolean }>, legalBasis: Array<{ law: string, article: string }>, trigger: { kind: TriggerKind, noticeId: string | null }, recipients: Array<{ authority: Authority, level: OfficeLevel, region: string, mustAcknowledge: boolean, acknowledgedAt: string | null }> } | null };

export type NoticesQueryVariables = Exact<{
  filter?: NoticeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  updatedSince?: string | null | undefined;
}>;


export type NoticesQuery = { notices: { edges: Array<{ cursor: string, node: { id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeQuery = { notice: { id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean, updatedContact: { phone: string | null, email: string | null, address: { regionCode: string, detail: string } | null } | null }>, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null } | null };

export type BlacklistEntriesQueryVariables = Exact<{
  filter?: BlacklistFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BlacklistEntriesQuery = { blacklistEntries: { edges: Array<{ cursor: string, node: { id: string, listingPlatformName: string, shareWithPeers: boolean, status: BlacklistEntryStatus, appealPending: boolean, removedAt: string | null, createdAt: string, subject: { type: BlacklistSubjectType, name: string, documentType: DocumentType | null, documentNumber: string | null, uscc: string | null }, term: { startsAt: string, endsAt: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LeadsQueryVariables = Exact<{
  filter?: LeadFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LeadsQuery = { leads: { edges: Array<{ cursor: string, node: { id: string, summary: string, relatedNoticeIds: Array<string>, status: LeadStatus, createdAt: string, decidedAt: string | null, reason: string | null, from: { authority: Authority, level: OfficeLevel, region: string }, to: { authority: Authority, level: OfficeLevel, region: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BlacklistCheckLogQueryVariables = Exact<{
  filter?: CheckLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BlacklistCheckLogQuery = { blacklistCheckLog: { edges: Array<{ cursor: string, node: { id: string, checkedByName: string, purpose: CheckPurpose, subjectHash: string, listed: boolean, matchCount: number, checkedAt: string, checkedBy: { uscc: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AccessRecordPageFragment = { edges: Array<{ cursor: string, node: { id: string, service: string, at: string, principalOrg: string, principalName: string, certSerial: string, operation: string, recordType: string, recordIds: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type AccessLogQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  identityRegistry?: boolean;
  penaltyReports?: boolean;
  blacklist?: boolean;
  caseCooperation?: boolean;
}>;


export type AccessLogQuery = { accessLog: { scope: string, identityRegistry?: { edges: Array<{ cursor: string, node: { id: string, service: string, at: string, principalOrg: string, principalName: string, certSerial: string, operation: string, recordType: string, recordIds: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, penaltyReports?: { edges: Array<{ cursor: string, node: { id: string, service: string, at: string, principalOrg: string, principalName: string, certSerial: string, operation: string, recordType: string, recordIds: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, blacklist?: { edges: Array<{ cursor: string, node: { id: string, service: string, at: string, principalOrg: string, principalName: string, certSerial: string, operation: string, recordType: string, recordIds: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, caseCooperation?: { edges: Array<{ cursor: string, node: { id: string, service: string, at: string, principalOrg: string, principalName: string, certSerial: string, operation: string, recordType: string, recordIds: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type EvidenceLogHeadFragment = { logId: string, jwks: string, treeHead: { size: number, root: string, timestamp: string, jws: string } };

export type EvidenceHeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceHeadsQuery = { evidence: { scope: string, identityRegistry: { logId: string, jwks: string, treeHead: { size: number, root: string, timestamp: string, jws: string } }, penaltyReports: { logId: string, jwks: string, treeHead: { size: number, root: string, timestamp: string, jws: string } }, blacklist: { logId: string, jwks: string, treeHead: { size: number, root: string, timestamp: string, jws: string } }, caseCooperation: { logId: string, jwks: string, treeHead: { size: number, root: string, timestamp: string, jws: string } } } };

export type PenaltyReportsInclusionProofQueryVariables = Exact<{
  leafIndex: number;
  treeSize: number;
}>;


export type PenaltyReportsInclusionProofQuery = { evidence: { penaltyReports: { inclusionProof: { logId: string, leafIndex: number, treeSize: number, hashes: Array<string> } } } };

export type EvidenceEntriesQueryVariables = Exact<{
  fromIndex: number;
  count: number;
  identityRegistry?: boolean;
  penaltyReports?: boolean;
  blacklist?: boolean;
  caseCooperation?: boolean;
}>;


export type EvidenceEntriesQuery = { evidence: { identityRegistry?: { entries: Array<{ leafIndex: number, leafHash: string, entry: string | null }> }, penaltyReports?: { entries: Array<{ leafIndex: number, leafHash: string, entry: string | null }> }, blacklist?: { entries: Array<{ leafIndex: number, leafHash: string, entry: string | null }> }, caseCooperation?: { entries: Array<{ leafIndex: number, leafHash: string, entry: string | null }> } } };

export type EvidenceLeafFragment = { leafIndex: number, leafHash: string, entry: string | null };

export type SubmitDisposalReportMutationVariables = Exact<{
  input: DisposalReportInput;
}>;


export type SubmitDisposalReportMutation = { submitDisposalReport: { receipt: string | null, id: string, version: number, idempotencyKey: string, domicileRegion: string, facts: string, decidedAt: string, reportedAt: string, reportingLagSeconds: number, severe: boolean, fullyAcknowledged: boolean, awaitingMyAcknowledgement: boolean, platform: { uscc: string }, subject: { kind: SubjectKind, businessRegion: string | null, domicileRegion: string | null, person: { name: string, idDocument: { type: DocumentType, number: string } } | null, business: { name: string, uscc: string } | null, liveAccounts: Array<{ accountId: string, nickname: string | null }> }, measures: Array<{ type: MeasureType, name: string | null, startsAt: string, endsAt: string | null, lifted: boolean }>, legalBasis: Array<{ law: string, article: string }>, trigger: { kind: TriggerKind, noticeId: string | null }, recipients: Array<{ authority: Authority, level: OfficeLevel, region: string, mustAcknowledge: boolean, acknowledgedAt: string | null }> } };

export type AmendDisposalReportMutationVariables = Exact<{
  id: string | number;
  input: DisposalReportInput;
  reason: string;
}>;


export type AmendDisposalReportMutation = { amendDisposalReport: { receipt: string | null, id: string, version: number, idempotencyKey: string, domicileRegion: string, facts: string, decidedAt: string, reportedAt: string, reportingLagSeconds: number, severe: boolean, fullyAcknowledged: boolean, awaitingMyAcknowledgement: boolean, platform: { uscc: string }, subject: { kind: SubjectKind, businessRegion: string | null, domicileRegion: string | null, person: { name: string, idDocument: { type: DocumentType, number: string } } | null, business: { name: string, uscc: string } | null, liveAccounts: Array<{ accountId: string, nickname: string | null }> }, measures: Array<{ type: MeasureType, name: string | null, startsAt: string, endsAt: string | null, lifted: boolean }>, legalBasis: Array<{ law: string, article: string }>, trigger: { kind: TriggerKind, noticeId: string | null }, recipients: Array<{ authority: Authority, level: OfficeLevel, region: string, mustAcknowledge: boolean, acknowledgedAt: string | null }> } };

export type LiftMeasureMutationVariables = Exact<{
  reportId: string | number;
  measure: MeasureType;
  liftedAt: string;
  reason: string;
}>;


export type LiftMeasureMutation = { liftMeasure: { receipt: string | null, id: string, version: number, idempotencyKey: string, domicileRegion: string, facts: string, decidedAt: string, reportedAt: string, reportingLagSeconds: number, severe: boolean, fullyAcknowledged: boolean, awaitingMyAcknowledgement: boolean, platform: { uscc: string }, subject: { kind: SubjectKind, businessRegion: string | null, domicileRegion: string | null, person: { name: string, idDocument: { type: DocumentType, number: string } } | null, business: { name: string, uscc: string } | null, liveAccounts: Array<{ accountId: string, nickname: string | null }> }, measures: Array<{ type: MeasureType, name: string | null, startsAt: string, endsAt: string | null, lifted: boolean }>, legalBasis: Array<{ law: string, article: string }>, trigger: { kind: TriggerKind, noticeId: string | null }, recipients: Array<{ authority: Authority, level: OfficeLevel, region: string, mustAcknowledge: boolean, acknowledgedAt: string | null }> } };

export type SearchOperatorsQueryVariables = Exact<{
  filter: OperatorFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchOperatorsQuery = { liveRoomOperators: { edges: Array<{ cursor: string, node: { id: string, filingId: string, period: string, kind: OperatorKind, name: string, uscc: string | null, verifiedAt: string, verificationStale: boolean, platform: { uscc: string }, idDocument: { type: DocumentType, number: string } | null, businessAddress: { regionCode: string, detail: string }, liveAccounts: Array<{ accountId: string, nickname: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchStreamersQueryVariables = Exact<{
  filter: StreamerFilter;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchStreamersQuery = { liveStreamers: { edges: Array<{ cursor: string, node: { id: string, filingId: string, period: string, name: string, verifiedAt: string, verificationStale: boolean, platform: { uscc: string }, idDocument: { type: DocumentType, number: string }, residence: { regionCode: string, detail: string }, agency: { name: string, uscc: string } | null, operators: Array<{ uscc: string | null, liveAccountId: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FilingComplianceQueryVariables = Exact<{
  period: string;
}>;


export type FilingComplianceQuery = { filingCompliance: Array<{ period: string, status: ComplianceStatus, overdue: boolean, submittedAt: string | null, operatorCount: number, streamerCount: number, staleOperatorCount: number, staleStreamerCount: number, verificationStale: number, platform: { uscc: string, name: string | null, domicileRegion: string | null }, filing: { id: string } | null, operators: { status: ComplianceStatus, overdue: boolean, count: number, nothingToReport: boolean }, streamers: { status: ComplianceStatus, overdue: boolean, count: number, nothingToReport: boolean } }> };

export type SendNoticeMutationVariables = Exact<{
  input: NoticeInput;
}>;


export type SendNoticeMutation = { sendNotice: { receipt: string | null, id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean }> } };

export type CloseNoticeMutationVariables = Exact<{
  id: string | number;
  outcome: string;
}>;


export type CloseNoticeMutation = { closeNotice: { receipt: string | null, id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean }> } };

export type SummonsFieldsFragment = { summons: { grounds: Array<SummonsGround>, otherGround: string | null, meetingAt: string, onlineLink: string | null, matters: Array<string>, place: { regionCode: string, detail: string } | null, attendance: { seq: number, meetingAt: string, confirmedAt: string, attendees: Array<{ role: SummonsRole, title: string | null }> } | null, outcomes: Array<{ seq: number, outcome: SummonsMeetingOutcome, note: string, meetingAt: string, rescheduledTo: string | null, recordedAt: string }> } | null };

export type ConfirmSummonsAttendanceMutationVariables = Exact<{
  noticeId: string | number;
  input: SummonsAttendanceInput;
}>;


export type ConfirmSummonsAttendanceMutation = { confirmSummonsAttendance: { receipt: string | null, id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean }>, summons: { grounds: Array<SummonsGround>, otherGround: string | null, meetingAt: string, onlineLink: string | null, matters: Array<string>, place: { regionCode: string, detail: string } | null, attendance: { seq: number, meetingAt: string, confirmedAt: string, attendees: Array<{ role: SummonsRole, title: string | null }> } | null, outcomes: Array<{ seq: number, outcome: SummonsMeetingOutcome, note: string, meetingAt: string, rescheduledTo: string | null, recordedAt: string }> } | null } };

export type RecordSummonsOutcomeMutationVariables = Exact<{
  noticeId: string | number;
  input: SummonsOutcomeInput;
}>;


export type RecordSummonsOutcomeMutation = { recordSummonsOutcome: { receipt: string | null, id: string, kind: NoticeKind, status: NoticeStatus, summary: string, sentAt: string, updatedAt: string, dueAt: string | null, dueDate: string | null, dueApproximate: boolean, overdue: boolean, acknowledgedAt: string | null, closedAt: string | null, outcome: string | null, platform: { uscc: string }, sender: { authority: Authority, level: OfficeLevel, region: string }, assistance: { purpose: AssistancePurpose, urgent: boolean, products: Array<{ name: string, identifiers: Array<string> }> } | null, answers: Array<{ seq: number, answeredAt: string, disposalReportIds: Array<string>, contactUpdated: boolean }>, summons: { grounds: Array<SummonsGround>, otherGround: string | null, meetingAt: string, onlineLink: string | null, matters: Array<string>, place: { regionCode: string, detail: string } | null, attendance: { seq: number, meetingAt: string, confirmedAt: string, attendees: Array<{ role: SummonsRole, title: string | null }> } | null, outcomes: Array<{ seq: number, outcome: SummonsMeetingOutcome, note: string, meetingAt: string, rescheduledTo: string | null, recordedAt: string }> } | null } };

export type TransferLeadMutationVariables = Exact<{
  input: LeadInput;
}>;


export type TransferLeadMutation = { transferLead: { receipt: string | null, id: string, summary: string, relatedNoticeIds: Array<string>, status: LeadStatus, createdAt: string, decidedAt: string | null, reason: string | null, from: { authority: Authority, level: OfficeLevel, region: string }, to: { authority: Authority, level: OfficeLevel, region: string } } };

export type DecideLeadMutationVariables = Exact<{
  id: string | number;
  decision: LeadDecision;
  reason?: string | null | undefined;
}>;


export type DecideLeadMutation = { decideLead: { receipt: string | null, id: string, summary: string, relatedNoticeIds: Array<string>, status: LeadStatus, createdAt: string, decidedAt: string | null, reason: string | null, from: { authority: Authority, level: OfficeLevel, region: string }, to: { authority: Authority, level: OfficeLevel, region: string } } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, org: string, name: string, region: string, authority: Authority | null, level: OfficeLevel | null, certSerial: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const FilingFieldsFragmentDoc = new TypedDocumentString(`
    fragment FilingFields on Filing {
  id
  platform {
    uscc
  }
  platformDomicile
  period
  status
  openedAt
  submittedAt
  onTime
  acknowledgedAt
  acknowledgedBy
  batchCount
  operatorCount
  streamerCount
  staleOperatorCount
  staleStreamerCount
  digest
}
    `, {"fragmentName":"FilingFields"}) as unknown as TypedDocumentString<FilingFieldsFragment, unknown>;
export const DisposalReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}
    `, {"fragmentName":"DisposalReportFields"}) as unknown as TypedDocumentString<DisposalReportFieldsFragment, unknown>;
export const NoticeFieldsFragmentDoc = new TypedDocumentString(`
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}
    `, {"fragmentName":"NoticeFields"}) as unknown as TypedDocumentString<NoticeFieldsFragment, unknown>;
export const BlacklistEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment BlacklistEntryFields on BlacklistEntry {
  id
  listingPlatformName
  subject {
    type
    name
    documentType
    documentNumber
    uscc
  }
  term {
    startsAt
    endsAt
  }
  shareWithPeers
  status
  appealPending
  removedAt
  createdAt
}
    `, {"fragmentName":"BlacklistEntryFields"}) as unknown as TypedDocumentString<BlacklistEntryFieldsFragment, unknown>;
export const LeadFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeadFields on Lead {
  id
  from {
    authority
    level
    region
  }
  to {
    authority
    level
    region
  }
  summary
  relatedNoticeIds
  status
  createdAt
  decidedAt
  reason
}
    `, {"fragmentName":"LeadFields"}) as unknown as TypedDocumentString<LeadFieldsFragment, unknown>;
export const PageFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"PageFields"}) as unknown as TypedDocumentString<PageFieldsFragment, unknown>;
export const AccessRecordPageFragmentDoc = new TypedDocumentString(`
    fragment AccessRecordPage on AccessRecordConnection {
  edges {
    cursor
    node {
      id
      service
      at
      principalOrg
      principalName
      certSerial
      operation
      recordType
      recordIds
    }
  }
  pageInfo {
    ...PageFields
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`, {"fragmentName":"AccessRecordPage"}) as unknown as TypedDocumentString<AccessRecordPageFragment, unknown>;
export const EvidenceLogHeadFragmentDoc = new TypedDocumentString(`
    fragment EvidenceLogHead on EvidenceLog {
  logId
  treeHead {
    size
    root
    timestamp
    jws
  }
  jwks
}
    `, {"fragmentName":"EvidenceLogHead"}) as unknown as TypedDocumentString<EvidenceLogHeadFragment, unknown>;
export const EvidenceLeafFragmentDoc = new TypedDocumentString(`
    fragment EvidenceLeaf on EvidenceEntry {
  leafIndex
  leafHash
  entry
}
    `, {"fragmentName":"EvidenceLeaf"}) as unknown as TypedDocumentString<EvidenceLeafFragment, unknown>;
export const SummonsFieldsFragmentDoc = new TypedDocumentString(`
    fragment SummonsFields on Notice {
  summons {
    grounds
    otherGround
    meetingAt
    place {
      regionCode
      detail
    }
    onlineLink
    matters
    attendance {
      seq
      attendees {
        role
        title
      }
      meetingAt
      confirmedAt
    }
    outcomes {
      seq
      outcome
      note
      meetingAt
      rescheduledTo
      recordedAt
    }
  }
}
    `, {"fragmentName":"SummonsFields"}) as unknown as TypedDocumentString<SummonsFieldsFragment, unknown>;
export const AcknowledgeNoticeDocument = new TypedDocumentString(`
    mutation AcknowledgeNotice($id: ID!) {
  acknowledgeNotice(id: $id) {
    receipt
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`) as unknown as TypedDocumentString<AcknowledgeNoticeMutation, AcknowledgeNoticeMutationVariables>;
export const AcknowledgeDisposalReportDocument = new TypedDocumentString(`
    mutation AcknowledgeDisposalReport($id: ID!) {
  acknowledgeDisposalReport(id: $id) {
    receipt
    ...DisposalReportFields
  }
}
    fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}`) as unknown as TypedDocumentString<AcknowledgeDisposalReportMutation, AcknowledgeDisposalReportMutationVariables>;
export const AcknowledgeFilingDocument = new TypedDocumentString(`
    mutation AcknowledgeFiling($filingId: ID!) {
  acknowledgeFiling(filingId: $filingId) {
    receipt
    ...FilingFields
  }
}
    fragment FilingFields on Filing {
  id
  platform {
    uscc
  }
  platformDomicile
  period
  status
  openedAt
  submittedAt
  onTime
  acknowledgedAt
  acknowledgedBy
  batchCount
  operatorCount
  streamerCount
  staleOperatorCount
  staleStreamerCount
  digest
}`) as unknown as TypedDocumentString<AcknowledgeFilingMutation, AcknowledgeFilingMutationVariables>;
export const AnswerNoticeDocument = new TypedDocumentString(`
    mutation AnswerNotice($id: ID!, $input: NoticeAnswerInput!) {
  answerNotice(id: $id, input: $input) {
    receipt
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`) as unknown as TypedDocumentString<AnswerNoticeMutation, AnswerNoticeMutationVariables>;
export const RecordReminderDocument = new TypedDocumentString(`
    mutation RecordReminder($noticeId: ID!, $remindedAt: DateTime!, $channel: String!) {
  recordReminder(noticeId: $noticeId, remindedAt: $remindedAt, channel: $channel) {
    receipt
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`) as unknown as TypedDocumentString<RecordReminderMutation, RecordReminderMutationVariables>;
export const AddBlacklistEntryDocument = new TypedDocumentString(`
    mutation AddBlacklistEntry($input: BlacklistEntryInput!) {
  addBlacklistEntry(input: $input) {
    receipt
    ...BlacklistEntryFields
  }
}
    fragment BlacklistEntryFields on BlacklistEntry {
  id
  listingPlatformName
  subject {
    type
    name
    documentType
    documentNumber
    uscc
  }
  term {
    startsAt
    endsAt
  }
  shareWithPeers
  status
  appealPending
  removedAt
  createdAt
}`) as unknown as TypedDocumentString<AddBlacklistEntryMutation, AddBlacklistEntryMutationVariables>;
export const FileAppealDocument = new TypedDocumentString(`
    mutation FileAppeal($entryId: ID!, $input: AppealInput!) {
  fileAppeal(entryId: $entryId, input: $input) {
    receipt
    id
    status
    receivedAt
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<FileAppealMutation, FileAppealMutationVariables>;
export const DecideAppealDocument = new TypedDocumentString(`
    mutation DecideAppeal($appealId: ID!, $outcome: AppealOutcome!, $reason: String!, $subjectToldAt: DateTime!, $subjectToldChannel: String!) {
  decideAppeal(
    appealId: $appealId
    outcome: $outcome
    reason: $reason
    subjectToldAt: $subjectToldAt
    subjectToldChannel: $subjectToldChannel
  ) {
    receipt
    id
    status
    decidedAt
    entry {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<DecideAppealMutation, DecideAppealMutationVariables>;
export const RemoveBlacklistEntryDocument = new TypedDocumentString(`
    mutation RemoveBlacklistEntry($id: ID!, $reason: String!) {
  removeBlacklistEntry(id: $id, reason: $reason) {
    receipt
    ...BlacklistEntryFields
  }
}
    fragment BlacklistEntryFields on BlacklistEntry {
  id
  listingPlatformName
  subject {
    type
    name
    documentType
    documentNumber
    uscc
  }
  term {
    startsAt
    endsAt
  }
  shareWithPeers
  status
  appealPending
  removedAt
  createdAt
}`) as unknown as TypedDocumentString<RemoveBlacklistEntryMutation, RemoveBlacklistEntryMutationVariables>;
export const BlacklistCheckDocument = new TypedDocumentString(`
    query BlacklistCheck($subjects: [CheckSubjectInput!]!, $purpose: CheckPurpose!) {
  blacklistCheck(subjects: $subjects, purpose: $purpose) {
    listed
    matches {
      listingPlatformName
      listedSince
      expiresAt
      status
      appealPending
    }
  }
}
    `) as unknown as TypedDocumentString<BlacklistCheckQuery, BlacklistCheckQueryVariables>;
export const OpenFilingDocument = new TypedDocumentString(`
    mutation OpenFiling($period: String!) {
  openFiling(period: $period) {
    receipt
    ...FilingFields
  }
}
    fragment FilingFields on Filing {
  id
  platform {
    uscc
  }
  platformDomicile
  period
  status
  openedAt
  submittedAt
  onTime
  acknowledgedAt
  acknowledgedBy
  batchCount
  operatorCount
  streamerCount
  staleOperatorCount
  staleStreamerCount
  digest
}`) as unknown as TypedDocumentString<OpenFilingMutation, OpenFilingMutationVariables>;
export const AddFilingBatchDocument = new TypedDocumentString(`
    mutation AddFilingBatch($filingId: ID!, $batchNo: Int!, $operators: [LiveRoomOperatorInput!], $streamers: [LiveStreamerInput!]) {
  addFilingBatch(
    filingId: $filingId
    batchNo: $batchNo
    operators: $operators
    streamers: $streamers
  ) {
    receipt
    filingId
    batchNo
    contentHash
    operatorCount
    streamerCount
    staleOperatorCount
    staleStreamerCount
    receivedAt
    replayed
  }
}
    `) as unknown as TypedDocumentString<AddFilingBatchMutation, AddFilingBatchMutationVariables>;
export const SubmitFilingDocument = new TypedDocumentString(`
    mutation SubmitFiling($filingId: ID!, $nothingToReport: [FilingSection!], $expect: FilingExpectation) {
  submitFiling(
    filingId: $filingId
    nothingToReport: $nothingToReport
    expect: $expect
  ) {
    receipt
    ...FilingFields
  }
}
    fragment FilingFields on Filing {
  id
  platform {
    uscc
  }
  platformDomicile
  period
  status
  openedAt
  submittedAt
  onTime
  acknowledgedAt
  acknowledgedBy
  batchCount
  operatorCount
  streamerCount
  staleOperatorCount
  staleStreamerCount
  digest
}`) as unknown as TypedDocumentString<SubmitFilingMutation, SubmitFilingMutationVariables>;
export const FilingDocument = new TypedDocumentString(`
    query Filing($id: ID!) {
  filing(id: $id) {
    ...FilingFields
  }
}
    fragment FilingFields on Filing {
  id
  platform {
    uscc
  }
  platformDomicile
  period
  status
  openedAt
  submittedAt
  onTime
  acknowledgedAt
  acknowledgedBy
  batchCount
  operatorCount
  streamerCount
  staleOperatorCount
  staleStreamerCount
  digest
}`) as unknown as TypedDocumentString<FilingQuery, FilingQueryVariables>;
export const FilingsDocument = new TypedDocumentString(`
    query Filings($platformUscc: String, $period: String, $first: Int, $after: String) {
  filings(
    platformUscc: $platformUscc
    period: $period
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        ...FilingFields
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment FilingFields on Filing {
  id
  platform {
    uscc
  }
  platformDomicile
  period
  status
  openedAt
  submittedAt
  onTime
  acknowledgedAt
  acknowledgedBy
  batchCount
  operatorCount
  streamerCount
  staleOperatorCount
  staleStreamerCount
  digest
}`) as unknown as TypedDocumentString<FilingsQuery, FilingsQueryVariables>;
export const FilingReceiptsDocument = new TypedDocumentString(`
    query FilingReceipts($id: ID!, $first: Int, $after: String) {
  filing(id: $id) {
    id
    receipts(first: $first, after: $after) {
      edges {
        cursor
        node {
          kind
          batchNo
          receipt
          receivedAt
          leafIndex
        }
      }
      pageInfo {
        ...PageFields
      }
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<FilingReceiptsQuery, FilingReceiptsQueryVariables>;
export const FilingBatchesDocument = new TypedDocumentString(`
    query FilingBatches($id: ID!, $first: Int, $after: String) {
  filing(id: $id) {
    id
    batches(first: $first, after: $after) {
      edges {
        cursor
        node {
          batchNo
          contentHash
          operatorCount
          streamerCount
          receivedAt
        }
      }
      pageInfo {
        ...PageFields
      }
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<FilingBatchesQuery, FilingBatchesQueryVariables>;
export const DisposalReportsDocument = new TypedDocumentString(`
    query DisposalReports($filter: DisposalReportFilter, $first: Int, $after: String) {
  disposalReports(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...DisposalReportFields
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}`) as unknown as TypedDocumentString<DisposalReportsQuery, DisposalReportsQueryVariables>;
export const DisposalReportDocument = new TypedDocumentString(`
    query DisposalReport($id: ID!) {
  disposalReport(id: $id) {
    ...DisposalReportFields
  }
}
    fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}`) as unknown as TypedDocumentString<DisposalReportQuery, DisposalReportQueryVariables>;
export const NoticesDocument = new TypedDocumentString(`
    query Notices($filter: NoticeFilter, $first: Int, $after: String, $updatedSince: DateTime) {
  notices(
    filter: $filter
    first: $first
    after: $after
    updatedSince: $updatedSince
  ) {
    edges {
      cursor
      node {
        ...NoticeFields
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`) as unknown as TypedDocumentString<NoticesQuery, NoticesQueryVariables>;
export const NoticeDocument = new TypedDocumentString(`
    query Notice($id: ID!) {
  notice(id: $id) {
    ...NoticeFields
    answers {
      seq
      updatedContact {
        address {
          regionCode
          detail
        }
        phone
        email
      }
    }
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`) as unknown as TypedDocumentString<NoticeQuery, NoticeQueryVariables>;
export const BlacklistEntriesDocument = new TypedDocumentString(`
    query BlacklistEntries($filter: BlacklistFilter, $first: Int, $after: String) {
  blacklistEntries(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...BlacklistEntryFields
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment BlacklistEntryFields on BlacklistEntry {
  id
  listingPlatformName
  subject {
    type
    name
    documentType
    documentNumber
    uscc
  }
  term {
    startsAt
    endsAt
  }
  shareWithPeers
  status
  appealPending
  removedAt
  createdAt
}`) as unknown as TypedDocumentString<BlacklistEntriesQuery, BlacklistEntriesQueryVariables>;
export const LeadsDocument = new TypedDocumentString(`
    query Leads($filter: LeadFilter, $first: Int, $after: String) {
  leads(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...LeadFields
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment LeadFields on Lead {
  id
  from {
    authority
    level
    region
  }
  to {
    authority
    level
    region
  }
  summary
  relatedNoticeIds
  status
  createdAt
  decidedAt
  reason
}`) as unknown as TypedDocumentString<LeadsQuery, LeadsQueryVariables>;
export const BlacklistCheckLogDocument = new TypedDocumentString(`
    query BlacklistCheckLog($filter: CheckLogFilter, $first: Int, $after: String) {
  blacklistCheckLog(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        checkedBy {
          uscc
        }
        checkedByName
        purpose
        subjectHash
        listed
        matchCount
        checkedAt
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<BlacklistCheckLogQuery, BlacklistCheckLogQueryVariables>;
export const AccessLogDocument = new TypedDocumentString(`
    query AccessLog($filter: AccessLogFilter, $first: Int, $after: String, $identityRegistry: Boolean! = false, $penaltyReports: Boolean! = false, $blacklist: Boolean! = false, $caseCooperation: Boolean! = false) {
  accessLog(filter: $filter) {
    scope
    identityRegistry(first: $first, after: $after) @include(if: $identityRegistry) {
      ...AccessRecordPage
    }
    penaltyReports(first: $first, after: $after) @include(if: $penaltyReports) {
      ...AccessRecordPage
    }
    blacklist(first: $first, after: $after) @include(if: $blacklist) {
      ...AccessRecordPage
    }
    caseCooperation(first: $first, after: $after) @include(if: $caseCooperation) {
      ...AccessRecordPage
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment AccessRecordPage on AccessRecordConnection {
  edges {
    cursor
    node {
      id
      service
      at
      principalOrg
      principalName
      certSerial
      operation
      recordType
      recordIds
    }
  }
  pageInfo {
    ...PageFields
  }
}`) as unknown as TypedDocumentString<AccessLogQuery, AccessLogQueryVariables>;
export const EvidenceHeadsDocument = new TypedDocumentString(`
    query EvidenceHeads {
  evidence {
    scope
    identityRegistry {
      ...EvidenceLogHead
    }
    penaltyReports {
      ...EvidenceLogHead
    }
    blacklist {
      ...EvidenceLogHead
    }
    caseCooperation {
      ...EvidenceLogHead
    }
  }
}
    fragment EvidenceLogHead on EvidenceLog {
  logId
  treeHead {
    size
    root
    timestamp
    jws
  }
  jwks
}`) as unknown as TypedDocumentString<EvidenceHeadsQuery, EvidenceHeadsQueryVariables>;
export const PenaltyReportsInclusionProofDocument = new TypedDocumentString(`
    query PenaltyReportsInclusionProof($leafIndex: Int!, $treeSize: Int!) {
  evidence {
    penaltyReports {
      inclusionProof(leafIndex: $leafIndex, treeSize: $treeSize) {
        logId
        leafIndex
        treeSize
        hashes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PenaltyReportsInclusionProofQuery, PenaltyReportsInclusionProofQueryVariables>;
export const EvidenceEntriesDocument = new TypedDocumentString(`
    query EvidenceEntries($fromIndex: Int!, $count: Int!, $identityRegistry: Boolean! = false, $penaltyReports: Boolean! = false, $blacklist: Boolean! = false, $caseCooperation: Boolean! = false) {
  evidence {
    identityRegistry @include(if: $identityRegistry) {
      entries(fromIndex: $fromIndex, count: $count) {
        ...EvidenceLeaf
      }
    }
    penaltyReports @include(if: $penaltyReports) {
      entries(fromIndex: $fromIndex, count: $count) {
        ...EvidenceLeaf
      }
    }
    blacklist @include(if: $blacklist) {
      entries(fromIndex: $fromIndex, count: $count) {
        ...EvidenceLeaf
      }
    }
    caseCooperation @include(if: $caseCooperation) {
      entries(fromIndex: $fromIndex, count: $count) {
        ...EvidenceLeaf
      }
    }
  }
}
    fragment EvidenceLeaf on EvidenceEntry {
  leafIndex
  leafHash
  entry
}`) as unknown as TypedDocumentString<EvidenceEntriesQuery, EvidenceEntriesQueryVariables>;
export const SubmitDisposalReportDocument = new TypedDocumentString(`
    mutation SubmitDisposalReport($input: DisposalReportInput!) {
  submitDisposalReport(input: $input) {
    ...DisposalReportFields
    receipt
  }
}
    fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}`) as unknown as TypedDocumentString<SubmitDisposalReportMutation, SubmitDisposalReportMutationVariables>;
export const AmendDisposalReportDocument = new TypedDocumentString(`
    mutation AmendDisposalReport($id: ID!, $input: DisposalReportInput!, $reason: String!) {
  amendDisposalReport(id: $id, input: $input, reason: $reason) {
    ...DisposalReportFields
    receipt
  }
}
    fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}`) as unknown as TypedDocumentString<AmendDisposalReportMutation, AmendDisposalReportMutationVariables>;
export const LiftMeasureDocument = new TypedDocumentString(`
    mutation LiftMeasure($reportId: ID!, $measure: MeasureType!, $liftedAt: DateTime!, $reason: String!) {
  liftMeasure(
    reportId: $reportId
    measure: $measure
    liftedAt: $liftedAt
    reason: $reason
  ) {
    ...DisposalReportFields
    receipt
  }
}
    fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}`) as unknown as TypedDocumentString<LiftMeasureMutation, LiftMeasureMutationVariables>;
export const SearchOperatorsDocument = new TypedDocumentString(`
    query SearchOperators($filter: OperatorFilter!, $first: Int, $after: String) {
  liveRoomOperators(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        platform {
          uscc
        }
        filingId
        period
        kind
        name
        uscc
        idDocument {
          type
          number
        }
        businessAddress {
          regionCode
          detail
        }
        liveAccounts {
          accountId
          nickname
        }
        verifiedAt
        verificationStale
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SearchOperatorsQuery, SearchOperatorsQueryVariables>;
export const SearchStreamersDocument = new TypedDocumentString(`
    query SearchStreamers($filter: StreamerFilter!, $first: Int, $after: String) {
  liveStreamers(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        platform {
          uscc
        }
        filingId
        period
        name
        idDocument {
          type
          number
        }
        residence {
          regionCode
          detail
        }
        agency {
          name
          uscc
        }
        operators {
          uscc
          liveAccountId
        }
        verifiedAt
        verificationStale
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<SearchStreamersQuery, SearchStreamersQueryVariables>;
export const FilingComplianceDocument = new TypedDocumentString(`
    query FilingCompliance($period: String!) {
  filingCompliance(period: $period) {
    platform {
      uscc
      name
      domicileRegion
    }
    period
    status
    overdue
    filing {
      id
    }
    submittedAt
    operatorCount
    streamerCount
    staleOperatorCount
    staleStreamerCount
    verificationStale
    operators {
      status
      overdue
      count
      nothingToReport
    }
    streamers {
      status
      overdue
      count
      nothingToReport
    }
  }
}
    `) as unknown as TypedDocumentString<FilingComplianceQuery, FilingComplianceQueryVariables>;
export const SendNoticeDocument = new TypedDocumentString(`
    mutation SendNotice($input: NoticeInput!) {
  sendNotice(input: $input) {
    receipt
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`) as unknown as TypedDocumentString<SendNoticeMutation, SendNoticeMutationVariables>;
export const CloseNoticeDocument = new TypedDocumentString(`
    mutation CloseNotice($id: ID!, $outcome: String!) {
  closeNotice(id: $id, outcome: $outcome) {
    receipt
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`) as unknown as TypedDocumentString<CloseNoticeMutation, CloseNoticeMutationVariables>;
export const ConfirmSummonsAttendanceDocument = new TypedDocumentString(`
    mutation ConfirmSummonsAttendance($noticeId: ID!, $input: SummonsAttendanceInput!) {
  confirmSummonsAttendance(noticeId: $noticeId, input: $input) {
    receipt
    ...NoticeFields
    ...SummonsFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}
fragment SummonsFields on Notice {
  summons {
    grounds
    otherGround
    meetingAt
    place {
      regionCode
      detail
    }
    onlineLink
    matters
    attendance {
      seq
      attendees {
        role
        title
      }
      meetingAt
      confirmedAt
    }
    outcomes {
      seq
      outcome
      note
      meetingAt
      rescheduledTo
      recordedAt
    }
  }
}`) as unknown as TypedDocumentString<ConfirmSummonsAttendanceMutation, ConfirmSummonsAttendanceMutationVariables>;
export const RecordSummonsOutcomeDocument = new TypedDocumentString(`
    mutation RecordSummonsOutcome($noticeId: ID!, $input: SummonsOutcomeInput!) {
  recordSummonsOutcome(noticeId: $noticeId, input: $input) {
    receipt
    ...NoticeFields
    ...SummonsFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}
fragment SummonsFields on Notice {
  summons {
    grounds
    otherGround
    meetingAt
    place {
      regionCode
      detail
    }
    onlineLink
    matters
    attendance {
      seq
      attendees {
        role
        title
      }
      meetingAt
      confirmedAt
    }
    outcomes {
      seq
      outcome
      note
      meetingAt
      rescheduledTo
      recordedAt
    }
  }
}`) as unknown as TypedDocumentString<RecordSummonsOutcomeMutation, RecordSummonsOutcomeMutationVariables>;
export const TransferLeadDocument = new TypedDocumentString(`
    mutation TransferLead($input: LeadInput!) {
  transferLead(input: $input) {
    receipt
    ...LeadFields
  }
}
    fragment LeadFields on Lead {
  id
  from {
    authority
    level
    region
  }
  to {
    authority
    level
    region
  }
  summary
  relatedNoticeIds
  status
  createdAt
  decidedAt
  reason
}`) as unknown as TypedDocumentString<TransferLeadMutation, TransferLeadMutationVariables>;
export const DecideLeadDocument = new TypedDocumentString(`
    mutation DecideLead($id: ID!, $decision: LeadDecision!, $reason: String) {
  decideLead(id: $id, decision: $decision, reason: $reason) {
    receipt
    ...LeadFields
  }
}
    fragment LeadFields on Lead {
  id
  from {
    authority
    level
    region
  }
  to {
    authority
    level
    region
  }
  summary
  relatedNoticeIds
  status
  createdAt
  decidedAt
  reason
}`) as unknown as TypedDocumentString<DecideLeadMutation, DecideLeadMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    role
    org
    name
    region
    authority
    level
    certSerial
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;