import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Principal } from '../../../../lib/principal.js';
import type { PlatformRef } from '../store/platform.entity.js';
import type { FilingRow } from '../store/filing.entity.js';
import type { BatchReceipt, FilingBatch as FilingBatchRecord } from '../domain/filing.rules.js';
import type { FilingReceiptRow } from '../domain/filing.ports.js';
import type { ComplianceRow, SectionStanding } from '../domain/compliance.rules.js';
import type { ExpectedPlatform } from '../domain/enrolment.js';
import type { OperatorView, StreamerView } from '../store/record.entity.js';
import type { OperatorRef as OperatorRefRecord } from '../domain/filing-record.js';
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

/** A filed address. */
export type Address = {
  __typename?: 'Address';
  /** Street, building and room; for a natural person's address masked for the filing platform (the first 6 characters, then ***). */
  detail: Scalars['String']['output'];
  /** GB/T 2260 region code (6 digits). */
  regionCode: Scalars['String']['output'];
};

/** A place: its GB/T 2260 region code and the rest of the address. */
export type AddressInput = {
  /** Street, building and room: 1 to 500 characters. */
  detail: Scalars['String']['input'];
  /** GB/T 2260 region code: 6 digits, the first 2 a province-level code; a place, so not 100000 (the whole country). */
  regionCode: Scalars['String']['input'];
};

/** The regulating authority of an office: market regulation (市场监督管理) or cyberspace administration (网信). */
export type Authority =
  /** Cyberspace administration: the Cyberspace Administration of China and local 网信部门. */
  | 'CAC'
  /** Market regulation: the State Administration for Market Regulation and local 市场监督管理部门. */
  | 'SAMR';

/** A registered business: name and unified social credit code. */
export type BusinessInput = {
  /** The registered name: 1 to 200 characters, trimmed (a filing also stores it NFC-normalised, white space runs as one space). */
  name: Scalars['String']['input'];
  /** Unified social credit code: 18 characters with a valid mod-31 check character (GB 32100-2015); trimmed and upper-cased first. */
  uscc: Scalars['String']['input'];
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

/** Filed contact details: regulators see them in full, the filing platform masked. */
export type Contact = {
  __typename?: 'Contact';
  /** E-mail address; masked for the filing platform (first character of the local part, then ***@domain). */
  email?: Maybe<Scalars['String']['output']>;
  /** Digits, optionally after +; masked for the filing platform (first 3 and last 4 digits). */
  phone?: Maybe<Scalars['String']['output']>;
};

/** How to reach the person or business: a phone number, an e-mail address, or both (at least one). */
export type ContactInput = {
  /** An e-mail address (`local@domain.tld`, local part at most 64 characters); the domain is stored in lower case. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Digits, spaces and hyphens, optionally after a leading +: 6 to 20 characters after the +; stored without spaces and hyphens. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A filed licence or qualification. */
export type Credential = {
  __typename?: 'Credential';
  /** Who issued it, if filed. */
  issuer?: Maybe<Scalars['String']['output']>;
  /** What it is. */
  kind: Scalars['String']['output'];
  /** Its number. */
  number: Scalars['String']['output'];
};

/** An administrative licence (Art 8 ¶1 行政许可) or a professional qualification (Art 9 item (3) 专业资质). */
export type CredentialInput = {
  /** Who issued it: at most 200 characters. */
  issuer?: InputMaybe<Scalars['String']['input']>;
  /** What it is, e.g. 食品经营许可证: 1 to 128 characters. */
  kind: Scalars['String']['input'];
  /** Its number: 1 to 128 characters. */
  number: Scalars['String']['input'];
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

/** How a platform came onto the roster of who must file. */
export type EnrolmentSource =
  /** The exchange CA issued it a certificate (from the CA's roster, or its first call). */
  | 'CERTIFICATE'
  /** Its provincial SAMR office enrolled it before it connected (enrollPlatform). */
  | 'SAMR';

/** The January/July identity report of one platform (Art 9). */
export type Filing = {
  __typename?: 'Filing';
  /** When the SAMR office acknowledged it (the acknowledgement receipt's receivedAt); null until then. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The acknowledging office (`samr/province/330000`). */
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** Batches received so far. */
  batchCount: Scalars['Int']['output'];
  /**
   * The batches the exchange holds, by batch number, with each one's contentHash: what a rerun of an upload compares
   * its own batches with, to send only what is missing (Art 9). Who reads the filing reads them. 1 to 500 a page
   * (default 50). Not access-logged: counts and hashes, no personal data.
   */
  batches: FilingBatchConnection;
  /** SHA-256 (64 lower-case hex characters) over the batch hashes in batch order; set at submission, null before. */
  digest?: Maybe<Scalars['String']['output']>;
  /** The filing's id (a UUID). */
  id: Scalars['ID']['output'];
  /** The sections the platform declared at submission it had nothing to report in; empty when none (or not yet submitted). */
  nothingToReport: Array<FilingSection>;
  /** Submitted within the period's month in Asia/Shanghai (Art 9), judged by submittedAt. Null until submitted. */
  onTime?: Maybe<Scalars['Boolean']['output']>;
  /** When openFiling created it. */
  openedAt: Scalars['DateTime']['output'];
  /** Live-room operators in the batches received so far (final once submitted). */
  operatorCount: Scalars['Int']['output'];
  /** `YYYY-01` or `YYYY-07`: the month the report is due in (Art 9: 每年一月和七月). */
  period: Scalars['String']['output'];
  /** The filing platform. */
  platform: Platform;
  /** The platform's domicile region code at the time of filing (from its certificate). */
  platformDomicile: Scalars['String']['output'];
  /**
   * On submitFiling's and acknowledgeFiling's result: the receipt of that write, a compact JWS (ES256,
   * identity-registry's receipt key, kid in the header; about 700 characters) over kind (filing.submit or
   * filing.acknowledge), the filing id, the submitter (role, org, certificate serial), receivedAt (equal to submittedAt,
   * resp. acknowledgedAt: the time Art 9's on-time filing is judged by) and its leaf in the evidence log. Its
   * contentDigest is the hex SHA-256 of the RFC 8785 JSON {"digest": <digest>, "filingId": <id>} (with
   * "nothingToReport": [<sections>] when a section was declared empty). Digests and ids
   * only, no personal data. Null elsewhere, and when no evidence log is kept. Check it with
   * `npm run verify -- receipt <file> --jwks <file>`.
   */
  receipt?: Maybe<Scalars['String']['output']>;
  /**
   * Every receipt the exchange handed out for this filing, in the order of its evidence log: each batch's, the
   * submission's, the acknowledgement's (Art 9), byte for byte as first returned, so they can be downloaded again.
   * Who reads the filing reads them (its platform; the SAMR province/national office covering the domicile). A batch
   * the exchange no longer holds keeps its receipt here. 1 to 500 a page (default 50). Not access-logged: digests and
   * ids, no personal data.
   */
  receipts: FilingReceiptConnection;
  /** Operators whose verification was older than six months when their batch was received (Art 8 ¶1). */
  staleOperatorCount: Scalars['Int']['output'];
  /** Streamers whose verification was older than six months when their batch was received (Art 8 ¶1). */
  staleStreamerCount: Scalars['Int']['output'];
  /** OPEN, SUBMITTED or ACKNOWLEDGED. */
  status: FilingStatus;
  /** Live streamers in the batches received so far (final once submitted). */
  streamerCount: Scalars['Int']['output'];
  /**
   * When submitFiling sealed it (ISO 8601 UTC, milliseconds); null while OPEN. The exchange's clock, not the platform's:
   * the same instant as the submission receipt's receivedAt, and the one onTime is judged by (Art 9).
   */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};


/** The January/July identity report of one platform (Art 9). */
export type FilingBatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The January/July identity report of one platform (Art 9). */
export type FilingReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A batch the exchange holds. */
export type FilingBatch = {
  __typename?: 'FilingBatch';
  /** The batch's number. */
  batchNo: Scalars['Int']['output'];
  /** SHA-256 (64 lower-case hex characters) of the batch's canonical records (as FilingBatchReceipt.contentHash). */
  contentHash: Scalars['String']['output'];
  /** Live-room operators in the batch. */
  operatorCount: Scalars['Int']['output'];
  /** When the exchange first received it (its receipt's receivedAt). */
  receivedAt: Scalars['DateTime']['output'];
  /** Operators of the batch verified more than six months before it was received (Art 8 ¶1). */
  staleOperatorCount: Scalars['Int']['output'];
  /** Streamers of the batch verified more than six months before it was received (Art 8 ¶1). */
  staleStreamerCount: Scalars['Int']['output'];
  /** Live streamers in the batch. */
  streamerCount: Scalars['Int']['output'];
};

/** A page of a filing's batches, by batch number (Relay connection). */
export type FilingBatchConnection = {
  __typename?: 'FilingBatchConnection';
  /** The batches of this page. */
  edges: Array<FilingBatchEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One held batch and its cursor. */
export type FilingBatchEdge = {
  __typename?: 'FilingBatchEdge';
  /** Opaque; pass it as `after` to continue after this batch. */
  cursor: Scalars['String']['output'];
  /** The batch. */
  node: FilingBatch;
};

/** What a batch stored (or, replayed, what it stored the first time). */
export type FilingBatchReceipt = {
  __typename?: 'FilingBatchReceipt';
  /** The batch's number, as sent. */
  batchNo: Scalars['Int']['output'];
  /** SHA-256 (64 lower-case hex characters) of the batch's canonical records: the same content gives the same hash, whichever form it was sent in. */
  contentHash: Scalars['String']['output'];
  /** The filing the batch belongs to. */
  filingId: Scalars['ID']['output'];
  /** Live-room operators in the batch. */
  operatorCount: Scalars['Int']['output'];
  /**
   * The signed receipt of the batch, a compact JWS (ES256, identity-registry's receipt key, kid in the header; about
   * 700 characters) over kind filing.batch, the record id `<filingId>/batch/<batchNo>`, the submitter (role, org,
   * certificate serial), receivedAt (the exchange's clock, equal to this receivedAt) and its leaf in the evidence log
   * (log id, leaf index). Its contentDigest is the hex SHA-256 of the RFC 8785 JSON array of the batch's records as
   * stored (normalised, operators then streamers in input order; what contentHash covers as JSON Lines). Digests and
   * ids only, no personal data. A replay returns the first receipt, byte for byte. Null when no evidence log is kept.
   * Keep it: `npm run verify -- receipt <file> --jwks <file>` checks it against Query.evidence's published keys.
   */
  receipt?: Maybe<Scalars['String']['output']>;
  /** When the exchange stored the batch (the first time, for a replay), ISO 8601 UTC with milliseconds: the receipt's receivedAt, the same instant. */
  receivedAt: Scalars['DateTime']['output'];
  /** True when this batch number and content had already been received: nothing new was stored. */
  replayed: Scalars['Boolean']['output'];
  /** Operators of the batch verified more than six months before it was received (Art 8 ¶1). */
  staleOperatorCount: Scalars['Int']['output'];
  /** Streamers of the batch verified more than six months before it was received (Art 8 ¶1). */
  staleStreamerCount: Scalars['Int']['output'];
  /** Live streamers in the batch. */
  streamerCount: Scalars['Int']['output'];
};

/** One platform's standing for one period (Art 9; Art 53 (2), 54 (2) sanction failing to report). */
export type FilingComplianceRow = {
  __typename?: 'FilingComplianceRow';
  /** How the platform came onto the roster of who must file. */
  enrolment: PlatformEnrolment;
  /** The platform's filing for the period; null when none was opened. */
  filing?: Maybe<Filing>;
  /** Live-room operators filed (0 without a filing). */
  operatorCount: Scalars['Int']['output'];
  /** Live-room operators, Art 9 items (1)–(2) (Art 53 (2)). */
  operators: SectionCompliance;
  /** Either section is overdue: the period's month is over (Asia/Shanghai) and it was not reported. */
  overdue: Scalars['Boolean']['output'];
  /** The period asked for, `YYYY-01` or `YYYY-07`. */
  period: Scalars['String']['output'];
  /** The platform. */
  platform: Platform;
  /** Operators verified more than six months before their batch was received (Art 8 ¶1). */
  staleOperatorCount: Scalars['Int']['output'];
  /** Streamers verified more than six months before their batch was received (Art 8 ¶1). */
  staleStreamerCount: Scalars['Int']['output'];
  /** The worse of operators.status and streamers.status (ON_TIME, then LATE, OPEN, MISSING). */
  status: ComplianceStatus;
  /** Live streamers filed (0 without a filing). */
  streamerCount: Scalars['Int']['output'];
  /** Live streamers, Art 9 item (3) (Art 54 (2)). */
  streamers: SectionCompliance;
  /** When the filing was submitted; null when it was not. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** staleOperatorCount + staleStreamerCount. */
  verificationStale: Scalars['Int']['output'];
};

/** A page of filings, newest period first (Relay connection). */
export type FilingConnection = {
  __typename?: 'FilingConnection';
  /** The filings of this page. */
  edges: Array<FilingEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One filing and its cursor. */
export type FilingEdge = {
  __typename?: 'FilingEdge';
  /** Opaque; pass it as `after` to continue after this filing. */
  cursor: Scalars['String']['output'];
  /** The filing. */
  node: Filing;
};

/**
 * What a platform expects its sealed filing to hold (submitFiling's `expect`). Any difference refuses the seal with
 * CONFLICT, nothing sealed: `extensions.missingBatches` (numbers 1..batchCount the exchange does not hold),
 * `extensions.unexpectedBatches` (held numbers above batchCount) and `extensions.problems` (each field that differs,
 * path `expect.<field>`, with what the exchange holds). Send the missing batches again and submit again; Filing.batches
 * names what is held, with each batch's contentHash, to find a batch that differs.
 */
export type FilingExpectation = {
  /** Batches numbered 1..batchCount: at least 1. */
  batchCount: Scalars['Int']['input'];
  /**
   * The filing digest the platform computes from its own batches: hex SHA-256 (64 lower-case characters) of one line
   * `<batchNo> <contentHash>\n` per batch in batchNo order, contentHash being the batch hash (SHA-256 of the batch's
   * canonical records, operators then streamers, each followed by `\n`; FilingBatchReceipt.contentHash). What
   * Filing.digest will be.
   */
  digest: Scalars['String']['input'];
  /** Live-room operators in all batches together (Art 9 items (1)–(2)); 0 or more. */
  operatorCount: Scalars['Int']['input'];
  /** Live streamers in all batches together (Art 9 item (3)); 0 or more. */
  streamerCount: Scalars['Int']['input'];
};

/** A receipt of a filing's write, as the exchange handed it out. */
export type FilingReceipt = {
  __typename?: 'FilingReceipt';
  /** BATCH: the batch's number; null otherwise. */
  batchNo?: Maybe<Scalars['Int']['output']>;
  /** The write it is for. */
  kind: FilingReceiptKind;
  /** The receipt's leaf in identity-registry's evidence log. */
  leafIndex: Scalars['Int']['output'];
  /** The compact JWS, byte for byte as first returned (FilingBatchReceipt.receipt, Filing.receipt). */
  receipt: Scalars['String']['output'];
  /** The exchange's clock for the write: the receipt's receivedAt. */
  receivedAt: Scalars['DateTime']['output'];
};

/** A page of a filing's receipts, in evidence-log order (Relay connection). */
export type FilingReceiptConnection = {
  __typename?: 'FilingReceiptConnection';
  /** The receipts of this page. */
  edges: Array<FilingReceiptEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One receipt and its cursor. */
export type FilingReceiptEdge = {
  __typename?: 'FilingReceiptEdge';
  /** Opaque; pass it as `after` to continue after this receipt. */
  cursor: Scalars['String']['output'];
  /** The receipt. */
  node: FilingReceipt;
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

/** A filed identity document. */
export type IdDocument = {
  __typename?: 'IdDocument';
  /** The normalised number: in full for regulators; masked for the filing platform (first 3 and last 2 characters, e.g. 110*************2X). */
  number: Scalars['String']['output'];
  /** The kind of document. */
  type: DocumentType;
};

/** An identity document: its type and number, the number checked by the type's format and check character. */
export type IdDocumentInput = {
  /** The number, in the type's format (see DocumentType); normalised (half-width, upper case, no white space). */
  number: Scalars['String']['input'];
  /** The kind of document. */
  type: DocumentType;
};

/** A filed live account. */
export type LiveAccount = {
  __typename?: 'LiveAccount';
  /** The account's id on the platform. */
  accountId: Scalars['String']['output'];
  /** The account's display name, if filed. */
  nickname?: Maybe<Scalars['String']['output']>;
};

/** A live account (直播账号) on the calling platform. */
export type LiveAccountInput = {
  /** The account's id on the platform: 1 to 128 characters (a filed operator's account ids must be distinct). */
  accountId: Scalars['String']['input'];
  /** The account's display name: at most 128 characters. */
  nickname?: InputMaybe<Scalars['String']['input']>;
};

/** A live-room operator (直播间运营者), Art 9 items (1) and (2), as filed. Regulators see it in full (and the read is access-logged), the filing platform masked. */
export type LiveRoomOperator = {
  __typename?: 'LiveRoomOperator';
  /** The actual business address (Art 48). */
  businessAddress: Address;
  /** Phone and/or e-mail. */
  contact: Contact;
  /** The filing it was filed in. */
  filingId: Scalars['ID']['output'];
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** PERSON: the ID document; null for a BUSINESS. */
  idDocument?: Maybe<IdDocument>;
  /** BUSINESS or PERSON. */
  kind: OperatorKind;
  /** Administrative licences (Art 8 ¶1); empty when none were filed. */
  licences: Array<Credential>;
  /** The operator's live accounts (1 to 50). */
  liveAccounts: Array<LiveAccount>;
  /** The business's registered name, or the person's name. */
  name: Scalars['String']['output'];
  /** That filing's period, `YYYY-01` or `YYYY-07`. */
  period: Scalars['String']['output'];
  /** The platform that filed it. */
  platform: Platform;
  /** BUSINESS: its USCC; null for a PERSON. */
  uscc?: Maybe<Scalars['String']['output']>;
  /** Verified more than six months before its batch was received (Art 8 ¶1). */
  verificationStale: Scalars['Boolean']['output'];
  /** When the platform last verified this information (Art 8 ¶1). */
  verifiedAt: Scalars['DateTime']['output'];
};

/** A page of operator records, in the order they were filed (Relay connection). */
export type LiveRoomOperatorConnection = {
  __typename?: 'LiveRoomOperatorConnection';
  /** The records of this page. */
  edges: Array<LiveRoomOperatorEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One operator record and its cursor. */
export type LiveRoomOperatorEdge = {
  __typename?: 'LiveRoomOperatorEdge';
  /** Opaque; pass it as `after` to continue after this record. */
  cursor: Scalars['String']['output'];
  /** The operator record. */
  node: LiveRoomOperator;
};

/** A live-room operator (直播间运营者) as the platform files it (Art 9 items (1) and (2)). */
export type LiveRoomOperatorInput = {
  /** For a BUSINESS operator: name and USCC (Art 9 item (1)); absent for a PERSON. */
  business?: InputMaybe<BusinessInput>;
  /** The actual business address (实际经营地址); Art 48 shares the record with the provincial office of its region. */
  businessAddress: AddressInput;
  /** How to reach the operator (Art 9): a phone number, an e-mail address, or both. */
  contact: ContactInput;
  /** BUSINESS (give business) or PERSON (give person). */
  kind: OperatorKind;
  /** Administrative licences (Art 8 ¶1): at most 100. */
  licences?: InputMaybe<Array<CredentialInput>>;
  /** The operator's live accounts: 1 to 50, account ids distinct. */
  liveAccounts: Array<LiveAccountInput>;
  /** For a PERSON operator: name and ID document (Art 9 item (2)); absent for a BUSINESS. */
  person?: InputMaybe<PersonInput>;
  /** When the platform last verified this information (Art 8 ¶1: at least every six months); not more than 5 minutes in the future. Older than six calendar months (Asia/Shanghai) at receipt: counted as stale. */
  verifiedAt: Scalars['DateTime']['input'];
};

/** A live streamer (直播营销人员), Art 9 item (3), as filed. Regulators see it in full (and the read is access-logged), the filing platform masked. */
export type LiveStreamer = {
  __typename?: 'LiveStreamer';
  /** The streamer's agency (MCN), if filed. */
  agency?: Maybe<StreamerAgency>;
  /** Phone and/or e-mail. */
  contact: Contact;
  /** The filing it was filed in. */
  filingId: Scalars['ID']['output'];
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** The streamer's ID document. */
  idDocument: IdDocument;
  /** The streamer's name. */
  name: Scalars['String']['output'];
  /** Occupation, if filed. */
  occupation?: Maybe<Scalars['String']['output']>;
  /** The live rooms the streamer streams for (1 to 100). */
  operators: Array<OperatorRef>;
  /** That filing's period, `YYYY-01` or `YYYY-07`. */
  period: Scalars['String']['output'];
  /** The platform that filed it. */
  platform: Platform;
  /** Professional qualifications; empty when none were filed. */
  qualifications: Array<Credential>;
  /** Habitual residence (经常居住地). */
  residence: Address;
  /** Verified more than six months before its batch was received (Art 8 ¶1). */
  verificationStale: Scalars['Boolean']['output'];
  /** When the platform last verified this information (Art 8 ¶1). */
  verifiedAt: Scalars['DateTime']['output'];
};

/** A page of streamer records, in the order they were filed (Relay connection). */
export type LiveStreamerConnection = {
  __typename?: 'LiveStreamerConnection';
  /** The records of this page. */
  edges: Array<LiveStreamerEdge>;
  /** Whether there is a next page, and the cursors of this one. */
  pageInfo: PageInfo;
};

/** One streamer record and its cursor. */
export type LiveStreamerEdge = {
  __typename?: 'LiveStreamerEdge';
  /** Opaque; pass it as `after` to continue after this record. */
  cursor: Scalars['String']['output'];
  /** The streamer record. */
  node: LiveStreamer;
};

/** A live streamer (直播营销人员) as the platform files it (Art 9 item (3), Art 28). */
export type LiveStreamerInput = {
  /** The streamer's agency (直播营销人员服务机构, MCN), if any: name and USCC. */
  agency?: InputMaybe<BusinessInput>;
  /** How to reach the streamer: a phone number, an e-mail address, or both. */
  contact: ContactInput;
  /** Occupation: at most 100 characters. */
  occupation?: InputMaybe<Scalars['String']['input']>;
  /** The live rooms the streamer streams for: 1 to 100, distinct; each must name an operator of the same filing (checked by submitFiling). */
  operatorRefs: Array<OperatorRefInput>;
  /** The streamer: name and ID document. */
  person: PersonInput;
  /** Professional qualifications (专业资质): at most 100. */
  qualifications?: InputMaybe<Array<CredentialInput>>;
  /** Habitual residence (经常居住地). */
  residence: AddressInput;
  /** When the platform last verified this information (Art 8 ¶1), as for operators: not more than 5 minutes in the future. */
  verifiedAt: Scalars['DateTime']['input'];
};

/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * By the provincial (or national) SAMR office covering the platform's domicile (Art 9): SUBMITTED → ACKNOWLEDGED. The
   * result carries the acknowledgement's receipt (Filing.receipt), signed for the office. The same office acknowledging
   * again gets the filing and the first receipt, byte for byte; another office finds it ACKNOWLEDGED (CONFLICT).
   */
  acknowledgeFiling: Filing;
  /**
   * Adds a numbered batch of records: at least 1 and at most 5,000 operators and streamers together (the default of
   * IDENTITY_REGISTRY_MAX_BATCH_RECORDS). Atomic: one invalid record stores nothing and the error lists every invalid
   * record with its path (operators[17].person.idDocument.number). A person or business is filed once per role and
   * filing, across batches. Idempotent: the same batchNo and content returns the first receipt (replayed: true),
   * even after submission; other content under a used batchNo is a CONFLICT.
   */
  addFilingBatch: FilingBatchReceipt;
  /**
   * Bulk form of addFilingBatch (Art 9): the same batch as NDJSON text, one LiveRoomOperatorInput / LiveStreamerInput
   * JSON object per line, at most 5,000 lines in both lists together (the default of IDENTITY_REGISTRY_MAX_BATCH_RECORDS).
   * Same validation, paths (operators[17].idDocument.number = line 18), atomicity, idempotency and receipt as
   * addFilingBatch; a batch sent in either form replays in the other.
   */
  addFilingBatchNdjson: FilingBatchReceipt;
  /**
   * Puts a platform that has not connected yet on the roster of who must file (Art 9: it reports to the provincial
   * SAMR of its domicile), so it shows as MISSING in filingCompliance until it files. Provincial SAMR offices only,
   * for a domicile in their province (FORBIDDEN otherwise). Idempotent: the same call again returns the same
   * enrolment; a different name or domicile (in the province) corrects the office's own enrolment, keeping its first
   * time. A platform already enrolled by its certificate is returned as it is (source CERTIFICATE); one on the
   * roster with a domicile outside the province is a CONFLICT. Reads and writes no personal data: not access-logged.
   */
  enrollPlatform: PlatformEnrolment;
  /**
   * Opens the platform's filing for a period (Art 9); opening it again while it is OPEN returns the open one, once
   * submitted it is a CONFLICT. Platforms only.
   */
  openFiling: Filing;
  /**
   * Seals the filing: counts, stale totals and a SHA-256 digest over the batches; no batch is accepted afterwards.
   * Not before the period's month begins (Asia/Shanghai). Refused (BAD_USER_INPUT) when a batch number is missing or a
   * streamer's operator reference names no operator, or no live account of it, in the filing; at most 1,000 such
   * problems are listed. With `expect`, refused (CONFLICT, nothing sealed) unless the exchange holds exactly what the
   * platform expects (Art 9: the exchange, not the platform's file, is what was filed). The result carries the
   * submission's receipt (Filing.receipt); submitting a sealed filing again changes nothing and returns it with the
   * first submission's receipt, byte for byte (with `expect`, only if the sealed filing matches it). A member may sign
   * the submission (`lsgw-signature`) over the receipt's contentDigest, computable beforehand from `expect.digest`.
   */
  submitFiling: Filing;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationAcknowledgeFilingArgs = {
  filingId: Scalars['ID']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationAddFilingBatchArgs = {
  batchNo: Scalars['Int']['input'];
  filingId: Scalars['ID']['input'];
  operators?: InputMaybe<Array<LiveRoomOperatorInput>>;
  streamers?: InputMaybe<Array<LiveStreamerInput>>;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationAddFilingBatchNdjsonArgs = {
  batchNo: Scalars['Int']['input'];
  filingId: Scalars['ID']['input'];
  operators?: InputMaybe<Scalars['String']['input']>;
  streamers?: InputMaybe<Scalars['String']['input']>;
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationEnrollPlatformArgs = {
  domicileRegion: Scalars['String']['input'];
  name: Scalars['String']['input'];
  uscc: Scalars['String']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationOpenFilingArgs = {
  period: Scalars['String']['input'];
};


/** What members write. Each field says who may call it, what it changes and whether a retry is safe. */
export type MutationSubmitFilingArgs = {
  expect?: InputMaybe<FilingExpectation>;
  filingId: Scalars['ID']['input'];
  nothingToReport?: InputMaybe<Array<FilingSection>>;
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

/** Search keys for operators; all given keys must match. */
export type OperatorFilter = {
  /** Exact ID document number (any document type unless idDocumentType is given), normalised, matched by its keyed hash. */
  idDocumentNumber?: InputMaybe<Scalars['String']['input']>;
  /** With idDocumentNumber: only documents of this type. */
  idDocumentType?: InputMaybe<DocumentType>;
  /** One of the operator's live account ids, exactly. */
  liveAccountId?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name (contains), compared after NFC normalisation with white space runs as one space. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only records of this period's filings: `YYYY-01` or `YYYY-07`, not before 2026-07. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Only records this platform filed: its USCC, exactly (upper-cased first). */
  platformUscc?: InputMaybe<Scalars['String']['input']>;
  /** A region code or its prefix (2 to 6 digits; 2: province, 4: prefecture) of the actual business address. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** The operator's USCC, exactly (upper-cased first). */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** How a live-room operator is identified (Art 9 items (1) and (2)). */
export type OperatorKind =
  /** A registered business: name and USCC (Art 9 item 1). */
  | 'BUSINESS'
  /** An unregistered natural person: name and ID document (Art 9 item 2). */
  | 'PERSON';

/** A live room a streamer streams for. */
export type OperatorRef = {
  __typename?: 'OperatorRef';
  /** The operator's ID document, for a person (masked for the filing platform). */
  idDocument?: Maybe<IdDocument>;
  /** The live account id of the operator's room. */
  liveAccountId: Scalars['String']['output'];
  /** The operator's USCC, for a business. */
  uscc?: Maybe<Scalars['String']['output']>;
};

/**
 * A live room a streamer streams for: the operator's USCC or ID document (exactly one) and the room's live account id.
 * It must name an operator filed in the same filing, with that live account (checked by submitFiling).
 */
export type OperatorRefInput = {
  /** The operator's ID document, for a PERSON operator. */
  idDocument?: InputMaybe<IdDocumentInput>;
  /** The live account id of the operator's room: 1 to 128 characters; one of the operator's liveAccounts. */
  liveAccountId: Scalars['String']['input'];
  /** The operator's USCC, for a BUSINESS operator. */
  uscc?: InputMaybe<Scalars['String']['input']>;
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
  /** Region code of the platform's domicile (GB/T 2260, 6 digits), from its certificate. Null until first contact. */
  domicileRegion?: Maybe<Scalars['String']['output']>;
  /** When the exchange first saw this platform (its first call). Null until first contact. */
  firstSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Registered name, from the platform's certificate. Null until the platform has first called the exchange. */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, upper case, digits and letters
   * other than I, O, Z, S, V; characters 3–8 are a region code; the last is the mod-31 check character.
   */
  uscc: Scalars['String']['output'];
};

/** A platform on the roster of who must file (Art 9), and how it got there. */
export type PlatformEnrolment = {
  __typename?: 'PlatformEnrolment';
  /** When it was enrolled: its first certificate's issue (or first call), or the office's first enrolment. */
  enrolledAt: Scalars['DateTime']['output'];
  /** `ca` for the exchange CA; the enrolling office's org for SAMR (`samr/province/330000`). */
  enrolledBy: Scalars['String']['output'];
  /** The platform; its name and domicile as its certificate last presented them, else as enrolled. */
  platform: Platform;
  /** CERTIFICATE or SAMR; CERTIFICATE wins once the platform holds a certificate. */
  source: EnrolmentSource;
};

/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type Query = {
  __typename?: 'Query';
  /** One filing: its platform, and the provincial/national SAMR office covering the platform's domicile. Null otherwise. */
  filing?: Maybe<Filing>;
  /**
   * Each platform on the roster of who must file (Art 9) and domiciled in the caller's jurisdiction, with its standing
   * for the period per section: operators (Art 9 items 1–2; failing to report: Art 53 (2)) and streamers (item 3;
   * Art 54 (2)), each ON_TIME, LATE, MISSING or OPEN with its counts. On the roster: every platform the exchange CA
   * issued a certificate to (whether or not it ever called), every platform that called, and every platform its
   * provincial SAMR enrolled (enrollPlatform). In USCC order, not paged. For SAMR offices of every level covering the
   * domicile (Art 47 ¶1: they have jurisdiction over a failure to file); a platform gets its own row, anyone else an
   * empty list. Not access-logged: no personal data.
   */
  filingCompliance: Array<FilingComplianceRow>;
  /** Filings the caller may read, newest period first, then by platform USCC. A platform sees its own; SAMR province/national those of platforms domiciled in its jurisdiction. */
  filings: FilingConnection;
  /**
   * Live-room operators filed in reported (SUBMITTED/ACKNOWLEDGED) filings, across every platform in the caller's
   * jurisdiction: the platform's domicile, or (Art 48) the operator's actual business region. A platform searches its
   * own records (of any status), masked. In the order they were filed. A regulator's read is written to the access log.
   */
  liveRoomOperators: LiveRoomOperatorConnection;
  /** Live streamers, as liveRoomOperators; a streamer is shared by Art 48 through the operators it streams for. */
  liveStreamers: LiveStreamerConnection;
  /** Who the exchange takes the caller to be. */
  viewer: Viewer;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryFilingArgs = {
  id: Scalars['ID']['input'];
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryFilingComplianceArgs = {
  period: Scalars['String']['input'];
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryFilingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
  platformUscc?: InputMaybe<Scalars['String']['input']>;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryLiveRoomOperatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: OperatorFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What members read. Each field says what it returns, who may read it (DESIGN §4) and whether the read is access-logged. */
export type QueryLiveStreamersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: StreamerFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What kind of member the exchange takes the caller to be. */
export type Role =
  /** A live-commerce platform operator (直播电商平台经营者), certificate URI `spiffe://lsgw/platform/<USCC>/<domicile region>`. */
  | 'PLATFORM'
  /** A SAMR or CAC office, certificate URI `spiffe://lsgw/regulator/<samr|cac>/<level>/<region>`. */
  | 'REGULATOR';

/** One section's standing for a period in filingCompliance. */
export type SectionCompliance = {
  __typename?: 'SectionCompliance';
  /** Records of the section filed (0 without a filing). */
  count: Scalars['Int']['output'];
  /** True when the platform declared at submission that it had nothing to report in this section. */
  nothingToReport: Scalars['Boolean']['output'];
  /** The period's month is over (Asia/Shanghai) and the section was not reported. */
  overdue: Scalars['Boolean']['output'];
  /** Of those, verified more than six months before their batch was received (Art 8 ¶1). */
  staleCount: Scalars['Int']['output'];
  /**
   * ON_TIME or LATE (by the submission's month, Asia/Shanghai) when the submitted filing holds records of the section
   * or the platform declared it had none; OPEN while the filing is open; MISSING otherwise, including a submitted
   * filing with no records in the section and no declaration.
   */
  status: ComplianceStatus;
};

/** A streamer's agency (MCN 机构). */
export type StreamerAgency = {
  __typename?: 'StreamerAgency';
  /** The agency's registered name. */
  name: Scalars['String']['output'];
  /** The agency's USCC. */
  uscc: Scalars['String']['output'];
};

/** Search keys for streamers; all given keys must match. */
export type StreamerFilter = {
  /** Exact ID document number (any document type unless idDocumentType is given), normalised, matched by its keyed hash. */
  idDocumentNumber?: InputMaybe<Scalars['String']['input']>;
  /** With idDocumentNumber: only documents of this type. */
  idDocumentType?: InputMaybe<DocumentType>;
  /** The live account id of a room the streamer streams in, exactly. */
  liveAccountId?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name (contains), compared after NFC normalisation with white space runs as one space. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Only records of this period's filings: `YYYY-01` or `YYYY-07`, not before 2026-07. */
  period?: InputMaybe<Scalars['String']['input']>;
  /** Only records this platform filed: its USCC, exactly (upper-cased first). */
  platformUscc?: InputMaybe<Scalars['String']['input']>;
  /** A region code or its prefix (2 to 6 digits; 2: province, 4: prefecture) of the habitual residence. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** The USCC of an operator the streamer streams for, or of its agency, exactly (upper-cased first). */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** The caller, as derived from its client certificate (DESIGN §3). */
export type Viewer = {
  __typename?: 'Viewer';
  /** The office's authority; null for platforms. */
  authority?: Maybe<Authority>;
  /** Serial number (hex) of the client certificate presented. */
  certSerial: Scalars['String']['output'];
  /** The office's level; null for platforms. */
  level?: Maybe<OfficeLevel>;
  /** The certificate's common name. */
  name: Scalars['String']['output'];
  /** Platform: its unified social credit code (USCC, 18 characters). Regulator: `<authority>/<level>/<region>`, e.g. `samr/province/330000`. */
  org: Scalars['String']['output'];
  /** The caller's own platform record; null for regulators. */
  platform?: Maybe<Platform>;
  /** Platform: domicile region code. Regulator: the office's region code (GB/T 2260, 6 digits; 100000 for national offices). */
  region: Scalars['String']['output'];
  /** PLATFORM or REGULATOR, from the certificate's URI. */
  role: Role;
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
  Platform: Platform;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Platform:
    ( { __typename: 'Platform' }
    & GraphQLRecursivePick<FederationTypes['Platform'], {"uscc":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddressInput: AddressInput;
  Authority: Authority;
  BusinessInput: BusinessInput;
  ComplianceStatus: ComplianceStatus;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  Credential: ResolverTypeWrapper<Credential>;
  CredentialInput: CredentialInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DocumentType: DocumentType;
  EnrolmentSource: EnrolmentSource;
  Filing: ResolverTypeWrapper<FilingRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FilingBatch: ResolverTypeWrapper<FilingBatchRecord>;
  FilingBatchConnection: ResolverTypeWrapper<Omit<FilingBatchConnection, 'edges'> & { edges: Array<ResolversTypes['FilingBatchEdge']> }>;
  FilingBatchEdge: ResolverTypeWrapper<Omit<FilingBatchEdge, 'node'> & { node: ResolversTypes['FilingBatch'] }>;
  FilingBatchReceipt: ResolverTypeWrapper<BatchReceipt>;
  FilingComplianceRow: ResolverTypeWrapper<ComplianceRow>;
  FilingConnection: ResolverTypeWrapper<Omit<FilingConnection, 'edges'> & { edges: Array<ResolversTypes['FilingEdge']> }>;
  FilingEdge: ResolverTypeWrapper<Omit<FilingEdge, 'node'> & { node: ResolversTypes['Filing'] }>;
  FilingExpectation: FilingExpectation;
  FilingReceipt: ResolverTypeWrapper<FilingReceiptRow>;
  FilingReceiptConnection: ResolverTypeWrapper<Omit<FilingReceiptConnection, 'edges'> & { edges: Array<ResolversTypes['FilingReceiptEdge']> }>;
  FilingReceiptEdge: ResolverTypeWrapper<Omit<FilingReceiptEdge, 'node'> & { node: ResolversTypes['FilingReceipt'] }>;
  FilingReceiptKind: FilingReceiptKind;
  FilingSection: FilingSection;
  FilingStatus: FilingStatus;
  IdDocument: ResolverTypeWrapper<IdDocument>;
  IdDocumentInput: IdDocumentInput;
  LiveAccount: ResolverTypeWrapper<LiveAccount>;
  LiveAccountInput: LiveAccountInput;
  LiveRoomOperator: ResolverTypeWrapper<OperatorView>;
  LiveRoomOperatorConnection: ResolverTypeWrapper<Omit<LiveRoomOperatorConnection, 'edges'> & { edges: Array<ResolversTypes['LiveRoomOperatorEdge']> }>;
  LiveRoomOperatorEdge: ResolverTypeWrapper<Omit<LiveRoomOperatorEdge, 'node'> & { node: ResolversTypes['LiveRoomOperator'] }>;
  LiveRoomOperatorInput: LiveRoomOperatorInput;
  LiveStreamer: ResolverTypeWrapper<StreamerView>;
  LiveStreamerConnection: ResolverTypeWrapper<Omit<LiveStreamerConnection, 'edges'> & { edges: Array<ResolversTypes['LiveStreamerEdge']> }>;
  LiveStreamerEdge: ResolverTypeWrapper<Omit<LiveStreamerEdge, 'node'> & { node: ResolversTypes['LiveStreamer'] }>;
  LiveStreamerInput: LiveStreamerInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OfficeLevel: OfficeLevel;
  OperatorFilter: OperatorFilter;
  OperatorKind: OperatorKind;
  OperatorRef: ResolverTypeWrapper<OperatorRefRecord>;
  OperatorRefInput: OperatorRefInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PersonInput: PersonInput;
  Platform: ResolverTypeWrapper<PlatformRef>;
  PlatformEnrolment: ResolverTypeWrapper<ExpectedPlatform>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  SectionCompliance: ResolverTypeWrapper<SectionStanding>;
  StreamerAgency: ResolverTypeWrapper<StreamerAgency>;
  StreamerFilter: StreamerFilter;
  Viewer: ResolverTypeWrapper<Principal>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  String: Scalars['String']['output'];
  AddressInput: AddressInput;
  BusinessInput: BusinessInput;
  Contact: Contact;
  ContactInput: ContactInput;
  Credential: Credential;
  CredentialInput: CredentialInput;
  DateTime: Scalars['DateTime']['output'];
  Filing: FilingRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  FilingBatch: FilingBatchRecord;
  FilingBatchConnection: Omit<FilingBatchConnection, 'edges'> & { edges: Array<ResolversParentTypes['FilingBatchEdge']> };
  FilingBatchEdge: Omit<FilingBatchEdge, 'node'> & { node: ResolversParentTypes['FilingBatch'] };
  FilingBatchReceipt: BatchReceipt;
  FilingComplianceRow: ComplianceRow;
  FilingConnection: Omit<FilingConnection, 'edges'> & { edges: Array<ResolversParentTypes['FilingEdge']> };
  FilingEdge: Omit<FilingEdge, 'node'> & { node: ResolversParentTypes['Filing'] };
  FilingExpectation: FilingExpectation;
  FilingReceipt: FilingReceiptRow;
  FilingReceiptConnection: Omit<FilingReceiptConnection, 'edges'> & { edges: Array<ResolversParentTypes['FilingReceiptEdge']> };
  FilingReceiptEdge: Omit<FilingReceiptEdge, 'node'> & { node: ResolversParentTypes['FilingReceipt'] };
  IdDocument: IdDocument;
  IdDocumentInput: IdDocumentInput;
  LiveAccount: LiveAccount;
  LiveAccountInput: LiveAccountInput;
  LiveRoomOperator: OperatorView;
  LiveRoomOperatorConnection: Omit<LiveRoomOperatorConnection, 'edges'> & { edges: Array<ResolversParentTypes['LiveRoomOperatorEdge']> };
  LiveRoomOperatorEdge: Omit<LiveRoomOperatorEdge, 'node'> & { node: ResolversParentTypes['LiveRoomOperator'] };
  LiveRoomOperatorInput: LiveRoomOperatorInput;
  LiveStreamer: StreamerView;
  LiveStreamerConnection: Omit<LiveStreamerConnection, 'edges'> & { edges: Array<ResolversParentTypes['LiveStreamerEdge']> };
  LiveStreamerEdge: Omit<LiveStreamerEdge, 'node'> & { node: ResolversParentTypes['LiveStreamer'] };
  LiveStreamerInput: LiveStreamerInput;
  Mutation: Record<PropertyKey, never>;
  OperatorFilter: OperatorFilter;
  OperatorRef: OperatorRefRecord;
  OperatorRefInput: OperatorRefInput;
  PageInfo: PageInfo;
  PersonInput: PersonInput;
  Platform: PlatformRef;
  PlatformEnrolment: ExpectedPlatform;
  Query: Record<PropertyKey, never>;
  SectionCompliance: SectionStanding;
  StreamerAgency: StreamerAgency;
  StreamerFilter: StreamerFilter;
  Viewer: Principal;
};

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CredentialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Credential'] = ResolversParentTypes['Credential']> = {
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FilingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Filing'] = ResolversParentTypes['Filing']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  batchCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  batches?: Resolver<ResolversTypes['FilingBatchConnection'], ParentType, ContextType, Partial<FilingBatchesArgs>>;
  digest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nothingToReport?: Resolver<Array<ResolversTypes['FilingSection']>, ParentType, ContextType>;
  onTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  platformDomicile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receipts?: Resolver<ResolversTypes['FilingReceiptConnection'], ParentType, ContextType, Partial<FilingReceiptsArgs>>;
  staleOperatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleStreamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FilingStatus'], ParentType, ContextType>;
  streamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type FilingBatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingBatch'] = ResolversParentTypes['FilingBatch']> = {
  batchNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  staleOperatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleStreamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FilingBatchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingBatchConnection'] = ResolversParentTypes['FilingBatchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FilingBatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FilingBatchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingBatchEdge'] = ResolversParentTypes['FilingBatchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FilingBatch'], ParentType, ContextType>;
};

export type FilingBatchReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingBatchReceipt'] = ResolversParentTypes['FilingBatchReceipt']> = {
  batchNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  filingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  staleOperatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleStreamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FilingComplianceRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingComplianceRow'] = ResolversParentTypes['FilingComplianceRow']> = {
  enrolment?: Resolver<ResolversTypes['PlatformEnrolment'], ParentType, ContextType>;
  filing?: Resolver<Maybe<ResolversTypes['Filing']>, ParentType, ContextType>;
  operatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  operators?: Resolver<ResolversTypes['SectionCompliance'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  staleOperatorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staleStreamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceStatus'], ParentType, ContextType>;
  streamerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamers?: Resolver<ResolversTypes['SectionCompliance'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  verificationStale?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FilingConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingConnection'] = ResolversParentTypes['FilingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FilingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FilingEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingEdge'] = ResolversParentTypes['FilingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Filing'], ParentType, ContextType>;
};

export type FilingReceiptResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingReceipt'] = ResolversParentTypes['FilingReceipt']> = {
  batchNo?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FilingReceiptKind'], ParentType, ContextType>;
  leafIndex?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type FilingReceiptConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingReceiptConnection'] = ResolversParentTypes['FilingReceiptConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FilingReceiptEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type FilingReceiptEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FilingReceiptEdge'] = ResolversParentTypes['FilingReceiptEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FilingReceipt'], ParentType, ContextType>;
};

export type IdDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IdDocument'] = ResolversParentTypes['IdDocument']> = {
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
};

export type LiveAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveAccount'] = ResolversParentTypes['LiveAccount']> = {
  accountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nickname?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LiveRoomOperatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveRoomOperator'] = ResolversParentTypes['LiveRoomOperator']> = {
  businessAddress?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  filingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idDocument?: Resolver<Maybe<ResolversTypes['IdDocument']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OperatorKind'], ParentType, ContextType>;
  licences?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType>;
  liveAccounts?: Resolver<Array<ResolversTypes['LiveAccount']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verificationStale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LiveRoomOperatorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveRoomOperatorConnection'] = ResolversParentTypes['LiveRoomOperatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LiveRoomOperatorEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LiveRoomOperatorEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveRoomOperatorEdge'] = ResolversParentTypes['LiveRoomOperatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LiveRoomOperator'], ParentType, ContextType>;
};

export type LiveStreamerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveStreamer'] = ResolversParentTypes['LiveStreamer']> = {
  agency?: Resolver<Maybe<ResolversTypes['StreamerAgency']>, ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  filingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  idDocument?: Resolver<ResolversTypes['IdDocument'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operators?: Resolver<Array<ResolversTypes['OperatorRef']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  qualifications?: Resolver<Array<ResolversTypes['Credential']>, ParentType, ContextType>;
  residence?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  verificationStale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LiveStreamerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveStreamerConnection'] = ResolversParentTypes['LiveStreamerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LiveStreamerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type LiveStreamerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LiveStreamerEdge'] = ResolversParentTypes['LiveStreamerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LiveStreamer'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeFiling?: Resolver<ResolversTypes['Filing'], ParentType, ContextType, RequireFields<MutationAcknowledgeFilingArgs, 'filingId'>>;
  addFilingBatch?: Resolver<ResolversTypes['FilingBatchReceipt'], ParentType, ContextType, RequireFields<MutationAddFilingBatchArgs, 'batchNo' | 'filingId'>>;
  addFilingBatchNdjson?: Resolver<ResolversTypes['FilingBatchReceipt'], ParentType, ContextType, RequireFields<MutationAddFilingBatchNdjsonArgs, 'batchNo' | 'filingId'>>;
  enrollPlatform?: Resolver<ResolversTypes['PlatformEnrolment'], ParentType, ContextType, RequireFields<MutationEnrollPlatformArgs, 'domicileRegion' | 'name' | 'uscc'>>;
  openFiling?: Resolver<ResolversTypes['Filing'], ParentType, ContextType, RequireFields<MutationOpenFilingArgs, 'period'>>;
  submitFiling?: Resolver<ResolversTypes['Filing'], ParentType, ContextType, RequireFields<MutationSubmitFilingArgs, 'filingId'>>;
};

export type OperatorRefResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OperatorRef'] = ResolversParentTypes['OperatorRef']> = {
  idDocument?: Resolver<Maybe<ResolversTypes['IdDocument']>, ParentType, ContextType>;
  liveAccountId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PlatformResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Platform'] = ResolversParentTypes['Platform'], FederationReferenceType extends FederationReferenceTypes['Platform'] = FederationReferenceTypes['Platform']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Platform']> | FederationReferenceType, FederationReferenceType, ContextType>;
  domicileRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlatformEnrolmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlatformEnrolment'] = ResolversParentTypes['PlatformEnrolment']> = {
  enrolledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enrolledBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<ResolversTypes['Platform'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['EnrolmentSource'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  filing?: Resolver<Maybe<ResolversTypes['Filing']>, ParentType, ContextType, RequireFields<QueryFilingArgs, 'id'>>;
  filingCompliance?: Resolver<Array<ResolversTypes['FilingComplianceRow']>, ParentType, ContextType, RequireFields<QueryFilingComplianceArgs, 'period'>>;
  filings?: Resolver<ResolversTypes['FilingConnection'], ParentType, ContextType, Partial<QueryFilingsArgs>>;
  liveRoomOperators?: Resolver<ResolversTypes['LiveRoomOperatorConnection'], ParentType, ContextType, RequireFields<QueryLiveRoomOperatorsArgs, 'filter'>>;
  liveStreamers?: Resolver<ResolversTypes['LiveStreamerConnection'], ParentType, ContextType, RequireFields<QueryLiveStreamersArgs, 'filter'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type SectionComplianceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SectionCompliance'] = ResolversParentTypes['SectionCompliance']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nothingToReport?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  staleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ComplianceStatus'], ParentType, ContextType>;
};

export type StreamerAgencyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StreamerAgency'] = ResolversParentTypes['StreamerAgency']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uscc?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  authority?: Resolver<Maybe<ResolversTypes['Authority']>, ParentType, ContextType>;
  certSerial?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['OfficeLevel']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  org?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['Platform']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Address?: AddressResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Credential?: CredentialResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Filing?: FilingResolvers<ContextType>;
  FilingBatch?: FilingBatchResolvers<ContextType>;
  FilingBatchConnection?: FilingBatchConnectionResolvers<ContextType>;
  FilingBatchEdge?: FilingBatchEdgeResolvers<ContextType>;
  FilingBatchReceipt?: FilingBatchReceiptResolvers<ContextType>;
  FilingComplianceRow?: FilingComplianceRowResolvers<ContextType>;
  FilingConnection?: FilingConnectionResolvers<ContextType>;
  FilingEdge?: FilingEdgeResolvers<ContextType>;
  FilingReceipt?: FilingReceiptResolvers<ContextType>;
  FilingReceiptConnection?: FilingReceiptConnectionResolvers<ContextType>;
  FilingReceiptEdge?: FilingReceiptEdgeResolvers<ContextType>;
  IdDocument?: IdDocumentResolvers<ContextType>;
  LiveAccount?: LiveAccountResolvers<ContextType>;
  LiveRoomOperator?: LiveRoomOperatorResolvers<ContextType>;
  LiveRoomOperatorConnection?: LiveRoomOperatorConnectionResolvers<ContextType>;
  LiveRoomOperatorEdge?: LiveRoomOperatorEdgeResolvers<ContextType>;
  LiveStreamer?: LiveStreamerResolvers<ContextType>;
  LiveStreamerConnection?: LiveStreamerConnectionResolvers<ContextType>;
  LiveStreamerEdge?: LiveStreamerEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OperatorRef?: OperatorRefResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Platform?: PlatformResolvers<ContextType>;
  PlatformEnrolment?: PlatformEnrolmentResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SectionCompliance?: SectionComplianceResolvers<ContextType>;
  StreamerAgency?: StreamerAgencyResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

